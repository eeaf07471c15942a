/**
 * The words of targets: the operators, verbs and qualifiers the target parser reads around
 * a figure, the name lists that give a direction, and the words `describeTarget` writes
 * back. The rules that use them are in src/domain/target-figures.ts, target-setting.ts and
 * target-meaning.ts, and listed in src/domain/README.md ("Targets").
 */

/** What a word just before a figure says about it. */
export type Role =
  | 'lowerExcl' | 'lowerIncl' | 'upperExcl' | 'upperIncl' | 'downTo' | 'upTo' | 'approx'
  | 'decrease' | 'increase' | 'maintain' | 'reach' | 'from' | 'noneLeft' | 'filler';

/** Words that may stand between an operator and its figure, read from the figure backwards. */
export const TAIL_WORDS: readonly (readonly [string, Role])[] = ([
  ['trên dưới', 'approx'], ['khoảng', 'approx'], ['xấp xỉ', 'approx'], ['gần', 'approx'], ['chừng', 'approx'],
  ['ước đạt', 'approx'], ['ước', 'approx'], ['~', 'approx'],
  ['không vượt quá', 'upperIncl'], ['không quá', 'upperIncl'], ['tối đa', 'upperIncl'], ['không cao hơn', 'upperIncl'],
  ['không lớn hơn', 'upperIncl'], ['không nhiều hơn', 'upperIncl'], ['≤', 'upperIncl'], ['<=', 'upperIncl'], ['=<', 'upperIncl'],
  ['không dưới', 'lowerIncl'], ['không thấp hơn', 'lowerIncl'], ['không ít hơn', 'lowerIncl'], ['ít nhất', 'lowerIncl'],
  ['tối thiểu', 'lowerIncl'], ['≥', 'lowerIncl'], ['>=', 'lowerIncl'], ['=>', 'lowerIncl'],
  ['trên', 'lowerExcl'], ['hơn', 'lowerExcl'], ['vượt', 'lowerExcl'], ['cao hơn', 'lowerExcl'], ['lớn hơn', 'lowerExcl'],
  ['nhiều hơn', 'lowerExcl'], ['>', 'lowerExcl'],
  ['dưới', 'upperExcl'], ['thấp hơn', 'upperExcl'], ['nhỏ hơn', 'upperExcl'], ['ít hơn', 'upperExcl'], ['<', 'upperExcl'],
  ['giảm xuống còn', 'downTo'], ['giảm xuống', 'downTo'], ['xuống còn', 'downTo'], ['giảm còn', 'downTo'],
  // "không còn" is listed so that its "còn" is not read as "down to"; NONE_LEFT reads its meaning
  ['hạ xuống', 'downTo'], ['xuống', 'downTo'], ['còn', 'downTo'], ['không còn', 'noneLeft'],
  ['tăng lên', 'upTo'], ['nâng lên', 'upTo'], ['lên đến', 'upTo'], ['lên tới', 'upTo'], ['lên', 'upTo'],
  ['giảm', 'decrease'], ['tăng', 'increase'], ['tăng thêm', 'increase'], ['gấp', 'increase'],
  ['duy trì', 'maintain'], ['ổn định', 'maintain'], ['giữ vững', 'maintain'], ['giữ ổn định', 'maintain'], ['giữ', 'maintain'],
  ['đạt', 'reach'], ['đạt được', 'reach'], ['đạt mức', 'reach'], ['là', 'reach'], ['bằng', 'reach'], ['chiếm', 'reach'],
  ['từ', 'from'],
  ['bình quân', 'filler'], ['trung bình', 'filler'], ['hằng năm', 'filler'], ['hàng năm', 'filler'], ['mỗi năm', 'filler'],
  ['phấn đấu', 'filler'], ['có', 'filler'], ['được', 'filler'], ['ở mức', 'filler'], ['mức', 'filler'], ['cho', 'filler'],
  ['tăng trưởng', 'filler'], ['với', 'filler'], ['tổng cộng', 'filler'], ['đón', 'filler'], [':', 'filler'], ['=', 'filler'],
] as const satisfies readonly (readonly [string, Role])[]).toSorted((a, b) => b[0].length - a[0].length);

