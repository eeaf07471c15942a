/**
 * The words of the two consultation reports (src/reports/consultation-synthesis.ts and
 * consultation-disposition.ts): title lines, column titles, the sentences above the tables,
 * the machine-readable column titles and the file names. Stance, respondent type, channel and
 * disposition words are those of consultation.ts. Counts and dates come in already written
 * ("03", "1.234", "20/12/2026"); these functions only place them. Our own wording, in the
 * layout offices use for a "báo cáo tổng hợp, tiếp thu, giải trình ý kiến".
 */
import { COMMENT_TARGET_WORD } from './consultation.ts';

/** A title line: the text upper case ("Vietnamese" aware), white space collapsed. */
const upper = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi');

/** Lower-cases the first letter of a word used inside a sentence ("Tán thành" → "tán thành"). */
export const wordInSentence = (word: string) => `${word.charAt(0).toLocaleLowerCase('vi')}${word.slice(1)}`;

/** "(08:00 ngày 01/12/2026)" pieces of the consultation period, already written in Vietnam time. */
export interface PeriodWords {
  opens: string;
  closes: string;
  /** When it was closed early, else null. */
  closedEarly: string | null;
}

/** Title lines of the synthesis. */
export const SYNTHESIS_TITLE = {
  kind: 'BÁO CÁO',
  title: 'TỔNG HỢP Ý KIẾN GÓP Ý',
  /** "VÀO DỰ THẢO BÁO CÁO CHÍNH TRỊ …". */
  draft: (draftTitle: string) => `VÀO ${upper(draftTitle)}`,
  /** "(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026)", with the early close when there was one. */
  period: (period: PeriodWords) =>
    `(Thời gian lấy ý kiến: từ ${period.opens} đến ${period.closes}${period.closedEarly === null ? '' : `; đã kết thúc sớm lúc ${period.closedEarly}`})`,
} as const;

/** Title lines of the disposition report. */
export const DISPOSITION_TITLE = {
  kind: 'BÁO CÁO',
  title: 'TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý',
  draft: (draftTitle: string) => `VÀO ${upper(draftTitle)}`,
  /** The italic line naming the next version of the draft, when it has been imported. */
  revised: (revisedTitle: string) => `(Dự thảo sau khi tiếp thu, chỉnh sửa: ${revisedTitle.replace(/\s+/gu, ' ').trim()})`,
} as const;

/** How a unit of the draft is named in the tables and headings. */
export const REPORT_UNIT_TEXT = {
  draft: COMMENT_TARGET_WORD.draft,
  /** "I- Thuận lợi", "Phần thứ nhất. Đánh giá …": a label that ends in a mark keeps it, a bare one gets a full stop. */
  section: (label: string, title: string) => {
    const l = label.trim();
    const t = title.trim();
    if (l === '') return t;
    if (t === '') return l;
    return /[.\-):]$/u.test(l) ? `${l} ${t}` : `${l}. ${t}`;
  },
  /** "Chỉ tiêu: Tốc độ tăng trưởng GRDP (mã KT-01)". */
  indicator: (code: string | null, name: string) =>
    `${COMMENT_TARGET_WORD.indicator}: ${name.trim()}${code === null || code.trim() === '' ? '' : ` (mã ${code.trim()})`}`,
} as const;

/** A unit of the draft as the reports and screens name it. */
export type NamedUnit = { kind: 'draft' } | { kind: 'section'; label: string; title: string } | { kind: 'indicator'; code: string | null; name: string };

/** "Toàn văn dự thảo", "I. Thuận lợi", "Chỉ tiêu: Tốc độ tăng trưởng GRDP (mã KT-01)". */
export function reportUnitText(unit: NamedUnit): string {
  switch (unit.kind) {
    case 'draft':
      return REPORT_UNIT_TEXT.draft;
    case 'section':
      return REPORT_UNIT_TEXT.section(unit.label, unit.title);
    case 'indicator':
      return REPORT_UNIT_TEXT.indicator(unit.code, unit.name);
  }
}

