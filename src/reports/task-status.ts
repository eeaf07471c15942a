/**
 * The task status report of a plan ("Phụ lục: tình hình thực hiện các nhiệm vụ"), landscape:
 * TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn, Sản phẩm, Tình hình thực hiện,
 * Đánh giá. Headings of the plan (areas, tasks split into sub-tasks) are group rows across the
 * table; every other task is a row with its cells. Above the table, one sentence counts the
 * tasks by status — counted from the same rows, so the sentence and the table agree.
 */
import { formatVnDate } from '../domain/vn-date.ts';
import type { TaskStatus } from '../domain/plan.ts';
import {
  TASK_COUNT_WORD, TASK_REPORT_FILE_STEM, TASK_REPORT_RECORD_TITLE, TASK_REPORT_TEXT, TASK_REPORT_TITLE, TASK_STATUS_ORDER,
  TASK_STATUS_WORD, TASK_TABLE_HEADING, taskDueText, taskEvaluationText,
} from '../domain/vocabulary/index.ts';
import type { RecordSet } from './csv.ts';
import type { Cell, Column, Paragraph, ReportDocument, TableRow } from './model.ts';
import { countWord } from './summary.ts';
import type { TaskReportData, TaskReportRow } from './task-model.ts';

const EMPTY: Cell = { kind: 'empty' };
const textCell = (value: string | null): Cell => (value === null || value.trim() === '' ? EMPTY : { kind: 'text', text: value });
const date = (iso: string | null): string | null => (iso === null ? null : formatVnDate(iso));

const COLUMNS: Column[] = [
  { key: 'number', title: TASK_TABLE_HEADING.number, width: 5, align: 'center' },
  { key: 'title', title: TASK_TABLE_HEADING.title, width: 34, align: 'left' },
  { key: 'lead', title: TASK_TABLE_HEADING.lead, width: 15, align: 'left' },
  { key: 'supporting', title: TASK_TABLE_HEADING.supporting, width: 15, align: 'left' },
  { key: 'due', title: TASK_TABLE_HEADING.due, width: 11, align: 'center' },
  { key: 'product', title: TASK_TABLE_HEADING.product, width: 15, align: 'left' },
  { key: 'progress', title: TASK_TABLE_HEADING.progress, width: 26, align: 'left' },
  { key: 'status', title: TASK_TABLE_HEADING.status, width: 11, align: 'center' },
];

/** The rows that are tasks (not headings), each with the number the table shows. */
function numbered(rows: readonly TaskReportRow[]): Map<string, string> {
  const numbers = new Map<string, string>();
  let running = 0;
  for (const row of rows) {
    const own = row.number?.trim() ?? '';
    if (row.heading) numbers.set(row.id, own);
    else numbers.set(row.id, own === '' ? String(++running) : own);
  }
  return numbers;
}

/** "Tình hình thực hiện": done on a day, cancelled with its reason, or the percent and the latest report. */
export function progressText(row: TaskReportRow): string | null {
  if (row.heading || row.status === null) return null;
  switch (row.status) {
    case 'done':
    case 'done_late':
      return TASK_REPORT_TEXT.join([row.doneAt === null ? '' : TASK_REPORT_TEXT.doneOn(formatVnDate(row.doneAt)), row.progressText ?? '']);
    case 'cancelled':
      return TASK_REPORT_TEXT.cancelled(row.cancelReason);
    case 'not_started':
    case 'in_progress':
    case 'overdue': {
      const reported = row.progressPercent > 0 || (row.progressText ?? '').trim() !== '';
      if (!reported) return TASK_REPORT_TEXT.noReport;
      return TASK_REPORT_TEXT.join([row.progressPercent > 0 ? TASK_REPORT_TEXT.percent(row.progressPercent) : '', row.progressText ?? '']);
    }
  }
}

