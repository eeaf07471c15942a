/**
 * A value written in another scale of the indicator's unit ("triệu đồng" for a "tỷ đồng"
 * indicator) is converted; a value in a different unit is refused. Units are compared in
 * their normalised spelling (src/domain/units.ts).
 */
import { ResoluteError } from '../domain/errors.ts';
import { normalizeUnit } from '../domain/units.ts';
import { SCALE_FACTOR as SCALE } from '../domain/vocabulary/index.ts';

/** "tỷ đồng" → { factor: 1e9, base: 'đồng' }. */
function scaled(unit: string): { factor: number; base: string } {
  const words = unit.split(' ');
  let factor = 1;
  while (words.length > 1 && words[0] !== undefined && SCALE[words[0]] !== undefined) factor *= SCALE[words.shift() ?? ''] ?? 1;
  return { factor, base: words.join(' ') };
}

/** `value` written in `from`, expressed in `to` (the indicator's unit); throws `invalid_input` when the units differ. */
export function toIndicatorUnit(value: number, from: string, to: string | null): number {
  const given = normalizeUnit(from).unit;
  const wanted = normalizeUnit(to).unit;
  if (given === null || wanted === null || given === wanted) return value;
  const a = scaled(given);
  const b = scaled(wanted);
  if (a.base !== b.base || a.base === '') {
    throw new ResoluteError('invalid_input', `The value is in ${given}, the indicator is measured in ${wanted}`, { detail: `unit ${given} ≠ ${wanted}`, detail_vi: `đơn vị tính ${given} ≠ ${wanted}`, path: 'unit' });
  }
  // Divide by the ratio in one step so 1.500 triệu đồng is exactly 1,5 tỷ đồng.
  return a.factor >= b.factor ? value * (a.factor / b.factor) : value / (b.factor / a.factor);
}
