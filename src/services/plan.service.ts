/**
 * Implementation plans: the secretariat creates a plan or imports one from a document (a
 * DRAFT plan whose draft tasks keep the document's headings as a tree and the units it
 * names, matched to organisations where one fits), reviews and assigns the tasks, and
 * publishes the plan; from then on units see and update their tasks. Reading a plan shows
 * only the tasks the reader may read (task-scopes.ts).
 */
import type { DocumentMeta } from '../domain/document.ts';
import { ResoluteError } from '../domain/errors.ts';
import type { ExtractedTask, Plan } from '../domain/plan.ts';
import { tallyTasks, type TaskTally } from '../domain/task-evaluation.ts';
import {
  createPlan as storeCreatePlan, createTask, findDocumentBySha256, listDescendants, listPlans as storePlans, listTasks, transaction,
  updatePlan, type Executor,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { vietnamDate } from './due-date.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { readUpload, storeUpload } from './document-import.service.ts';
import { extractDocument, type ReadStage } from './document.service.ts';
import { parseInput } from './parse-input.ts';
import { buildDraftTree, type DraftTaskNode } from './plan-import.ts';
import { loadTerm, unitScope } from './scopes.ts';
import { tasksOf } from './task-extraction.ts';
import { assertSeePlan, loadPlan, TaskVisibility } from './task-scopes.ts';
import { CreatePlanInput, ImportPlanInput, ListPlansInput, PlanInput, PublishPlanInput } from './task.schemas.ts';
import { parentIds, viewTask, type TaskView } from './task-view.ts';

/** A plan in a list, with the tally of the tasks the reader may read. */
export interface PlanSummary extends Plan {
  tally: TaskTally;
}

/** A plan with its task tree (parents before their sub-tasks) as the reader may see it. */
export interface PlanTree {
  plan: Plan;
  tasks: TaskView[];
  tally: TaskTally;
  /** The reader manages the plan (edits, assigns, publishes: task.manage). */
  canManage: boolean;
}

/** What an import made: the draft plan, its tasks, and the unit texts no organisation matched. */
export interface PlanImport {
  plan: Plan;
  tasks: number;
  headings: number;
  assigned: number;
  unmatchedUnits: string[];
}

function invalid(path: string, detail: string, detailVi: string): ResoluteError {
  return new ResoluteError('invalid_input', `Invalid input: ${path}: ${detail}`, { detail: `${path}: ${detail}`, detail_vi: `${path}: ${detailVi}`, path });
}

/** The ids of an organisation and every unit below it. */
async function subtreeIds(db: Executor, organisationId: string): Promise<Set<string>> {
  return new Set([organisationId, ...(await listDescendants(db, organisationId)).map((unit) => unit.id)]);
}

/** Creates an empty draft plan for an organisation (task.manage there). */
export async function createPlan(deps: ServiceDeps, actor: Actor, input: CreatePlanInput): Promise<Plan> {
  const args = parseInput(CreatePlanInput, input);
  const scope = await unitScope(deps.db, args.organisationId);
  assertCan(actor, 'task.manage', scope);
  if (args.termId !== undefined && args.termId !== null) {
    const { term } = await loadTerm(deps.db, args.termId);
    if (term.organisationId !== args.organisationId) throw invalid('termId', 'the term belongs to another organisation', 'nhiệm kỳ thuộc tổ chức khác');
  }
  if (args.issuingUnitId !== undefined && args.issuingUnitId !== null && !(await subtreeIds(deps.db, args.organisationId)).has(args.issuingUnitId)) {
    throw invalid('issuingUnitId', 'not a unit of the organisation', 'không phải là đơn vị thuộc tổ chức này');
  }
  return storeCreatePlan(deps.db, writeContext(deps, actor), { ...args, status: 'draft' });
}

function leafTally(tasks: readonly TaskView[], today: string): TaskTally {
  return tallyTasks(tasks.filter((task) => !task.heading), today);
}

/** Plans the actor may see, of one organisation or term or of every organisation, each with its tally. */
export async function listPlans(deps: ServiceDeps, actor: Actor, input: ListPlansInput): Promise<PlanSummary[]> {
  const args = parseInput(ListPlansInput, input);
  const visibility = await TaskVisibility.load(deps.db, actor);
  const today = vietnamDate(deps.clock());
  const plans = (await storePlans(deps.db, { organisationId: args.organisationId, termId: args.termId })).filter((plan) => visibility.seesPlan(plan));
  const result: PlanSummary[] = [];
  for (const plan of plans) {
    const tasks = await listTasks(deps.db, { planId: plan.id });
    const parents = parentIds(tasks);
    const readable = tasks.filter((task) => visibility.readsTask(plan, task)).map((task) => viewTask(task, today, parents.has(task.id), () => null));
    result.push({ ...plan, tally: leafTally(readable, today) });
  }
  return result;
}

/** A plan with the tasks the actor may read, as a tree in plan order. */
export async function getPlan(deps: ServiceDeps, actor: Actor, input: PlanInput): Promise<PlanTree> {
  const { planId } = parseInput(PlanInput, input);
  const { plan, scope } = await loadPlan(deps.db, planId);
  assertSeePlan(actor, plan, scope);
  const visibility = await TaskVisibility.load(deps.db, actor);
  const today = vietnamDate(deps.clock());
  const tasks = await listTasks(deps.db, { planId });
  const parents = parentIds(tasks);
  const views = treeOrder(tasks.filter((task) => visibility.readsTask(plan, task)))
    .map((task) => viewTask(task, today, parents.has(task.id), (id) => visibility.nameOf(id)));
  return { plan, tasks: views, tally: leafTally(views, today), canManage: visibility.canManage(plan) };
}

/** Parents before their children, siblings by position: a depth-first walk (orphans of hidden parents at the top). */
export function treeOrder<T extends { id: string; parentId: string | null; position: number }>(tasks: readonly T[]): T[] {
  const ids = new Set(tasks.map((task) => task.id));
  const children = new Map<string | null, T[]>();
  for (const task of tasks) {
    const parent = task.parentId !== null && ids.has(task.parentId) ? task.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), task]);
  }
  const result: T[] = [];
  const walk = (parent: string | null): void => {
    for (const task of [...(children.get(parent) ?? [])].sort((a, b) => a.position - b.position)) {
      result.push(task);
      walk(task.id);
    }
  };
  walk(null);
  return result;
}

