/**
 * The demo's plan and tasks (lai-chau-tasks.json): a published plan of Tỉnh Lai Châu for the
 * XV term with a tree of tasks led by the demo's units, some done (one late), one cancelled,
 * some in progress with updates, recurring report duties. The demo runs on the real clock,
 * so the file gives dates as days from the day it is loaded: there is always a task due
 * soon (Sở Nông nghiệp's, a week away) and one overdue (Sở Y tế's).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { addDays, dueOnOrAfter } from '../../domain/due-date.ts';
import { addTaskUpdate, createPlan, createTask, type Executor, type WriteContext } from '../../store/index.ts';
import { vietnamDate } from '../due-date.ts';
import { TASK_KINDS } from '../task.schemas.ts';

const key = z.string().regex(/^[a-z0-9-]+$/);
const offset = z.number().int();

const task = z.strictObject({
  key,
  number: z.string(),
  title: z.string().min(1),
  kind: z.enum(TASK_KINDS),
  lead: key,
  supporting: z.array(key).optional(),
  /** Days from the load day to the due date. */
  due: offset.optional(),
  recurrence: z.strictObject({ every: z.enum(['month', 'quarter', 'half_year', 'year']), day: z.number().int().min(1).max(31).nullable(), text: z.string() }).optional(),
  /** Done this many days from the load day. */
  done: offset.optional(),
  cancelled: z.string().min(1).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  product: z.string().optional(),
  /** Keys of the XV indicators the task serves. */
  indicators: z.array(key).optional(),
  updates: z.array(z.strictObject({ at: offset, percent: z.number().int().min(0).max(100), text: z.string().min(1) })).optional(),
});

const area = z.strictObject({ key, number: z.string(), title: z.string().min(1), children: z.array(task).min(1) });

export const demoTasksSchema = z.strictObject({
  about: z.string(),
  plan: z.strictObject({ term: z.string(), title: z.string().min(1), number: z.string(), date: offset }),
  tasks: z.array(area).min(1),
});

export type DemoTasks = z.infer<typeof demoTasksSchema>;

/** Reads and checks lai-chau-tasks.json. */
export function readDemoTasks(): DemoTasks {
  return demoTasksSchema.parse(JSON.parse(readFileSync(new URL('./lai-chau-tasks.json', import.meta.url), 'utf8')));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How the loader names the demo's records: its stable ids and its units. */
export interface DemoTaskIds {
  /** demoId: "term/XV", "XV/xv-39", "tasks/plan"… → a stable UUID. */
  id(key: string): string;
  /** A unit key of lai-chau.json → its organisation id. */
  unit(key: string): string;
}

type DemoTask = z.infer<typeof task>;

function status(item: DemoTask, today: string): { status: 'not_started' | 'in_progress' | 'done' | 'cancelled'; doneAt: string | null; cancelReason: string | null } {
  if (item.cancelled !== undefined) return { status: 'cancelled', doneAt: null, cancelReason: item.cancelled };
  if (item.done !== undefined) return { status: 'done', doneAt: addDays(today, item.done), cancelReason: null };
  return { status: (item.percent ?? 0) > 0 ? 'in_progress' : 'not_started', doneAt: null, cancelReason: null };
}

/**
 * Writes the demo plan, published, with its tasks and their updates: one call at the end of
 * the demo loader, inside its transaction. Returns the number of tasks written.
 */
export async function loadDemoTasks(trx: Executor, ctx: WriteContext, ids: DemoTaskIds, data: DemoTasks = readDemoTasks()): Promise<number> {
  const today = vietnamDate(ctx.at);
  const at = (days: number): WriteContext => ({ actorId: ctx.actorId, at: new Date(ctx.at.getTime() + days * DAY_MS) });
  const plan = await createPlan(trx, at(data.plan.date), {
    id: ids.id('tasks/plan'), organisationId: ids.unit('province'), termId: ids.id(`term/${data.plan.term}`), title: data.plan.title,
    number: data.plan.number, date: addDays(today, data.plan.date), status: 'published',
  });
  let position = 0;
  let count = 0;
  for (const heading of data.tasks) {
    const parent = await createTask(trx, at(data.plan.date), {
      id: ids.id(`tasks/${heading.key}`), planId: plan.id, position: ++position, number: heading.number, title: heading.title, kind: 'regular',
    });
    for (const item of heading.children) {
      const dueDate = item.due !== undefined ? addDays(today, item.due) : item.recurrence !== undefined ? dueOnOrAfter(item.recurrence, today) : null;
      const created = await createTask(trx, at(data.plan.date), {
        id: ids.id(`tasks/${item.key}`), planId: plan.id, parentId: parent.id, position: ++position, number: item.number, title: item.title,
        kind: item.kind, leadUnitId: ids.unit(item.lead), supportingUnitIds: (item.supporting ?? []).map((unit) => ids.unit(unit)),
        dueDate, recurrence: item.recurrence ?? null, productText: item.product ?? null,
        indicatorIds: (item.indicators ?? []).map((indicator) => ids.id(`${data.plan.term}/${indicator}`)),
        progressPercent: item.done !== undefined ? 100 : (item.percent ?? 0), ...status(item, today),
      });
      for (const update of item.updates ?? []) {
        await addTaskUpdate(trx, at(update.at), { taskId: created.id, kind: 'progress', percent: update.percent, text: update.text, unitId: created.leadUnitId });
      }
      count += 1;
    }
  }
  return count;
}
