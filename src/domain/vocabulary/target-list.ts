/**
 * The words that the target-list reader (src/ingest/target-list*.ts) looks for, and the
 * words it writes into the names it drafts.
 *
 * They are written as regular-expression sources so that the reader can combine them. All
 * matching is case-insensitive on NFC text; old and new tone placement ("hoá" / "hóa") are
 * both listed where documents use both.
 */

/** Start and end of a word: JavaScript's `\b` only knows ASCII letters. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** A Vietnamese number: "1.000", "12,8", "12.355,5", "9". */
export const NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;

/** Headings that open a list of main targets: "Các chỉ tiêu chủ yếu", "MỤC TIÊU, CHỈ TIÊU". */
export const LIST_HEADING = [
  String.raw`^(?:(?:các|một số|những|hệ thống)\s+)?(?:nhóm\s+)?chỉ tiêu\s+(?:chủ yếu|cụ thể|chính|cơ bản|phát triển)`,
  String.raw`^mục tiêu\s*(?:,|và)\s*(?:các\s+)?chỉ tiêu`,
  String.raw`^mục tiêu tổng quát\s*(?:,|và)\s*(?:các\s+)?(?:chỉ tiêu|mục tiêu cụ thể)`,
  String.raw`^(?:các\s+)?mục tiêu cụ thể`,
];

/** A bare "2.2. Các chỉ tiêu" heading: a list only under a label (table headers say "Chỉ tiêu" too). */
export const BARE_LIST_HEADING = String.raw`^(?:các\s+)?chỉ tiêu(?:\s+đến năm \d{4})?\s*:?$`;

/** A sentence that announces targets inline: "Nghị quyết đề ra 15 chỉ tiêu chủ yếu, trong đó: ...". */
export const INLINE_LIST_INTRO = String.raw`chỉ tiêu[^.;:]{0,60}:`;
/** Words that mark an inline list as results rather than targets. */
export const RESULT_WORDS = String.raw`kết quả|đã đạt|đạt được|ước đạt|ước thực hiện|dự ước|thực hiện được|hoàn thành được|vượt`;
/** Words that mark an inline list as targets being set. */
export const SETTING_WORDS = String.raw`đề ra|đặt ra|xác định|phấn đấu|gồm|như sau|chủ yếu|cụ thể|đến năm|mục tiêu`;

/** Group headings and group labels written before a colon: "2.1. Về kinh tế", "Về xã hội:". */
export const GROUP_LABEL = String.raw`^(?:về\s|(?:các\s+)?(?:nhóm\s+)?chỉ tiêu\s+(?:về\s+)?|lĩnh vực\s|kinh tế|văn hó|văn ho|xã hội|môi trường|xây dựng đảng|công tác xây dựng đảng|quốc phòng|an ninh|hạ tầng)`;

/**
 * Words written between a subject and its figure ("đạt", "bình quân", "trên", "đến năm 2030").
 * No entry may be two others in a row ("xuống còn" is "xuống" + "còn"): a sequence of them is
 * matched with a repeated alternation, which must not be ambiguous lest it backtrack badly.
 */
export const QUALIFIER = [
  String.raw`đạt được`,
  String.raw`đạt`,
  String.raw`phấn đấu`,
  String.raw`bình quân`,
  String.raw`trung bình`,
  String.raw`hằng năm`,
  String.raw`hàng năm`,
  String.raw`mỗi năm`,
  String.raw`khoảng`,
  String.raw`trên`,
  String.raw`dưới`,
  String.raw`hơn`,
  String.raw`gần`,
  String.raw`xấp xỉ`,
  String.raw`từ`,
  String.raw`tối thiểu`,
  String.raw`tối đa`,
  String.raw`ít nhất`,
  String.raw`không quá`,
  String.raw`không dưới`,
  String.raw`không thấp hơn`,
  String.raw`xuống`,
  String.raw`còn`,
  String.raw`giảm`,
  String.raw`tăng`,
  String.raw`lên`,
  String.raw`chiếm`,
  String.raw`ở mức`,
  String.raw`mức`,
  String.raw`là`,
  String.raw`bằng`,
  String.raw`duy trì`,
  String.raw`ổn định`,
  String.raw`giữ vững`,
  String.raw`có`,
  String.raw`đến năm \d{4},?`,
  String.raw`vào năm \d{4},?`,
  String.raw`giai đoạn \d{4}\s*[-–]\s*\d{4},?`,
  String.raw`[><≥≤]=?`,
];

