/**
 * Hand-written report data for tests: a made-up province, "Tỉnh Mẫu", with two as-of periods,
 * three groups, indicators with components, a parent with and one without its own figures,
 * text results and figures not reported (null). The counts in `summaries` are consistent with
 * the results, so a test can check that the narrative agrees with the table. Each function
 * returns a fresh object: a test may change it freely.
 */
import type { AppendixData, AppendixIndicator, DocumentHeader, OrganisationComparisonData, PeriodResult, TermComparisonData } from '../model.ts';
import type { StatusCode } from '../../domain/vocabulary/index.ts';
import { STATUS_WORD } from '../../domain/vocabulary/index.ts';

/** The two periods of the sample appendix, in order. */
export const SAMPLE_PERIOD_IDS = ['p-2021-2023', 'p-2020-2025'] as const;

/** The header block every sample report uses. */
export function sampleHeader(): DocumentHeader {
  return {
    layout: 'party',
    parentIssuer: 'ĐẢNG BỘ TỈNH MẪU',
    issuer: 'TỈNH ỦY',
    number: 'Số 12-BC/TU',
    place: 'Mẫu',
    date: '2023-11-03',
  };
}

/** A figure with its status; `percent` is the result as percent points of the target. */
function figure(periodId: string, value: number, decimals: number, status: StatusCode, percent: number | null = null): PeriodResult {
  return { periodId, value, valueText: null, decimals, percentOfTarget: percent, status, statusWord: STATUS_WORD[status], explanation: null };
}

function textResult(periodId: string, valueText: string, status: StatusCode): PeriodResult {
  return { periodId, value: null, valueText, decimals: 0, percentOfTarget: null, status, statusWord: STATUS_WORD[status], explanation: null };
}

function noResult(periodId: string): PeriodResult {
  return { periodId, value: null, valueText: null, decimals: 0, percentOfTarget: null, status: null, statusWord: null, explanation: null };
}

function indicator(
  id: string,
  number: string,
  name: string,
  unit: string | null,
  targetText: string | null,
  results: [PeriodResult, PeriodResult],
  extra: Partial<Pick<AppendixIndicator, 'parentId' | 'nextTargetText' | 'note'>> = {},
): AppendixIndicator {
  return { id, number, parentId: null, name, unit, targetText, results, nextTargetText: null, note: null, ...extra };
}

const [P1, P2] = SAMPLE_PERIOD_IDS;

/**
 * The sample appendix: 8 indicators and 4 components in 3 groups. Period 1 (interim): 01 Vượt,
 * 02 Đạt, 06 Chưa đạt, 02 not evaluated; period 2 (estimate of the term): 04 Vượt, 05 Đạt,
 * 02 Khó đạt. "Cơ cấu kinh tế" is a parent without figures of its own (not counted);
 * "Giảm tỷ lệ hộ nghèo bình quân" is a parent with its own figures.
 */
