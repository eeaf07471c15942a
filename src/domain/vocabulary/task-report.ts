/**
 * The words of the task status report (src/reports/task-status.ts): title lines, what the
 * "Thời hạn", "Tình hình thực hiện" and "Đánh giá" cells say, the counting sentence above the
 * table, the machine-readable column titles and the file name. The column titles themselves
 * are TASK_TABLE_HEADING (plan.ts). Our own wording, in the layout offices use for the
 * appendix of a plan's implementation report.
 */
import type { Recurrence, TaskStatus } from '../plan.ts';
import { RECURRENCE_WORD, TASK_STATUS_WORD } from './plan.ts';

/** Title lines of the report. */
export const TASK_REPORT_TITLE = {
  kind: 'PHỤ LỤC',
  title: 'TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ',
  /** The plan's own title, upper case, as the second title line. */
  plan: (planTitle: string) => planTitle.replace(/\s+/gu, ' ').trim().toLocaleUpperCase('vi'),
  /** The italic line under the title: which plan, and the day the statuses are as of (dates already dd/mm/yyyy). */
  subtitle: (number: string | null, date: string | null, asOf: string) => {
    const plan = number === null ? '' : `Kế hoạch số ${number.replace(/^số:?\s*/iu, '')}${date === null ? '' : ` ngày ${date}`}; `;
    return `(${plan}tình hình tính đến ngày ${asOf})`;
  },
} as const;

/** How each status is counted in the sentence above the table ("03 nhiệm vụ hoàn thành đúng hạn"). */
export const TASK_COUNT_WORD = {
  done: 'hoàn thành đúng hạn',
  done_late: 'hoàn thành chậm',
  in_progress: 'đang thực hiện',
  not_started: 'chưa thực hiện',
  overdue: 'quá hạn',
  cancelled: 'đã hủy',
} as const satisfies Record<TaskStatus, string>;

/** Sentences and cell texts of the report. */
export const TASK_REPORT_TEXT = {
  /** "Kế hoạch có 12 nhiệm vụ. Đến ngày 01/03/2026: 03 nhiệm vụ hoàn thành đúng hạn, 01 nhiệm vụ quá hạn." (counts already written "03"). */
  counts: (total: string, asOf: string, parts: readonly string[]) =>
    parts.length === 0 ? `Kế hoạch có ${total} nhiệm vụ.` : `Kế hoạch có ${total} nhiệm vụ. Đến ngày ${asOf}: ${parts.join(', ')}.`,
  /** One part of the counting sentence: "03 nhiệm vụ hoàn thành đúng hạn". */
  countPart: (count: string, word: string) => `${count} nhiệm vụ ${word}`,
  /** The plan has no task to count. */
  none: 'Kế hoạch chưa có nhiệm vụ nào.',
  /** A draft plan: its tasks have not reached the units yet. */
  draft: 'Kế hoạch còn là dự thảo, chưa ban hành.',
  /** "Tình hình thực hiện" of a done task (date dd/mm/yyyy). */
  doneOn: (date: string) => `Hoàn thành ngày ${date}`,
  /** … of a cancelled task. */
  cancelled: (reason: string | null) => (reason === null || reason.trim() === '' ? 'Đã hủy' : `Đã hủy: ${reason.trim()}`),
  /** … of an open task with progress reported. */
  percent: (percent: number) => `Đạt ${percent}%`,
  /** … of an open task nothing was reported on. */
  noReport: 'Chưa báo cáo tiến độ',
  /** Pieces of a cell joined: "Đạt 60%. Đã trình dự thảo đề án". */
  join: (parts: readonly string[]) => parts.map((part) => part.trim().replace(/[.;]+$/u, '')).filter((part) => part !== '').join('. '),
} as const;

/** "Thời hạn" of a task: its date, or its recurrence with the next date ("Hằng quý (kỳ tới 31/03/2026)"); dates already dd/mm/yyyy. */
export function taskDueText(dueDate: string | null, recurrence: Recurrence | null): string | null {
  if (recurrence === null) return dueDate;
  const word = RECURRENCE_WORD[recurrence.every];
  const every = `${word.charAt(0).toLocaleUpperCase('vi')}${word.slice(1)}`;
  return dueDate === null ? every : `${every} (kỳ tới ${dueDate})`;
}

/** "Đánh giá" of a task: the status word, with the days for one overdue or done late ("Quá hạn 12 ngày"). */
export function taskEvaluationText(status: TaskStatus, daysLate: number | null): string {
  const word = TASK_STATUS_WORD[status];
  if ((status === 'overdue' || status === 'done_late') && daysLate !== null && daysLate > 0) return `${word} ${daysLate} ngày`;
  return word;
}

/** Titles of the machine-readable columns (CSV) of the task status report, by column key. */
export const TASK_REPORT_RECORD_TITLE = {
  number: 'TT',
  level: 'Cấp',
  heading: 'Đề mục',
  task_id: 'Mã nhiệm vụ',
  parent_id: 'Mã nhiệm vụ cha',
  title: 'Nhiệm vụ',
  kind: 'Mã loại',
  lead_unit: 'Đơn vị chủ trì',
  supporting_units: 'Đơn vị phối hợp',
  due_date: 'Thời hạn (ngày)',
  recurrence: 'Định kỳ',
  product: 'Sản phẩm',
  progress_percent: 'Tiến độ (%)',
  progress_text: 'Tình hình thực hiện',
  done_at: 'Ngày hoàn thành',
  status: 'Mã đánh giá',
  status_word: 'Đánh giá',
  days_late: 'Số ngày chậm',
} as const;

/** The ASCII file name of the report, without extension ("tinh-hinh-thuc-hien-nhiem-vu-2026-03-01"). */
export const TASK_REPORT_FILE_STEM = (asOf: string) => `tinh-hinh-thuc-hien-nhiem-vu-${asOf}`;
