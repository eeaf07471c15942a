/**
 * Reading candidate tasks out of a plan document: the document reader (src/ingest) gives
 * the structure, the task reader (src/ingest/tasks) the numbered items under "Nhiệm vụ",
 * "Tổ chức thực hiện", the breakthroughs, key programmes and listed documents.
 */
import type { StructuredDocument } from '../domain/document.ts';
import type { ExtractedTask } from '../domain/plan.ts';
import { extractTasks } from '../ingest/tasks/index.ts';

/** The candidate tasks of a structured document, in document order. */
export function tasksOf(document: StructuredDocument): ExtractedTask[] {
  return extractTasks(document);
}
