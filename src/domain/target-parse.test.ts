import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseTarget } from './target-parse.ts';
import { describeTarget } from './target-describe.ts';
import type { TargetContext } from './target-parse.ts';
import type { Target } from './target.ts';
import { formatVnNumber } from './vn-number.ts';

/** The fields of a target a test states, picked from the parsed target. */
function pick(target: Target, expected: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(target).filter(([key]) => key in expected));
}

/** Asserts that parsing `text` gives the expected fields. */
function expectTarget(text: string, expected: Record<string, unknown>, context?: TargetContext): Target {
  const target = parseTarget(text, context);
  assert.deepEqual(pick(target, expected), expected, `${text} ${JSON.stringify(context ?? {})}`);
  return target;
}

const point = (value: number, unit: string | null) => ({ kind: 'point', value, min: value, max: value, unit });
const range = (min: number, max: number, unit: string | null) => ({ kind: 'range', min, max, minInclusive: true, maxInclusive: true, unit });
const atLeast = (min: number, inclusive: boolean, unit: string | null) => ({ kind: 'at_least', min, max: null, minInclusive: inclusive, unit, direction: 'increase' });
const atMost = (max: number, inclusive: boolean, unit: string | null) => ({ kind: 'at_most', min: null, max, maxInclusive: inclusive, unit, direction: 'decrease' });

describe('parseTarget: points', () => {
  test('reads a figure with its unit', () => {
    expectTarget('53%', point(53, '%'));
    expectTarget('đạt 3.000 tỷ đồng', { ...point(3000, 'tỷ đồng'), direction: 'increase' });
    expectTarget('65 triệu đồng', point(65, 'triệu đồng'));
    expectTarget('13 bác sỹ/1 vạn dân', point(13, 'bác sỹ/1 vạn dân'));
    expectTarget('13 bác sỹ/1vạn dân', point(13, 'bác sỹ/1 vạn dân'));
    expectTarget('100%', point(100, '%'));
    expectTarget('10.000 ha', point(10000, 'ha'));
    expectTarget('02 huyện', point(2, 'huyện'));
    expectTarget('đạt −7,8%', point(-7.8, '%'));
  });

  test('keeps the text exactly as given, in NFC', () => {
    const written = '  Tỷ lệ che phủ cây xanh đạt 45%  ';
    assert.equal(parseTarget(written).text, written);
    assert.equal(parseTarget(written.normalize('NFD')).text, written);
  });

  test('reads a whole phrase and takes the figure, not the name', () => {
    expectTarget('Tỷ lệ che phủ cây xanh đạt 45%', { ...point(45, '%'), direction: 'increase', per: null });
    expectTarget('tuổi thọ trung bình đạt 72 tuổi', { ...point(72, 'tuổi'), per: null });
    expectTarget('tỷ lệ người học nghề từ 6 tháng trở lên (có chứng chỉ) đạt 45%', point(45, '%'));
    expectTarget('dân số trung bình toàn tỉnh 70 vạn dân', { ...point(70, 'vạn dân'), per: null });
  });
});

describe('parseTarget: ranges', () => {
  test('reads ranges with any dash and a unit after the second figure', () => {
    expectTarget('9-10%/năm', { ...range(9, 10, '%'), per: 'year' });
    expectTarget('1.800-2.000 USD', range(1800, 2000, 'USD'));
    expectTarget('95 - 100%', range(95, 100, '%'));
    expectTarget('8.000 - 8.300 lao động', range(8000, 8300, 'lao động'));
    expectTarget('từ 10-12%/năm', { ...range(10, 12, '%'), per: 'year' });
    expectTarget('9 – 10%', range(9, 10, '%'));
    expectTarget('từ 9 đến 10%', range(9, 10, '%'));
  });
});

describe('parseTarget: lower bounds', () => {
  test('reads "above" as exclusive and "at least", "trở lên" as inclusive', () => {
    expectTarget('trên 95%', atLeast(95, false, '%'));
    expectTarget('> 10', atLeast(10, false, null));
    expectTarget('>95', atLeast(95, false, null));
    expectTarget('≥ 90', atLeast(90, true, null));
    expectTarget('>= 90', atLeast(90, true, null));
    expectTarget('từ 1.000 đảng viên trở lên', atLeast(1000, true, 'đảng viên'));
    expectTarget('90% trở lên', atLeast(90, true, '%'));
    expectTarget('ít nhất 10 xã', atLeast(10, true, 'xã'));
    expectTarget('tối thiểu 5 xã', atLeast(5, true, 'xã'));
    expectTarget('đạt trên 4.500 tỷ đồng', atLeast(4500, false, 'tỷ đồng'));
    expectTarget('có trên 13,5 bác sỹ/1 vạn dân', atLeast(13.5, false, 'bác sỹ/1 vạn dân'));
    expectTarget('tăng trưởng tín dụng bình quân 8%/năm trở lên', { ...atLeast(8, true, '%'), per: 'year' });
    expectTarget('nâng diện tích cây mắc ca lên 12.000 ha', atLeast(12000, true, 'ha'));
  });
});