/** Qualifiers after which the words before are the indicator's name ("X đạt 5%"). */
export const SUBJECT_END = String.raw`(?:đạt được|đạt|chiếm|ở mức|là|bằng)`;

/** Words that lead into a target without naming anything: "Phấn đấu toàn tỉnh có ...". */
export const PREAMBLE = String.raw`^(?:(?:phấn đấu|đến năm \d{4}|năm \d{4}|hằng năm|hàng năm|mỗi năm|bình quân|toàn tỉnh|toàn thành phố|cả tỉnh|có|trong đó|riêng|đạt|đảm bảo|bảo đảm|các|những)${WORD_END}[\s,:]*)+`;

/** Markers of an annual figure, carried from a clause's start to its target text. */
export const PER_YEAR = String.raw`(?:bình quân\s+)?(?:hằng năm|hàng năm|mỗi năm)`;

/** Verbs that open a name and say which way the figure should move; moved to the target text. */
export const LEADING_DIRECTION = String.raw`^(?:giảm|tăng(?!\s+trưởng)|nâng|duy trì|giữ vững|ổn định)${WORD_END}\s*`;

/** Words that start a name by themselves ("Tỷ lệ ...", "Tổng ..."): such a name is not elliptical. */
export const HEAD_NOUN = String.raw`^(?:tỷ lệ|tỉ lệ|tốc độ|số|tổng|giá trị|dân số|quy mô|thu|chi|kim ngạch|sản lượng|diện tích|mức|tuổi thọ|grdp|thu nhập|năng suất|cơ cấu|tỷ trọng|tỉ trọng|chỉ số|doanh thu|vốn|lượng|hệ số|bình quân)${WORD_END}`;

/** Verbs that start the predicate of a percentage-first subject ("86% hộ gia đình đạt ..."). */
export const PREDICATE_VERB = String.raw`(?:đạt|được|có|hoàn thành|sử dụng|tham gia|thực hiện|xử lý|thu gom|công nhận)`;

/** Units of measure written after a number ("%", "tỷ đồng", "tấn"). Others name what is counted. */
export const MEASURE_UNIT = String.raw`(?:%o${WORD_END}|%|‰|(?:nghìn|ngàn|triệu|vạn)\s+(?:dân|người)${WORD_END}|(?:(?:nghìn|ngàn|triệu|tỷ)\s+)?(?:tỷ đồng|triệu đồng|nghìn đồng|ngàn đồng|đồng|usd|tấn|ha|héc-ta|km|m2|m3|lần|điểm phần trăm|điểm)${WORD_END})`;

/** Multipliers written after a number ("1.300 ngàn lượt khách"). */
export const MULTIPLIER = String.raw`(?:nghìn|ngàn|triệu|tỷ|vạn)${WORD_END}`;

/** Counted nouns of more than one word, so that the unit is not cut in the middle. */
export const COUNT_NOUN = String.raw`(?:(?:bác sỹ|bác sĩ|giường bệnh)(?:\s*\/\s*1\s*vạn dân)?|lượt khách(?: quốc tế)?|đảng viên|lao động|tổ chức đảng|tổ chức cơ sở đảng|doanh nghiệp|hợp tác xã|đơn vị|sản phẩm|tiêu chí\s*\/\s*xã|[\p{L}]+)`;

