/**
 * Units of measure and scale words as documents write them ("tỷ đồng", "ngàn tấn",
 * "bác sỹ/1vạn dân", "48 vạn"), with the one spelling each is normalised to. The reader
 * (src/domain/units.ts, vn-number.ts) adds the word boundaries.
 */

/** Scale words that open a unit ("tỷ đồng", "nghìn tấn", "vạn dân"), by normalised spelling; "ngàn" and "tỉ" are regional spellings. */
export const UNIT_SCALE: Readonly<Record<string, string>> = { vạn: 'vạn', nghìn: 'nghìn', ngàn: 'nghìn', triệu: 'triệu', tỷ: 'tỷ', tỉ: 'tỷ' };

/** Powers of ten of the scale words, for reading a number ("2,5 triệu", "48 vạn"). */
export const SCALE_EXPONENT: Readonly<Record<string, number>> = { vạn: 4, nghìn: 3, ngàn: 3, triệu: 6, tỷ: 9, tỉ: 9 };

/** Factors of the scale words a normalised unit may start with, for converting between scales of one unit. */
export const SCALE_FACTOR: Readonly<Record<string, number>> = { vạn: 1e4, nghìn: 1e3, triệu: 1e6, tỷ: 1e9 };

/** Base units, most specific first: [pattern (lower case, a regular-expression source), normalised spelling]. */
export const BASE_UNITS: readonly (readonly [string, string])[] = [
  ['bác s[ỹĩ] ?(?:/|trên) ?(?:1 ?)?vạn dân', 'bác sỹ/1 vạn dân'],
  ['giường bệnh ?(?:/|trên) ?(?:1 ?)?vạn dân', 'giường bệnh/1 vạn dân'],
  ['bác s[ỹĩ]', 'bác sỹ'],
  ['giường bệnh', 'giường bệnh'],
  ['lượt khách(?: du lịch)?', 'lượt khách'],
  ['lượt người', 'lượt người'],
  ['lượt', 'lượt'],
  ['lao động', 'lao động'],
  ['đảng viên', 'đảng viên'],
  ['hợp tác xã', 'hợp tác xã'],
  ['doanh nghiệp', 'doanh nghiệp'],
  ['hộ gia đình', 'hộ gia đình'],
  ['hộ', 'hộ'],
  ['người', 'người'],
  ['dân', 'dân'],
  ['xã', 'xã'],
  ['huyện', 'huyện'],
  ['thôn', 'thôn'],
  ['bản', 'bản'],
  ['trường', 'trường'],
  ['sản phẩm', 'sản phẩm'],
  ['tiêu chí', 'tiêu chí'],
  ['tuổi', 'tuổi'],
  ['tháng', 'tháng'],
  ['con', 'con'],
  ['tấn', 'tấn'],
  ['km', 'km'],
  ['ha', 'ha'],
  ['kwh', 'kWh'],
  ['mw', 'MW'],
  ['kw', 'kW'],
  ['usd', 'USD'],
  ['đồng', 'đồng'],
];

/** The normalised spellings of the units that are words, and of "per person". */
export const UNIT_WORD = {
  points: 'điểm phần trăm',
  times: 'lần',
  perPerson: '/người',
} as const;

/** How those units, "per person" and "per year" are written (lower-case regular-expression sources). */
export const UNIT_PATTERN = {
  points: 'điểm (?:phần trăm|%)',
  times: 'lần',
  perPerson: ' ?/ ?người',
  perYear: '(?: ?/ ?năm| mỗi năm| hằng năm| hàng năm| một năm)',
} as const;