describe('parseTarget: upper bounds', () => {
  test('reads "below" as exclusive and "not more than" as inclusive, both as decrease', () => {
    expectTarget('dưới 15%', atMost(15, false, '%'));
    expectTarget('< 20', atMost(20, false, null));
    expectTarget('<15', atMost(15, false, null));
    expectTarget('≤ 3', atMost(3, true, null));
    expectTarget('không quá 2%', atMost(2, true, '%'));
    expectTarget('tối đa 5%', atMost(5, true, '%'));
    expectTarget('xuống dưới 15%', atMost(15, false, '%'));
    expectTarget('giảm còn dưới 16%', atMost(16, false, '%'));
  });

  test('reads "xuống (còn) N" as at most N, inclusive', () => {
    expectTarget('xuống còn 20%', atMost(20, true, '%'));
    expectTarget('thể gầy còm xuống 8%', atMost(8, true, '%'));
  });

  test('does not take an age in the name for the bound', () => {
    expectTarget('giảm tỷ lệ trẻ dưới 6 tuổi thiếu cân xuống dưới 12%', atMost(12, false, '%'));
  });
});

describe('parseTarget: approximate targets', () => {
  test('reads "khoảng" with a figure or a range, and a basis', () => {
    expectTarget('khoảng 10%', { kind: 'approx', min: 10, max: 10, unit: '%' });
    expectTarget('khoảng 6,5 - 7%', { kind: 'approx', min: 6.5, max: 7, unit: '%' });
    expectTarget('bình quân khoảng 35% GRDP', { kind: 'approx', min: 35, max: 35, unit: '%', basis: 'GRDP', per: 'year' });
    expectTarget('trên dưới 10%', { kind: 'approx', min: 10, max: 10 });
  });
});

describe('parseTarget: changes', () => {
  test('reads "giảm" and "tăng" before a figure as the size of a change', () => {
    expectTarget('giảm bình quân 2%/năm', { kind: 'change', sense: 'decrease', measure: 'percent', min: 2, max: 2, per: 'year', direction: 'decrease' });
    expectTarget('giảm 3-4%/năm', { kind: 'change', sense: 'decrease', min: 3, max: 4, per: 'year' });
    expectTarget('tăng bình quân 10%/năm', { kind: 'change', sense: 'increase', measure: 'percent', min: 10, per: 'year', direction: 'increase' });
    expectTarget('giảm 2,93 điểm phần trăm', { kind: 'change', sense: 'decrease', measure: 'points', min: 2.93, unit: '%' });
    expectTarget('tăng 1,66 lần', { kind: 'change', sense: 'increase', measure: 'times', min: 1.66, unit: null });
    expectTarget('giảm trên 4%/năm', { kind: 'change', sense: 'decrease', min: 4, max: null, minInclusive: false });
  });

  test('reads a growth rate of a quantity as a relative change per year', () => {
    expectTarget('Giá trị xuất khẩu tăng trung bình 9,5%/năm', {
      kind: 'change', sense: 'increase', measure: 'percent', min: 9.5, max: 9.5, unit: '%', per: 'year',
    });
  });

  test('reads a change of a rate in % as percentage points', () => {
    expectTarget('Tỷ lệ hộ nghèo giảm bình quân 1-2%/năm', { kind: 'change', sense: 'decrease', measure: 'points', min: 1, max: 2, per: 'year' });
    expectTarget('giảm bình quân 2%/năm', { kind: 'change', measure: 'points' }, { name: 'Tỷ lệ hộ nghèo' });
    expectTarget('mức giảm tỷ suất sinh 0,3‰/năm', { kind: 'change', sense: 'decrease', measure: 'points', min: 0.3, unit: '‰', per: 'year' });
  });

  test('reads a level reached with "đạt" as no change, even after an opening verb', () => {
    expectTarget('tăng tỷ lệ che phủ cây xanh đạt 45%', { kind: 'point', value: 45 });
  });
});

