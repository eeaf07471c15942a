/**
 * Reads a target as resolutions and appendix tables write it ("9-10%/năm", "trên 95%",
 * "giảm bình quân 2%/năm", a table cell "<15" with its unit column) into the `Target` union,
 * and describes a `Target` back in short Vietnamese. The rules are listed in README.md
 * ("Targets"); the Vietnamese words below are document vocabulary, kept in this one place.
 */
import type { Bounds, Direction, Per, Target } from './target.ts';
import { readUnitAt, normalizeUnit } from './units.ts';
import { findNumerals, formatVnNumber } from './vn-number.ts';
import type { NumeralToken } from './vn-number.ts';

/** What the caller knows besides the text: the indicator's name, a table's unit column, the term. */
export interface TargetContext {
  name?: string;
  unit?: string | null;
  termEndYear?: number;
}

/** Longer texts are no target; refusing them keeps the parser's time bounded. */
const MAX_TARGET_LENGTH = 2000;

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** What a word just before a figure says about it. */
type Role =
  | 'lowerExcl' | 'lowerIncl' | 'upperExcl' | 'upperIncl' | 'downTo' | 'upTo' | 'approx'
  | 'decrease' | 'increase' | 'maintain' | 'reach' | 'from' | 'noneLeft' | 'filler';

