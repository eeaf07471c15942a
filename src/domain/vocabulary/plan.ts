/**
 * Plans and tasks: the words for task kinds, task statuses and recurrences as users read
 * them, and the reminder sentences the scheduler writes. The rest of the code refers to
 * them by the English codes of src/domain/plan.ts.
 */
import type { Recurrence, TaskKind, TaskStatus } from '../plan.ts';
import { formatVnDate } from '../vn-date.ts';

/** What a task is, in Vietnamese. */
export const TASK_KIND_WORD = {
  thematic_resolution: 'Nghị quyết chuyên đề',
  project: 'Đề án',
  key_programme: 'Chương trình trọng điểm',
  breakthrough: 'Khâu đột phá',
  conclusion: 'Kết luận, chỉ thị',
  regular: 'Nhiệm vụ thường xuyên',
  report_duty: 'Báo cáo định kỳ',
} as const satisfies Record<TaskKind, string>;

/** Where a task stands, in Vietnamese (derived statuses included). */
export const TASK_STATUS_WORD = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành chậm',
  overdue: 'Quá hạn',
  cancelled: 'Đã hủy',
} as const satisfies Record<TaskStatus, string>;

/** Order in which statuses are listed in task summaries. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = ['done', 'done_late', 'in_progress', 'not_started', 'overdue', 'cancelled'];

/** How often a repeating duty falls due. */
export const RECURRENCE_WORD = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half_year: '6 tháng một lần',
  year: 'hằng năm',
} as const satisfies Record<Recurrence['every'], string>;

/** A plan's state, in Vietnamese. */
export const PLAN_STATUS_WORD = { draft: 'Dự thảo', published: 'Đã ban hành' } as const;

/** Column headings of a task status appendix (the reports issue's task table). */
export const TASK_TABLE_HEADING = {
  number: 'TT',
  title: 'Nhiệm vụ',
  lead: 'Đơn vị chủ trì',
  supporting: 'Đơn vị phối hợp',
  due: 'Thời hạn',
  product: 'Sản phẩm',
  progress: 'Tình hình thực hiện',
  status: 'Đánh giá',
} as const;

/** The reminder a unit reads (`dueDate` ISO, written dd/mm/yyyy) in its inbox (and by e-mail): a task due within days, or past its due date. */
export function reminderText(kind: 'due_soon' | 'overdue', title: string, dueDate: string, days: number): string {
  const due = formatVnDate(dueDate);
  if (kind === 'overdue') return `Nhiệm vụ "${title}" đã quá hạn ${days} ngày (hạn ${due}).`;
  if (days === 0) return `Nhiệm vụ "${title}" đến hạn hôm nay (${due}).`;
  return `Nhiệm vụ "${title}" đến hạn sau ${days} ngày (hạn ${due}).`;
}

/** The e-mail subject of a reminder. */
export function reminderSubject(kind: 'due_soon' | 'overdue'): string {
  return kind === 'overdue' ? 'resolute: nhiệm vụ quá hạn' : 'resolute: nhiệm vụ sắp đến hạn';
}

/** The update written when a recurring duty's occurrence is reported done ("Hoàn thành kỳ hạn 31/03/2026"). */
export function occurrenceDoneText(dueDate: string, note: string | undefined): string {
  const head = `Hoàn thành kỳ hạn ${formatVnDate(dueDate)}`;
  return note === undefined ? `${head}.` : `${head}: ${note}`;
}

/** The update written when a task is marked done without a note. */
export const TASK_DONE_TEXT = 'Đã hoàn thành.';
