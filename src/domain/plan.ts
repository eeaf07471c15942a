/**
 * Implementation plans and their tasks, as plain data: what a plan document asks for
 * (`ExtractedTask`, read by src/ingest/tasks) and what the product tracks (`Plan`, `Task`,
 * stored by src/store, run by src/services). "Rõ người, rõ việc, rõ thời gian, rõ kết quả,
 * rõ trách nhiệm": each task names who leads, what, by when, the expected product and who helps.
 */
import type { IsoDate, IsoTimestamp } from './entities.ts';

/** What a task is. The Vietnamese words are in src/domain/vocabulary (TASK_KIND_WORD). */
export type TaskKind =
  | 'thematic_resolution' // nghị quyết chuyên đề
  | 'project' // đề án
  | 'key_programme' // chương trình trọng điểm
  | 'breakthrough' // khâu đột phá
  | 'conclusion' // kết luận, chỉ thị and other issued documents
  | 'regular' // nhiệm vụ thường xuyên
  | 'report_duty'; // sơ kết, tổng kết, báo cáo định kỳ

/**
 * Where a task stands. `done_late` and `overdue` are derived from the due date and the clock
 * (src/domain/task-status.ts), never typed in by a person; `cancelled` needs a reason.
 */
export type TaskStatus = 'not_started' | 'in_progress' | 'done' | 'done_late' | 'overdue' | 'cancelled';

/** A repeating duty: "hằng quý", "định kỳ sơ kết hằng năm" (due on `day` of the period's last month, or its last day). */
export interface Recurrence {
  every: 'month' | 'quarter' | 'half_year' | 'year';
  /** Day of the month the duty falls due; null means the last day of the period. */
  day: number | null;
  /** The text it was read from. */
  text: string;
}

/** A document a plan lists (002's Phụ lục 2): number and symbol, date, summary. */
export interface ListedDocument {
  /** "03-NQ/TU". */
  number: string;
  date: IsoDate | null;
  summary: string;
}

/**
 * A candidate task read from a document, for the import review: a person accepts, edits,
 * assigns and publishes it. Unit names are the document's text; matching them to
 * organisations is the review's job.
 */
export interface ExtractedTask {
  /** The headings above it, outermost first ("II. Mục tiêu, nhiệm vụ và giải pháp", "3. Các khâu đột phá"). */
  path: string[];
  /** Its own number as written ("2.1.1", "a", "1"), or null. */
  number: string | null;
  title: string;
  kind: TaskKind;
  leadUnitText: string | null;
  supportingUnitsText: string | null;
  /** The deadline as written ("trước 30/6/2026", "năm 2027", "hằng quý"), or null. */
  dueText: string | null;
  /** The deadline as a date where the text gives one (the last day of a named month or year). */
  dueDate: IsoDate | null;
  recurrence: Recurrence | null;
  /** The expected product ("Nghị quyết", "Đề án", "Báo cáo sơ kết"), or null. */
  productText: string | null;
  /** Set when the item is a listed document rather than a task sentence. */
  listedDocument: ListedDocument | null;
  /** Line in the cleaned document (CleanLine.line: the original file's line). */
  sourceLine: number;
  /**
   * Index, in the same list, of the item this one sits under (a bullet under "(1) Đột phá về
   * ..."; a "2.1.1." under "2.1."), or null at the top of its part: the tree for plan -> area
   * -> task -> sub-task. Set by src/ingest/tasks.
   */
  parentIndex?: number | null;
}

export interface Plan {
  id: string;
  organisationId: string;
  termId: string | null;
  title: string;
  /** The unit that issued the plan. */
  issuingUnitId: string | null;
  /** "15-KH/ĐU". */
  number: string | null;
  date: IsoDate | null;
  sourceDocumentId: string | null;
  status: 'draft' | 'published';
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface Task {
  id: string;
  planId: string;
  /** The tree: plan -> area -> task -> sub-task; null at the top. */
  parentId: string | null;
  position: number;
  number: string | null;
  title: string;
  kind: TaskKind;
  leadUnitId: string | null;
  supportingUnitIds: string[];
  /** The responsible person, optional. */
  responsibleUserId: string | null;
  startDate: IsoDate | null;
  dueDate: IsoDate | null;
  recurrence: Recurrence | null;
  productText: string | null;
  /** Indicators the task serves. */
  indicatorIds: string[];
  /** The status a person set: not_started, in_progress, done (with doneAt) or cancelled (with reason). */
  status: 'not_started' | 'in_progress' | 'done' | 'cancelled';
  doneAt: IsoDate | null;
  cancelReason: string | null;
  progressPercent: number;
  sourceLine: number | null;
  version: number;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}
