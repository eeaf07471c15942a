/**
 * Public consultation on drafts: the words for stances, respondent types, channels,
 * moderation and disposition as users read them and as imported comment sheets write them,
 * and the messages a commenter reads when a comment is refused (Vietnamese and English: the
 * public page has no account and no language setting of its own). The rest of the code refers
 * to them by the English codes of src/domain/consultation/types.ts.
 */
import type {
  Channel,
  DispositionKind,
  HiddenReason,
  ModerationStateCode,
  RespondentType,
  Stance,
} from '../consultation/types.ts';

/** Tán thành / Không tán thành / Đồng ý một phần. */
export const STANCE_WORD = {
  agree: 'Tán thành',
  disagree: 'Không tán thành',
  partly: 'Đồng ý một phần',
} as const satisfies Record<Stance, string>;

/**
 * Other ways imported sheets and meeting minutes write a stance (lower case, NFC, compared
 * after `lower`): "nhất trí", "đồng ý" are agreement; "không đồng ý" disagreement.
 */
export const STANCE_SYNONYMS: Readonly<Record<string, Stance>> = {
  'tán thành': 'agree',
  'đồng ý': 'agree',
  'nhất trí': 'agree',
  'đồng tình': 'agree',
  'không tán thành': 'disagree',
  'không đồng ý': 'disagree',
  'không nhất trí': 'disagree',
  'phản đối': 'disagree',
  'đồng ý một phần': 'partly',
  'tán thành một phần': 'partly',
  'nhất trí một phần': 'partly',
  'có ý kiến khác': 'partly',
};

/** Who comments, as the form and the synthesis name them. */
export const RESPONDENT_TYPE_WORD = {
  party_member: 'Cán bộ, đảng viên',
  citizen: 'Người dân',
  business: 'Doanh nghiệp',
  organisation: 'Tổ chức',
  other: 'Khác',
} as const satisfies Record<RespondentType, string>;

/** Other ways sheets write a respondent type (lower case, NFC). */
export const RESPONDENT_TYPE_SYNONYMS: Readonly<Record<string, RespondentType>> = {
  'cán bộ, đảng viên': 'party_member',
  'cán bộ đảng viên': 'party_member',
  'đảng viên': 'party_member',
  'cán bộ': 'party_member',
  'công chức': 'party_member',
  'người dân': 'citizen',
  'nhân dân': 'citizen',
  'công dân': 'citizen',
  'doanh nghiệp': 'business',
  'doanh nhân': 'business',
  'tổ chức': 'organisation',
  'cơ quan, tổ chức': 'organisation',
  'hội, đoàn thể': 'organisation',
  'khác': 'other',
};

/** How a comment arrived. */
export const CHANNEL_WORD = {
  online: 'Trực tuyến',
  meeting: 'Hội nghị, tọa đàm',
  paper: 'Văn bản, phiếu góp ý',
  import: 'Nhập từ tệp',
} as const satisfies Record<Channel, string>;

/** The moderation queue's states. */
export const MODERATION_STATE_WORD = {
  new: 'Chờ duyệt',
  published: 'Đã công khai',
  hidden: 'Đã ẩn',
  spam: 'Thư rác',
} as const satisfies Record<ModerationStateCode, string>;

/** Why a comment was hidden. */
export const HIDDEN_REASON_WORD = {
  offensive: 'Ngôn từ không phù hợp',
  personal_data: 'Chứa thông tin cá nhân',
  off_topic: 'Không liên quan đến dự thảo',
  advertising: 'Quảng cáo',
  other: 'Lý do khác',
} as const satisfies Record<HiddenReason, string>;

/** Tiếp thu, giải trình, không tiếp thu. */
export const DISPOSITION_WORD = {
  accepted: 'Tiếp thu',
  explained: 'Giải trình',
  not_accepted: 'Không tiếp thu',
} as const satisfies Record<DispositionKind, string>;

/** What a comment is about, on the form and in the synthesis. */
export const COMMENT_TARGET_WORD = { draft: 'Toàn văn dự thảo', section: 'Mục', indicator: 'Chỉ tiêu' } as const;

/** How a section changed between two versions of a draft. */
export const SECTION_CHANGE_WORD = { added: 'Bổ sung', removed: 'Lược bỏ', changed: 'Sửa đổi', unchanged: 'Giữ nguyên' } as const;

