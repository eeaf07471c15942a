/**
 * A target's meaning in words. Vietnamese uses the domain's `describeTarget`, the very words
 * of the reports ("9-10%/năm", "từ 1.000 đảng viên trở lên"); English is written here.
 */
import { describeTarget } from '../../../src/domain/target-describe.ts';
import type { Target } from '../api/types.ts';
import { formatNumber } from './format.ts';

function quantity(value: number, target: Target): string {
  const unit = target.unit === null ? '' : /^[%‰]$/u.test(target.unit) ? target.unit : ` ${target.unit}`;
  return `${formatNumber(value, 6)}${unit}`;
}

function boundsInEnglish(target: Target): string {
  const { min, max } = target;
  if (min !== null && max !== null) return min === max ? quantity(min, target) : `${formatNumber(min, 6)}-${quantity(max, target)}`;
  if (min !== null) return `${target.minInclusive ? 'at least' : 'above'} ${quantity(min, target)}`;
  if (max !== null) return `${target.maxInclusive ? 'at most' : 'below'} ${quantity(max, target)}`;
  return '';
}

function periodInEnglish(target: Target): string {
  const basis = target.basis === null ? '' : ` of ${target.basis}`;
  if (target.per === 'year') return `${basis} per year`;
  if (target.per === 'term_end') return `${basis} ${target.year === null ? 'at the end of the term' : `by ${target.year}`}`;
  if (target.per === 'term_total') return `${basis} in total over the term${target.year === null ? '' : ` to ${target.year}`}`;
  return basis;
}

/** The meaning of `target` in English. */
export function targetInEnglish(target: Target): string {
  const tail = periodInEnglish(target);
  switch (target.kind) {
    case 'qualitative':
      return 'a goal without a figure';
    case 'unparsed':
      return `not understood: ${target.text.trim()}`;
    case 'none_left':
      return target.unit === null ? 'none left' : `no ${target.unit} left`;
    case 'maintain':
      return target.min === null && target.max === null ? 'keep the level' : `keep at ${boundsInEnglish(target)}${tail}`;
    case 'change':
      return `${target.sense === 'decrease' ? 'decrease' : 'increase'} by ${boundsInEnglish(target)}${tail}`;
    case 'approx':
      return `about ${boundsInEnglish(target)}${tail}`;
    default:
      return `${boundsInEnglish(target)}${tail}`;
  }
}

/** The meaning of `target` in the interface language. */
export function targetMeaning(target: Target, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? describeTarget(target) : targetInEnglish(target);
}
