/**
 * The words the report builders write (src/reports/): column titles of the appendix and the
 * comparisons, title lines, the narrative of the summary, notes and file names. Our own
 * wording, laid out as the provincial offices lay out their appendices.
 */

/** Column titles of the results appendix ("Phụ lục": TT | Chỉ tiêu | Đơn vị tính | Mục tiêu ...). */
export const APPENDIX_COLUMN = {
  number: 'TT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target: 'Mục tiêu Nghị quyết Đại hội',
  result: 'Kết quả đạt được',
  percent: 'Tỷ lệ % so với mục tiêu',
  compare: 'So sánh với mục tiêu',
  nextTarget: 'Mục tiêu nhiệm kỳ tới',
  note: 'Ghi chú',
} as const;

/** Titles of the machine-readable columns (CSV) of the results appendix, by column key. */
export const APPENDIX_RECORD_TITLE = {
  group_numeral: 'Số thứ tự nhóm',
  group_name: 'Nhóm chỉ tiêu',
  number: 'TT',
  indicator_id: 'Mã chỉ tiêu',
  parent_id: 'Mã chỉ tiêu cha',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target_text: 'Mục tiêu Nghị quyết Đại hội',
  period_id: 'Mã kỳ',
  period_label: 'Kỳ đánh giá',
  value: 'Kết quả (số)',
  value_text: 'Kết quả (chữ)',
  percent_of_target: 'Tỷ lệ % so với mục tiêu',
  status: 'Mã đánh giá',
  status_word: 'Đánh giá',
} as const;

/** Column titles of the term comparison. */
export const TERM_COMPARISON_COLUMN = {
  termTarget: (years: string) => `Mục tiêu nhiệm kỳ ${years}`,
  previousResult: (periodLabel: string) => `Kết quả thực hiện (${periodLabel})`,
  evaluation: 'Đánh giá',
  nextTarget: 'Mục tiêu nhiệm kỳ tới',
} as const;

/** Titles of the machine-readable columns of the term comparison, by column key. */
export const TERM_COMPARISON_RECORD_TITLE = {
  group_numeral: 'Số thứ tự nhóm',
  group_name: 'Nhóm chỉ tiêu',
  number: 'TT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  previous_term: 'Nhiệm kỳ trước',
  previous_target_text: 'Mục tiêu nhiệm kỳ trước',
  previous_period_label: 'Kỳ lấy kết quả',
  previous_value: 'Kết quả (số)',
  previous_value_text: 'Kết quả (chữ)',
  previous_status: 'Mã đánh giá',
  previous_status_word: 'Đánh giá',
  current_term: 'Nhiệm kỳ này',
  current_target_text: 'Mục tiêu nhiệm kỳ này',
  next_target_text: 'Mục tiêu nhiệm kỳ tới',
  changed: 'Mục tiêu thay đổi',
} as const;

/** Column titles of the organisation comparison. */
export const ORGANISATION_COMPARISON_COLUMN = {
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target: 'Mục tiêu',
  result: 'Kết quả',
  /** The result column when the organisations' figures come from different periods. */
  resultOf: (periodLabel: string) => `Kết quả (${periodLabel})`,
  evaluation: 'Đánh giá',
  /** The merged title over one organisation's columns: "Tỉnh Mẫu, nhiệm kỳ 2020-2025". */
  organisation: (name: string, termLabel: string) => `${name}, ${termLabel}`,
} as const;

/** Titles of the machine-readable columns of the organisation comparison, by column key. */
export const ORGANISATION_COMPARISON_RECORD_TITLE = {
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  organisation_id: 'Mã địa phương',
  organisation_name: 'Địa phương',
  term_label: 'Nhiệm kỳ',
  period_label: 'Kỳ lấy kết quả',
  indicator_name: 'Tên chỉ tiêu của địa phương',
  target_text: 'Mục tiêu',
  value: 'Kết quả (số)',
  value_text: 'Kết quả (chữ)',
  status: 'Mã đánh giá',
  status_word: 'Đánh giá',
} as const;

/** The word a term label starts with ("nhiệm kỳ 2020-2025"); added when a label lacks it. */
export const TERM_LABEL = (years: string) => `nhiệm kỳ ${years}`;

/**
 * A Party organisation named from its organisation: "Tỉnh Mẫu" → "ĐẢNG BỘ TỈNH MẪU" in a title,
 * "Đảng bộ tỉnh Mẫu" in a sentence; `prefix` marks a header's parent issuer as one.
 */
export const PARTY_ORGANISATION = {
  prefix: 'ĐẢNG BỘ',
  upper: (organisationName: string) => `ĐẢNG BỘ ${organisationName.toLocaleUpperCase('vi')}`,
  inSentence: (organisationName: string) => `Đảng bộ ${organisationName.charAt(0).toLocaleLowerCase('vi')}${organisationName.slice(1)}`,
} as const;