/** Words that may stand between an operator and its figure, read from the figure backwards. */
const TAIL_WORDS: readonly (readonly [string, Role])[] = ([
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
const CLAUSE_LEAD =
  /^(?:[-+*•.\s]*)(?:(?:phấn đấu|tiếp tục|hằng năm|hàng năm|mỗi năm|bình quân|toàn tỉnh|đến năm \d{4}|đến \d{4}|năm \d{4})[\s,]*)*/u;
/** A verb opening a clause: "duy trì tỷ lệ ... đạt 95%", "giảm tỷ lệ hộ nghèo 2%/năm". */
const CLAUSE_VERBS: readonly (readonly [RegExp, 'maintain' | 'decrease' | 'increase'])[] = [
  [/^(?:duy trì|ổn định|giữ vững|giữ ổn định)(?!\p{L})/u, 'maintain'],
  [/^giảm(?!\p{L})(?! nghèo)/u, 'decrease'],
  [/^tăng(?!\p{L})(?! (?:trưởng|cường|dân số))/u, 'increase'],
];
/** "Mức giảm tỷ suất sinh": the figure is the size of a change. */
const LEVEL_CHANGE = /mức (giảm|tăng)(?!\p{L})/u;
const NONE_LEFT = /(?:^|[^\p{L}])(?:không còn|xóa trắng|xoá trắng|xóa hết|xoá hết|xóa bỏ hoàn toàn|xoá bỏ hoàn toàn)(?!\p{L})/u;

const STRUCTURE_WORDS = /cơ cấu|tỷ trọng|tỉ trọng/u;
const BAND_WORDS = /tăng dân số|dân số tăng|giới tính khi sinh|chỉ số giá/u;
const DECREASE_WORDS = new RegExp(
  [
    'hộ nghèo', 'nghèo đa chiều', 'cận nghèo', 'tái nghèo', 'suy dinh dưỡng', 'thấp còi', 'nhẹ cân', 'thất nghiệp',
    'tỷ suất sinh', 'tỉ suất sinh', 'tỷ lệ sinh', 'tỉ lệ sinh', 'mức sinh', 'sinh con thứ', 'tử vong', 'nợ xấu', 'nợ đọng',
    'nợ thuế', 'thất thu', 'tai nạn', 'ô nhiễm', 'tội phạm', 'ma túy', 'ma tuý', 'tảo hôn', 'cận huyết', 'mù chữ',
    'bỏ học', 'cháy rừng', 'thiệt hại', 'lạm phát', 'đặc biệt khó khăn', 'khiếu kiện', 'vi phạm',
  ].join('|'),
  'u',
);
/** The indicator is itself a rate, so a change in % is in percentage points. */
const RATE_WORDS = /tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|tỷ trọng|tỉ trọng|tốc độ|mức sinh/u;

const BASIS =
  /(?: (?:so với|của|trong|trên))? (grdp|gdp|tổng dư nợ|tổng vốn đầu tư(?: toàn xã hội)?|tổng thu ngân sách|tổng chi ngân sách|tổng số(?: \p{L}+){1,2}|dân số)(?!\p{L})/uy;
const BASIS_STOP = / (?:trong|của|toàn|trên|tại|ở|và|năm|được|đạt|có)$/u;
const COMPARISON = / ?,? ?so với (?:năm|cùng kỳ|đầu|cuối|kỳ|mục tiêu|kế hoạch|nhiệm kỳ|giai đoạn|\d)/uy;
const SUFFIX = / ?(trở lên|trở xuống)(?!\p{L})/uy;
const SUFFIX_PER_YEAR = /(?: ?\/ ?năm| mỗi năm| hằng năm| hàng năm)(?!\p{L})/uy;
const CONNECTOR = /(?: ?[-–—‒−] ?| (?:đến|tới) )/uy;
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:mức độ|cấp độ|quốc lộ|tỉnh lộ|iso|số|thứ|khóa|khoá|chương trình|phụ lục|điều|khoản|ngày|tháng|quý|nhóm|loại|hạng|top) ?$/u;
const YEAR_BEFORE = /(?:^|[^\p{L}])(?:năm|đến|giai đoạn|nhiệm kỳ|thời kỳ|trước|sau) ?$/u;
const STRONG_PER_YEAR = /(?:^|[^\p{L}])(?:hằng|hàng|mỗi|một) năm(?!\p{L})/u;
const AVERAGE = /(?:^|[^\p{L}])(?:bình quân|trung bình)(?!\p{L})(?! (?:đầu|mỗi|một) người)/u;
const TERM_TOTAL_WORDS = /cả giai đoạn|cả nhiệm kỳ|cộng dồn|lũy kế|luỹ kế/u;
const TERM_END_WORDS = /cuối nhiệm kỳ/u;
/** Units of an age, a duration or a count of criteria: they qualify a name, rarely a target. */
const WEAK_UNITS = new Set(['tuổi', 'tháng', 'tiêu chí']);
const MONEY_UNIT = /đồng|USD/u;

// ---------------------------------------------------------------------------------------------
// Figures

type FigureKind = 'value' | 'weak' | 'label' | 'year' | 'period';

/** A figure phrase of the text: a number or a range with what is written around it. */
interface Figure {
  kind: FigureKind;
  start: number;
  /** Just past the unit, "trở lên" and the basis. */
  end: number;
  min: number;
  max: number;
  range: boolean;
  unit: string | null;
  per: 'year' | null;
  basis: string | null;
  suffix: 'lowerIncl' | 'upperIncl' | null;
  comparison: boolean;
  problem: string | null;
}

/** True for a plain four-digit year such as 2025. */
function isYear(token: NumeralToken): boolean {
  return /^\d{4}$/u.test(token.raw) && token.value !== null && token.value >= 1900 && token.value <= 2100;
}

/** A new figure with the defaults of a bare number. */
function figureOf(kind: FigureKind, token: NumeralToken, end: number): Figure {
  const value = token.value ?? 0;
  return {
    kind, start: token.index, end, min: value, max: value, range: false, unit: null, per: null,
    basis: null, suffix: null, comparison: false, problem: token.value === null ? `unreadable number "${token.raw}"` : null,
  };
}

/** Runs a sticky pattern at `index`. */
function stickyAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** A label's end, taking in the parts of a date or symbol glued to it ("29/10/2017", "20-NQ/TW"). */
function labelEnd(work: string, tokens: readonly NumeralToken[], i: number): number {
  let end = tokens[i]?.end ?? 0;
  for (let j = i + 1; j < tokens.length; j++) {
    const next = tokens[j];
    if (next === undefined || next.index !== end + 1 || !/[/.-]/u.test(work.charAt(end))) break;
    end = next.end;
  }
  const symbol = /^[-/][\p{L}/-]+/u.exec(work.slice(end));
  return end + (symbol?.[0].length ?? 0);
}

/** Reads the range whose first end is tokens[i], or null when no connector and number follow. */
function readRange(work: string, tokens: readonly NumeralToken[], i: number, afterFirst: number): Figure | null {
  const a = tokens[i];
  const b = tokens[i + 1];
  const link = stickyAt(CONNECTOR, work, afterFirst);
  if (a === undefined || b === undefined || link === null || b.index !== afterFirst + link[0].length) return null;
  if (b.value === null || a.value === null) return null;
  const worded = /đến|tới/u.test(link[0]);
  if (isYear(a) && isYear(b) && b.value > a.value && b.value - a.value <= 30) {
    return { ...figureOf('period', a, b.end), min: a.value, max: b.value, range: true };
  }
  if (worded && isYear(b) && !isYear(a)) return null;
  const unit = readUnitAt(work, b.end);
  const figure: Figure = { ...figureOf('value', a, unit.end), max: b.value, range: true, unit: unit.unit, per: unit.per };
  if (a.value > b.value) figure.problem = 'range written high to low';
  const chained = stickyAt(CONNECTOR, work, unit.end);
  if (chained !== null && tokens[i + 2]?.index === unit.end + chained[0].length) figure.problem = 'a chain of ranges';
  return figure;
}

/** Reads what follows a value figure: "trở lên", "/năm" again, its basis, a "so với" comparison. */
function readAfter(work: string, figure: Figure): void {
  const suffix = stickyAt(SUFFIX, work, figure.end);
  if (suffix !== null) {
    figure.suffix = suffix[1] === 'trở lên' ? 'lowerIncl' : 'upperIncl';
    figure.end += suffix[0].length;
    const perYear = stickyAt(SUFFIX_PER_YEAR, work, figure.end);
    if (perYear !== null) {
      figure.per = 'year';
      figure.end += perYear[0].length;
    }
  }
  const basis = figure.unit === '%' || figure.unit === null ? stickyAt(BASIS, work, figure.end) : null;
  if (basis !== null) {
    const name = (basis[1] ?? '').replace(BASIS_STOP, '');
    figure.basis = /^g(?:r)?dp$/u.test(name) ? name.toUpperCase() : name;
    figure.end += basis[0].length;
  }
  figure.comparison = stickyAt(COMPARISON, work, figure.end) !== null;
}

/** Reads the figure that starts at tokens[i]. */
function readFigure(work: string, tokens: readonly NumeralToken[], i: number): Figure | null {
  const token = tokens[i];
  if (token === undefined) return null;
  const before = work.slice(0, token.index);
  if (token.value === null) return figureOf('value', token, token.end);
  const unit = readUnitAt(work, token.end);
  const symbol = unit.unit === null && unit.per === null && /^[-/]\p{L}/u.test(work.slice(token.end));
  if (LABEL_BEFORE.test(before) || symbol) return figureOf('label', token, labelEnd(work, tokens, i));
  const range = readRange(work, tokens, i, unit.end) ?? readRange(work, tokens, i, token.end);
  if (range?.kind === 'period') return range;
  if (range === null && isYear(token) && YEAR_BEFORE.test(before)) return figureOf('year', token, token.end);
  const figure = range ?? { ...figureOf('value', token, unit.end), unit: unit.unit, per: unit.per };
  if (figure.unit !== null && WEAK_UNITS.has(figure.unit)) figure.kind = 'weak';
  readAfter(work, figure);
  const next = tokens.find((t) => t.index >= figure.end);
  const gap = next === undefined ? null : work.slice(figure.end, next.index);
  if (figure.problem === null && gap === '/') figure.problem = 'a fraction';
  if (figure.problem === null && gap === ' ' && figure.unit === null && figure.kind === 'value' && next !== undefined && !isYear(next)) {
    figure.problem = 'two figures without a connector';
  }
  return figure;
}

/** Every figure phrase of the text, in order; numbers inside a unit ("/1 vạn dân") are skipped. */
function scanFigures(work: string): Figure[] {
  const tokens = findNumerals(work);
  const figures: Figure[] = [];
  let cursor = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined || token.index < cursor) continue;
    const figure = readFigure(work, tokens, i);
    if (figure === null) continue;
    figures.push(figure);
    cursor = figure.end;
  }
  return figures;
}