describe('parseTarget: maintain, none left, qualitative', () => {
  test('reads keeping a level', () => {
    expectTarget('ổn định 42%', { kind: 'maintain', min: 42, max: 42, unit: '%' });
    expectTarget('duy trì 95%', { kind: 'maintain', min: 95, max: 95 });
    expectTarget('giữ vững', { kind: 'maintain', min: null, max: null });
    expectTarget('duy trì tỷ lệ trẻ dưới 2 tuổi được khám sức khỏe định kỳ đạt 90%', { kind: 'maintain', min: 90, max: 90 });
    expectTarget('Giữ vững kết quả phổ cập bơi cho trẻ em 10 tuổi', { kind: 'maintain', min: null });
  });

  test('reads "không còn" as nothing left, with the counted unit', () => {
    expectTarget('không còn thôn dưới 10 tiêu chí', { kind: 'none_left', min: null, max: 0, maxInclusive: true, unit: 'thôn', direction: 'decrease' });
    // The name may repeat the counted thing with its figure; the figure still describes what is counted.
    const named = parseTarget('không còn xã dưới 15 tiêu chí', { name: 'Số xã dưới 15 tiêu chí' });
    assert.equal(named.kind, 'none_left');
    assert.equal(named.max, 0);
  });

  test('reads a goal without a figure as qualitative, ignoring ages, levels and years', () => {
    expectTarget('Hoàn thành phổ cập bơi cho trẻ em từ 6 đến 10 tuổi', { kind: 'qualitative', min: null, max: null, direction: 'unknown' });
    expectTarget('đạt chuẩn an toàn thông tin mức độ 3 và chuẩn chính quyền số mức độ 2', { kind: 'qualitative' });
    expectTarget('Đến năm 2030 đạt chuẩn văn minh đô thị', { kind: 'qualitative' });
    expectTarget('thực hiện Nghị quyết số 12-NQ/TU ngày 15/03/2021', { kind: 'qualitative' });
  });
});

describe('parseTarget: ratios and bases', () => {
  test('reads what a percentage is a share of', () => {
    expectTarget('3-4% tổng số đảng viên', { ...range(3, 4, '%'), basis: 'tổng số đảng viên' });
    expectTarget('35% GRDP', { ...point(35, '%'), basis: 'GRDP' });
    expectTarget('9-10% GRDP', { ...range(9, 10, '%'), basis: 'GRDP' });
    expectTarget('kiểm soát tỷ lệ nợ xấu dưới 3% so với tổng dư nợ', { ...atMost(3, false, '%'), basis: 'tổng dư nợ' });
  });
});

describe('parseTarget: periods', () => {
  test('reads per year, the term end and the term total', () => {
    expectTarget('8.500 lao động/năm', { per: 'year', year: null });
    expectTarget('Hằng năm tạo việc làm cho 12.000 lao động', { ...point(12000, 'lao động'), per: 'year' });
    expectTarget('mỗi năm bồi dưỡng cho 5.000 - 5.500 lao động', { ...range(5000, 5500, 'lao động'), per: 'year' });
    expectTarget('đến năm 2025 đạt 95%', { ...point(95, '%'), per: 'term_end', year: 2025 });
    expectTarget('năm 2030 đạt 55%', { per: 'term_end', year: 2030 });
    expectTarget('phấn đấu đến 2030 đạt trên 6.000 tỷ đồng', { kind: 'at_least', min: 6000, per: 'term_end', year: 2030 });
    expectTarget('giai đoạn 2021-2025 đạt 401 triệu USD', { ...point(401, 'triệu USD'), per: 'term_total', year: 2025 });
    expectTarget('53%', { per: null, year: null });
  });

  test('takes the term end from the context when the text names no year', () => {
    expectTarget('đến cuối nhiệm kỳ đạt 60%', { per: 'term_end', year: 2030 }, { termEndYear: 2030 });
    expectTarget('60%', { per: null, year: null }, { termEndYear: 2030 });
  });

  test('does not read "bình quân đầu người" (per head) as per year', () => {
    expectTarget('GRDP bình quân đầu người đạt 120 triệu đồng', { per: null });
  });

  test('takes the year of the target, not of the baseline or a comparison', () => {
    expectTarget('Giảm tỷ lệ hộ cận nghèo từ 21,4% năm 2024 xuống còn dưới 12% năm 2030', { ...atMost(12, false, '%'), per: 'term_end', year: 2030 });
    expectTarget('năm 2030 đạt 150 triệu USD, tăng 1,5 lần so với năm 2025', { ...point(150, 'triệu USD'), year: 2030 });
  });
});