/** Sentences of the synthesis; counts already written ("03", "1.234"), percents already "12,8". */
export const SYNTHESIS_TEXT = {
  /** "Tổng số có 45 ý kiến góp ý (…), trong đó: 30 ý kiến tán thành (66,7%), …". */
  counts: (total: string, comments: string | null, parts: readonly string[]) => {
    const once = comments === null ? '' : ` (mỗi nhóm ý kiến trùng lặp tính là một ý kiến; tổng số lượt góp ý là ${comments})`;
    return parts.length === 0 ? `Tổng số có ${total} ý kiến góp ý${once}.` : `Tổng số có ${total} ý kiến góp ý${once}, trong đó: ${parts.join(', ')}.`;
  },
  /** One part of the counting sentence: "30 ý kiến tán thành (66,7%)". */
  countPart: (count: string, stanceWord: string, percent: string) => `${count} ý kiến ${wordInSentence(stanceWord)} (${percent}%)`,
  /** No published comment. */
  none: 'Chưa có ý kiến góp ý nào được công khai trong đợt lấy ý kiến.',
  /** "Có 12 ý kiến thuộc 03 nhóm ý kiến giống hệt nhau (chiến dịch)." */
  campaigns: (comments: string, groups: string) => `Có ${comments} ý kiến thuộc ${groups} nhóm ý kiến giống hệt nhau (chiến dịch).`,
  noCampaigns: 'Không có nhóm ý kiến giống hệt nhau (chiến dịch).',
  /** "Có 05 nhóm ý kiến trùng lặp gồm 16 ý kiến; mỗi nhóm được tính là một ý kiến." */
  duplicates: (groups: string, comments: string) => `Có ${groups} nhóm ý kiến trùng lặp gồm ${comments} ý kiến; mỗi nhóm được tính là một ý kiến.`,
  noDuplicates: 'Không có ý kiến trùng lặp.',
  /** Before the main points of each unit. */
  mainPointsIntro: 'Các nội dung góp ý chủ yếu:',
  /** A main point: "Đề nghị … (12 ý kiến; Tán thành 08, Không tán thành 03, Đồng ý một phần 01)". */
  mainPoint: (text: string, reason: string | null, size: string, stanceParts: readonly string[]) => {
    const body = text.trim().replace(/[.;,\s]+$/u, '');
    const why = reason === null || reason.trim() === '' ? '' : `; lý do: ${reason.trim().replace(/[.;,\s]+$/u, '')}`;
    return `${body}${why} (${size} ý kiến${stanceParts.length === 0 ? '' : `; ${stanceParts.join(', ')}`})`;
  },
  /** "Tán thành 08". */
  stancePart: (stanceWord: string, count: string) => `${stanceWord} ${count}`,
  /** Comments of a unit in no main point. */
  unclustered: (count: string) => `Ngoài ra có ${count} ý kiến riêng lẻ khác.`,
} as const;

/** Column titles of the synthesis tables. */
export const SYNTHESIS_TABLE_HEADING = {
  number: 'TT',
  unit: 'Nội dung góp ý',
  total: 'Tổng số ý kiến',
  byStance: 'Theo ý kiến',
  byRespondentType: 'Theo đối tượng',
  locality: 'Địa bàn',
  own: 'Số ý kiến tại địa bàn',
  areaTotal: 'Tổng số trên địa bàn',
  ofWhich: 'Trong đó',
  unspecified: 'Không phân loại',
} as const;

/** Captions and fixed row names of the synthesis tables. */
export const SYNTHESIS_TABLE_TEXT = {
  unitsCaption: 'Bảng 1. Số ý kiến góp ý theo nội dung dự thảo',
  localitiesCaption: 'Bảng 2. Số ý kiến góp ý theo địa bàn',
  total: 'Tổng cộng',
  unplaced: 'Không xác định địa bàn',
} as const;