// ---------------------------------------------------------------------------------------------
// The text around the chosen figure

/** The normalised working text: NFC, lower case, one space, no parentheses or item numbers. */
function prepare(text: string): string {
  let work = text.toLocaleLowerCase('vi').replace(/\ufffd/gu, ' ').replace(/[\s\u200b]+/gu, ' ');
  for (let i = 0; i < 5 && /\([^()]*\)/u.test(work); i++) work = work.replace(/\([^()]*\)/gu, ' ');
  work = work.replace(/\(.*$/u, ' ').replace(/ {2,}/gu, ' ').trim();
  return work.replace(/^(?:\d{1,2}\.(?:\d{1,2}\.)*|\d{1,2}\)|[a-zđ]\)|[-+*•])[-\s]+(?=\p{L})/u, '');
}

/** Where the clause holding `at` starts: after the last , ; : or sentence dot before it. */
function clauseStart(work: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    const c = work.charAt(i);
    const inNumber = /\d/u.test(work.charAt(i - 1)) && /\d/u.test(work.charAt(i + 1));
    if ((c === ',' || c === '.') && !inNumber) return i + 1;
    if (c === ';' || c === ':') return i + 1;
  }
  return 0;
}

/** The ";"-separated segment holding the figure. */
function segmentOf(work: string, figure: Figure): { start: number; end: number } {
  const start = work.lastIndexOf(';', figure.start) + 1;
  const next = work.indexOf(';', figure.end);
  return { start, end: next === -1 ? work.length : next };
}