/** Locality level words of the bottom-up counts. */
export const LOCALITY_LEVEL_WORD = { province: 'Tỉnh', district: 'Huyện', commune: 'Xã, phường' } as const;

/** A message in both languages of the public page. */
export interface BilingualText {
  vi: string;
  en: string;
}

/**
 * Why a comment is refused, by problem code, with the problem's details: `field`, `limit`,
 * `length`, `found` (the offending text, quoted).
 */
export const COMMENT_PROBLEM_TEXT = {
  reason_required: () => ({ vi: 'Khi không tán thành, xin cho biết lý do.', en: 'Please give a reason when you disagree.' }),
  text_required: () => ({ vi: 'Khi đồng ý một phần, xin ghi rõ ý kiến góp ý.', en: 'Please write your comment when you partly agree.' }),
  reason_not_allowed: () => ({ vi: 'Chỉ ghi lý do khi không tán thành.', en: 'A reason is given only when you disagree.' }),
  too_long: (d: ProblemDetails) => ({
    vi: `${FIELD_WORD[d.field].vi} dài ${d.length ?? ''} ký tự, vượt giới hạn ${d.limit ?? ''} ký tự.`,
    en: `${FIELD_WORD[d.field].en} is ${d.length ?? ''} characters long; the limit is ${d.limit ?? ''}.`,
  }),
  control_characters: (d: ProblemDetails) => ({
    vi: `${FIELD_WORD[d.field].vi} chứa ký tự điều khiển hoặc dữ liệu nhị phân; chỉ nhận văn bản.`,
    en: `${FIELD_WORD[d.field].en} contains control characters or binary data; only text is accepted.`,
  }),
  script_content: (d: ProblemDetails) => ({
    vi: `${FIELD_WORD[d.field].vi} chứa mã lệnh (${d.found ?? ''}); xin chỉ gửi văn bản thuần.`,
    en: `${FIELD_WORD[d.field].en} contains script (${d.found ?? ''}); please send plain text only.`,
  }),
  markup: (d: ProblemDetails) => ({
    vi: `${FIELD_WORD[d.field].vi} chứa thẻ HTML (${d.found ?? ''}); xin bỏ thẻ và chỉ gửi văn bản thuần.`,
    en: `${FIELD_WORD[d.field].en} contains HTML tags (${d.found ?? ''}); please remove them and send plain text only.`,
  }),
  invalid_email: () => ({ vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'The e-mail address is not valid.' }),
} as const;

/** What a problem message may quote. */
export interface ProblemDetails {
  field: CommentField;
  limit?: number;
  length?: number;
  found?: string;
}

/** The fields of a comment a problem can be about. */
export type CommentField = 'text' | 'reason' | 'name' | 'organisation' | 'email' | 'phone';

/** Field names inside messages. */
export const FIELD_WORD = {
  text: { vi: 'Nội dung góp ý', en: 'The comment' },
  reason: { vi: 'Lý do', en: 'The reason' },
  name: { vi: 'Họ và tên', en: 'The name' },
  organisation: { vi: 'Tên cơ quan, tổ chức', en: 'The organisation' },
  email: { vi: 'Thư điện tử', en: 'The e-mail address' },
  phone: { vi: 'Số điện thoại', en: 'The phone number' },
} as const satisfies Record<CommentField, BilingualText>;

/**
 * Why a consultation takes no comment now; `time` ("17:00") and `date` ("30/06/2025") are
 * the moment in Vietnam time.
 */
export const CONSULTATION_WINDOW_TEXT = {
  not_yet_open: (time: string, date: string) => ({
    vi: `Đợt lấy ý kiến chưa bắt đầu; bắt đầu nhận góp ý từ ${vietnamMomentText(time, date)} (giờ Việt Nam).`,
    en: `The consultation has not opened yet; comments are accepted from ${time} on ${date} (Vietnam time).`,
  }),
  closed: (time: string, date: string) => ({
    vi: `Đợt lấy ý kiến đã kết thúc lúc ${vietnamMomentText(time, date)} (giờ Việt Nam); không nhận thêm góp ý.`,
    en: `The consultation closed at ${time} on ${date} (Vietnam time); no more comments are accepted.`,
  }),
  closed_early: (time: string, date: string) => ({
    vi: `Đợt lấy ý kiến đã được kết thúc sớm lúc ${vietnamMomentText(time, date)} (giờ Việt Nam); không nhận thêm góp ý.`,
    en: `The consultation was closed early at ${time} on ${date} (Vietnam time); no more comments are accepted.`,
  }),
} as const satisfies Record<string, (time: string, date: string) => BilingualText>;

