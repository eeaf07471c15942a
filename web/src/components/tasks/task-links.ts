/** Addresses of the plan and task pages. */
import { href } from '../../app/router.ts';

export type PlanView = 'tree' | 'timeline';

/** The plans of a term. */
export function plansHref(termId: string | null): string {
  return href('/plans', { term: termId });
}

/** One plan, as a tree (default) or as a timeline. */
export function planHref(planId: string, view: PlanView = 'tree'): string {
  return href(`/plans/${encodeURIComponent(planId)}`, { view: view === 'tree' ? null : view });
}

/** One task's page. */
export function taskHref(taskId: string): string {
  return `/tasks/${encodeURIComponent(taskId)}`;
}

/** The view the address asks for. */
export function planViewOf(value: string | null): PlanView {
  return value === 'timeline' ? 'timeline' : 'tree';
}
