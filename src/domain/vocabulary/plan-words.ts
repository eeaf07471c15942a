/**
 * The words the task reader (src/ingest/tasks) looks for in plans and resolutions: the
 * headings of the parts that hold tasks, the words around unit names ("chủ trì", "phối hợp
 * với"), deadlines and recurrences, expected products, kinds of task, and the rows of a
 * document list (002's Phụ lục 2).
 *
 * Plain lower-case words, written as documents write them. The reader compares them folded
 * (no diacritics, "đ" as "d"), so "hằng"/"hàng" and "uỷ"/"ủy" need no second spelling, except
 * the lists of words that end a name (`PLAN_UNIT_END_VERBS`, `PLAN_PRODUCT_END_WORDS`): folded,
 * "để" would be the "đề" of "đề án" and "trình" the end of "chương trình", so they are compared
 * with their diacritics (in lower case) and list each spelling the documents use.
 */
import type { TaskKind } from '../plan.ts';
import { DOC_WORDS } from './document.ts';

/** The parts of a plan that hold tasks, by what their items are. */
export type PlanSectionKind = 'tasks' | 'breakthroughs' | 'key_programmes' | 'thematic' | 'organisation';

/**
 * Headings that open a part holding tasks: the heading's title (after `PLAN_HEADING_FILLERS`)
 * starts with one of these, or for `PLAN_WHOLE_TITLE_KINDS` is one of these. The longest match
 * decides. A part may hold others ("Mục tiêu, nhiệm vụ và giải pháp" holds "Nhiệm vụ trọng
 * tâm" and "Các khâu đột phá"); the innermost decides. The words name a list ("Các khâu đột
 * phá", plural), so that an item of the list ("(1) Đột phá về hạ tầng") opens no part itself.
 */
export const PLAN_SECTION_HEADING: Readonly<Record<PlanSectionKind, readonly string[]>> = {
  tasks: [
    'nhiệm vụ',
    'các nhiệm vụ',
    'những nhiệm vụ',
    'mục tiêu, nhiệm vụ',
    'mục tiêu và nhiệm vụ',
    'phương hướng, mục tiêu, nhiệm vụ',
    'phương hướng, nhiệm vụ',
    'quan điểm, mục tiêu, nhiệm vụ',
  ],
  breakthroughs: ['khâu đột phá', 'các khâu đột phá', 'những khâu đột phá', 'đột phá chiến lược', 'các đột phá', 'nhiệm vụ đột phá', 'các nhiệm vụ đột phá'],
  key_programmes: ['chương trình trọng điểm', 'các chương trình trọng điểm', 'chương trình, đề án trọng điểm', 'các chương trình, đề án trọng điểm'],
  thematic: [
    'các nghị quyết chuyên đề',
    'nghị quyết chuyên đề, đề án',
    'các đề án',
    'các đề án, nghị quyết chuyên đề',
    'các nghị quyết, đề án',
    'nghị quyết, đề án',
  ],
  organisation: ['tổ chức thực hiện'],
};

/** Kinds of part whose heading must be the words alone: "III. TỔ CHỨC THỰC HIỆN", not an item "1. Tổ chức thực hiện tốt ...". */
export const PLAN_WHOLE_TITLE_KINDS: readonly PlanSectionKind[] = ['organisation'];

/** Lines that close a document's body: after them come the recipients and the signature, no tasks. */
export const PLAN_CLOSING: readonly string[] = ['trên đây là', ...DOC_WORDS.signature];

/** Words a heading may start with before the words that name it: "Về thực hiện ba khâu đột phá". */
export const PLAN_HEADING_FILLERS: readonly string[] = [
  'về', 'thực hiện', 'tiếp tục', 'một số', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám',
];

/** Parts inside a task part that hold no tasks: goals, targets, outlook, solutions. */
export const PLAN_NON_TASK_HEADING: readonly string[] = [
  'mục đích', 'yêu cầu', 'mục tiêu', 'các mục tiêu', 'chỉ tiêu', 'các chỉ tiêu', 'quan điểm', 'dự báo', 'bối cảnh',
  'thời cơ', 'khó khăn', 'giải pháp', 'các giải pháp', 'những giải pháp', 'chủ trương và các giải pháp', 'chủ trương, giải pháp',
];

/** Parts that review the past: nothing under them is a task to do ("Đánh giá 5 năm ...", "Kết quả đạt được"). */
export const PLAN_REVIEW_HEADING: readonly string[] = [
  'đánh giá', 'kết quả', 'các kết quả', 'những kết quả', 'tình hình', 'hạn chế', 'những hạn chế', 'nguyên nhân',
  'bài học', 'kinh nghiệm', 'ưu điểm',
];

/** What the top items of each part are. */
export const PLAN_SECTION_TASK_KIND: Readonly<Record<PlanSectionKind, TaskKind>> = {
  tasks: 'regular',
  breakthroughs: 'breakthrough',
  key_programmes: 'key_programme',
  thematic: 'thematic_resolution',
  organisation: 'regular',
};

