import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { CleanLine, ExtractedIndicator } from '../domain/document.ts';
import { cleanText } from './clean-text.ts';
import { extractTargetLists } from './target-list.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

/** The indicators listed in a seed document, read through the real cleaner. */
function seed(file: string, termEndYear: number): ExtractedIndicator[] {
  const raw = readFileSync(new URL(file, SEEDS), 'utf8');
  return extractTargetLists(cleanText(raw).lines, { termEndYear });
}

/** Lines of a small text written for a test, numbered from 1. */
function linesOf(text: string): CleanLine[] {
  return text.split('\n').map((line, index) => ({ text: line, line: index + 1, endLine: index + 1 }));
}

interface Expected {
  code: string | null;
  group: string | null;
  kind: string;
  min: number | null;
  max: number | null;
  unit: string | null;
  per: string | null;
  direction: string;
}

/** The one indicator with this name (and code, when names repeat), in the shape tests compare. */
function pick(list: readonly ExtractedIndicator[], name: string, code?: string): Expected & { note: string | null } {
  const found = list.filter((indicator) => indicator.name === name && (code === undefined || indicator.code === code));
  assert.equal(found.length, 1, `expected one indicator named "${name}", found ${found.length}`);
  const indicator = found[0];
  assert.ok(indicator?.target);
  const { target } = indicator;
  return {
    code: indicator.code,
    group: indicator.group,
    kind: target.kind,
    min: target.min,
    max: target.max,
    unit: indicator.unit,
    per: target.per,
    direction: indicator.direction,
    note: indicator.note ?? null,
  };
}

const ECONOMY = 'Kinh tế';
const SOCIETY = 'Văn hóa - xã hội';
const ENVIRONMENT = 'Môi trường';
const PARTY = 'Xây dựng Đảng và hệ thống chính trị';

