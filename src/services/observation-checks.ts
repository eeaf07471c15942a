/**
 * Checks on a figure as it is entered: plausible for its unit, a note for a jump from the
 * previous period, and a note when it makes the indicator Khó đạt or Không đạt. Pure.
 */
import type { Indicator } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { normalizeUnit } from '../domain/units.ts';
import { STATUS_WORD, UNIT_WORD } from '../domain/vocabulary/index.ts';
import type { IndicatorJudgement } from './indicator-status.ts';

/** The most a share may be, by unit. */
const SHARE_MAX: Readonly<Record<string, number>> = { '%': 100, '‰': 1000 };

/**
 * A share ("Tỷ lệ che phủ rừng 53%") is a part of a whole: 0 to 100%. Growth rates and
 * changes in % ("9-10%/năm", "giảm 2%/năm") are not shares and may be negative or above 100.
 */
export function isShare(indicator: Indicator): boolean {
  const unit = normalizeUnit(indicator.unit).unit;
  const target = indicator.target;
  return unit !== null && unit in SHARE_MAX && target?.kind !== 'change' && target?.per !== 'year';
}

/** Counts and amounts (people, hectares, billions of đồng) and shares cannot be negative. */
function negativeImpossible(indicator: Indicator): boolean {
  if (isShare(indicator)) return true;
  const unit = normalizeUnit(indicator.unit).unit;
  return unit !== null && !(unit in SHARE_MAX) && unit !== UNIT_WORD.points && indicator.target?.kind !== 'change';
}

/** Refuses a value its unit makes impossible: a share above 100% (1000‰), a negative count or share. */
export function checkPlausible(indicator: Indicator, value: number): void {
  const unit = normalizeUnit(indicator.unit).unit ?? '';
  const max = SHARE_MAX[unit];
  if (isShare(indicator) && max !== undefined && value > max) {
    throw new ResoluteError('implausible_value', `${value}${unit} is more than the whole`, { detail: `${value}${unit} > ${max}${unit}`, path: 'value' });
  }
  if (value < 0 && negativeImpossible(indicator)) {
    throw new ResoluteError('implausible_value', `${value} cannot be negative for this indicator`, { detail: `${value} < 0`, path: 'value' });
  }
}

function hasNote(note: string | null): boolean {
  return note !== null && note.trim() !== '';
}

/** A value more than `factor` times (or less than 1/`factor` of) the previous period's needs a note. */
export function checkJump(value: number, previous: number | null, factor: number, note: string | null): void {
  if (previous === null || previous === 0 || value === 0 || hasNote(note)) return;
  const ratio = Math.abs(value / previous);
  if (ratio > factor || ratio < 1 / factor) {
    throw new ResoluteError('note_required', `The value ${value} is more than ${factor}× away from the previous period's ${previous}`, {
      detail: `${value} vs ${previous} (×${Math.round(ratio * 100) / 100}, limit ×${factor})`,
      detail_vi: `${value} so với ${previous} của kỳ trước (×${Math.round(ratio * 100) / 100}, giới hạn ×${factor})`,
      reason: 'jump',
      path: 'note',
    });
  }
}

/** A value that makes the indicator Khó đạt or Không đạt needs a note explaining it. */
export function checkStatusNote(judgement: IndicatorJudgement, note: string | null): void {
  const status = judgement.status;
  if ((status === 'at_risk' || status === 'failed') && !hasNote(note)) {
    throw new ResoluteError('note_required', `The value makes the indicator ${status}`, {
      detail: `${STATUS_WORD[status]}: ${judgement.explanation}`,
      reason: status,
      path: 'note',
    });
  }
}
