/**
 * Hand-written consultation report data for tests: our own invented draft "Dự thảo Báo cáo
 * chính trị Đại hội Đảng bộ Tỉnh Mẫu", open from 08:00 on 01/12/2026 to 17:00 on 20/12/2026
 * (Vietnam time). The synthesis has the whole draft, sections on two levels and two targets,
 * main points (one with a reason), duplicate groups and campaigns, and localities: the
 * province, a district with two communes, a ward and a commune, and comments without a
 * locality. The disposition data answers seven subjects in all three ways, three pending.
 * The overall counts are the sum of the units'. A fresh object on every call.
 */
import type { StanceTally } from '../../domain/consultation/locality-rollup.ts';
import { CHANNELS, RESPONDENT_TYPES, STANCES } from '../../domain/consultation/types.ts';
import type {
  ConsultationReportInfo, DispositionReportData, LocalityRow, ReportMainPoint, ReportUnit, SynthesisReportData, SynthesisUnit, UnitCounts,
} from '../consultation-model.ts';
import type { DocumentHeader } from '../model.ts';

/** The report's header block: the Provincial Party Committee of "Tỉnh Mẫu", dated the day after the close. */
export function sampleConsultationHeader(): DocumentHeader {
  return { layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH MẪU', issuer: 'TỈNH ỦY', number: '25-BC/TU', place: 'Mẫu', date: '2026-12-21' };
}

function consultation(): ConsultationReportInfo {
  return {
    title: 'Lấy ý kiến vào dự thảo Báo cáo chính trị',
    draftTitle: 'Dự thảo Báo cáo chính trị Đại hội Đảng bộ Tỉnh Mẫu',
    organisationName: 'Tỉnh Mẫu',
    opensAt: '2026-12-01T01:00:00.000Z',
    closesAt: '2026-12-20T10:00:00.000Z',
    closedAt: null,
    asOf: '2026-12-21',
  };
}

/**
 * Counts of a unit: total and comments, stances [agree, disagree, partly], respondent types
 * [party_member, citizen, business, organisation, other], channels [online, meeting, paper, import].
 */
function counts(total: number, comments: number, s: number[], r: number[], c: number[]): UnitCounts {
  const at = (list: number[], i: number) => list[i] ?? 0;
  return {
    total,
    comments,
    byStance: { agree: at(s, 0), disagree: at(s, 1), partly: at(s, 2) },
    byRespondentType: { party_member: at(r, 0), citizen: at(r, 1), business: at(r, 2), organisation: at(r, 3), other: at(r, 4) },
    byChannel: { online: at(c, 0), meeting: at(c, 1), paper: at(c, 2), import: at(c, 3) },
  };
}

function point(clusterId: string, text: string, stances: [number, number, number], reason: string | null = null): ReportMainPoint {
  const [agree, disagree, partly] = stances;
  return { clusterId, size: agree + disagree + partly, byStance: { agree, disagree, partly }, representativeText: text, representativeReason: reason };
}

const DRAFT: ReportUnit = { kind: 'draft' };
const PART_ONE: ReportUnit = { kind: 'section', sectionId: 's1', label: 'Phần thứ nhất', title: 'Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020-2025', level: 1 };
const ECONOMY: ReportUnit = { kind: 'section', sectionId: 's1-1', label: 'I-', title: 'Về phát triển kinh tế', level: 2 };
const PART_TWO: ReportUnit = { kind: 'section', sectionId: 's2', label: 'Phần thứ hai', title: 'Phương hướng, mục tiêu, nhiệm vụ nhiệm kỳ 2025-2030', level: 1 };
const TARGETS: ReportUnit = { kind: 'section', sectionId: 's2-2', label: '2.', title: 'Các chỉ tiêu chủ yếu', level: 2 };
const GROWTH: ReportUnit = { kind: 'indicator', indicatorId: 'i1', code: 'KT-01', name: 'Tốc độ tăng trưởng GRDP bình quân' };
const POVERTY: ReportUnit = { kind: 'indicator', indicatorId: 'i2', code: null, name: 'Tỷ lệ hộ nghèo giảm bình quân' };

function units(): SynthesisUnit[] {
  return [
    {
      unit: DRAFT, counts: counts(12, 14, [8, 2, 2], [5, 4, 1, 1, 1], [8, 2, 2, 0]), unclustered: 6,
      mainPoints: [point('c1', 'Nhất trí cao với kết cấu và nội dung dự thảo, đề nghị giữ nguyên bố cục ba phần.', [6, 0, 0])],
    },
    {
      unit: PART_ONE, counts: counts(20, 23, [11, 4, 5], [8, 7, 2, 2, 1], [12, 5, 3, 0]), unclustered: 7,
      mainPoints: [
        point('c2', 'Đề nghị bổ sung đánh giá kết quả chuyển đổi số ở cấp xã', [5, 0, 4]),
        point('c3', 'Không tán thành nhận định kinh tế tăng trưởng khá', [0, 4, 0], 'Số liệu tăng trưởng năm 2024 thấp hơn mục tiêu.'),
      ],
    },
    {
      unit: ECONOMY, counts: counts(9, 9, [4, 1, 4], [3, 3, 2, 1, 0], [6, 2, 1, 0]), unclustered: 6,
      mainPoints: [point('c4', 'Cần làm rõ nguyên nhân tăng trưởng công nghiệp chậm', [0, 0, 3])],
    },
    {
      unit: PART_TWO, counts: counts(15, 18, [7, 3, 5], [6, 5, 2, 1, 1], [9, 3, 2, 1]), unclustered: 10,
      mainPoints: [point('c5', 'Đề nghị xác định phát triển du lịch cộng đồng là khâu đột phá', [2, 0, 3])],
    },
    { unit: TARGETS, counts: counts(4, 4, [3, 1, 0], [2, 1, 0, 1, 0], [3, 1, 0, 0]), unclustered: 4, mainPoints: [] },
    {
      unit: GROWTH, counts: counts(18, 20, [6, 9, 3], [4, 10, 3, 1, 0], [14, 2, 2, 0]), unclustered: 6,
      mainPoints: [point('c6', 'Đề nghị điều chỉnh mục tiêu tăng trưởng GRDP xuống 7-7,5%/năm', [0, 9, 3])],
    },
    {
      unit: POVERTY, counts: counts(6, 6, [5, 0, 1], [1, 4, 0, 0, 1], [4, 2, 0, 0]), unclustered: 4,
      mainPoints: [point('c7', 'Giữ mục tiêu giảm 2-3%/năm', [2, 0, 0])],
    },
  ];
}

/** The sum of the units' counts: every comment belongs to one unit. */
function overall(list: readonly SynthesisUnit[]): UnitCounts {
  const sum = counts(0, 0, [], [], []);
  for (const { counts: c } of list) {
    sum.total += c.total;
    sum.comments += c.comments;
    for (const key of STANCES) sum.byStance[key] += c.byStance[key];
    for (const key of RESPONDENT_TYPES) sum.byRespondentType[key] += c.byRespondentType[key];
    for (const key of CHANNELS) sum.byChannel[key] += c.byChannel[key];
  }
  return sum;
}

const tally = (agree: number, disagree: number, partly: number, unspecified = 0): StanceTally => ({ agree, disagree, partly, unspecified });

function localities(): LocalityRow[] {
  const row = (localityId: string, name: string, level: number, own: StanceTally, total: StanceTally = own): LocalityRow => ({ localityId, name, level, own, total });
  return [
    row('p1', 'Tỉnh Mẫu', 0, tally(7, 5, 4), tally(32, 13, 13, 6)),
    row('d1', 'Huyện Mẫu Sơn', 1, tally(1, 0, 0), tally(9, 2, 2, 6)),
    row('c1', 'Xã Mẫu Sơn', 2, tally(5, 1, 2)),
    row('c2', 'Xã Bản Mẫu', 2, tally(3, 1, 0, 6)),
    row('w1', 'Phường Đông Mẫu', 1, tally(10, 4, 3)),
    row('c3', 'Xã Tân Mẫu', 1, tally(6, 2, 4)),
  ];
}

/**
 * The synthesis: 84 comments counted (94 given; 5 duplicate groups of 15 comments, 3 of them
 * campaigns of 9 comments), 44 agree, 20 disagree, 20 partly; localities total 64 plus 26 unplaced.
 */
export function sampleSynthesisData(): SynthesisReportData {
  const list = units();
  return {
    header: sampleConsultationHeader(),
    consultation: consultation(),
    overall: overall(list),
    campaigns: { groups: 3, comments: 9 },
    duplicateGroups: { groups: 5, comments: 15 },
    units: list,
    localities: localities(),
    unplaced: tally(12, 7, 7),
  };
}

/** The disposition report: 7 subjects — 4 tiếp thu, 2 giải trình, 1 không tiếp thu — and 3 pending; the revised draft named. */
export function sampleDispositionData(): DispositionReportData {
  const economy = { label: 'I-', title: 'Về phát triển kinh tế' };
  return {
    header: sampleConsultationHeader(),
    consultation: consultation(),
    revisedDraftTitle: 'Dự thảo Báo cáo chính trị Đại hội Đảng bộ Tỉnh Mẫu (bản chỉnh sửa lần 2)',
    pending: 3,
    rows: [
      {
        unit: DRAFT, subject: { kind: 'comment', id: 'k101' }, size: 1, text: 'Đề nghị rút gọn dung lượng dự thảo, tránh trùng lặp giữa các phần.',
        kind: 'accepted', note: 'Đã rà soát, lược bớt các nội dung trùng lặp giữa Phần thứ nhất và Phần thứ hai.', changedSection: null,
      },
      {
        unit: PART_ONE, subject: { kind: 'cluster', id: 'c2' }, size: 9, text: 'Đề nghị bổ sung đánh giá kết quả chuyển đổi số ở cấp xã',
        kind: 'accepted', note: 'Đã bổ sung đánh giá về chuyển đổi số cấp xã.', changedSection: economy,
      },
      {
        unit: PART_ONE, subject: { kind: 'cluster', id: 'c3' }, size: 4, text: 'Không tán thành nhận định kinh tế tăng trưởng khá',
        kind: 'explained', note: 'Nhận định dựa trên số liệu ước thực hiện cả nhiệm kỳ; tăng trưởng bình quân vẫn đạt mục tiêu.', changedSection: null,
      },
      {
        unit: ECONOMY, subject: { kind: 'cluster', id: 'c4' }, size: 3, text: 'Cần làm rõ nguyên nhân tăng trưởng công nghiệp chậm',
        kind: 'accepted', note: 'Đã bổ sung nguyên nhân khách quan và chủ quan.', changedSection: economy,
      },
      {
        unit: GROWTH, subject: { kind: 'cluster', id: 'c6' }, size: 12, text: 'Đề nghị điều chỉnh mục tiêu tăng trưởng GRDP xuống 7-7,5%/năm',
        kind: 'not_accepted', note: 'Giữ mục tiêu 8%/năm theo định hướng phát triển của tỉnh.', changedSection: null,
      },
      {
        unit: GROWTH, subject: { kind: 'comment', id: 'k202' }, size: 1, text: 'Đề nghị bổ sung chỉ tiêu GRDP bình quân đầu người',
        kind: 'explained', note: 'Chỉ tiêu đã có tại mục Các chỉ tiêu chủ yếu.', changedSection: null,
      },
      {
        unit: POVERTY, subject: { kind: 'cluster', id: 'c7' }, size: 2, text: 'Giữ mục tiêu giảm 2-3%/năm',
        kind: 'accepted', note: 'Giữ nguyên mục tiêu, bổ sung giải pháp giảm nghèo bền vững.', changedSection: { label: '2.', title: 'Các chỉ tiêu chủ yếu' },
      },
    ],
  };
}