export function sampleAppendixData(): AppendixData {
  return {
    header: sampleHeader(),
    organisationName: 'Tỉnh Mẫu',
    congress: 'XIV',
    termStartYear: 2020,
    termEndYear: 2025,
    periods: [
      { id: P1, label: 'Ước thực hiện giai đoạn 2021-2023', startYear: 2021, endYear: 2023 },
      { id: P2, label: 'Ước thực hiện giai đoạn 2020-2025', startYear: 2020, endYear: 2025 },
    ],
    groups: [
      {
        numeral: 'I',
        name: 'Các chỉ tiêu về kinh tế',
        indicators: [
          indicator('i-grdp', '1', 'Tốc độ tăng trưởng GRDP bình quân', '%', '8-9', [figure(P1, 5.2, 1, 'not_yet'), figure(P2, 6.1, 1, 'at_risk')], {
            nextTargetText: '8',
          }),
          indicator('i-grdp-pc', '2', 'GRDP bình quân đầu người', 'Triệu đồng', '70', [
            figure(P1, 52.5, 1, 'not_yet', 75),
            figure(P2, 71.4, 1, 'exceeded', 102),
          ], { nextTargetText: '120' }),
          indicator('i-structure', '3', 'Cơ cấu kinh tế', null, null, [noResult(P1), noResult(P2)]),
          indicator('c-agri', '+', 'Nông, lâm nghiệp, thủy sản', '%', '14,5', [figure(P1, 16.2, 1, 'not_yet'), figure(P2, 14.3, 1, 'achieved')], {
            parentId: 'i-structure',
          }),
          indicator('c-ind', '+', 'Công nghiệp, xây dựng', '%', '40,0', [figure(P1, 37.1, 1, 'not_yet'), figure(P2, 40.2, 1, 'achieved')], {
            parentId: 'i-structure',
          }),
          indicator('c-serv', '+', 'Dịch vụ', '%', '38,0', [figure(P1, 39.0, 1, 'exceeded'), figure(P2, 38.1, 1, 'achieved')], {
            parentId: 'i-structure',
          }),
        ],
      },
      {
        numeral: 'II',
        name: 'Các chỉ tiêu về văn hóa - xã hội',
        indicators: [
          indicator('i-poverty', '4', 'Giảm tỷ lệ hộ nghèo bình quân', '%/năm', '3-4', [figure(P1, 3.5, 1, 'achieved'), figure(P2, 4.6, 1, 'exceeded')], {
            note: 'Theo chuẩn nghèo đa chiều giai đoạn 2022-2025',
          }),
          indicator('c-poverty-district', '-', 'Số huyện thoát nghèo', 'Huyện', '2', [noResult(P1), figure(P2, 2, 0, 'achieved', 100)], {
            parentId: 'i-poverty',
          }),
          indicator('i-school', '5', 'Tỷ lệ trường đạt chuẩn quốc gia', '%', '>60', [
            figure(P1, 55.0, 1, 'not_yet', 91.66666666666667),
            figure(P2, 62.0, 1, 'exceeded', 103.33333333333333),
          ]),
          indicator('i-preschool', '6', 'Phổ cập giáo dục mầm non cho trẻ 5 tuổi', null, 'Duy trì', [
            textResult(P1, 'Duy trì', 'achieved'),
            textResult(P2, 'Hoàn thành', 'achieved'),
          ]),
        ],
      },
      {
        numeral: 'III',
        name: 'Các chỉ tiêu về môi trường',
        indicators: [
          indicator('i-forest', '7', 'Tỷ lệ che phủ rừng', '%', '50,5', [
            figure(P1, 49.8, 1, 'not_yet', 98.61386138613861),
            figure(P2, 50.7, 1, 'exceeded', 100.39603960396039),
          ], { nextTargetText: '51,0' }),
          indicator('i-waste', '8', 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý', '%', '>90', [
            noResult(P1),
            figure(P2, 88.0, 1, 'at_risk', 97.77777777777777),
          ]),
        ],
      },
    ],
    showNextTarget: true,
    showNote: true,
    summaries: [
      {
        periodId: P1,
        groups: 3,
        indicators: 8,
        components: 4,
        counts: [
          { status: 'exceeded', word: 'Vượt', count: 1 },
          { status: 'achieved', word: 'Đạt', count: 2 },
          { status: 'not_yet', word: 'Chưa đạt', count: 6 },
          { status: null, word: 'Chưa đánh giá', count: 2 },
        ],
        sentence: 'có 01 chỉ tiêu vượt, 02 chỉ tiêu đạt, 06 chỉ tiêu chưa đạt, 02 chỉ tiêu chưa đánh giá được',
        atRisk: [],
      },
      {
        periodId: P2,
        groups: 3,
        indicators: 8,
        components: 4,
        counts: [
          { status: 'exceeded', word: 'Vượt', count: 4 },
          { status: 'achieved', word: 'Đạt', count: 5 },
          { status: 'at_risk', word: 'Khó đạt', count: 2 },
        ],
        sentence: 'có 04 chỉ tiêu vượt, 05 chỉ tiêu đạt, 02 chỉ tiêu khó đạt',
        atRisk: [
          { name: 'Tốc độ tăng trưởng GRDP bình quân', figure: '6,1%', targetText: '8-9%', statusWord: 'Khó đạt' },
          { name: 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý', figure: '88,0%', targetText: '>90%', statusWord: 'Khó đạt' },
        ],
      },
    ],
    disagreements: [
      'Tỷ lệ che phủ rừng, Ước thực hiện giai đoạn 2021-2023: báo cáo ghi "Đạt", kết quả 49,8% thấp hơn mục tiêu 50,5% nên đánh giá là Chưa đạt.',
      'Dịch vụ, Ước thực hiện giai đoạn 2020-2025: báo cáo ghi "Vượt", kết quả 38,1% nằm trong mục tiêu 38,0% ± 0,5 điểm nên đánh giá là Đạt.',
    ],
  };
}

/**
 * The sample term comparison: XIV (2020-2025) results against the XV (2025-2030) targets, in
 * three groups, with one unchanged target, a text result, a new indicator without a previous
 * term and one row without a group.
 */
