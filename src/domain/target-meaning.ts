/**
 * The meaning of a chosen figure read through the words around it: its bounds, kind, the
 * sense and measure of a change, the period and year it refers to, and which way is good.
 */
import type { Bounds, Direction, Per } from './target.ts';
import type { Figure } from './target-figures.ts';
import type { Setting } from './target-setting.ts';
import { AVERAGE, BAND_WORDS, DECREASE_WORDS, SHARE_FALLS, SHARE_RISES, LEVEL_CHANGE, MONEY_UNIT, RATE_WORDS, STRONG_PER_YEAR, STRUCTURE_WORDS, TERM_END_WORDS, TERM_TOTAL_WORDS, UNIT_WORD } from './vocabulary/index.ts';

/** The side an operator bounds, and whether the bound itself is allowed. */
export type Bound = 'lowerExcl' | 'lowerIncl' | 'upperExcl' | 'upperIncl';
/** The kinds a target with a figure can have. */
export type FigureKindOfTarget = 'point' | 'range' | 'at_least' | 'at_most' | 'approx' | 'change' | 'maintain';

/** The bounds of a figure, read through an operator (or as written when there is none). */
export function boundsOf(figure: Figure, bound: Bound | null): Bounds {
  if (figure.range || bound === null) return { min: figure.min, max: figure.max, minInclusive: true, maxInclusive: true };
  if (bound === 'lowerExcl' || bound === 'lowerIncl') {
    return { min: figure.min, max: null, minInclusive: bound === 'lowerIncl', maxInclusive: false };
  }
  return { min: null, max: figure.max, minInclusive: false, maxInclusive: bound === 'upperIncl' };
}

/** The bound the words say, or a conflict when they say both sides. */
export function boundOf(setting: Setting): Bound | 'conflict' | null {
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
export function changeSense(setting: Setting): 'increase' | 'decrease' | null {
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
export function measureOf(unit: string | null, rawUnit: string | null, nameText: string): 'points' | 'percent' | 'times' | 'absolute' {
  if (rawUnit === UNIT_WORD.times) return 'times';
  if (rawUnit === UNIT_WORD.points || unit === '‰') return 'points';
  if (unit === '%') return RATE_WORDS.test(nameText) ? 'points' : 'percent';
  return 'absolute';
}

/** The period and year the figure refers to; `contextPer` comes from a table's unit column. */
export function periodOf(setting: Setting, unit: string | null, contextPer: 'year' | null, isChange: boolean, termEndYear: number | undefined): { per: Per; year: number | null } {
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
  return { per, year: per === 'term_end' || per === 'term_total' ? (termEndYear ?? null) : null };
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
export function directionOf(kind: FigureKindOfTarget, bounds: Bounds, setting: Setting, sense: 'increase' | 'decrease' | null): Direction {
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
export function nameDirection(nameText: string): Direction | null {
  if (STRUCTURE_WORDS.test(nameText)) return 'structure';
  if (BAND_WORDS.test(nameText)) return 'band';
  if (DECREASE_WORDS.test(nameText)) return 'decrease';
  return null;
}

/**
 * For a structural share, which way the sector's share should move, from its name
 * ("Nông, lâm nghiệp, thủy sản" falls; "Dịch vụ" rises); null when the name does not say.
 */
export function shareDirectionOf(name: string): 'increase' | 'decrease' | null {
  const text = name.normalize('NFC').toLocaleLowerCase('vi');
  if (SHARE_FALLS.test(text)) return 'decrease';
  if (SHARE_RISES.test(text)) return 'increase';
  return null;
}

/** The kind the words give the chosen figure. */
export function kindOf(setting: Setting, bound: Bound | null, sense: 'increase' | 'decrease' | null): FigureKindOfTarget {
  const { roles, figure } = setting;
  if (roles.includes('maintain') || setting.verb === 'maintain') return 'maintain';
  if (sense !== null) return 'change';
  if (figure.range) return roles.includes('approx') ? 'approx' : 'range';
  if (bound !== null) return bound.startsWith('lower') ? 'at_least' : 'at_most';
  if (roles.includes('approx')) return 'approx';
  return 'point';
}

/** The bound of the words, with "xuống 20%" read as at most 20 and "lên", "từ" as at least. */
export function effectiveBound(setting: Setting, bound: Bound | null): Bound | null {
  if (bound !== null) return bound;
  if (setting.roles.includes('downTo')) return 'upperIncl';
  if (setting.roles.includes('upTo') || setting.roles.includes('from')) return 'lowerIncl';
  return null;
}