/** Words before a number that make it part of a name: "mức độ 2", "nhóm 1", "Nghị quyết số 20". */
export const NAME_NUMBER_BEFORE = String.raw`${WORD_START}(?:mức độ|nhóm|khóa|khoá|(?<!(?:dân|tổng|chỉ) )số|thứ|(?<!nâng )cấp|loại|hạng|quý|đợt|điều|khoản|iso|quốc lộ|tỉnh lộ|nghị quyết|quyết định|chỉ thị|kết luận|phụ lục|lần)\s*$`;
/** Words after a number that make it part of a name ("dưới 5 tuổi", "15 tiêu chí") unless a target verb precedes. */
export const NAME_NUMBER_AFTER = String.raw`^\s*(?:tuổi|tháng|tiêu chí|sao|giờ|ngày|năm)${WORD_END}`;
/** Target verbs that make "70 tuổi", "14 tiêu chí/xã" a target after all. */
export const NAME_NUMBER_RESCUE = String.raw`(?:đạt|là|khoảng|ở mức|lên)\s*$`;

/**
 * "không còn xã dưới 15 tiêu chí": nothing of the kind may remain. The target parser's own
 * list is NONE_LEFT (target.ts); this one finds the phrase and cuts its subject.
 */
export const LIST_NONE_LEFT = String.raw`(?:không còn|xóa hết|xoá hết|xóa bỏ|xoá bỏ)${WORD_END}`;

/** A baseline before the target: "từ 30,67% năm 2020 xuống còn dưới 16%". */
export const BASELINE_BEFORE = String.raw`từ\s*$`;
export const BASELINE_AFTER = String.raw`^\s*(?:[%‰]|[\p{L} ]{0,20}?)\s*(?:năm\s+\d{4}\s*)?,?\s*(?:giảm\s+|tăng\s+)?(?:xuống|lên)${WORD_END}`;

/** "trong đó", which introduces components of the figure before it. */
export const SUBSET = String.raw`,?\s*trong đó\s*:?\s*(?:có\s+)?`;
/** A change measured against a base year, which restates the figure before it: "giảm 1,8% so với năm 2020". */
export const RESTATEMENT = String.raw`^(?:tăng|giảm|gấp|bằng)${WORD_END}.*(?:so với|năm \d{4}|lần)`;

/** A year leading a part: "đến năm 2030, ...", "năm 2025". */
export const YEAR_LEAD = String.raw`^(?:đến |vào )?năm \d{4},?\s*`;
/** What may follow a percentage without being a subject: "GRDP", "tổng số đảng viên", "so với". */
export const BASIS_AFTER_PERCENT = String.raw`^(?:grdp|tổng|so với|của|năm \d{4}|\/)`;
/** What a percentage's target text keeps after the figure: "trở lên", "/năm". */
export const AFTER_FIGURE = String.raw`^\s*(?:trở lên|\/\s*năm|\/năm|mỗi năm|hằng năm|hàng năm)?[\s,]*`;
/** What ends a count's phrase without being the counted noun: "trở lên", "/năm". */
export const COUNT_TAIL = String.raw`[\s,]*(?:trở lên|\/\s*năm|mỗi năm|hằng năm|hàng năm)\s*$`;
/** Lead-in words a qualitative goal's name drops ("Phấn đấu ...", "Tiếp tục ..."). */
export const QUALITATIVE_LEAD = String.raw`^(?:phấn đấu|tiếp tục)\s+`;
/** A verb of change right before a figure ("Tốc độ tăng 8%")... */
export const CHANGE_VERB = String.raw`^(?:tăng|giảm)\s+`;
/** ...that stays in the name when the name would be only these words. */
export const CHANGE_NAME_END = String.raw`(?:tốc độ|mức|tỷ lệ)\s*$`;
/** Words that open a subgroup of the indicator before ("các huyện ...", "riêng ..."). */
export const SUBGROUP_LEAD = String.raw`^\s*(?:các|riêng|những)\s`;
/** Lead-in words before a figure-first target's qualifiers ("Có trên 13,5" -> "trên 13,5"). */
export const TARGET_LEAD = String.raw`^(?:(?:phấn đấu|có)\s+)+`;
/** Words a counted subject drops after a figure ("86% số hộ" -> "hộ"). */
export const SUBJECT_LEAD = String.raw`^(?:số|các)\s+`;

/** The word a figure-first name starts with: "Tỷ lệ" before a percentage, "Số" before a count. */
export const NAME_LEAD = {
  share: 'Tỷ lệ',
  count: 'Số',
} as const;