export function sampleTermComparisonData(): TermComparisonData {
  const result = (value: number, decimals: number) => ({ value, valueText: null, decimals });
  return {
    header: sampleHeader(),
    organisationName: 'Tỉnh Mẫu',
    previousTerm: { congress: 'XIV', startYear: 2020, endYear: 2025 },
    currentTerm: { congress: 'XV', startYear: 2025, endYear: 2030 },
    previousPeriodLabel: 'Ước thực hiện giai đoạn 2020-2025',
    rows: [
      {
        groupName: 'Các chỉ tiêu về kinh tế', name: 'Tốc độ tăng trưởng GRDP bình quân', unit: '%',
        previousTargetText: '8-9', previousResult: result(6.1, 1), previousStatus: 'at_risk', previousStatusWord: 'Khó đạt',
        currentTargetText: '8', nextTargetText: null, changed: true,
      },
      {
        groupName: 'Các chỉ tiêu về kinh tế', name: 'GRDP bình quân đầu người', unit: 'Triệu đồng',
        previousTargetText: '70', previousResult: result(71.4, 1), previousStatus: 'exceeded', previousStatusWord: 'Vượt',
        currentTargetText: '120', nextTargetText: '≥ 180', changed: true,
      },
      {
        groupName: 'Các chỉ tiêu về văn hóa - xã hội', name: 'Giảm tỷ lệ hộ nghèo bình quân', unit: '%/năm',
        previousTargetText: '3-4', previousResult: result(4.6, 1), previousStatus: 'exceeded', previousStatusWord: 'Vượt',
        currentTargetText: '3-4', nextTargetText: null, changed: false,
      },
      {
        groupName: 'Các chỉ tiêu về văn hóa - xã hội', name: 'Phổ cập giáo dục mầm non cho trẻ 5 tuổi', unit: null,
        previousTargetText: 'Duy trì', previousResult: { value: null, valueText: 'Hoàn thành', decimals: 0 },
        previousStatus: 'achieved', previousStatusWord: 'Đạt', currentTargetText: 'Duy trì', nextTargetText: null, changed: false,
      },
      {
        groupName: 'Các chỉ tiêu về văn hóa - xã hội', name: 'Tỷ lệ dân số trưởng thành dùng dịch vụ công trực tuyến', unit: '%',
        previousTargetText: null, previousResult: null, previousStatus: null, previousStatusWord: null,
        currentTargetText: '≥ 70', nextTargetText: null, changed: true,
      },
      {
        groupName: 'Các chỉ tiêu về môi trường', name: 'Tỷ lệ che phủ rừng', unit: '%',
        previousTargetText: '50,5', previousResult: result(50.7, 1), previousStatus: 'exceeded', previousStatusWord: 'Vượt',
        currentTargetText: '51,0', nextTargetText: null, changed: true,
      },
      {
        groupName: 'Các chỉ tiêu về môi trường', name: 'Tỷ lệ chất thải rắn đô thị được thu gom, xử lý', unit: '%',
        previousTargetText: '>90', previousResult: result(88.0, 1), previousStatus: 'at_risk', previousStatusWord: 'Khó đạt',
        currentTargetText: '>95', nextTargetText: null, changed: true,
      },
      {
        groupName: null, name: 'Số tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ', unit: '%',
        previousTargetText: '≥ 80', previousResult: result(86, 0), previousStatus: 'exceeded', previousStatusWord: 'Vượt',
        currentTargetText: '≥ 80', nextTargetText: null, changed: false,
      },
    ],
  };
}

/**
 * The sample organisation comparison: Tỉnh Mẫu against a second made-up province, "Tỉnh Bên",
 * five matched indicators; Tỉnh Bên has no indicator for trained labour (all its entries null).
 */
export function sampleOrganisationComparisonData(): OrganisationComparisonData {
  const entry = (indicatorName: string | null, targetText: string | null, value: number | null, decimals: number, status: StatusCode | null) => ({
    indicatorName, targetText, value, valueText: null, decimals, status, statusWord: status === null ? null : STATUS_WORD[status],
  });
  return {
    header: sampleHeader(),
    organisations: [
      { id: 'org-mau', name: 'Tỉnh Mẫu', termLabel: '2020-2025', periodLabel: 'Ước thực hiện giai đoạn 2020-2025' },
      { id: 'org-ben', name: 'Tỉnh Bên', termLabel: '2020-2025', periodLabel: 'Ước thực hiện giai đoạn 2020-2025' },
    ],
    rows: [
      {
        name: 'Tốc độ tăng trưởng GRDP', unit: '%',
        entries: [entry('Tốc độ tăng trưởng GRDP bình quân', '8-9', 6.1, 1, 'at_risk'), entry('Tăng trưởng kinh tế (GRDP) bình quân', '7,5', 6.85, 2, 'at_risk')],
      },
      {
        name: 'GRDP bình quân đầu người', unit: 'Triệu đồng',
        entries: [entry('GRDP bình quân đầu người', '70', 71.4, 1, 'exceeded'), entry('GRDP bình quân đầu người', '60', 55, 0, 'at_risk')],
      },
      {
        name: 'Tỷ lệ che phủ rừng', unit: '%',
        entries: [entry('Tỷ lệ che phủ rừng', '50,5', 50.7, 1, 'exceeded'), entry('Tỷ lệ che phủ rừng', '44', 44.2, 1, 'achieved')],
      },
      {
        name: 'Giảm tỷ lệ hộ nghèo', unit: '%/năm',
        entries: [entry('Giảm tỷ lệ hộ nghèo bình quân', '3-4', 4.6, 1, 'exceeded'), {
          indicatorName: 'Tỷ lệ hộ nghèo giảm bình quân', targetText: '3', value: null, valueText: 'Trên 3', decimals: 0, status: null, statusWord: null,
        }],
      },
      {
        name: 'Tỷ lệ lao động qua đào tạo', unit: '%',
        entries: [entry('Tỷ lệ lao động qua đào tạo', '≥ 65', 66.3, 1, 'achieved'), entry(null, null, null, 0, null)],
      },
    ],
  };
}