/** Words around unit names. */
export const PLAN_UNIT_WORDS = {
  /** "Sở Tài chính chủ trì". */
  lead: ['chủ trì'],
  /** "Giao Sở Tài chính chủ trì": the word before the lead unit (compared with its diacritics: not "Tuyên giáo"). */
  assign: ['giao', 'đề nghị', 'yêu cầu'],
  /** "chủ trì, phối hợp với các sở, ngành". */
  support: ['phối hợp với', 'phối hợp cùng', 'phối hợp'],
  /** "Đơn vị chủ trì: ...", "Cơ quan phối hợp: ..." (a table row written out). */
  labelled: ['đơn vị', 'cơ quan'],
} as const;

/**
 * Words a unit's name starts with, for an item whose subject is its lead unit ("Đảng ủy Văn
 * phòng lãnh đạo ..."), and after "giao". Compared with their diacritics (folded, "sở" would
 * be "số" and "đài" "đại"), so both tone placements are listed ("ủy" / "uỷ").
 */
export const PLAN_UNIT_LEADS: readonly string[] = [
  'đảng ủy', 'đảng uỷ', 'đảng bộ', 'đảng đoàn', 'ban cán sự', 'ban thường vụ', 'ban chấp hành', 'ban chỉ đạo', 'ban',
  'ủy ban', 'uỷ ban', 'thường trực', 'văn phòng', 'chi bộ', 'các chi bộ', 'cấp ủy', 'cấp uỷ', 'các cấp ủy', 'các cấp uỷ',
  'sở', 'các sở', 'bộ chỉ huy', 'công an', 'mặt trận', 'hội đồng', 'hội', 'các hội', 'đoàn', 'tỉnh đoàn', 'liên đoàn',
  'ubnd', 'hđnd', 'các cơ quan', 'các đơn vị', 'các ban', 'trường', 'báo', 'đài', 'tòa án', 'toà án', 'viện kiểm sát',
  'kho bạc', 'ngân hàng', 'cục', 'chi cục', 'trung tâm', 'huyện ủy', 'huyện uỷ', 'thành ủy', 'thành uỷ', 'tỉnh ủy',
  'tỉnh uỷ', 'các đảng ủy', 'các đảng uỷ', 'các huyện ủy', 'các huyện uỷ', 'các tổ chức',
];

/**
 * Words that end a unit's name, mostly verbs ("Chi bộ Hành chính – Quản trị tham mưu ...").
 * They count only written in lower case ("Ban Tổ chức" keeps its capital) and not after a
 * word of `PLAN_NAME_GLUE` ("Uỷ ban kiểm tra", "các tổ chức chính trị - xã hội").
 */
export const PLAN_UNIT_END_VERBS: readonly string[] = [
  'chủ trì', 'phối hợp', 'lãnh đạo', 'chỉ đạo', 'tham mưu', 'tổ chức', 'triển khai', 'thực hiện', 'xây dựng',
  'theo dõi', 'kiểm tra', 'giám sát', 'hướng dẫn', 'đôn đốc', 'báo cáo', 'rà soát', 'ban hành', 'trình', 'nghiên cứu',
  'đề xuất', 'hoàn thành', 'quán triệt', 'tuyên truyền', 'chịu trách nhiệm', 'có trách nhiệm', 'căn cứ',
  'theo chức năng', 'bám sát', 'tập trung', 'tiếp tục', 'chủ động', 'định kỳ', 'thường xuyên', 'cụ thể hóa',
  'phấn đấu', 'bảo đảm', 'đảm bảo', 'tăng cường', 'nâng cao', 'đẩy mạnh', 'tổng hợp', 'cập nhật', 'để', 'nhằm',
  'nghiêm túc', 'khẩn trương', 'tích cực', 'kịp thời', 'quyết liệt', 'trước', 'trong quý', 'trong năm', 'tập hợp', 'vận động',
];

/**
 * Words after which a word of `PLAN_UNIT_END_VERBS` or `PLAN_PRODUCT_END_WORDS` is part of the
 * name: "Uỷ ban kiểm tra", "các tổ chức chính trị - xã hội", "chương trình".
 */
export const PLAN_NAME_GLUE: readonly string[] = ['ban', 'các', 'những', 'chương'];

/** Deadline words. */
export const PLAN_DEADLINE_WORDS = {
  /** Words before a date that make it a deadline: "trước ngày 30/6/2026", "chậm nhất ngày 15/3". */
  before: ['trước', 'chậm nhất là', 'chậm nhất', 'hạn chót', 'đến hết', 'không quá', 'hoàn thành trong', 'hoàn thành', 'xong trong', 'trong'],
  /** Words before a year that make it a deadline ("trong năm 2027", "(năm 2027)"). */
  yearLeads: ['trong', 'trước', 'cuối', 'hết', 'xong', 'thành', 'vào', 'từ nay đến hết'],
  quarter: 'quý',
  month: 'tháng',
  year: 'năm',
  day: 'ngày',
  /** "6 tháng đầu năm 2026", "6 tháng cuối năm 2026". */
  firstHalf: ['6 tháng đầu năm', 'sáu tháng đầu năm'],
  secondHalf: ['6 tháng cuối năm', 'sáu tháng cuối năm'],
  /** An ongoing duty without a date. */
  continuous: ['thường xuyên'],
} as const;

