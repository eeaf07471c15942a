/**
 * The rules of the data entry form, kept pure: which indicators a reporter fills in, which
 * unit reports each, what a typed figure means ("12,8", "1.000" — read by the shared domain
 * parser), and whether a figure may still be changed.
 */
import { parseVnNumber } from '../../../src/domain/vn-number.ts';

interface IndicatorLike {
  id: string;
  parentId: string | null;
  leadUnitId: string | null;
  supportingUnitIds: readonly string[];
  status: 'draft' | 'published';
  target: { kind: string } | null;
}

/** The published indicators assigned (as lead or supporting unit) to one of `unitIds`; groups of components are left out. */
export function assignedIndicators<I extends IndicatorLike>(indicators: readonly I[], unitIds: readonly string[]): I[] {
  const parents = new Set(indicators.map((indicator) => indicator.parentId).filter((id) => id !== null));
  return indicators.filter(
    (indicator) => indicator.status === 'published' && !parents.has(indicator.id) && reportingUnit(indicator, unitIds) !== null,
  );
}

/** The user's unit that reports the indicator: the lead unit first, else a supporting one. */
export function reportingUnit(indicator: Pick<IndicatorLike, 'leadUnitId' | 'supportingUnitIds'>, unitIds: readonly string[]): string | null {
  if (indicator.leadUnitId !== null && unitIds.includes(indicator.leadUnitId)) return indicator.leadUnitId;
  return indicator.supportingUnitIds.find((id) => unitIds.includes(id)) ?? null;
}

/** A typed figure: a number, a text for targets without a figure, or why it cannot be sent. */
export type FigureReading =
  | { ok: true; value: number | null; valueText: string }
  | { ok: false; problem: 'required' | 'not_a_number' };

const WORDS_ONLY = new Set(['qualitative', 'unparsed']);

/** Reads what the reporter typed; numeric targets need a number written the Vietnamese way. */
export function readFigure(text: string, target: { kind: string } | null): FigureReading {
  const typed = text.trim();
  if (typed === '') return { ok: false, problem: 'required' };
  const value = parseVnNumber(typed);
  if (value === null && (target === null || !WORDS_ONLY.has(target.kind))) return { ok: false, problem: 'not_a_number' };
  return { ok: true, value, valueText: typed };
}

/** A figure can be changed while it is a draft or after it was returned; submitted and approved ones are read-only. */
export function isEditable(state: 'draft' | 'submitted' | 'approved' | 'returned' | null): boolean {
  return state === null || state === 'draft' || state === 'returned';
}
