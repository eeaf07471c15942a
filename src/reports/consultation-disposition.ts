/**
 * The disposition report of a consultation ("Báo cáo tiếp thu, giải trình ý kiến góp ý vào dự
 * thảo …"), landscape: one sentence counting what the drafting team did (tiếp thu, giải trình,
 * không tiếp thu, and what is still pending), then the table: TT, Nội dung dự thảo, Ý kiến góp
 * ý, Hình thức xử lý, Nội dung tiếp thu, giải trình, Mục sửa đổi trong dự thảo mới. As offices
 * lay out such a table, group rows (I, II, III) separate the general comments on the whole
 * draft, those on its sections and those on its targets; within them the rows of one unit are
 * together and the unit is named once, on its first row, like a cell merged down. Answered
 * subjects are numbered 1, 2, … across the table. The sentence is counted from the same rows.
 */
import { DISPOSITION_KINDS, targetKey } from '../domain/consultation/types.ts';
import type { DispositionKind } from '../domain/consultation/types.ts';
import {
  CONSULTATION_REPORT_FILE_STEM, DISPOSITION_GROUP_TEXT, DISPOSITION_RECORD_TITLE, DISPOSITION_TABLE_HEADING, DISPOSITION_TEXT, DISPOSITION_TITLE, DISPOSITION_WORD,
  groupNumeral, REPORT_UNIT_TEXT,
} from '../domain/vocabulary/index.ts';
import type { DispositionReportData, DispositionRow, ReportUnit } from './consultation-model.ts';
import { unitText } from './consultation-synthesis.ts';
import type { RecordSet } from './csv.ts';
import type { Cell, Column, ReportDocument, ReportTable, TableRow } from './model.ts';
import { countWord } from './summary.ts';

const EMPTY: Cell = { kind: 'empty' };
const textCell = (value: string | null): Cell => (value === null || value.trim() === '' ? EMPTY : { kind: 'text', text: value });

const COLUMNS: Column[] = [
  { key: 'number', title: DISPOSITION_TABLE_HEADING.number, width: 5, align: 'center' },
  { key: 'unit', title: DISPOSITION_TABLE_HEADING.unit, width: 24, align: 'left' },
  { key: 'comment', title: DISPOSITION_TABLE_HEADING.comment, width: 36, align: 'left' },
  { key: 'kind', title: DISPOSITION_TABLE_HEADING.kind, width: 11, align: 'center' },
  { key: 'note', title: DISPOSITION_TABLE_HEADING.note, width: 32, align: 'left' },
  { key: 'changed', title: DISPOSITION_TABLE_HEADING.changed, width: 18, align: 'left' },
];


/** "Ý kiến góp ý": the text, with the number of comments when it stands for several ("… (12 ý kiến)"). */
export function subjectText(row: DispositionRow): string {
  return DISPOSITION_TEXT.subject(row.text, row.size > 1 ? countWord(row.size) : null);
}

/** "Mục sửa đổi trong dự thảo mới": the changed section's label and title, or null. */
function changedText(row: DispositionRow): string | null {
  return row.changedSection === null ? null : REPORT_UNIT_TEXT.section(row.changedSection.label, row.changedSection.title);
}

/** The answered subjects counted by disposition. */
export function countDispositions(rows: readonly DispositionRow[]): Record<DispositionKind, number> {
  const counts: Record<DispositionKind, number> = { accepted: 0, explained: 0, not_accepted: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}

/** "Đã xem xét 45 ý kiến, nhóm ý kiến: tiếp thu 20, giải trình 15, không tiếp thu 10; còn 03 chưa xử lý." */
export function dispositionSentence(data: DispositionReportData): string {
  const pending = data.pending > 0 ? countWord(data.pending) : null;
  if (data.rows.length === 0) return DISPOSITION_TEXT.none(pending);
  const counts = countDispositions(data.rows);
  const parts = DISPOSITION_KINDS.map((kind) => DISPOSITION_TEXT.countPart(DISPOSITION_WORD[kind], countWord(counts[kind])));
  return DISPOSITION_TEXT.counts(countWord(data.rows.length), parts, pending);
}

/**
 * The table: a group row (I, II, …) where the kind of unit changes (the whole draft, sections,
 * targets), the unit named on the first of its rows; subjects numbered 1, 2, … across the table.
 */
export function dispositionTable(data: DispositionReportData): ReportTable {
  const rows: TableRow[] = [];
  let currentKind: ReportUnit['kind'] | null = null;
  let currentUnit: string | null = null;
  let groups = 0;
  data.rows.forEach((row, index) => {
    if (row.unit.kind !== currentKind) {
      currentKind = row.unit.kind;
      currentUnit = null;
      rows.push({ kind: 'group', cells: { number: textCell(groupNumeral(++groups)), unit: textCell(DISPOSITION_GROUP_TEXT[row.unit.kind]) } });
    }
    const first = targetKey(row.unit) !== currentUnit;
    currentUnit = targetKey(row.unit);
    rows.push({
      kind: 'item',
      cells: {
        number: textCell(String(index + 1)),
        unit: first ? textCell(unitText(row.unit)) : EMPTY,
        comment: textCell(subjectText(row)),
        kind: textCell(DISPOSITION_WORD[row.kind]),
        note: textCell(row.note),
        changed: textCell(changedText(row)),
      },
    });
  });
  return { caption: null, columns: COLUMNS, rows };
}

/** The disposition report, landscape. */
export function dispositionDocument(data: DispositionReportData): ReportDocument {
  return {
    fileStem: CONSULTATION_REPORT_FILE_STEM.disposition(data.consultation.asOf),
    header: data.header,
    kindLine: DISPOSITION_TITLE.kind,
    title: [DISPOSITION_TITLE.title, DISPOSITION_TITLE.draft(data.consultation.draftTitle)],
    subtitle: data.revisedDraftTitle === null || data.revisedDraftTitle.trim() === '' ? null : DISPOSITION_TITLE.revised(data.revisedDraftTitle),
    paragraphs: [{ text: dispositionSentence(data) }],
    tables: [dispositionTable(data)],
    notes: [],
    orientation: 'landscape',
  };
}

/** The unit's id of a record: the section's or the indicator's, none for the whole draft. */
function unitId(unit: ReportUnit): string | null {
  return unit.kind === 'section' ? unit.sectionId : unit.kind === 'indicator' ? unit.indicatorId : null;
}

/** The report as machine-readable rows: one per answered subject, in the table's order. */
export function dispositionRecords(data: DispositionReportData): RecordSet {
  const columns = Object.entries(DISPOSITION_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const rows = data.rows.map((row) => ({
    unit_kind: row.unit.kind,
    unit_id: unitId(row.unit),
    unit: unitText(row.unit),
    subject_kind: row.subject.kind,
    subject_id: row.subject.id,
    size: row.size,
    text: row.text,
    disposition: row.kind,
    disposition_word: DISPOSITION_WORD[row.kind],
    note: row.note,
    changed_section: changedText(row),
  } satisfies Record<keyof typeof DISPOSITION_RECORD_TITLE, string | number | null>));
  return { columns, rows };
}