/** Reads the words just before a figure, from the figure backwards, into roles. */
function readTail(tail: string): { roles: Role[]; bare: boolean } {
  const roles: Role[] = [];
  let rest = tail.trimEnd();
  for (;;) {
    const hit = TAIL_WORDS.find(([word]) => rest.endsWith(word) && (!/^\p{L}/u.test(word) || !/\p{L}$/u.test(rest.slice(0, -word.length))));
    if (hit === undefined) break;
    roles.push(hit[1]);
    rest = rest.slice(0, -hit[0].length).trimEnd();
  }
  return { roles, bare: /^[-+*•.,;:\s]*$/u.test(rest) };
}

/** The verb opening a clause or a name, if it is one of CLAUSE_VERBS. */
function clauseVerb(clause: string): 'maintain' | 'decrease' | 'increase' | null {
  const body = clause.replace(CLAUSE_LEAD, '');
  return CLAUSE_VERBS.find(([pattern]) => pattern.test(body))?.[1] ?? null;
}

/** Everything known about the chosen figure's surroundings. */
interface Setting {
  work: string;
  figure: Figure;
  roles: Role[];
  bare: boolean;
  verb: 'maintain' | 'decrease' | 'increase' | null;
  /** The name, any heading before ":" and the figure's segment, for the direction and rate rules. */
  nameText: string;
  segment: string;
  segmentFigures: Figure[];
}

/** Gathers the setting of the chosen figure. */
function settingOf(work: string, figures: readonly Figure[], figure: Figure, context: TargetContext): Setting {
  const start = clauseStart(work, figure.start);
  const previous = figures.filter((f) => f.end <= figure.start).at(-1);
  const tail = readTail(work.slice(Math.max(start, previous?.end ?? 0), figure.start));
  const segment = segmentOf(work, figure);
  const colon = work.indexOf(':');
  const heading = colon !== -1 && colon < figure.start ? work.slice(0, colon) : '';
  const name = (context.name ?? '').normalize('NFC').toLocaleLowerCase('vi');
  const verb = clauseVerb(work.slice(start, figure.start)) ?? clauseVerb(name);
  return {
    work, figure, roles: tail.roles, bare: tail.bare && start === 0 && previous === undefined, verb,
    nameText: `${name} ${heading} ${work.slice(segment.start, segment.end)}`,
    segment: work.slice(segment.start, segment.end),
    segmentFigures: figures.filter((f) => f.start >= segment.start && f.end <= segment.end),
  };
}