/** Leading words of a clause that do not change its meaning ("phấn đấu", "hằng năm", "đến năm 2025"). */
export const CLAUSE_LEAD =
  /^(?:[-+*•.\s]*)(?:(?:phấn đấu|tiếp tục|hằng năm|hàng năm|mỗi năm|bình quân|toàn tỉnh|đến năm \d{4}|đến \d{4}|năm \d{4})[\s,]*)*/u;
/** A verb opening a clause: "duy trì tỷ lệ ... đạt 95%", "giảm tỷ lệ hộ nghèo 2%/năm". */
export const CLAUSE_VERBS: readonly (readonly [RegExp, 'maintain' | 'decrease' | 'increase'])[] = [
  [/^(?:duy trì|ổn định|giữ vững|giữ ổn định)(?!\p{L})/u, 'maintain'],
  [/^giảm(?!\p{L})(?! nghèo)/u, 'decrease'],
  [/^tăng(?!\p{L})(?! (?:trưởng|cường|dân số))/u, 'increase'],
];
/** "Mức giảm tỷ suất sinh": the figure is the size of a change. */
export const LEVEL_CHANGE = /mức (giảm|tăng)(?!\p{L})/u;
/** "Không còn", "xóa trắng": nothing of the kind may remain. */
export const NONE_LEFT = /(?:^|[^\p{L}])(?:không còn|xóa trắng|xoá trắng|xóa hết|xoá hết|xóa bỏ hoàn toàn|xoá bỏ hoàn toàn)(?!\p{L})/u;

/** Names of a structural share ("cơ cấu kinh tế", "tỷ trọng công nghiệp"). */
export const STRUCTURE_WORDS = /cơ cấu|tỷ trọng|tỉ trọng/u;
/**
 * Which way a sector's share of the economy is meant to move: resolutions shift the
 * structure away from agriculture towards industry and services.
 */
export const SHARE_FALLS = /nông nghiệp|nông, lâm|nông lâm|lâm nghiệp|thủy sản|thuỷ sản|khu vực i(?!\p{L})/u;
export const SHARE_RISES = /công nghiệp|xây dựng|dịch vụ|du lịch|kinh tế số|khu vực ii(?!\p{L})|khu vực iii(?!\p{L})/u;
/** Names of an indicator best kept inside a band (population growth, sex ratio at birth, price index). */
export const BAND_WORDS = /tăng dân số|dân số tăng|giới tính khi sinh|chỉ số giá/u;
/** Names of an indicator where less is better: poverty, malnutrition, unemployment, mortality, crime, ... */
export const DECREASE_WORDS = new RegExp(
  [
    'hộ nghèo', 'nghèo đa chiều', 'cận nghèo', 'tái nghèo', 'suy dinh dưỡng', 'thấp còi', 'nhẹ cân', 'thất nghiệp',
    'tỷ suất sinh', 'tỉ suất sinh', 'tỷ lệ sinh', 'tỉ lệ sinh', 'mức sinh', 'sinh con thứ', 'tử vong', 'nợ xấu', 'nợ đọng',
    'nợ thuế', 'thất thu', 'tai nạn', 'ô nhiễm', 'tội phạm', 'ma túy', 'ma tuý', 'tảo hôn', 'cận huyết', 'mù chữ',
    'bỏ học', 'cháy rừng', 'thiệt hại', 'lạm phát', 'đặc biệt khó khăn', 'khiếu kiện', 'vi phạm',
  ].join('|'),
  'u',
);
/** The indicator is itself a rate, so a change in % is in percentage points. */
export const RATE_WORDS = /tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|tỷ trọng|tỉ trọng|tốc độ|mức sinh/u;

