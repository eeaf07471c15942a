/**
 * What kind of task an item is: the top items of a part are what the part lists (its
 * breakthroughs, key programmes, thematic resolutions); other items are regular tasks unless
 * their title asks for a document that makes them something else ("xây dựng đề án ..." is a
 * project, "báo cáo sơ kết ..." a report duty).
 */
import type { TaskKind } from '../../domain/plan.ts';
import { PLAN_SECTION_TASK_KIND, type PlanSectionKind } from '../../domain/vocabulary/index.ts';
import { readProduct } from './task-product.ts';

/**
 * The kind of an item of a part of kind `part`, from its place and its title.
 * @example taskKind("tasks", false, "Xây dựng đề án phát triển du lịch") === "project"
 */
export function taskKind(part: PlanSectionKind, topLevel: boolean, title: string): TaskKind {
  const base = topLevel ? PLAN_SECTION_TASK_KIND[part] : 'regular';
  // A breakthrough or a key programme stays one whatever document it mentions.
  if (base === 'breakthrough' || base === 'key_programme') return base;
  return readProduct(title)?.kind ?? base;
}