// ---------------------------------------------------------------------------------------------
// Choosing the target figure

/** Cuts the text before "trong đó" / "riêng" (a component follows) when a figure comes before. */
function cutComponents(work: string, figures: readonly Figure[]): string {
  const firstValue = figures.find((f) => f.kind === 'value');
  if (firstValue === undefined) return work;
  const cut = /[,;:]? ?(?:trong đó|riêng)(?!\p{L})/gu;
  for (const m of work.matchAll(cut)) if (m.index >= firstValue.end) return work.slice(0, m.index);
  return work;
}

/** Whether a weak figure ("70 tuổi", "17 tiêu chí") is the target rather than a qualifier of the name. */
function weakIsTarget(work: string, figures: readonly Figure[], figure: Figure, context: TargetContext): boolean {
  const setting = settingOf(work, figures, figure, context);
  if (setting.bare || setting.roles[0] === 'reach') return true;
  if (figure.unit === 'tuổi') return /tuổi thọ/u.test(setting.nameText);
  return figure.unit === 'tiêu chí' && /tiêu chí/u.test((context.name ?? '').toLocaleLowerCase('vi'));
}

/** The target figure: normally the last value figure, not a "so với" comparison. */
function chooseFigure(work: string, figures: readonly Figure[], context: TargetContext): Figure | null {
  const values = figures.filter((f) => f.kind === 'value');
  const plain = values.filter((f) => !f.comparison);
  const chosen = (plain.length > 0 ? plain : values).at(-1);
  if (chosen !== undefined) return chosen;
  return figures.filter((f) => f.kind === 'weak' && weakIsTarget(work, figures, f, context)).at(-1) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Meaning

type Bound = 'lowerExcl' | 'lowerIncl' | 'upperExcl' | 'upperIncl';
/** The kinds a target with a figure can have. */
type FigureKindOfTarget = 'point' | 'range' | 'at_least' | 'at_most' | 'approx' | 'change' | 'maintain';

/** The bounds of a figure, read through an operator (or as written when there is none). */
function boundsOf(figure: Figure, bound: Bound | null): Bounds {
  if (figure.range || bound === null) return { min: figure.min, max: figure.max, minInclusive: true, maxInclusive: true };
  if (bound === 'lowerExcl' || bound === 'lowerIncl') {
    return { min: figure.min, max: null, minInclusive: bound === 'lowerIncl', maxInclusive: false };
  }
  return { min: null, max: figure.max, minInclusive: false, maxInclusive: bound === 'upperIncl' };
}

/** The bound the words say, or a conflict when they say both sides. */
function boundOf(setting: Setting): Bound | 'conflict' | null {
  const found = new Set<Bound>();
  for (const role of setting.roles) {
    if (role === 'lowerExcl' || role === 'lowerIncl' || role === 'upperExcl' || role === 'upperIncl') found.add(role);
  }
  if (setting.figure.suffix !== null) found.add(setting.figure.suffix);
  const lower = [...found].filter((b) => b.startsWith('lower'));
  const upper = [...found].filter((b) => b.startsWith('upper'));
  if (lower.length > 0 && upper.length > 0) return 'conflict';
  return lower.includes('lowerIncl') ? 'lowerIncl' : (lower[0] ?? upper[0] ?? null);
}

/** The sense of a change target, or null when the figure is a level. */
function changeSense(setting: Setting): 'increase' | 'decrease' | null {
  const { roles } = setting;
  if (roles.includes('decrease')) return 'decrease';
  if (roles.includes('increase')) return 'increase';
  const level = LEVEL_CHANGE.exec(setting.nameText)?.[1];
  if (level !== undefined) return level === 'giảm' ? 'decrease' : 'increase';
  const blocked = roles.some((r) => r !== 'filler' && r !== 'from');
  if (blocked || setting.verb === null || setting.verb === 'maintain') return null;
  return setting.verb;
}

/** How a change is measured: percentage points, a relative %, a multiple or an amount. */
function measureOf(unit: string | null, rawUnit: string | null, nameText: string): 'points' | 'percent' | 'times' | 'absolute' {
  if (rawUnit === 'lần') return 'times';
  if (rawUnit === 'điểm phần trăm' || unit === '‰') return 'points';
  if (unit === '%') return RATE_WORDS.test(nameText) ? 'points' : 'percent';
  return 'absolute';
}

/** The period and year the figure refers to; `contextPer` comes from a table's unit column. */
function periodOf(setting: Setting, unit: string | null, contextPer: 'year' | null, isChange: boolean, context: TargetContext): { per: Per; year: number | null } {
  const { segment, figure } = setting;
  const rate = unit === '%' || unit === '‰' || isChange;
  // "60 triệu đồng/năm" is a yearly income reached at a date, not a yearly average
  const figurePerYear = figure.per === 'year' && !MONEY_UNIT.test(unit ?? '');
  const strongYear = figurePerYear || (figure.per === null && contextPer === 'year') || STRONG_PER_YEAR.test(segment) || (rate && AVERAGE.test(segment));
  const years = yearsOf(setting);
  const period = setting.segmentFigures.find((f) => f.kind === 'period');
  const lastYear = Math.max(-Infinity, ...years, period?.max ?? -Infinity);
  let per: Per = null;
  if (strongYear) per = 'year';
  else if (period !== undefined || TERM_TOTAL_WORDS.test(segment)) per = 'term_total';
  else if (years.length > 0 || TERM_END_WORDS.test(segment)) per = 'term_end';
  else if (figure.per === 'year') per = 'year';
  if (Number.isFinite(lastYear)) return { per, year: lastYear };
  return { per, year: per === 'term_end' || per === 'term_total' ? (context.termEndYear ?? null) : null };
}

/** The years of the segment that belong to the target, not to a baseline ("X% năm 2020") or a comparison. */
function yearsOf(setting: Setting): number[] {
  const out: number[] = [];
  const all = setting.segmentFigures;
  for (const [i, f] of all.entries()) {
    if (f.kind !== 'year') continue;
    const owner = all.slice(0, i).findLast((g) => g.kind === 'value');
    const ownedByOther = owner !== undefined && owner !== setting.figure && /^ ?(?:vào )?năm ?$/u.test(setting.work.slice(owner.end, f.start));
    const compared = /so với (?:năm )?$/u.test(setting.work.slice(Math.max(0, f.start - 12), f.start));
    if (!ownedByOther && !compared) out.push(f.min);
  }
  return out;
}

/** Which way is good, from the wording first and then from the indicator's name. */
function directionOf(kind: FigureKindOfTarget, bounds: Bounds, setting: Setting, sense: 'increase' | 'decrease' | null): Direction {
  if (sense !== null) return sense;
  if (kind === 'at_least' || (kind === 'maintain' && bounds.max === null && bounds.min !== null)) return 'increase';
  if (kind === 'at_most' || (kind === 'maintain' && bounds.min === null && bounds.max !== null)) return 'decrease';
  const byName = nameDirection(setting.nameText);
  if (byName !== null) return byName;
  if (setting.verb === 'decrease') return 'decrease';
  const named = /\p{L}/u.test(setting.nameText) || setting.roles.length > 0;
  return named ? 'increase' : 'unknown';
}

/** Direction from the indicator's name alone, or null when the name says nothing. */
function nameDirection(nameText: string): Direction | null {
  if (STRUCTURE_WORDS.test(nameText)) return 'structure';
  if (BAND_WORDS.test(nameText)) return 'band';
  if (DECREASE_WORDS.test(nameText)) return 'decrease';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Building the target

const NO_BOUNDS: Bounds = { min: null, max: null, minInclusive: false, maxInclusive: false };

/** A target the parser could not read: kept with the reason, no number guessed. */
function unparsed(text: string, reason: string, unit: string | null): Target {
  return { kind: 'unparsed', reason, text, unit, basis: null, per: null, year: null, direction: 'unknown', ...NO_BOUNDS };
}

/** The kind the words give the chosen figure. */
function kindOf(setting: Setting, bound: Bound | null, sense: 'increase' | 'decrease' | null): FigureKindOfTarget {
  const { roles, figure } = setting;
  if (roles.includes('maintain') || setting.verb === 'maintain') return 'maintain';
  if (sense !== null) return 'change';
  if (figure.range) return roles.includes('approx') ? 'approx' : 'range';
  if (bound !== null) return bound.startsWith('lower') ? 'at_least' : 'at_most';
  if (roles.includes('approx')) return 'approx';
  return 'point';
}

/** The bound of the words, with "xuống 20%" read as at most 20 and "lên", "từ" as at least. */
function effectiveBound(setting: Setting, bound: Bound | null): Bound | null {
  if (bound !== null) return bound;
  if (setting.roles.includes('downTo')) return 'upperIncl';
  if (setting.roles.includes('upTo') || setting.roles.includes('from')) return 'lowerIncl';
  return null;
}

/** Builds the target of a chosen figure. */
function fromFigure(text: string, work: string, figures: readonly Figure[], figure: Figure, context: TargetContext): Target {
  const setting = settingOf(work, figures, figure, context);
  const words = boundOf(setting);
  const contextUnit = normalizeUnit(context.unit);
  if (words === 'conflict') return unparsed(text, 'words for both a lower and an upper bound', figure.unit ?? contextUnit.unit);
  const bound = effectiveBound(setting, words);
  const maintained = setting.roles.includes('maintain') || setting.verb === 'maintain';
  const sense = maintained ? null : changeSense(setting);
  const kind = kindOf(setting, bound, sense);
  const rawUnit = figure.unit ?? contextUnit.unit;
  const unit = rawUnit === 'điểm phần trăm' ? '%' : kind === 'change' && rawUnit === 'lần' ? null : rawUnit;
  const bounds = boundsOf(figure, kind === 'point' || kind === 'approx' ? null : bound);
  const { per, year } = periodOf(setting, unit, contextUnit.per, kind === 'change', context);
  const direction = directionOf(kind, bounds, setting, sense);
  const base = { text, unit, basis: figure.basis, per, year, direction, ...bounds };
  if (kind === 'point') return { kind, value: figure.min, ...base };
  if (kind === 'change') return { kind, sense: sense ?? 'increase', measure: measureOf(unit, rawUnit, setting.nameText), ...base };
  return { kind, ...base };
}

/** Builds the target of a text with no figure: nothing left, a level kept, or a qualitative goal. */
function withoutFigure(text: string, work: string, context: TargetContext): Target {
  const unit = normalizeUnit(context.unit).unit;
  const nameText = `${(context.name ?? '').normalize('NFC').toLocaleLowerCase('vi')} ${work}`;
  const base = { text, unit, basis: null, per: null, year: null, ...NO_BOUNDS };
  if (clauseVerb(work) === 'maintain') return { kind: 'maintain', ...base, direction: nameDirection(nameText) ?? 'unknown' };
  if ((work.match(/\p{L}{2,}/gu) ?? []).length >= 2) return { kind: 'qualitative', ...base, direction: 'unknown' };
  return unparsed(text, 'no figure and no goal wording', unit);
}

/** Builds a "không còn ..." target: nothing of the kind may remain. */
function noneLeft(text: string, work: string, markerEnd: number, context: TargetContext): Target {
  const unit = readUnitAt(work, markerEnd).unit ?? normalizeUnit(context.unit).unit;
  return { kind: 'none_left', text, unit, basis: null, per: null, year: null, direction: 'decrease', min: null, max: 0, minInclusive: false, maxInclusive: true };
}

/**
 * Parses a target as a resolution or an appendix table writes it; never throws, never guesses a
 * number: what it cannot read comes back as `unparsed` with a reason. `text` is the input in NFC.
 * @example parseTarget('9-10%/năm') // { kind: 'range', min: 9, max: 10, unit: '%', per: 'year', ... }
 * @example parseTarget('<15', { name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', unit: '%' }) // at_most 15, decrease
 */
export function parseTarget(text: string, context: TargetContext = {}): Target {
  const nfc = text.normalize('NFC');
  if (nfc.length > MAX_TARGET_LENGTH) return unparsed(nfc, 'text too long for a target', normalizeUnit(context.unit).unit);
  let work = prepare(nfc);
  if (work === '') return unparsed(nfc, 'empty text', normalizeUnit(context.unit).unit);
  let figures = scanFigures(work);
  const cut = cutComponents(work, figures);
  if (cut !== work) {
    work = cut;
    figures = scanFigures(work);
  }
  const problem = figures.find((f) => f.problem !== null)?.problem;
  if (problem !== undefined && problem !== null) return unparsed(nfc, problem, normalizeUnit(context.unit).unit);
  const figure = chooseFigure(work, figures, context);
  const marker = NONE_LEFT.exec(work);
  if (marker !== null && (figure === null || marker.index >= figure.end)) return noneLeft(nfc, work, marker.index + marker[0].length, context);
  return figure === null ? withoutFigure(nfc, work, context) : fromFigure(nfc, work, figures, figure, context);
}

// ---------------------------------------------------------------------------------------------
// Describing a target

/** A figure as the description writes it: the document's digits, never rounded away. */
function quantity(value: number): string {
  return formatVnNumber(value, { decimals: 6 });
}

/** The unit, "/năm" and basis written after a figure ("%/năm", " tỷ đồng", " mỗi năm", "% GRDP"). */
function unitText(target: Target): string {
  const points = target.kind === 'change' && target.measure === 'points' && target.unit === '%';
  const times = target.kind === 'change' && target.measure === 'times';
  const unit = points ? ' điểm phần trăm' : times ? ' lần' : target.unit === null ? '' : /^[%‰]$/u.test(target.unit) ? target.unit : ` ${target.unit}`;
  const basis = target.basis === null ? '' : ` ${target.basis}`;
  // "/năm" glued to a basis would read as part of it ("% GRDP/năm"), so a basis takes "mỗi năm"
  const perYear = target.per !== 'year' ? '' : unit === '' || basis !== '' ? ' mỗi năm' : '/năm';
  return unit + basis + perYear;
}

/** The bounds in words: "từ 9 đến 10%/năm", "trên 95%", "không quá 2%", "53%". */
function boundsText(target: Target): string {
  const unit = unitText(target);
  const { min, max } = target;
  if (min !== null && max !== null) return min === max ? `${quantity(min)}${unit}` : `từ ${quantity(min)} đến ${quantity(max)}${unit}`;
  if (min !== null) return target.minInclusive ? `từ ${quantity(min)}${unit} trở lên` : `trên ${quantity(min)}${unit}`;
  if (max !== null) return target.maxInclusive ? `không quá ${quantity(max)}${unit}` : `dưới ${quantity(max)}${unit}`;
  return '';
}

/** When the figure applies: " đến năm 2025", " cả giai đoạn đến năm 2025", or nothing. */
function periodText(target: Target): string {
  const by = target.year === null ? '' : ` đến năm ${target.year}`;
  if (target.per === 'term_end') return by === '' ? ' cuối nhiệm kỳ' : by;
  if (target.per === 'term_total') return ` cả giai đoạn${by}`;
  return '';
}

/**
 * A short Vietnamese description of what a target means, for explanations and the CLI:
 * "từ 9 đến 10%/năm", "trên 95%", "dưới 15%", "giảm 2%/năm", "không còn xã".
 */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case 'qualitative':
      return 'mục tiêu định tính';
    case 'unparsed':
      return `chưa đọc được: ${target.text.trim()}`;
    case 'none_left':
      return target.unit === null ? 'không còn' : `không còn ${target.unit}`;
    case 'maintain':
      return target.min === null && target.max === null ? 'giữ vững' : `duy trì ${boundsText(target)}${periodText(target)}`;
    case 'change':
      return `${target.sense === 'decrease' ? 'giảm' : 'tăng'} ${boundsText(target)}${periodText(target)}`;
    case 'approx':
      return `khoảng ${boundsText(target)}${periodText(target)}`;
    default:
      return `${boundsText(target)}${periodText(target)}`;
  }
}
