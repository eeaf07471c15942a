/**
 * The synthesis of a consultation ("Báo cáo tổng hợp ý kiến góp ý vào dự thảo …"), landscape:
 * the consultation period under the title; sentences counting the comments by stance (duplicate
 * groups once, with percentages), the identical campaigns and the duplicate groups; per unit of
 * the draft its main points; then two tables — the counts per unit (by stance and respondent
 * type) and the bottom-up counts by locality. Counted from the report data only, so the
 * sentences and the tables say the same.
 */
import { formatVietnamMoment } from '../domain/consultation/consultation-window.ts';
import type { StanceTally } from '../domain/consultation/locality-rollup.ts';
import { RESPONDENT_TYPES, STANCES } from '../domain/consultation/types.ts';
import type { Stance } from '../domain/consultation/types.ts';
import { formatVnNumber } from '../domain/vn-number.ts';
import {
  CONSULTATION_REPORT_FILE_STEM, REPORT_UNIT_TEXT, RESPONDENT_TYPE_WORD, STANCE_WORD, SYNTHESIS_RECORD_TITLE, SYNTHESIS_TABLE_HEADING,
  SYNTHESIS_TABLE_TEXT, SYNTHESIS_TEXT, SYNTHESIS_TITLE,
  reportUnitText,
} from '../domain/vocabulary/index.ts';
import type { ConsultationReportInfo, LocalityRow, ReportMainPoint, ReportUnit, SynthesisReportData, SynthesisUnit, UnitCounts } from './consultation-model.ts';
import type { RecordSet } from './csv.ts';
import type { Cell, Column, ColumnGroup, Paragraph, ReportDocument, ReportTable, TableRow } from './model.ts';
import { countWord } from './summary.ts';

const count = (value: number): Cell => ({ kind: 'number', value, decimals: 0 });
const text = (value: string): Cell => ({ kind: 'text', text: value });
const numberColumn = (key: string, title: string, width = 10): Column => ({ key, title, width, align: 'right' });

/** How a unit is named in a table cell or a heading (the vocabulary's `reportUnitText`). */
export const unitText = (unit: ReportUnit): string => reportUnitText(unit);

/** "(Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026)", in Vietnam time; an early close is said. */
export function periodSubtitle(consultation: ConsultationReportInfo): string {
  const { opensAt, closesAt, closedAt } = consultation;
  const early = closedAt !== null && Date.parse(closedAt) < Date.parse(closesAt);
  return SYNTHESIS_TITLE.period({
    opens: formatVietnamMoment(opensAt),
    closes: formatVietnamMoment(closesAt),
    closedEarly: early ? formatVietnamMoment(closedAt) : null,
  });
}

/** A share of `total` in percent with one decimal, written "12,8". */
function percentText(part: number, total: number): string {
  return formatVnNumber(total === 0 ? 0 : (part / total) * 100, { decimals: 1 });
}

/** The counting sentence: every comment (duplicate groups once), then by stance with its share. */
export function countsSentence(overall: UnitCounts): string {
  if (overall.total === 0) return SYNTHESIS_TEXT.none;
  const parts = STANCES.filter((stance) => overall.byStance[stance] > 0)
    .map((stance) => SYNTHESIS_TEXT.countPart(countWord(overall.byStance[stance]), STANCE_WORD[stance], percentText(overall.byStance[stance], overall.total)));
  const comments = overall.comments > overall.total ? countWord(overall.comments) : null;
  return SYNTHESIS_TEXT.counts(countWord(overall.total), comments, parts);
}

/** "Tán thành 08, Không tán thành 03": the stances a main point holds. */
function stanceParts(byStance: Record<Stance, number>): string[] {
  return STANCES.filter((stance) => byStance[stance] > 0).map((stance) => SYNTHESIS_TEXT.stancePart(STANCE_WORD[stance], countWord(byStance[stance])));
}

/** A main point as a list paragraph. */
export function mainPointText(point: ReportMainPoint): string {
  return SYNTHESIS_TEXT.mainPoint(point.representativeText, point.representativeReason, countWord(point.size), stanceParts(point.byStance));
}

