/**
 * Reads candidate tasks out of a plan or resolution: the numbered items (and their bullets)
 * under "Nhiệm vụ", "Các khâu đột phá", "Chương trình trọng điểm", "Các nghị quyết chuyên
 * đề, đề án" and "Tổ chức thực hiện", and the document lists of appendices (002's Phụ lục 2).
 * Each gets its heading path, number, title, kind, lead and supporting units as written,
 * deadline, expected product and source line, for a person to review before anything is
 * stored. Pure and linear in the document's size; odd input gives fewer tasks, never an error.
 */
import type { StructuredDocument } from '../../domain/document.ts';
import type { ExtractedTask } from '../../domain/plan.ts';
import { readDocumentLists } from './document-list.ts';
import { pathEntry } from './heading-path.ts';
import { readDeadline } from './task-deadline.ts';
import { type TaskItem, readItems } from './task-items.ts';
import { taskKind } from './task-kind.ts';
import { readProduct } from './task-product.ts';
import { type TaskRegion, findTaskRegions } from './task-sections.ts';
import { taskTitle } from './task-title.ts';
import { readUnits } from './task-units.ts';

export { readDeadline, type TaskDeadline, endOfMonth, endOfQuarter, isoDate } from './task-deadline.ts';
export { readUnits, type TaskUnits } from './task-units.ts';
export { readProduct, type TaskProduct } from './task-product.ts';
export { readDocumentLists } from './document-list.ts';

/** A task from an item's own text, without its place in the list. */
function taskFrom(text: string, title: string, number: string | null, path: string[], line: number): Omit<ExtractedTask, 'kind'> {
  const units = readUnits(text);
  const deadline = readDeadline(text);
  return {
    path,
    number,
    title,
    leadUnitText: units.lead,
    supportingUnitsText: units.supporting,
    dueText: deadline.dueText,
    dueDate: deadline.dueDate,
    recurrence: deadline.recurrence,
    productText: readProduct(text)?.text ?? null,
    listedDocument: null,
    sourceLine: line,
    parentIndex: null,
  };
}

/** The tasks of one part: its items, or the part itself when it is a paragraph with no items. */
function regionTasks(document: StructuredDocument, region: TaskRegion): ExtractedTask[] {
  const { items, introduction } = readItems(document.lines, region.lineIndices);
  if (items.length === 0) {
    if (region.hasInnerParts || introduction === '') return [];
    const { heading } = region;
    const number = heading.label.replace(/^\(|[.\-–):]+$/gu, '') || null;
    const text = `${heading.title}. ${introduction}`;
    return [{ ...taskFrom(text, heading.title, number, region.path.slice(0, -1), heading.line), kind: taskKind(region.kind, true, heading.title) }];
  }
  const titles = items.map((item) => taskTitle(item.head) || taskTitle(item.text));
  const pathOf = (item: TaskItem): string[] => {
    const above: string[] = [];
    for (let parent = item.parent; parent !== null; parent = items[parent]?.parent ?? null) {
      const holder = items[parent];
      if (holder) above.unshift(pathEntry(holder.label.label, titles[parent] ?? ''));
    }
    return [...region.path, ...above];
  };
  return items.map((item, index) => {
    const title = titles[index] ?? '';
    return { ...taskFrom(item.text, title, item.number, pathOf(item), item.line), kind: taskKind(region.kind, item.parent === null, title), parentIndex: item.parent };
  });
}

/**
 * The candidate tasks of a structured document, in document order.
 * @example extractTasks(structureText(plan)) → [{ path: ["II. Mục tiêu, nhiệm vụ và giải pháp", "3. Các khâu đột phá"], number: "1", kind: "breakthrough", ... }, ...]
 */
export function extractTasks(document: StructuredDocument): ExtractedTask[] {
  const parts: ExtractedTask[][] = findTaskRegions(document.lines, document.sections, document.footnotes).map((region) => regionTasks(document, region));
  parts.push(readDocumentLists(document.lines, document.sections));
  // Each part's parent indices are its own; renumber them for the whole list, parts in line order.
  parts.sort((a, b) => (a[0]?.sourceLine ?? 0) - (b[0]?.sourceLine ?? 0));
  const tasks: ExtractedTask[] = [];
  for (const part of parts) {
    const offset = tasks.length;
    for (const task of part) tasks.push({ ...task, parentIndex: task.parentIndex === null || task.parentIndex === undefined ? null : task.parentIndex + offset });
  }
  return tasks;
}