describe('parseTarget: table cells with the unit column', () => {
  test('takes the unit and per-year from the unit column', () => {
    expectTarget('9-10', { ...range(9, 10, '%'), per: null }, { unit: '%' });
    expectTarget('11,5', { ...point(11.5, '%'), per: 'year' }, { unit: '%/năm' });
    expectTarget('>95', atLeast(95, false, '%'), { unit: '%' });
    expectTarget('3.000', point(3000, 'tỷ đồng'), { unit: 'Tỷ đồng' });
    expectTarget('>1.000/năm', { ...atLeast(1000, false, 'người'), per: 'year' }, { unit: 'Người' });
    expectTarget('54,0', point(54, '%'), { unit: '%' });
    expectTarget('226', point(226, 'nghìn tấn'), { unit: 'Nghìn tấn' });
    expectTarget('8.500', { ...point(8500, 'người'), per: 'year' }, { unit: 'Người/năm' });
  });

  test('reads the direction from the indicator name', () => {
    expectTarget('<15', { ...atMost(15, false, '%') }, { unit: '%', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân' });
    expectTarget('20', { ...point(20, '%'), direction: 'decrease' }, { unit: '%', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi' });
    expectTarget('54,0', { direction: 'increase' }, { unit: '%', name: 'Tỷ lệ che phủ rừng' });
    expectTarget('12,44', { direction: 'structure' }, { unit: '%', name: 'Cơ cấu kinh tế: Nông, lâm nghiệp, thủy sản' });
    expectTarget('1,1', { direction: 'band' }, { unit: '%', name: 'Tỷ lệ tăng dân số tự nhiên' });
    expectTarget('2,5', { direction: 'decrease' }, { unit: '%', name: 'Tỷ lệ thất nghiệp khu vực thành thị' });
    expectTarget('54,0', { direction: 'unknown' }, { unit: '%' });
  });

  test('reads a "Mức giảm" indicator as a change of that size', () => {
    expectTarget('0,4', { kind: 'change', sense: 'decrease', measure: 'points', unit: '‰', per: 'year', min: 0.4 }, { unit: '%o/năm', name: 'Mức giảm tỷ suất sinh' });
    expectTarget('3,0', { kind: 'change', sense: 'decrease', measure: 'points', unit: '%', min: 3 }, { unit: '%', name: 'Mức giảm tỷ lệ hộ nghèo' });
    expectTarget('giảm 3-4', { kind: 'change', sense: 'decrease', min: 3, max: 4, unit: '%' }, { unit: '%', name: 'Tỷ lệ hộ nghèo' });
  });
});

describe('parseTarget: direction from the wording', () => {
  test('reads band, structure and decrease indicators', () => {
    expectTarget('tốc độ tăng dân số hằng năm 1,2%', { ...point(1.2, '%'), direction: 'band', per: 'year' });
    expectTarget('Tỷ trọng công nghiệp chế biến đạt từ 12-14% GRDP', { ...range(12, 14, '%'), direction: 'structure', basis: 'GRDP' });
    expectTarget('Khu vực dịch vụ chiếm 48,5%, tăng 2,1% so với năm 2025', { ...point(48.5, '%'), direction: 'structure' }, { name: 'Cơ cấu kinh tế' });
    expectTarget('Tỷ lệ hộ nghèo 3%', { direction: 'decrease' });
  });
});

describe('parseTarget: damaged input', () => {
  test('tolerates NFD, non-breaking and doubled spaces, leading words and parentheses', () => {
    expectTarget('trên\u00a095%'.normalize('NFD'), atLeast(95, false, '%'));
    expectTarget('phấn  đấu   đạt từ  1.000 đảng viên trở lên', atLeast(1000, true, 'đảng viên'));
    expectTarget('đạt trên 100 triệu đồng/năm (tương đương 4.000-4.200 USD/năm)', atLeast(100, false, 'triệu đồng'));
    expectTarget('Tỷ lệ tr\ufffd em đạt 95%', point(95, '%'));
    expectTarget('(3) Tỷ lệ che phủ cây xanh đạt 45%.', point(45, '%'));
    expectTarget('1. Tỷ lệ che phủ cây xanh đạt 45%', point(45, '%'));
    expectTarget('13)- Tỷ lệ che phủ cây xanh đạt 45%', point(45, '%'));
  });

  test('keeps the main target and drops a component after "trong đó" or "riêng"', () => {
    expectTarget('Thu hút khoảng 2.100 ngàn lượt khách, trong đó có 250 ngàn lượt khách nước ngoài', { kind: 'approx', min: 2100, unit: 'nghìn lượt khách' });
    expectTarget('Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm, riêng các xã biên giới giảm 2,5%/năm', { kind: 'change', min: 1.5 });
  });

  test('reports what it cannot read instead of guessing', () => {
    const cases: [string, string][] = [
      ['', 'empty text'],
      ['x', 'no figure and no goal wording'],
      ['9 10%', 'two figures without a connector'],
      ['9\ufffd10%', 'two figures without a connector'],
      ['10-9%', 'range written high to low'],
      ['1.0000 ha', 'unreadable number "1.0000"'],
      ['9-10-11%', 'a chain of ranges'],
      ['6/50 chỉ tiêu', 'a fraction'],
      ['trên 10% trở xuống', 'words for both a lower and an upper bound'],
      ['a'.repeat(2001), 'text too long for a target'],
    ];
    for (const [text, reason] of cases) {
      const target = parseTarget(text, { unit: '%' });
      assert.equal(target.kind, 'unparsed', text);
      assert.equal(target.kind === 'unparsed' ? target.reason : '', reason, text);
      assert.deepEqual([target.min, target.max, target.text], [null, null, text]);
    }
  });
});

describe('parseTarget: properties', () => {
  const vnNumber = fc
    .tuple(fc.integer({ min: 0, max: 10 ** 7 }), fc.integer({ min: 0, max: 2 }))
    .map(([n, places]) => n / 10 ** places);
  const words = ['đạt', 'trên', 'dưới', 'từ', 'đến', 'khoảng', 'giảm', 'tăng', 'bình quân', 'trở lên', 'không quá', 'xuống', 'còn',
    'duy trì', 'không còn', 'năm', '2025', '2021-2025', '%', '‰', '%o', '/năm', 'tỷ đồng', 'bác sỹ/1vạn dân', 'tuổi', 'lần',
    'điểm phần trăm', 'GRDP', 'tổng số đảng viên', '(', ')', '-', '–', ',', ';', ':', '>', '<', '≥', '\u00a0', '\ufffd', 'trong đó'];
  const vocabulary = fc
    .array(fc.oneof(fc.constantFrom(...words), vnNumber.map((n) => formatVnNumber(n)), fc.string({ maxLength: 3 })), { maxLength: 25 })
    .map((parts) => parts.join(' '));

  test('never throws, always keeps the text in NFC, and finishes quickly', () => {
    const started = Date.now();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), vocabulary), fc.constantFrom(undefined, '%', '%/năm', 'Tỷ đồng'), (text, unit) => {
        const target = parseTarget(text, { unit, name: 'Tỷ lệ hộ nghèo', termEndYear: 2030 });
        assert.equal(target.text, text.normalize('NFC'));
        assert.equal(typeof describeTarget(target), 'string');
        if (target.kind === 'unparsed') assert.deepEqual([target.min, target.max], [null, null]);
      }),
      { numRuns: 3000 },
    );
    assert.ok(Date.now() - started < 20000);
  });

  test('a long text stays fast', () => {
    const started = Date.now();
    parseTarget('trên 1.000 '.repeat(180));
    parseTarget('9-'.repeat(900));
    assert.ok(Date.now() - started < 2000);
  });

  test('"trên N%", "dưới N%" and "N-M%" give exactly the generated bounds', () => {
    fc.assert(
      fc.property(vnNumber, vnNumber, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const n = formatVnNumber(a);
        expectTarget(`trên ${n}%`, { kind: 'at_least', min: a, max: null, minInclusive: false, unit: '%' });
        expectTarget(`dưới ${n}%`, { kind: 'at_most', min: null, max: a, maxInclusive: false, unit: '%' });
        expectTarget(`${formatVnNumber(low)}-${formatVnNumber(high)}%`, { kind: 'range', min: low, max: high, unit: '%' });
        expectTarget(`giảm ${formatVnNumber(low)} - ${formatVnNumber(high)}%/năm`, { kind: 'change', min: low, max: high, per: 'year' });
      }),
      { numRuns: 1000 },
    );
  });
});