/** Publishes a draft plan (task.manage): its tasks reach their units, reminders start. */
export async function publishPlan(deps: ServiceDeps, actor: Actor, input: PublishPlanInput): Promise<Plan> {
  const args = parseInput(PublishPlanInput, input);
  const { plan, scope } = await loadPlan(deps.db, args.planId);
  assertCan(actor, 'task.manage', scope);
  if (plan.status !== 'draft') throw new ResoluteError('invalid_state', 'The plan is already published', { detail: 'the plan is already published', detail_vi: 'kế hoạch đã được ban hành' });
  if ((await listTasks(deps.db, { planId: plan.id })).length === 0) {
    throw new ResoluteError('invalid_state', 'A plan without tasks cannot be published', { detail: 'the plan has no tasks', detail_vi: 'kế hoạch chưa có nhiệm vụ nào' });
  }
  return updatePlan(deps.db, writeContext(deps, actor), plan.id, args.version, { status: 'published' });
}

/** Plan fields the document gives: its title, number and date. */
function planFields(meta: DocumentMeta, title: string | undefined, fallback: string): { title: string; number: string | null; date: string | null } {
  const documentTitle = meta.title === null ? null : meta.title.replace(/\s+/g, ' ').trim();
  return { title: title ?? (documentTitle !== null && documentTitle !== '' ? documentTitle : fallback), number: meta.number, date: meta.date };
}

/** Writes the draft tree under a new draft plan, parents first. */
async function writeDraft(trx: Executor, deps: ServiceDeps, actor: Actor, plan: Plan, nodes: readonly DraftTaskNode[]): Promise<void> {
  const ctx = writeContext(deps, actor);
  const ids = new Map<string, string>();
  for (const [position, node] of nodes.entries()) {
    const created = await createTask(trx, ctx, {
      planId: plan.id, parentId: node.parentKey === null ? null : (ids.get(node.parentKey) ?? null), position: position + 1,
      number: node.number, title: node.title, kind: node.kind, leadUnitId: node.leadUnitId, supportingUnitIds: node.supportingUnitIds,
      dueDate: node.dueDate, recurrence: node.recurrence, productText: node.productText, sourceLine: node.sourceLine,
    });
    ids.set(node.key, created.id);
  }
}

/** A plan document read without storing anything: its metadata and the candidate tasks (`resolute tasks import` without --save). */
export async function readPlanDocument(path: string, onProgress?: (stage: ReadStage) => void): Promise<{ meta: DocumentMeta; tasks: ExtractedTask[] }> {
  const structured = await extractDocument(path, onProgress);
  return { meta: structured.meta, tasks: tasksOf(structured) };
}

/**
 * Imports a plan document under a term (task.manage on the term's organisation): the file is
 * filed as a document of the term (or linked to the one already filed), its tasks become a
 * draft plan to review. Nothing is written when the document has no task.
 */
export async function importPlan(deps: ServiceDeps, actor: Actor, input: ImportPlanInput): Promise<PlanImport> {
  const args = parseInput(ImportPlanInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'task.manage', scope);
  const upload = await readUpload(args);
  const extracted: ExtractedTask[] = tasksOf(upload.structured);
  if (extracted.length === 0) throw new ResoluteError('invalid_state', 'The document has no tasks to import', { detail: 'no tasks were found in the document', detail_vi: 'không tìm thấy nhiệm vụ nào trong văn bản' });
  const units = (await listDescendants(deps.db, term.organisationId)).map((unit) => ({ id: unit.id, name: unit.name }));
  const nodes = buildDraftTree(extracted, units, vietnamDate(deps.clock()));
  const ctx = writeContext(deps, actor);
  const plan = await transaction(deps.db, async (trx) => {
    const existing = await findDocumentBySha256(trx, term.organisationId, upload.sha256);
    const documentId = existing?.id ?? (await storeUpload(trx, ctx, term, upload)).id;
    const created = await storeCreatePlan(trx, ctx, {
      organisationId: term.organisationId, termId: term.id, sourceDocumentId: documentId,
      ...planFields(upload.structured.meta, args.title, upload.originalName), status: 'draft',
    });
    await writeDraft(trx, deps, actor, created, nodes);
    return created;
  });
  const tasks = nodes.filter((node) => !node.heading);
  return {
    plan, tasks: tasks.length, headings: nodes.length - tasks.length, assigned: tasks.filter((node) => node.leadUnitId !== null).length,
    unmatchedUnits: [...new Set(tasks.flatMap((node) => node.unmatchedUnits))],
  };
}