/** The narrative: the three counting sentences, then per unit with main points its heading and list. */
export function synthesisParagraphs(data: SynthesisReportData): Paragraph[] {
  const paragraphs: Paragraph[] = [
    { text: countsSentence(data.overall) },
    {
      text: data.campaigns.groups > 0
        ? SYNTHESIS_TEXT.campaigns(countWord(data.campaigns.comments), countWord(data.campaigns.groups))
        : SYNTHESIS_TEXT.noCampaigns,
    },
    {
      text: data.duplicateGroups.groups > 0
        ? SYNTHESIS_TEXT.duplicates(countWord(data.duplicateGroups.groups), countWord(data.duplicateGroups.comments))
        : SYNTHESIS_TEXT.noDuplicates,
    },
  ];
  const withPoints = data.units.filter((unit) => unit.mainPoints.length > 0);
  if (withPoints.length > 0) paragraphs.push({ text: SYNTHESIS_TEXT.mainPointsIntro });
  for (const unit of withPoints) {
    paragraphs.push({ text: unitText(unit.unit), style: 'heading' });
    for (const point of unit.mainPoints) paragraphs.push({ text: mainPointText(point), style: 'list' });
    if (unit.unclustered > 0) paragraphs.push({ text: SYNTHESIS_TEXT.unclustered(countWord(unit.unclustered)) });
  }
  return paragraphs;
}

const UNIT_COLUMNS: (Column | ColumnGroup)[] = [
  { key: 'number', title: SYNTHESIS_TABLE_HEADING.number, width: 5, align: 'center' },
  { key: 'unit', title: SYNTHESIS_TABLE_HEADING.unit, width: 38, align: 'left' },
  numberColumn('total', SYNTHESIS_TABLE_HEADING.total),
  { title: SYNTHESIS_TABLE_HEADING.byStance, columns: STANCES.map((stance) => numberColumn(stance, STANCE_WORD[stance])) },
  { title: SYNTHESIS_TABLE_HEADING.byRespondentType, columns: RESPONDENT_TYPES.map((type) => numberColumn(type, RESPONDENT_TYPE_WORD[type])) },
];

/** The figures of a row of table 1. */
function countCells(counts: UnitCounts): Record<string, Cell> {
  const cells: Record<string, Cell> = { total: count(counts.total) };
  for (const stance of STANCES) cells[stance] = count(counts.byStance[stance]);
  for (const type of RESPONDENT_TYPES) cells[type] = count(counts.byRespondentType[type]);
  return cells;
}

/** Table 1: one row per unit (sections below the top level indented), numbered 1, 2, …, then the total. */
export function unitsTable(data: SynthesisReportData): ReportTable {
  const rows: TableRow[] = data.units.map((unit, index) => ({
    kind: unit.unit.kind === 'section' && unit.unit.level > 1 ? 'component' : 'item',
    cells: { number: text(String(index + 1)), unit: text(unitText(unit.unit)), ...countCells(unit.counts) },
  }));
  rows.push({ kind: 'subtotal', cells: { unit: text(SYNTHESIS_TABLE_TEXT.total), ...countCells(data.overall) } });
  return { caption: SYNTHESIS_TABLE_TEXT.unitsCaption, columns: UNIT_COLUMNS, rows };
}

const LOCALITY_COLUMNS: (Column | ColumnGroup)[] = [
  { key: 'locality', title: SYNTHESIS_TABLE_HEADING.locality, width: 30, align: 'left' },
  numberColumn('own', SYNTHESIS_TABLE_HEADING.own, 12),
  numberColumn('areaTotal', SYNTHESIS_TABLE_HEADING.areaTotal, 12),
  {
    title: SYNTHESIS_TABLE_HEADING.ofWhich,
    columns: [...STANCES.map((stance) => numberColumn(stance, STANCE_WORD[stance], 11)), numberColumn('unspecified', SYNTHESIS_TABLE_HEADING.unspecified, 11)],
  },
];

const tallySum = (tally: StanceTally): number => tally.agree + tally.disagree + tally.partly + tally.unspecified;
const addTally = (a: StanceTally, b: StanceTally): StanceTally => ({
  agree: a.agree + b.agree, disagree: a.disagree + b.disagree, partly: a.partly + b.partly, unspecified: a.unspecified + b.unspecified,
});