describe('seed 000: political report to the XIV Congress, items 1-11 without group headings', () => {
  const list = seed('000_d99e14e1def16ddb.txt', 2025);

  test('extracts every component target, counted by hand', () => {
    // Counted by hand, one component per target figure (plus goals without a figure):
    // 1: GRDP growth, GRDP per head, economic structure x3 (farming, industry, services) = 5
    // 2: farm value added, grain output, tea area, newly planted tea, livestock growth,
    //    share of new-rural communes, no commune under the criteria floor, new-rural districts,
    //    forest cover = 9
    // 3: budget revenue = 1
    // 4: export growth, local-goods exports ("trong đó"), tourist arrivals growth = 3
    // 5: village roads, households on the grid, solid schools and clinics (one figure),
    //    rural clean water, urban clean water = 5
    // 6: keep pre-school universalisation (no figure), four enrolment levels, communes meeting
    //    the universalisation standards (one figure), standard schools = 7
    // 7: e-health records, doctors per 10,000, birth-rate fall, underweight, stunting = 5
    // 8: poverty fall, poverty fall in poor districts, jobs, vocational training, trained labour = 5
    // 9: village culture houses, TV and radio coverage, cultural households / villages /
    //    agencies = 5
    // 10: urban solid waste, communes with waste collection = 2
    // 11: Party committees, grassroots Party organisations, Party members, new members,
    //     grassroots government and Front = 5
    // Total 52.
    assert.equal(list.length, 52);
    assert.deepEqual([...new Set(list.map((indicator) => indicator.code))], ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    assert.ok(list.every((indicator) => indicator.source === 'target_list' && indicator.observations.length === 0));
  });

  test('reads subject-first targets with their period', () => {
    assert.deepEqual(pick(list, 'Tốc độ tăng trưởng GRDP'), {
      code: '1', group: ECONOMY, kind: 'range', min: 9, max: 10, unit: '%', per: 'year', direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Thu ngân sách trên địa bàn'), {
      code: '3', group: ECONOMY, kind: 'point', min: 3000, max: 3000, unit: 'tỷ đồng', per: null, direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Tổng sản lượng lương thực có hạt'), {
      code: '2', group: ECONOMY, kind: 'at_least', min: 226000, max: null, unit: 'tấn', per: null, direction: 'increase', note: null,
    });
  });

  test('splits the economic structure into shares under one prefix', () => {
    assert.deepEqual(pick(list, 'Cơ cấu kinh tế: Nông, lâm nghiệp, thủy sản'), {
      code: '1', group: ECONOMY, kind: 'point', min: 15, max: 15, unit: '%', per: null, direction: 'structure', note: null,
    });
    assert.equal(pick(list, 'Cơ cấu kinh tế: Công nghiệp, xây dựng').min, 50);
    assert.equal(pick(list, 'Cơ cấu kinh tế: Dịch vụ').min, 35);
  });

  test('reads "không còn xã dưới 15 tiêu chí" as nothing left, not as a figure of 15', () => {
    assert.deepEqual(pick(list, 'Số xã dưới 15 tiêu chí'), {
      code: '2', group: ECONOMY, kind: 'none_left', min: null, max: 0, unit: 'xã', per: null, direction: 'decrease', note: null,
    });
    assert.deepEqual(pick(list, 'Số huyện nông thôn mới (Tam Đường, Than Uyên)'), {
      code: '2', group: ECONOMY, kind: 'point', min: 2, max: 2, unit: 'huyện', per: null, direction: 'increase', note: null,
    });
  });

  test('names a count and a short sibling from the words around them', () => {
    assert.deepEqual(pick(list, 'Số bác sỹ/1 vạn dân'), {
      code: '7', group: SOCIETY, kind: 'point', min: 13, max: 13, unit: 'bác sỹ/1 vạn dân', per: null, direction: 'increase', note: null,
    });
    assert.equal(pick(list, 'Diện tích cây chè trồng mới').min, 2400);
    assert.deepEqual(pick(list, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân'), {
      code: '7', group: SOCIETY, kind: 'at_most', min: null, max: 15, unit: '%', per: null, direction: 'decrease', note: null,
    });
    assert.deepEqual(pick(list, 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi'), {
      code: '7', group: SOCIETY, kind: 'at_most', min: null, max: 20, unit: '%', per: null, direction: 'decrease', note: null,
    });
    assert.equal(pick(list, 'Tỷ lệ học sinh trong độ tuổi học Trung học cơ sở').min, 95);
  });

  test('reads decreases and the "riêng" subgroup', () => {
    assert.deepEqual(pick(list, 'Tỷ lệ hộ nghèo'), {
      code: '8', group: SOCIETY, kind: 'change', min: 2, max: 2, unit: '%', per: 'year', direction: 'decrease', note: null,
    });
    assert.equal(pick(list, 'Tỷ lệ hộ nghèo huyện nghèo').min, 3);
    assert.deepEqual(pick(list, 'Kết nạp đảng viên'), {
      code: '11', group: PARTY, kind: 'at_least', min: 1000, max: null, unit: 'đảng viên', per: 'year', direction: 'increase', note: null,
    });
  });

  test('gives each figure of a shared predicate its own indicator', () => {
    assert.deepEqual(
      list.filter((indicator) => indicator.code === '9').map((indicator) => [indicator.name, indicator.target?.min]),
      [
        ['Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa', 80],
        ['Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh', 100],
        ['Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa', 86],
        ['Tỷ lệ thôn, bản, khu phố đạt tiêu chuẩn văn hóa', 75],
        ['Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt tiêu chuẩn văn hóa', 98],
      ],
    );
    assert.deepEqual(pick(list, 'Tỷ lệ đảng bộ trực thuộc tỉnh hoàn thành tốt nhiệm vụ'), {
      code: '11', group: PARTY, kind: 'at_least', min: 80, max: null, unit: '%', per: null, direction: 'increase', note: null,
    });
    assert.equal(pick(list, 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ').min, 90);
  });

  test('keeps a goal without a figure, and groups environment items', () => {
    const keep = list.find((indicator) => indicator.code === '6' && indicator.name.startsWith('Giữ vững và nâng cao'));
    assert.equal(keep?.target?.kind, 'maintain');
    assert.equal(keep?.target?.min, null);
    assert.equal(pick(list, 'Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý').group, ENVIRONMENT);
  });

  test('points each component at its original line', () => {
    assert.equal(list.find((indicator) => indicator.code === '1')?.line, 137);
    assert.equal(list.find((indicator) => indicator.code === '11')?.line, 147);
  });
});

describe('seed 001: draft report to the XV Congress, (1)-(21) in four groups', () => {
  const list = seed('001_02f8a9aa965cfe97.txt', 2030);

  test('extracts every component target, counted by hand', () => {
    // Economy (1)-(8): 2 + 1 + 1 + 1 + 2 + 1 + 1 + 1 = 10
    // Society (9): three goals without a figure, four enrolment levels, standard schools = 8;
    //   (10): jobs, vocational training, trained labour, of which certified = 4; (11) = 1;
    //   (12): doctors, stunting, health-standard communes, insurance, life expectancy = 5;
    //   (13): culture houses + households / villages / agencies = 4; (14): new-rural communes,
    //   of which advanced = 2; (15): roads, grid, urban water, rural water = 4. Total 28.
    // Environment (16)-(19): 1 + 2 + 1 + 1 = 5
    // Party (20): 1; (21): Party committees, grassroots organisations, members, government,
    //   Front = 5. Total 6.
    // Total 10 + 28 + 5 + 6 = 49.
    assert.equal(list.length, 49);
    const byGroup = new Map<string | null, number>();
    for (const indicator of list) byGroup.set(indicator.group, (byGroup.get(indicator.group) ?? 0) + 1);
    assert.deepEqual([...byGroup], [[ECONOMY, 10], [SOCIETY, 28], [ENVIRONMENT, 5], [PARTY, 6]]);
  });

  test('reads approximate, ranged and based targets', () => {
    assert.deepEqual(pick(list, 'Tốc độ tăng trưởng GRDP'), {
      code: '(1)', group: ECONOMY, kind: 'approx', min: 10, max: 10, unit: '%', per: 'year', direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Thu ngân sách nhà nước trên địa bàn'), {
      code: '(2)', group: ECONOMY, kind: 'at_least', min: 4500, max: null, unit: 'tỷ đồng', per: 'term_end', direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Tỷ lệ kết nạp đảng viên mới'), {
      code: '(20)', group: PARTY, kind: 'range', min: 3, max: 4, unit: '%', per: 'year', direction: 'increase', note: null,
    });
    assert.equal(list.find((indicator) => indicator.code === '(20)')?.target?.basis, 'tổng số đảng viên');
    assert.deepEqual(pick(list, 'Tỷ lệ hộ nghèo'), {
      code: '(11)', group: SOCIETY, kind: 'change', min: 3, max: 4, unit: '%', per: 'year', direction: 'decrease', note: null,
    });
  });

  test('splits item (9): goals without a figure and enrolment by level', () => {
    const item = list.filter((indicator) => indicator.code === '(9)');
    assert.deepEqual(item.map((indicator) => indicator.target?.kind), [
      'qualitative', 'maintain', 'qualitative', 'point', 'point', 'point', 'point', 'at_least',
    ]);
    assert.equal(item[0]?.name, 'Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi');
    assert.deepEqual(pick(list, 'Tỷ lệ huy động học sinh trong độ tuổi đến trường: Mẫu giáo'), {
      code: '(9)', group: SOCIETY, kind: 'point', min: 99.8, max: 99.8, unit: '%', per: null, direction: 'increase', note: null,
    });
  });

  test('splits item (12) into five and item (13) into four', () => {
    assert.deepEqual(
      list.filter((indicator) => indicator.code === '(12)').map((indicator) => [indicator.name, indicator.target?.kind, indicator.target?.min ?? indicator.target?.max]),
      [
        ['Số bác sỹ/1 vạn dân', 'at_least', 13.5],
        ['Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', 'at_most', 17],
        ['Tỷ lệ xã đạt tiêu chí quốc gia về y tế', 'at_least', 92],
        ['Tỷ lệ bao phủ bảo hiểm y tế', 'at_least', 96],
        ['Tuổi thọ', 'point', 70],
      ],
    );
    assert.deepEqual(
      list.filter((indicator) => indicator.code === '(13)').map((indicator) => indicator.target?.min),
      [88, 86, 78, 98],
    );
  });

  test('splits item (21) into five, sharing each predicate', () => {
    assert.deepEqual(
      list.filter((indicator) => indicator.code === '(21)').map((indicator) => [indicator.name, indicator.target?.kind, indicator.target?.min]),
      [
        ['Tỷ lệ đảng bộ trực thuộc tỉnh hoàn thành tốt nhiệm vụ', 'at_least', 75],
        ['Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', 'at_least', 90],
        ['Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ', 'at_least', 90],
        ['Tỷ lệ tổ chức chính quyền cơ sở đạt từ tốt trở lên', 'point', 100],
        ['Tỷ lệ Mặt trận Tổ quốc và đoàn thể chính trị - xã hội cơ sở đạt từ tốt trở lên', 'at_least', 90],
      ],
    );
  });

  test('reads "trong đó" components and counts', () => {
    assert.deepEqual(pick(list, 'Số xã đạt nông thôn mới nâng cao'), {
      code: '(14)', group: SOCIETY, kind: 'point', min: 2, max: 2, unit: 'xã', per: null, direction: 'increase', note: null,
    });
    assert.equal(pick(list, 'Số xã đạt chuẩn nông thôn mới').min, 10);
    assert.deepEqual(pick(list, 'Lao động qua đào tạo có bằng cấp chứng chỉ'), {
      code: '(10)', group: SOCIETY, kind: 'at_least', min: 32, max: null, unit: '%', per: null, direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Giải quyết việc làm cho lao động'), {
      code: '(10)', group: SOCIETY, kind: 'point', min: 10000, max: 10000, unit: 'lao động', per: 'year', direction: 'increase', note: null,
    });
  });

  test('reads the same list from uncleaned lines, where item (9) is still broken in two', () => {
    const raw = readFileSync(new URL('001_02f8a9aa965cfe97.txt', SEEDS), 'utf8');
    const uncleaned = extractTargetLists(linesOf(raw.normalize('NFC')), { termEndYear: 2030 });
    assert.equal(uncleaned.length, 49);
    // The second component is the second clause of line 61, capitalised (read from the seed, not copied).
    const clause = raw.split('\n')[60]?.normalize('NFC').split('; ')[1] ?? '';
    assert.match(clause, /^giữ vững/);
    assert.deepEqual(
      uncleaned.filter((indicator) => indicator.code === '(9)').slice(0, 2).map((indicator) => [indicator.line, indicator.name]),
      [
        [60, 'Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi'],
        [61, clause.charAt(0).toUpperCase() + clause.slice(1)],
      ],
    );
  });

  test('joins the broken line of item (9) back into its first part', () => {
    const first = list.find((indicator) => indicator.code === '(9)');
    assert.equal(first?.line, 60);
    assert.equal(list.find((indicator) => indicator.code === '(16)')?.group, ENVIRONMENT);
  });
});

describe('seed 004: another province, (1)-(18) with "(n)-" labels and non-breaking spaces', () => {
  const list = seed('004_e341ae35a8b646af.txt', 2025);

  test('extracts every component target, counted by hand', () => {
    // Economy: (1) growth, income per head = 2; (2) structure x3 (the changes against 2020 are
    //   notes) = 3; (3) budget revenue, total investment = 2; (4) grain, livestock = 2; (5) = 1;
    //   (6) retail sales, retail growth, exports over the term, exports in 2025 = 4;
    //   (7) visitors, of which foreign, tourism revenue = 3. Total 17.
    // Society: (8) population, population growth = 2; (9) training, employment after training,
    //   trained labour, new jobs, unemployment = 5; (10) multidimensional poverty, poor districts
    //   group 1 and group 2 = 3; (11) health-standard communes, vaccination, health records,
    //   doctors, insurance = 5; (12) standard schools, accredited schools, two goals without a
    //   figure = 4; (13) households, villages, agencies = 3; (14) new-rural district units,
    //   new-rural communes, no commune under the floor, criteria per commune, new-rural
    //   villages, advanced communes = 6. Total 28.
    // Infrastructure and environment: (15) roads, clinics, classrooms, boarding rooms, power = 5;
    //   (16) urban water, rural water, waste collection, forest cover = 4. Total 9.
    // Party: (17) organisations, new members, villages with members, new cells in firms = 4;
    //   (18) two cadre groups with three figures each plus the one "trong đó" of the first = 7.
    //   Total 11.
    // Total 17 + 28 + 9 + 11 = 65.
    assert.equal(list.length, 65);
    assert.equal(list.filter((indicator) => indicator.code === '(13)').length, 3);
  });

  test('reads the baseline of a decrease into the note', () => {
    assert.deepEqual(pick(list, 'Tỷ lệ hộ nghèo tiếp cận đa chiều'), {
      code: '(10)', group: SOCIETY, kind: 'at_most', min: null, max: 16, unit: '%', per: 'term_end', direction: 'decrease',
      note: 'từ 30,67% năm 2020; bình quân hàng năm giảm 2,93 điểm phần trăm',
    });
    assert.deepEqual(pick(list, 'Tỷ lệ hộ nghèo tiếp cận đa chiều huyện nghèo nhóm 1'), {
      code: '(10)', group: SOCIETY, kind: 'change', min: 4, max: null, unit: '%', per: 'year', direction: 'decrease', note: null,
    });
  });

  test('keeps an equivalent in parentheses and a change against 2020 as notes', () => {
    assert.deepEqual(pick(list, 'GRDP bình quân đầu người'), {
      code: '(1)', group: ECONOMY, kind: 'at_least', min: 60, max: null, unit: 'triệu đồng', per: 'term_end', direction: 'increase',
      note: 'tương đương 2.600-3.000 USD/ năm',
    });
    assert.deepEqual(pick(list, 'Cơ cấu kinh tế: Khu vực nông lâm nghiệp'), {
      code: '(2)', group: ECONOMY, kind: 'point', min: 16.42, max: 16.42, unit: '%', per: null, direction: 'structure',
      note: 'giảm 1,8% so với năm 2020',
    });
  });

  test('reads totals over the term, ranges and a growth rate', () => {
    assert.deepEqual(pick(list, 'Tổng vốn đầu tư toàn xã hội'), {
      code: '(3)', group: ECONOMY, kind: 'approx', min: 80, max: 80, unit: 'nghìn tỷ đồng', per: 'term_total', direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Giá trị sản xuất công nghiệp'), {
      code: '(5)', group: ECONOMY, kind: 'change', min: 10, max: 12, unit: '%', per: 'year', direction: 'increase', note: null,
    });
    assert.deepEqual(pick(list, 'Đào tạo nghề cho lao động'), {
      code: '(9)', group: SOCIETY, kind: 'range', min: 8000, max: 8300, unit: 'lao động', per: 'year', direction: 'increase', note: null,
    });
  });

  test('reads "13 bác sỹ/1vạn dân", "dưới 2,5%" and "không còn xã dưới 10 tiêu chí"', () => {
    assert.equal(pick(list, 'Số bác sỹ/1 vạn dân').min, 13);
    assert.deepEqual(pick(list, 'Tỷ lệ thất nghiệp khu vực thành thị'), {
      code: '(9)', group: SOCIETY, kind: 'at_most', min: null, max: 2.5, unit: '%', per: null, direction: 'decrease', note: null,
    });
    assert.equal(pick(list, 'Số xã dưới 10 tiêu chí').kind, 'none_left');
    assert.deepEqual(pick(list, 'Số tiêu chí/xã'), {
      code: '(14)', group: SOCIETY, kind: 'point', min: 14, max: 14, unit: 'tiêu chí', per: null, direction: 'increase', note: null,
    });
  });

  test('uses the prefix before a colon and the "trong đó" in parentheses', () => {
    assert.deepEqual(
      list.filter((indicator) => indicator.code === '(18)').map((indicator) => [indicator.name, indicator.target?.min]),
      [
        ['Cán bộ lãnh đạo, quản lý từ phó phòng trở lên: Tỷ lệ có trình độ đại học', 100],
        ['Cán bộ lãnh đạo, quản lý từ phó phòng trở lên: Tỷ lệ có trình độ trên đại học', 40],
        ['Cán bộ lãnh đạo, quản lý từ phó phòng trở lên: Tỷ lệ được đào tạo lý luận chính trị, bồi dưỡng về quản lý nhà nước', 100],
        ['Cán bộ, công chức cấp xã: Tỷ lệ được đào tạo, bồi dưỡng chuyên môn, nghiệp vụ', 100],
        ['Cán bộ, công chức cấp xã: Tỷ lệ có trình độ trung cấp trở lên', 98],
        ['Cán bộ, công chức cấp xã: Tỷ lệ cán bộ chuyên trách được đào tạo, bồi dưỡng lý luận chính trị', 100],
        ['Cán bộ, công chức cấp xã: Tỷ lệ có trình độ trung cấp lý luận chính trị trở lên', 90],
      ],
    );
    assert.ok(list.filter((indicator) => indicator.code === '(18)').every((indicator) => indicator.group === PARTY));
  });

  test('takes the group from the headings, including "Hạ tầng thiết yếu, môi trường"', () => {
    assert.equal(pick(list, 'Tỷ lệ phòng nội trú được kiên cố hóa').group, ENVIRONMENT);
    assert.equal(pick(list, 'Tỷ lệ che phủ rừng').min, 45.5);
    assert.equal(pick(list, 'Thành lập tổ chức đảng trong doanh nghiệp tư nhân').group, PARTY);
  });
});

describe('documents without a target list', () => {
  test('seed 002, a mid-term report, yields nothing: its "Kết quả thực hiện các chỉ tiêu chủ yếu" is results', () => {
    assert.deepEqual(seed('002_5820d9dead76922e.txt', 2025), []);
  });

  test('seed 003, an implementation plan, yields nothing', () => {
    assert.deepEqual(seed('003_0f4b79719d295773.txt', 2030), []);
  });

  test('an inline list of results is not a list of targets', () => {
    const text = 'Năm 2023, tỉnh thực hiện đạt 12 chỉ tiêu, trong đó: GRDP tăng 8,2%; thu ngân sách đạt 3.100 tỷ đồng.';
    assert.deepEqual(extractTargetLists(linesOf(text)), []);
  });
});

describe('other layouts', () => {
  test('"a) Về ...:" groups with "- " bullets, under a "MỤC TIÊU, CHỈ TIÊU" section', () => {
    const text = [
      'III. MỤC TIÊU, CHỈ TIÊU',
      '1. Mục tiêu tổng quát',
      'Xây dựng tỉnh phát triển nhanh và bền vững.',
      '2. Các chỉ tiêu cụ thể đến năm 2030',
      'a) Về kinh tế:',
      '- Tốc độ tăng trưởng kinh tế (GRDP) bình quân 8,5%/năm.',
      '- Tỷ trọng công nghiệp - xây dựng chiếm 40% GRDP.',
      'b) Về xã hội:',
      '- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.',
      'c) Về môi trường:',
      '- Duy trì tỷ lệ che phủ rừng 42%.',
      'IV. NHIỆM VỤ VÀ GIẢI PHÁP',
      '- Tăng trưởng 10% mỗi năm.',
    ].join('\n');
    const list = extractTargetLists(linesOf(text));
    assert.deepEqual(
      list.map((indicator) => [indicator.line, indicator.group, indicator.name, indicator.target?.kind, indicator.target?.min, indicator.direction]),
      [
        [6, ECONOMY, 'Tốc độ tăng trưởng kinh tế (GRDP)', 'point', 8.5, 'increase'],
        [7, ECONOMY, 'Tỷ trọng công nghiệp - xây dựng', 'point', 40, 'structure'],
        [9, SOCIETY, 'Tỷ lệ hộ nghèo', 'change', 1.5, 'decrease'],
        [11, ENVIRONMENT, 'Tỷ lệ che phủ rừng', 'maintain', 42, 'increase'],
      ],
    );
    assert.equal(list[0]?.target?.year, null);
  });

  test('an unlabelled heading with bullets ends where the bullets stop', () => {
    const text = [
      'Các chỉ tiêu chủ yếu:',
      '- Tốc độ tăng trưởng GRDP đạt 7 - 7,5%/năm;',
      '- Kết nạp mới 500 đảng viên/năm;',
      '- 100% xã đạt chuẩn nông thôn mới.',
      'Để đạt các mục tiêu trên, cần thực hiện các giải pháp sau:',
      '- Hoàn thành 5 công trình.',
    ].join('\n');
    const list = extractTargetLists(linesOf(text), { termEndYear: 2030 });
    assert.deepEqual(
      list.map((indicator) => [indicator.group, indicator.name, indicator.target?.kind, indicator.target?.min, indicator.target?.max, indicator.unit, indicator.target?.per]),
      [
        [ECONOMY, 'Tốc độ tăng trưởng GRDP', 'range', 7, 7.5, '%', 'year'],
        [PARTY, 'Kết nạp mới đảng viên', 'point', 500, 500, 'đảng viên', 'year'],
        [SOCIETY, 'Tỷ lệ xã đạt chuẩn nông thôn mới', 'point', 100, 100, '%', null],
      ],
    );
  });

  test('a news sentence announcing targets inline', () => {
    const text = [
      'Đại hội đã thông qua Nghị quyết nhiệm kỳ 2025 - 2030.',
      'Nghị quyết đề ra 15 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng kinh tế bình quân 8%/năm; GRDP bình quân đầu người đến năm 2030 đạt 150 triệu đồng; tỷ lệ đô thị hóa đạt 45%; không còn hộ nghèo. Đại hội cũng bầu Ban Chấp hành.',
    ].join('\n');
    const list = extractTargetLists(linesOf(text), { termEndYear: 2030 });
    assert.deepEqual(
      list.map((indicator) => [indicator.line, indicator.group, indicator.name, indicator.target?.kind, indicator.target?.min, indicator.target?.max]),
      [
        [2, ECONOMY, 'Tốc độ tăng trưởng kinh tế', 'point', 8, 8],
        [2, ECONOMY, 'GRDP bình quân đầu người', 'point', 150, 150],
        [2, ECONOMY, 'Tỷ lệ đô thị hóa', 'point', 45, 45],
        [2, SOCIETY, 'Số hộ nghèo', 'none_left', null, 0],
      ],
    );
    assert.equal(list[1]?.target?.year, 2030);
  });
});

describe('any input', () => {
  const fragments = fc.constantFrom(
    '2. Các chỉ tiêu chủ yếu đến năm 2030', 'II- MỤC TIÊU, CHỈ TIÊU', 'Các chỉ tiêu chủ yếu:', '2.1. Về kinh tế', 'a) Về xã hội:',
    '(1)', '1.', '- ', '+ ', 'Tỷ lệ', 'đạt', 'trên', 'dưới', 'khoảng', 'từ', 'xuống còn', 'không còn', 'trong đó:', 'riêng',
    '5%', '9-10%/năm', '1.000', 'tỷ đồng', 'bác sỹ/1vạn dân', 'năm 2025', 'dưới 5 tuổi', '(tương đương 2.600 USD)', '(trong đó',
    ')', ',', ';', '.', ':', 'hộ gia đình', 'xã', 'Cơ cấu kinh tế:', 'III- NHIỆM VỤ', '\n', '\n', '\n',
  );
  const documents = fc.oneof(fc.string({ maxLength: 400 }), fc.array(fragments, { maxLength: 80 }).map((parts) => parts.join(' ')));

  test('never throws, and every indicator points at one of the input lines', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const lines = linesOf(text);
        for (const indicator of extractTargetLists(lines, { termEndYear: 2030 })) {
          assert.ok(indicator.line >= 1 && indicator.line <= lines.length);
          assert.equal(indicator.source, 'target_list');
          assert.equal(indicator.name, indicator.name.trim());
          assert.notEqual(indicator.name, '');
          assert.ok(indicator.target !== null && indicator.target.text.trim() !== '');
        }
      }),
      { numRuns: 300 },
    );
  });
});
