/**
 * Says a target's meaning back in short Vietnamese, and writes an observed figure with the
 * target's unit, the way the documents do: "%" and "‰" against the number ("95%"), other
 * units after a space ("47,5 triệu đồng"), "/năm" after an annual figure ("9-10%/năm").
 * Used by the evaluation and forecast explanations and by the CLI.
 */
import type { Target } from './target.ts';
import { DESCRIPTION_WORD as WORD } from './vocabulary/index.ts';
import { formatVnNumber } from './vn-number.ts';
import { memoByObject } from './memo.ts';

/** A target's figure: the document's digits, never rounded away. */
function quantity(value: number): string {
  return formatVnNumber(value, { decimals: 6 });
}

/** An observed figure keeps up to four decimals ("0,565‰"); trailing zeros are dropped. */
function observed(value: number): string {
  return formatVnNumber(value, { decimals: 4 });
}

/** The unit, basis and "/năm" written after a figure ("%/năm", " tỷ đồng", " mỗi năm", "% GRDP"). */
function unitText(target: Target): string {
  const points = target.kind === 'change' && target.measure === 'points' && target.unit === '%';
  const times = target.kind === 'change' && target.measure === 'times';
  const written = target.unit === null ? '' : /^[%‰]$/u.test(target.unit) ? target.unit : ` ${target.unit}`;
  const unit = points ? ` ${WORD.points}` : times ? ` ${WORD.times}` : written;
  const basis = target.basis === null ? '' : ` ${target.basis}`;
  // "/năm" glued to a basis would read as part of it ("% GRDP/năm"), so a basis takes "mỗi năm";
  // a unit kept as a table wrote it may already end in "/năm"
  if (target.per !== 'year' || unit.endsWith(WORD.perYear)) return unit + basis;
  return unit + basis + (unit === '' || basis !== '' ? ` ${WORD.eachYear}` : WORD.perYear);
}

/** Two ends of a range: "9-10"; spelt out when a sign would make the dash ambiguous ("từ -2 đến 3"). */
function rangeText(min: number, max: number): string {
  if (min < 0 || max < 0) return `${WORD.from} ${quantity(min)} ${WORD.to} ${quantity(max)}`;
  return `${quantity(min)}-${quantity(max)}`;
}

/** The bounds in words: "9-10%/năm", "trên 95%", "từ 1.000 đảng viên trở lên", "không quá 2%", "53%". */
function boundsText(target: Target): string {
  const unit = unitText(target);
  const { min, max } = target;
  if (min !== null && max !== null) return `${min === max ? quantity(min) : rangeText(min, max)}${unit}`;
  if (min !== null) return target.minInclusive ? `${WORD.from} ${quantity(min)}${unit} ${WORD.orMore}` : `${WORD.above} ${quantity(min)}${unit}`;
  if (max !== null) return target.maxInclusive ? `${WORD.notOver} ${quantity(max)}${unit}` : `${WORD.below} ${quantity(max)}${unit}`;
  return '';
}

/** When the figure applies: " đến năm 2025", " cả giai đoạn đến năm 2025", " cuối nhiệm kỳ", or nothing. */
function periodText(target: Target): string {
  const by = target.year === null ? '' : ` ${WORD.byYear} ${target.year}`;
  if (target.per === 'term_end') return by === '' ? ` ${WORD.termEnd}` : by;
  if (target.per === 'term_total') return ` ${WORD.termTotal}${by}`;
  return '';
}

/**
 * A short Vietnamese description of what a target means; it parses back to the same meaning.
 * @example describeTarget(parseTarget('tăng trưởng GRDP đạt 9-10%/năm')) // "9-10%/năm"
 * @example describeTarget(parseTarget('kết nạp từ 1.000 đảng viên trở lên')) // "từ 1.000 đảng viên trở lên"
 */
export const describeTarget: (target: Target) => string = memoByObject(describeUncached);

function describeUncached(target: Target): string {
  switch (target.kind) {
    case 'qualitative':
      return WORD.qualitative;
    case 'unparsed':
      return `${WORD.unparsed}: ${target.text.trim()}`;
    case 'none_left':
      return target.unit === null ? WORD.noneLeft : `${WORD.noneLeft} ${target.unit}`;
    case 'maintain':
      return target.min === null && target.max === null ? WORD.keep : `${WORD.maintain} ${boundsText(target)}${periodText(target)}`;
    case 'change':
      return `${target.sense === 'decrease' ? WORD.decrease : WORD.increase} ${boundsText(target)}${periodText(target)}`;
    case 'approx':
      return `${WORD.about} ${boundsText(target)}${periodText(target)}`;
    case 'point':
    case 'range':
    case 'at_least':
    case 'at_most':
      return `${boundsText(target)}${periodText(target)}`;
  }
}

/**
 * An observed figure with the target's unit, the Vietnamese way.
 * @example describeValue(parseTarget('65 triệu đồng'), 47.5) // "47,5 triệu đồng"
 */
export function describeValue(target: Target, value: number): string {
  return `${observed(value)}${unitText(target)}`;
}