function localityCells(name: string, own: StanceTally, total: StanceTally): Record<string, Cell> {
  return {
    locality: text(name), own: count(tallySum(own)), areaTotal: count(tallySum(total)),
    agree: count(total.agree), disagree: count(total.disagree), partly: count(total.partly), unspecified: count(total.unspecified),
  };
}

/** A locality's row: provinces bold, the localities below indented ("- " before the third level and deeper). */
function localityRow(row: LocalityRow): TableRow {
  if (row.level <= 0) return { kind: 'subtotal', cells: localityCells(row.name, row.own, row.total) };
  return { kind: 'component', cells: localityCells(row.level > 1 ? `- ${row.name}` : row.name, row.own, row.total) };
}

/** Table 2: the bottom-up counts by locality, the comments without one, and the total of the provinces and those; null when there is nothing to count. */
export function localitiesTable(data: SynthesisReportData): ReportTable | null {
  const unplaced = tallySum(data.unplaced) > 0;
  if (data.localities.length === 0 && !unplaced) return null;
  const rows = data.localities.map(localityRow);
  if (unplaced) rows.push({ kind: 'item', cells: localityCells(SYNTHESIS_TABLE_TEXT.unplaced, data.unplaced, data.unplaced) });
  const zero: StanceTally = { agree: 0, disagree: 0, partly: 0, unspecified: 0 };
  const roots = data.localities.filter((row) => row.level <= 0);
  const total = [...roots.map((row) => row.total), data.unplaced].reduce(addTally, zero);
  const own = [...data.localities.map((row) => row.own), data.unplaced].reduce(addTally, zero);
  rows.push({ kind: 'subtotal', cells: localityCells(SYNTHESIS_TABLE_TEXT.total, own, total) });
  return { caption: SYNTHESIS_TABLE_TEXT.localitiesCaption, columns: LOCALITY_COLUMNS, rows };
}

/** The synthesis report, landscape (table 1 has eleven columns). */
export function synthesisDocument(data: SynthesisReportData): ReportDocument {
  const localities = localitiesTable(data);
  return {
    fileStem: CONSULTATION_REPORT_FILE_STEM.synthesis(data.consultation.asOf),
    header: data.header,
    kindLine: SYNTHESIS_TITLE.kind,
    title: [SYNTHESIS_TITLE.title, SYNTHESIS_TITLE.draft(data.consultation.draftTitle)],
    subtitle: periodSubtitle(data.consultation),
    paragraphs: synthesisParagraphs(data),
    tables: localities === null ? [unitsTable(data)] : [unitsTable(data), localities],
    notes: [],
    orientation: 'landscape',
  };
}

/** The unit's own columns of a record: kind, id, label or code, title or name, level. */
function unitRecord(unit: ReportUnit): { unit_kind: string; unit_id: string | null; label: string | null; title: string; level: number | null } {
  switch (unit.kind) {
    case 'draft':
      return { unit_kind: 'draft', unit_id: null, label: null, title: REPORT_UNIT_TEXT.draft, level: null };
    case 'section':
      return { unit_kind: 'section', unit_id: unit.sectionId, label: unit.label, title: unit.title, level: unit.level };
    case 'indicator':
      return { unit_kind: 'indicator', unit_id: unit.indicatorId, label: unit.code, title: unit.name, level: null };
  }
}

/** The synthesis as machine-readable rows: one per unit, in the table's order, with every count. */
export function synthesisRecords(data: SynthesisReportData): RecordSet {
  const columns = Object.entries(SYNTHESIS_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const rows = data.units.map((unit: SynthesisUnit) => {
    const { byStance, byRespondentType: by, byChannel } = unit.counts;
    return {
      ...unitRecord(unit.unit),
      total: unit.counts.total,
      comments: unit.counts.comments,
      agree: byStance.agree, disagree: byStance.disagree, partly: byStance.partly,
      party_member: by.party_member, citizen: by.citizen, business: by.business, organisation: by.organisation, other: by.other,
      online: byChannel.online, meeting: byChannel.meeting, paper: byChannel.paper, import: byChannel.import,
      main_points: unit.mainPoints.length,
      unclustered: unit.unclustered,
    } satisfies Record<keyof typeof SYNTHESIS_RECORD_TITLE, string | number | null>;
  });
  return { columns, rows };
}
