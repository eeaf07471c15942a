/**
 * The words of appendix tables: header words, units, and the few phrases that change how
 * a row is read (src/ingest/tables/). They are written in lower case as the documents
 * spell them; callers compare with `lower()`.
 */

/** Lower case in the Vietnamese locale, NFC. */
export function lower(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * Words that make up column headers ("TT Chỉ tiêu Đơn vị tính Mục tiêu Nghị quyết Đại hội
 * Ước thực hiện giai đoạn 2021 - 2023 ..."). A line made only of these (and of numbers and
 * roman numerals) is a header fragment.
 */
export const HEADER_WORDS: ReadonlySet<string> = new Set([
  'tt', 'stt', 's', 't', 'chỉ', 'tiêu', 'đơn', 'vị', 'tính', 'đvt', 'mục', 'nghị', 'quyết', 'đại', 'hội',
  'nq', 'nqđh', 'đh', 'đhđb', 'kế', 'hoạch', 'thực', 'hiện', 'ước', 'dự', 'kiến', 'giai', 'đoạn', 'năm',
  'kết', 'quả', 'đạt', 'được', 'tỷ', 'tỉ', 'lệ', 'so', 'với', 'sánh', 'đánh', 'giá', 'ghi', 'chú', 'đến',
  'nhiệm', 'kỳ', 'khóa', 'khoá', 'lần', 'thứ', 'và', 'của', 'đảng', 'bộ', 'tỉnh', 'cả', 'cùng', 'trước',
  'tiếp', 'theo', 'vụ', 'mới', 'số', 'liệu', 'nội', 'dung', 'tên', 'mức', 'độ', 'hoàn', 'thành', '%',
]);

/** The words a header column label starts with, and the kind of column each one names. */
export const HEADER_LABEL_KINDS: readonly { start: string; kind: HeaderLabelKind }[] = [
  { start: 'stt', kind: 'code' },
  { start: 'tt', kind: 'code' },
  { start: 'chỉ tiêu', kind: 'name' },
  { start: 'nội dung', kind: 'name' },
  { start: 'tên chỉ tiêu', kind: 'name' },
  { start: 'đơn vị', kind: 'unit' },
  { start: 'đvt', kind: 'unit' },
  { start: 'ghi chú', kind: 'note' },
  { start: 'đánh giá', kind: 'status' },
  { start: 'tỷ lệ', kind: 'percent' },
  { start: 'tỉ lệ', kind: 'percent' },
  { start: 'so sánh', kind: 'compare' },
  { start: 'so với', kind: 'compare' },
  { start: 'mức độ', kind: 'compare' },
  { start: 'mục tiêu', kind: 'target' },
  { start: 'nghị quyết', kind: 'target' },
  { start: 'kế hoạch', kind: 'target' },
  { start: 'ước', kind: 'result' },
  { start: 'dự ước', kind: 'result' },
  { start: 'thực hiện', kind: 'result' },
  { start: 'kết quả', kind: 'result' },
  { start: 'năm', kind: 'result' },
];

/** The words that show a header names the columns of an indicator table: "Chỉ tiêu" with "Đơn vị" or "ĐVT". */
export const INDICATOR_COLUMNS = { name: 'chỉ tiêu', unit: ['đơn vị', 'đvt'] } as const;

/** A label that says this anywhere names a status column ("Đánh giá", "Kết quả đánh giá"). */
export const STATUS_LABEL_WORD = 'đánh giá';

/** A bare target label: the words under it ("Nghị quyết Đại hội") stay in it. */
export const BARE_TARGET_LABEL = 'mục tiêu';

/** The kinds of column a header label can name. */
export type HeaderLabelKind = 'code' | 'name' | 'unit' | 'note' | 'status' | 'percent' | 'compare' | 'target' | 'result';

/** Words that mark a result column as an estimate ("Ước thực hiện", "Dự ước", "dự kiến"). */
export const ESTIMATE_WORDS: readonly string[] = ['ước', 'dự kiến'];

/** The phrase that introduces a term in a title: "nhiệm kỳ 2020-2025". */
export const TERM_WORD = 'nhiệm kỳ';

/** Labels for columns whose header the converter lost. */
export const DEFAULT_LABEL = {
  code: 'TT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  previous_target: 'Mục tiêu nhiệm kỳ trước',
  target: 'Mục tiêu',
  next_target: 'Mục tiêu nhiệm kỳ tới',
  result: 'Kết quả thực hiện',
  percent: 'Tỷ lệ % so với mục tiêu',
  status: 'Đánh giá',
  compare: 'So sánh với mục tiêu',
  note: 'Ghi chú',
  other: '',
} as const;

/** A label row that means "of which": its children belong to the row above it. */
export const OF_WHICH = 'trong đó';

/** Units written as a whole cell (lower case). */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  'ha', 'tấn', 'người', 'lượt', 'lượt người', 'usd', 'xã', 'huyện', 'tuổi', 'giường', 'bác sĩ', 'bác sỹ',
  'km', 'hộ', 'đảng viên', 'đv', 'con', 'trường', 'lao động', 'đồng', 'm2', 'm3', 'kwh', 'mw', 'thôn',
  'bản', 'cơ sở', 'doanh nghiệp', 'hợp tác xã', 'htx', 'dn', 'dự án', 'công trình', 'điểm', 'chi bộ',
  'tổ chức', 'cái', 'chiếc', 'lần', 'năm', 'tháng', 'ngày', 'học sinh', 'hs', 'sinh viên', 'lớp', 'phòng',
]);

/** Words that open a multi-word unit: "Triệu đồng", "Nghìn tấn", "Vạn người", "Tỷ đồng". */
export const UNIT_HEADS: ReadonlySet<string> = new Set(['triệu', 'tỷ', 'tỉ', 'nghìn', 'ngàn', 'vạn', 'trăm', 'tr.']);

/** The word that opens an appendix's title ("Phụ lục 3"): a new table starts there. */
export const APPENDIX_WORD = 'phụ lục';

/** A word that may follow a figure in a cell: "tăng 1,66 lần". */
export const TIMES_WORD = 'lần';