/** Title lines of the results appendix and the summary (upper case, as the documents write them). */
export const REPORT_TITLE = {
  appendixKind: 'PHỤ LỤC',
  summaryKind: 'BÁO CÁO',
  results: 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  summaryResults: 'TÓM TẮT KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
  /** "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH MẪU LẦN THỨ XIV, NHIỆM KỲ 2020-2025". */
  resolution: (party: string, congress: string, years: string) => `NGHỊ QUYẾT ĐẠI HỘI ${party} LẦN THỨ ${congress}, NHIỆM KỲ ${years}`,
  /** The line under the title of an appendix that goes with a numbered report; `number` with or without its "Số". */
  attachedTo: (number: string, date: string) => `(Kèm theo Báo cáo số ${number.replace(/^số:?\s*/iu, '')} ngày ${date})`,
  termComparison: 'SO SÁNH CÁC CHỈ TIÊU CHỦ YẾU QUA CÁC NHIỆM KỲ',
  /** "TỈNH MẪU: NHIỆM KỲ 2020-2025 VÀ NHIỆM KỲ 2025-2030". */
  termComparisonTerms: (organisation: string, previous: string, current: string) =>
    `${organisation.toLocaleUpperCase('vi')}: NHIỆM KỲ ${previous} VÀ NHIỆM KỲ ${current}`,
  organisationComparison: 'SO SÁNH KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU',
  /** "GIỮA TỈNH MẪU VÀ TỈNH BÊN". */
  organisationComparisonBetween: (names: readonly string[]) => {
    const upper = names.map((name) => name.toLocaleUpperCase('vi'));
    const last = upper.pop() ?? '';
    return upper.length === 0 ? last : `GIỮA ${upper.join(', ')} VÀ ${last}`;
  },
  /** The italic line under the comparison's title when every figure comes from one period. */
  figuresOf: (periodLabel: string) => `(Số liệu: ${periodLabel})`,
} as const;

/** The narrative of the summary report; counts come already written ("06"). */
export const SUMMARY_TEXT = {
  /** "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XIV, nhiệm kỳ 2020-2025 đề ra 03 nhóm chỉ tiêu chủ yếu, ..." */
  scope: (resolution: string, groups: string, indicators: string, components: string) =>
    `${resolution} đề ra ${groups} nhóm chỉ tiêu chủ yếu, ${indicators} chỉ tiêu cụ thể và ${components} chỉ tiêu thành phần.`,
  /** The scope when the resolution set no components. */
  scopeWithoutComponents: (resolution: string, groups: string, indicators: string) =>
    `${resolution} đề ra ${groups} nhóm chỉ tiêu chủ yếu với ${indicators} chỉ tiêu cụ thể.`,
  /** "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XIV, nhiệm kỳ 2020-2025". */
  resolution: (party: string, congress: string, years: string) => `Nghị quyết Đại hội ${party} lần thứ ${congress}, nhiệm kỳ ${years}`,
  /** "Theo ước thực hiện giai đoạn 2021-2023, có 01 chỉ tiêu vượt, ...". */
  counts: (periodLabel: string, sentence: string) => `Theo số liệu ${periodLabel.charAt(0).toLocaleLowerCase('vi')}${periodLabel.slice(1)}, ${sentence}.`,
  /** Introduces the at-risk list of a period. */
  atRiskIntro: 'Các chỉ tiêu khó đạt hoặc không đạt mục tiêu:',
  /** One at-risk item: "Tốc độ tăng trưởng GRDP bình quân: đạt 6,1% (mục tiêu 8-9%), Khó đạt." */
  atRiskItem: (name: string, figure: string | null, target: string | null, statusWord: string) =>
    `${name}: ${figure === null ? 'chưa có số liệu' : `đạt ${figure}`}${target === null ? '' : ` (mục tiêu ${target})`}, ${statusWord}.`,
} as const;

/** A note after the table: "Ghi chú: ..." for one, "Ghi chú 1: ..." when there are several. */
export const REPORT_NOTE = (index: number, count: number, text: string) => (count === 1 ? `Ghi chú: ${text}` : `Ghi chú ${index}: ${text}`);

/** ASCII file names of the reports, without extension ("phu-luc-ket-qua-chi-tieu-2023"). */
export const REPORT_FILE_STEM = {
  appendix: (year: number) => `phu-luc-ket-qua-chi-tieu-${year}`,
  summary: (year: number) => `bao-cao-tom-tat-ket-qua-chi-tieu-${year}`,
  termComparison: (previous: string, current: string) => `so-sanh-chi-tieu-nhiem-ky-${previous}-va-${current}`,
  organisationComparison: (year: number) => `so-sanh-chi-tieu-cac-dia-phuong-${year}`,
} as const;

const ROMAN_DIGITS: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/**
 * The numeral of the n-th group of a table (1-based), as the documents number groups.
 * @example groupNumeral(4) // "IV"
 */
export function groupNumeral(n: number): string {
  let rest = Math.max(1, Math.trunc(n));
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}