/** Sentences of the disposition report; counts already written ("03"). */
export const DISPOSITION_TEXT = {
  /** "Đã xem xét 45 ý kiến, nhóm ý kiến: tiếp thu 20, giải trình 15, không tiếp thu 10; còn 03 chưa xử lý." */
  counts: (total: string, parts: readonly string[], pending: string | null) =>
    `Đã xem xét ${total} ý kiến, nhóm ý kiến: ${parts.join(', ')}${pending === null ? '' : `; còn ${pending} chưa xử lý`}.`,
  /** "tiếp thu 20". */
  countPart: (dispositionWord: string, count: string) => `${wordInSentence(dispositionWord)} ${count}`,
  /** Nothing answered yet. */
  none: (pending: string | null) =>
    pending === null ? 'Chưa có ý kiến góp ý nào cần tiếp thu, giải trình.' : `Chưa xử lý ý kiến nào; còn ${pending} ý kiến, nhóm ý kiến chưa xử lý.`,
  /** "Ý kiến góp ý" cell of a main point standing for several comments: "… (12 ý kiến)". */
  subject: (text: string, size: string | null) => `${text.trim()}${size === null ? '' : ` (${size} ý kiến)`}`,
} as const;

/** The group rows of the disposition table: what kind of unit the rows below are about. */
export const DISPOSITION_GROUP_TEXT = {
  draft: 'Ý kiến chung về toàn văn dự thảo',
  section: 'Ý kiến về các phần, mục của dự thảo',
  indicator: 'Ý kiến về các chỉ tiêu',
} as const;

/** Column titles of the disposition table. */
export const DISPOSITION_TABLE_HEADING = {
  number: 'TT',
  unit: 'Nội dung dự thảo',
  comment: 'Ý kiến góp ý',
  kind: 'Hình thức xử lý',
  note: 'Nội dung tiếp thu, giải trình',
  changed: 'Mục sửa đổi trong dự thảo mới',
} as const;

/** Titles of the synthesis's machine-readable columns (CSV), one row per unit. */
export const SYNTHESIS_RECORD_TITLE = {
  unit_kind: 'Loại nội dung',
  unit_id: 'Mã nội dung',
  label: 'Số mục, mã chỉ tiêu',
  title: 'Tên mục, chỉ tiêu',
  level: 'Cấp',
  total: 'Tổng số ý kiến',
  comments: 'Số lượt góp ý',
  agree: 'Tán thành',
  disagree: 'Không tán thành',
  partly: 'Đồng ý một phần',
  party_member: 'Cán bộ, đảng viên',
  citizen: 'Người dân',
  business: 'Doanh nghiệp',
  organisation: 'Tổ chức',
  other: 'Đối tượng khác',
  online: 'Trực tuyến',
  meeting: 'Hội nghị, tọa đàm',
  paper: 'Văn bản, phiếu góp ý',
  import: 'Nhập từ tệp',
  main_points: 'Số nội dung chủ yếu',
  unclustered: 'Số ý kiến riêng lẻ',
} as const;

/** Titles of the disposition report's machine-readable columns (CSV), one row per answered subject. */
export const DISPOSITION_RECORD_TITLE = {
  unit_kind: 'Loại nội dung',
  unit_id: 'Mã nội dung',
  unit: 'Nội dung dự thảo',
  subject_kind: 'Loại ý kiến',
  subject_id: 'Mã ý kiến',
  size: 'Số ý kiến',
  text: 'Ý kiến góp ý',
  disposition: 'Mã hình thức xử lý',
  disposition_word: 'Hình thức xử lý',
  note: 'Nội dung tiếp thu, giải trình',
  changed_section: 'Mục sửa đổi trong dự thảo mới',
} as const;

/** The ASCII file names of the two reports, without extension (asOf ISO). */
export const CONSULTATION_REPORT_FILE_STEM = {
  synthesis: (asOf: string) => `bao-cao-tong-hop-y-kien-${asOf}`,
  disposition: (asOf: string) => `bao-cao-tiep-thu-giai-trinh-y-kien-${asOf}`,
} as const;