function rowOf(row: TaskReportRow, number: string): TableRow {
  if (row.heading) return { kind: 'group', cells: { number: textCell(number), title: { kind: 'text', text: row.title } } };
  return {
    kind: 'item',
    cells: {
      number: textCell(number),
      title: { kind: 'text', text: row.title },
      lead: textCell(row.leadUnit),
      supporting: textCell(row.supportingUnits.join(', ')),
      due: textCell(taskDueText(date(row.dueDate), row.recurrence)),
      product: textCell(row.product),
      progress: textCell(progressText(row)),
      status: row.status === null ? EMPTY : { kind: 'text', text: taskEvaluationText(row.status, row.daysLate) },
    },
  };
}

/** The tasks counted by status (headings are not tasks). */
export function countTasks(rows: readonly TaskReportRow[]): { total: number; counts: Record<TaskStatus, number> } {
  const counts: Record<TaskStatus, number> = { not_started: 0, in_progress: 0, done: 0, done_late: 0, overdue: 0, cancelled: 0 };
  let total = 0;
  for (const row of rows) {
    if (row.heading || row.status === null) continue;
    counts[row.status] += 1;
    total += 1;
  }
  return { total, counts };
}

/** The sentence above the table: how many tasks, and how many in each status (in the vocabulary's order). */
export function countsParagraph(data: TaskReportData): string {
  const { total, counts } = countTasks(data.rows);
  if (total === 0) return TASK_REPORT_TEXT.none;
  const parts = TASK_STATUS_ORDER.filter((status) => counts[status] > 0).map((status) => TASK_REPORT_TEXT.countPart(countWord(counts[status]), TASK_COUNT_WORD[status]));
  return TASK_REPORT_TEXT.counts(countWord(total), formatVnDate(data.asOf), parts);
}

/** The task status report of a plan, landscape. */
export function taskStatusDocument(data: TaskReportData): ReportDocument {
  const numbers = numbered(data.rows);
  const paragraphs: Paragraph[] = [{ text: countsParagraph(data) }];
  if (data.plan.status === 'draft') paragraphs.push({ text: TASK_REPORT_TEXT.draft });
  return {
    fileStem: TASK_REPORT_FILE_STEM(data.asOf),
    header: data.header,
    kindLine: TASK_REPORT_TITLE.kind,
    title: [TASK_REPORT_TITLE.title, TASK_REPORT_TITLE.plan(data.plan.title)],
    subtitle: TASK_REPORT_TITLE.subtitle(data.plan.number, date(data.plan.date), formatVnDate(data.asOf)),
    paragraphs,
    tables: [{ caption: null, columns: COLUMNS, rows: data.rows.map((row) => rowOf(row, numbers.get(row.id) ?? '')) }],
    notes: [],
    orientation: 'landscape',
  };
}

/** The report as machine-readable rows, one per task or heading in the table's order and numbering. */
export function taskStatusRecords(data: TaskReportData): RecordSet {
  const columns = Object.entries(TASK_REPORT_RECORD_TITLE).map(([key, title]) => ({ key, title }));
  const numbers = numbered(data.rows);
  const rows = data.rows.map((row) => ({
    number: numbers.get(row.id) ?? '',
    level: row.level,
    heading: row.heading ? 'true' : 'false',
    task_id: row.id,
    parent_id: row.parentId,
    title: row.title,
    kind: row.kind,
    lead_unit: row.leadUnit,
    supporting_units: row.supportingUnits.length === 0 ? null : row.supportingUnits.join('; '),
    due_date: row.dueDate,
    recurrence: row.recurrence?.every ?? null,
    product: row.product,
    progress_percent: row.heading ? null : row.progressPercent,
    progress_text: progressText(row),
    done_at: row.doneAt,
    status: row.status,
    status_word: row.status === null ? null : TASK_STATUS_WORD[row.status],
    days_late: row.daysLate,
  } satisfies Record<keyof typeof TASK_REPORT_RECORD_TITLE, string | number | null>));
  return { columns, rows };
}