/** "17:00 ngày 30/06/2025": a moment as the public page writes it (parts already in Vietnam time). */
export function vietnamMomentText(time: string, date: string): string {
  return `${time} ngày ${date}`;
}

/** Why a disposition is refused. */
export const DISPOSITION_PROBLEM_TEXT = {
  note_required: { vi: 'Cần ghi nội dung giải trình (lý do giải trình hoặc không tiếp thu).', en: 'A note is required to explain or to decline a comment.' },
  changed_section_not_allowed: { vi: 'Chỉ ý kiến được tiếp thu mới gắn với mục được sửa đổi.', en: 'Only a comment taken in can name the section it changed.' },
} as const;

/** Lower case, NFC, single spaces, no trailing full stop: how a sheet's word is compared. */
function sheetWord(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[.;:]+$/, '').toLocaleLowerCase('vi');
}

/** Reads a stance as an imported sheet or minutes write it ("Nhất trí", "Không đồng ý"), or null. */
export function stanceFromWord(text: string): Stance | null {
  return STANCE_SYNONYMS[sheetWord(text)] ?? null;
}

/** Reads a respondent type as a sheet writes it ("Nhân dân", "Doanh nghiệp"), or null. */
export function respondentTypeFromWord(text: string): RespondentType | null {
  return RESPONDENT_TYPE_SYNONYMS[sheetWord(text)] ?? null;
}

/**
 * The column headers of an imported comment sheet, by column. They are compared folded (no
 * diacritics, case, spaces or punctuation; text in brackets dropped), so "HỌ VÀ TÊN",
 * "Họ và tên:" and "Ho va ten (*)" match alike. `number` ("STT") is recognised and ignored.
 * A header row whose stance words head several columns ("Tán thành" | "Không tán thành" |
 * "Đồng ý một phần", one marked with "x") is read through STANCE_SYNONYMS instead.
 */