/** Repeating duties: "hằng quý", "định kỳ hằng năm", "6 tháng một lần". */
export const PLAN_RECURRENCE_WORDS: readonly { every: 'month' | 'quarter' | 'half_year' | 'year'; words: readonly string[] }[] = [
  { every: 'month', words: ['hằng tháng', 'mỗi tháng', 'định kỳ tháng'] },
  { every: 'quarter', words: ['hằng quý', 'mỗi quý', 'định kỳ quý'] },
  { every: 'half_year', words: ['định kỳ 6 tháng', 'định kỳ sáu tháng', '6 tháng một lần', 'sáu tháng một lần', 'mỗi 6 tháng', 'hằng 6 tháng'] },
  { every: 'year', words: ['hằng năm', 'mỗi năm', 'định kỳ năm', 'thường niên'] },
];

/** A word before a recurrence that belongs to it ("định kỳ hằng năm"). */
export const PLAN_RECURRENCE_LEAD = 'định kỳ';

/** Verbs before an expected product: "xây dựng đề án ...", "ban hành nghị quyết ...". */
export const PLAN_PRODUCT_VERBS: readonly string[] = [
  'xây dựng và ban hành', 'xây dựng, ban hành', 'xây dựng', 'ban hành', 'hoàn thiện', 'sửa đổi, bổ sung', 'lập',
  'soạn thảo', 'tham mưu ban hành', 'tham mưu xây dựng',
];

/** Documents a task may produce, and what kind of task producing one is (null: the item's own kind stands). */
export const PLAN_PRODUCT_WORDS: readonly { word: string; kind: TaskKind | null }[] = [
  { word: 'nghị quyết chuyên đề', kind: 'thematic_resolution' },
  { word: 'nghị quyết', kind: 'thematic_resolution' },
  { word: 'đề án', kind: 'project' },
  { word: 'chương trình trọng điểm', kind: 'key_programme' },
  { word: 'kết luận', kind: 'conclusion' },
  { word: 'chỉ thị', kind: 'conclusion' },
  { word: 'quy định', kind: 'conclusion' },
  { word: 'quy chế', kind: 'conclusion' },
  { word: 'báo cáo', kind: 'report_duty' },
  { word: 'kế hoạch', kind: null },
  { word: 'chương trình', kind: null },
  { word: 'quyết định', kind: null },
  { word: 'hướng dẫn', kind: null },
  { word: 'cơ chế, chính sách', kind: null },
  { word: 'chính sách', kind: null },
];

/** Report duties named without a verb: "báo cáo sơ kết ...", "sơ kết, tổng kết ...". */
export const PLAN_REPORT_WORDS: readonly string[] = ['báo cáo sơ kết', 'báo cáo tổng kết', 'sơ kết', 'tổng kết'];

/** Words after which an expected product's name stops: "xây dựng đề án X để ...", "X, hoàn thành trong quý III". */
export const PLAN_PRODUCT_END_WORDS: readonly string[] = [
  'để', 'nhằm', 'trước', 'trong quý', 'trong tháng', 'trong năm', 'hoàn thành', 'chậm nhất', 'hằng năm', 'hằng quý', 'hằng tháng',
  'hàng năm', 'hàng quý', 'hàng tháng', 'định kỳ', 'gửi', 'trình',
];

/** Group rows of a document list ("I NGHỊ QUYẾT", "II ĐỀ ÁN", "III KẾT LUẬN") and the kind of the documents under them. */
export const DOCUMENT_LIST_GROUP: readonly { word: string; kind: TaskKind }[] = [
  { word: 'nghị quyết', kind: 'thematic_resolution' },
  { word: 'đề án', kind: 'project' },
  { word: 'chương trình', kind: 'key_programme' },
  { word: 'kết luận', kind: 'conclusion' },
  { word: 'chỉ thị', kind: 'conclusion' },
  { word: 'quy định', kind: 'conclusion' },
  { word: 'quyết định', kind: 'conclusion' },
];

/** The type code inside a number and symbol ("03-NQ/TU": NQ) and the kind of document it names. */
export const DOCUMENT_SYMBOL_KIND: Readonly<Record<string, TaskKind>> = {
  NQ: 'thematic_resolution',
  ĐA: 'project',
  CTr: 'key_programme',
  KL: 'conclusion',
  CT: 'conclusion',
  QĐ: 'conclusion',
  QĐi: 'conclusion',
  HD: 'conclusion',
};

/** The word before a document's number and symbol in a list row ("Số 03-NQ/TU"). */
export const DOCUMENT_NUMBER_LEAD = 'số';

/** Header rows of a document list, repeated at page breaks: a line starting with one of these is no summary. */
export const DOCUMENT_LIST_HEADER: readonly string[] = ['stt', 'tt số', 'số, ký hiệu', 'số ký hiệu'];