/** What a % figure is a share of, written after it ("35% GRDP", "3-4% tổng số đảng viên"). */
export const BASIS =
  /(?: (?:so với|của|trong|trên))? (grdp|gdp|tổng dư nợ|tổng vốn đầu tư(?: toàn xã hội)?|tổng thu ngân sách|tổng chi ngân sách|tổng số(?: \p{L}+){1,2}|dân số)(?!\p{L})/uy;
/** A function word a basis must not end with ("tổng số đảng viên trong ..."). */
export const BASIS_STOP = / (?:trong|của|toàn|trên|tại|ở|và|năm|được|đạt|có)$/u;
/** A "so với ..." comparison after a figure: the figure is a baseline, not the target. */
export const COMPARISON = / ?,? ?so với (?:năm|cùng kỳ|đầu|cuối|kỳ|mục tiêu|kế hoạch|nhiệm kỳ|giai đoạn|\d)/uy;
/** "trở lên" / "trở xuống" after a figure. */
export const SUFFIX = / ?(trở lên|trở xuống)(?!\p{L})/uy;
/** "/năm" or "mỗi năm" written again after "trở lên". */
export const SUFFIX_PER_YEAR = /(?: ?\/ ?năm| mỗi năm| hằng năm| hàng năm)(?!\p{L})/uy;
/** The link between the two ends of a range: a dash of any kind, "đến" or "tới". */
export const CONNECTOR = /(?: ?[-–—‒−] ?| (?:đến|tới) )/uy;
/** Words after which a number is a label ("mức độ 3", "quốc lộ 4D", "nhóm 2"), not a figure. */
export const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:mức độ|cấp độ|quốc lộ|tỉnh lộ|iso|số|thứ|khóa|khoá|chương trình|phụ lục|điều|khoản|ngày|tháng|quý|nhóm|loại|hạng|top) ?$/u;
/** Words after which a four-digit number is a year ("năm 2025", "đến 2030"). */
export const YEAR_BEFORE = /(?:^|[^\p{L}])(?:năm|đến|giai đoạn|nhiệm kỳ|thời kỳ|trước|sau) ?$/u;
/** "hằng năm", "mỗi năm": the figure is yearly whatever its unit. */
export const STRONG_PER_YEAR = /(?:^|[^\p{L}])(?:hằng|hàng|mỗi|một) năm(?!\p{L})/u;
/** "bình quân" / "trung bình", but not "bình quân đầu người" (per head, not per year). */
export const AVERAGE = /(?:^|[^\p{L}])(?:bình quân|trung bình)(?!\p{L})(?! (?:đầu|mỗi|một) người)/u;
/** A total over the whole term. */
export const TERM_TOTAL_WORDS = /cả giai đoạn|cả nhiệm kỳ|cộng dồn|lũy kế|luỹ kế/u;
/** The level at the end of the term. */
export const TERM_END_WORDS = /cuối nhiệm kỳ/u;
/** Units of an age, a duration or a count of criteria: they qualify a name, rarely a target. */
export const WEAK_UNITS: ReadonlySet<string> = new Set(['tuổi', 'tháng', 'tiêu chí']);
/** Money units: "/năm" after them is an income reached at a date, not a yearly average. */
export const MONEY_UNIT = /đồng|USD/u;

/** The words a description writes around a figure ("từ 1.000 đảng viên trở lên", "không còn xã"). */
export const DESCRIPTION_WORD = {
  above: 'trên',
  from: 'từ',
  orMore: 'trở lên',
  below: 'dưới',
  notOver: 'không quá',
  to: 'đến',
  about: 'khoảng',
  increase: 'tăng',
  decrease: 'giảm',
  maintain: 'duy trì',
  keep: 'giữ vững',
  noneLeft: 'không còn',
  qualitative: 'mục tiêu định tính',
  unparsed: 'chưa đọc được',
  byYear: 'đến năm',
  termTotal: 'cả giai đoạn',
  termEnd: 'cuối nhiệm kỳ',
  perYear: '/năm',
  eachYear: 'mỗi năm',
  points: 'điểm phần trăm',
  times: 'lần',
} as const;
