/**
 * The plain data of the task status report (task-status.ts): a plan's header and its tasks
 * in the plan's tree order, each with the columns offices fill in — TT, Nhiệm vụ, Đơn vị chủ
 * trì, Đơn vị phối hợp, Thời hạn, Sản phẩm, Tình hình thực hiện, Đánh giá — as facts (dates
 * ISO, statuses as codes, unit names as text). Assembled by src/services/task-report.service.ts.
 */
import type { IsoDate } from '../domain/entities.ts';
import type { Recurrence, TaskKind, TaskStatus } from '../domain/plan.ts';
import type { DocumentHeader } from './model.ts';

/** One task of the plan, parents before their sub-tasks. */
export interface TaskReportRow {
  id: string;
  parentId: string | null;
  /** The number as the plan writes it ("1", "2.1", "a"); null or "" numbers it in the table (1, 2, … over the tasks). */
  number: string | null;
  /** Depth in the plan's tree: 0 at the top (an area), 1 below it, … */
  level: number;
  /** Has sub-tasks: an area or a task split into sub-tasks; a heading row, not evaluated. */
  heading: boolean;
  title: string;
  kind: TaskKind;
  /** The lead unit's name, or null when not assigned. */
  leadUnit: string | null;
  supportingUnits: string[];
  dueDate: IsoDate | null;
  recurrence: Recurrence | null;
  /** The expected product as written ("Đề án trình Ủy ban nhân dân tỉnh"). */
  product: string | null;
  /** 0-100, as the lead unit last reported. */
  progressPercent: number;
  /** The latest progress update's text, or null. */
  progressText: string | null;
  doneAt: IsoDate | null;
  cancelReason: string | null;
  /** The status on `TaskReportData.asOf` (overdue and done late derived from the dates); null for a heading. */
  status: TaskStatus | null;
  /** Days past the due date of an overdue task, or by which a done task was late; null otherwise. */
  daysLate: number | null;
}

export interface TaskReportData {
  header: DocumentHeader;
  /** The organisation whose plan it is ("Tỉnh Lai Châu"). */
  organisationName: string;
  plan: { id: string; title: string; number: string | null; date: IsoDate | null; status: 'draft' | 'published' };
  /** The day the statuses are as of (Vietnam's calendar). */
  asOf: IsoDate;
  rows: TaskReportRow[];
}