export const COMMENT_SHEET_HEADERS = {
  number: ['STT', 'TT', 'Số TT'],
  text: ['Nội dung góp ý', 'Ý kiến góp ý', 'Nội dung', 'Nội dung ý kiến', 'Ý kiến đóng góp'],
  stance: ['Ý kiến', 'Quan điểm', 'Tán thành'],
  reason: ['Lý do', 'Lý do không tán thành'],
  target: ['Mục', 'Phần, mục', 'Nội dung dự thảo', 'Mục góp ý', 'Phần, mục góp ý'],
  respondentType: ['Đối tượng', 'Thành phần', 'Đối tượng góp ý'],
  locality: ['Địa bàn', 'Địa phương', 'Xã, phường'],
  name: ['Họ và tên', 'Họ tên'],
  organisation: ['Cơ quan, tổ chức', 'Đơn vị', 'Cơ quan, đơn vị'],
  email: ['Thư điện tử', 'Email', 'E-mail'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT'],
  date: ['Ngày', 'Ngày góp ý'],
} as const satisfies Record<string, readonly string[]>;

/** A column of a comment sheet. */
export type CommentSheetColumn = keyof typeof COMMENT_SHEET_HEADERS;

/** What a sheet's "Mục" cell says when the comment is about the whole draft (compared like headers). */
export const COMMENT_SHEET_WHOLE_DRAFT = ['Toàn văn dự thảo', 'Toàn bộ dự thảo', 'Cả dự thảo', 'Chung'] as const;

/**
 * Why a row of a comment sheet was not read (the row is skipped), or why the sheet was cut.
 * `word` and `value` are quoted as the sheet wrote them; `limit` is already formatted ("100.000").
 */
export const COMMENT_SHEET_PROBLEM_TEXT = {
  unknown_stance: (word: string) => ({
    vi: `Không rõ ý kiến “${word}”: ghi Tán thành, Không tán thành hoặc Đồng ý một phần.`,
    en: `Unknown stance “${word}”: write Tán thành (agree), Không tán thành (disagree) or Đồng ý một phần (partly agree).`,
  }),
  several_stances: () => ({
    vi: 'Hàng đánh dấu nhiều ý kiến; chỉ đánh dấu một trong Tán thành, Không tán thành, Đồng ý một phần.',
    en: 'The row marks several stances; mark only one of Tán thành, Không tán thành, Đồng ý một phần.',
  }),
  unknown_respondent_type: (word: string) => ({
    vi: `Không rõ đối tượng “${word}”: ghi Cán bộ, đảng viên; Người dân; Doanh nghiệp; Tổ chức hoặc Khác.`,
    en: `Unknown respondent type “${word}”: write Cán bộ, đảng viên; Người dân; Doanh nghiệp; Tổ chức or Khác.`,
  }),
  no_text_no_stance: () => ({
    vi: 'Hàng không có nội dung góp ý và cũng không ghi ý kiến.',
    en: 'The row has neither a comment nor a stance.',
  }),
  invalid_date: (value: string) => ({
    vi: `Ngày “${value}” không hợp lệ: ghi theo dạng dd/mm/yyyy.`,
    en: `The date “${value}” is not valid: write it as dd/mm/yyyy.`,
  }),
  cell_error: (value: string) => ({
    vi: `Ô có lỗi công thức (${value}).`,
    en: `The cell holds a formula error (${value}).`,
  }),
  cut: (limit: string) => ({
    vi: `Tệp có hơn ${limit} hàng góp ý; chỉ đọc ${limit} hàng đầu, các hàng sau bị bỏ qua.`,
    en: `The file has more than ${limit} comment rows; only the first ${limit} were read, the rest were skipped.`,
  }),
} as const satisfies Record<string, (...args: never[]) => BilingualText>;

/** Why a comment sheet cannot be read at all (the error's message is the English text). */
export const COMMENT_SHEET_ERROR_TEXT = {
  empty: { vi: 'Tệp rỗng.', en: 'The file is empty.' },
  old_excel: { vi: 'Tệp ở định dạng Excel cũ (.xls); hãy lưu lại dưới dạng XLSX hoặc CSV.', en: 'The file is in the old Excel format (.xls); save it as XLSX or CSV.' },
  not_xlsx: { vi: 'Tệp là tệp nén (ví dụ tệp Word), không phải bảng tính XLSX.', en: 'The file is an archive (for example a Word document), not an XLSX workbook.' },
  not_sheet: { vi: 'Tệp không phải bảng tính XLSX hay tệp CSV.', en: 'The file is neither an XLSX workbook nor a CSV file.' },
  corrupt_xlsx: { vi: 'Tệp XLSX bị hỏng, không đọc được.', en: 'The XLSX file is damaged and cannot be read.' },
  open_quote: (line: string) => ({
    vi: `Tệp CSV có dấu ngoặc kép mở ở dòng ${line} mà không đóng.`,
    en: `The CSV file has a quotation mark opened on line ${line} that is never closed.`,
  }),
  no_header: {
    vi: 'Không tìm thấy hàng tiêu đề có cột “Nội dung góp ý” trong 10 hàng đầu của bảng tính.',
    en: 'No header row with a “Nội dung góp ý” (comment) column was found in the first 10 rows.',
  },
} as const;

/** The e-mail that carries a commenter's verification code. */
export function verificationMail(consultationTitle: string, code: string, minutes: number): { subject: string; text: string } {
  return {
    subject: `Mã xác thực góp ý: ${code}`,
    text: `Mã xác thực để gửi ý kiến góp ý vào "${consultationTitle}" là: ${code}\n\nMã có hiệu lực trong ${minutes} phút. Nếu bạn không yêu cầu mã này, xin bỏ qua thư.\n\n— resolute`,
  };
}

/** The secretariat's note for a problem of the bottom-up counts (locality-rollup.ts). */
export const ROLLUP_DISCREPANCY_TEXT = {
  area_tally_below_records: (channel: Channel, tallied: number, recordedBelow: number) =>
    `Số tổng hợp toàn địa bàn (${CHANNEL_WORD[channel]}) là ${tallied}, ít hơn ${recordedBelow} ý kiến đã ghi nhận ở các địa bàn trực thuộc; số tổng hợp được dùng.`,
  duplicate_area_tally: (channel: Channel) => `Địa bàn có hơn một số tổng hợp toàn địa bàn (${CHANNEL_WORD[channel]}); chỉ một số được tính.`,
  unknown_locality: (count: number) => `${count} ý kiến ghi địa bàn không có trong danh mục.`,
  cycle: () => 'Danh mục địa bàn có vòng lặp; địa bàn này được tính như cấp tỉnh.',
} as const;
