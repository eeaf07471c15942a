/**
 * The words of a document's frame: the kinds of document, the mottos and other lines of a
 * header block, the short words that tell a broken line from a finished one, and the
 * phrases that name an author or a term. Written exactly as the documents write them.
 */

/** Document kinds, by English code. */
export type DocumentKind = 'political_report' | 'resolution' | 'report' | 'plan' | 'draft' | 'other';

/** The words that name each kind in a title. */
export const DOCUMENT_KIND_LABEL = {
  political_report: 'Báo cáo chính trị',
  resolution: 'Nghị quyết',
  report: 'Báo cáo',
  plan: 'Kế hoạch',
  draft: 'Dự thảo',
  other: 'Văn bản khác',
} as const satisfies Record<DocumentKind, string>;

/** Words of Vietnamese documents that the reader's stages look for, in the exact forms the documents use. */
export const DOC_WORDS = {
  /** The national mottos at the top right of a header block. */
  mottos: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ĐỘC LẬP - TỰ DO - HẠNH PHÚC'],
  /** Lines that introduce the operative part of a resolution. */
  operative: ['QUYẾT NGHỊ', 'QUYẾT ĐỊNH'],
  /** Other lines that always stand alone, in capitals: the recipients' block at the end. */
  standalone: ['NƠI NHẬN'],
  /**
   * How the recipients' and signature block opens ("Nơi nhận:", "T/M TỈNH ỦY", "KT. BÍ THƯ"),
   * compared folded: the body of the document ends there.
   */
  signature: ['nơi nhận', 't/m', 'tm.', 'thay mặt', 'kt.', 'ký thay'],
  /** Short words after which a broken line must go on (a phrase never ends on them). */
  connectives: [
    'của', 'và', 'các', 'với', 'cho', 'trong', 'về', 'đến', 'từ', 'là', 'những', 'theo', 'tại', 'như',
    'để', 'do', 'bị', 'mà', 'hoặc', 'nhưng', 'vào', 'giữa', 'bằng', 'nhằm', 'gồm',
  ],
  /** Words a number usually follows ("số 12", "ngày 8/12", "năm 2020", "khoảng 6.800"). */
  numberLeads: ['số', 'ngày', 'tháng', 'năm', 'thứ', 'khoảng', 'đạt', 'trên', 'dưới', 'hơn', 'gần', 'là', 'có'],
} as const;

/** The ordinals of a part heading, "Phần thứ nhất" to "Phần thứ mười". */
export const PART_ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

/** "(Báo cáo chính trị của X trình Đại hội ...)": group 1 is the author. */
export const AUTHOR_PHRASE = /(?:báo cáo chính trị|báo cáo|nghị quyết|kế hoạch)\s+của\s+(.{3,80}?)\s+(?:trình|tại)\s+đại hội/iu;

/** "X xây dựng kế hoạch ...", "X ban hành báo cáo ...", "X báo cáo tình hình ...": group 1 or 2 is the author. */
export const MAKER_PHRASE =
  /(?:^|[;,.:]\s*)(\p{Lu}[^;,.:]{2,80}?)\s+(?:xây dựng|ban hành)\s+(?:kế hoạch|báo cáo)|(?:^|[;,.:]\s*)(\p{Lu}[^;,.:]{2,80}?)\s+báo cáo\s+(?:tình hình|kết quả)/u;

/** A term written out: "nhiệm kỳ 2020-2025", "giai đoạn 2021 - 2025" (global: read with matchAll). */
export const TERM_PHRASE = /(?:nhiệm kỳ|giai đoạn)\s*(\d{4})\s*[-–—]\s*(\d{4})/giu;
