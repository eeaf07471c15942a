/**
 * The indicator framework of a term: import it from a document as a draft, read it, edit an
 * indicator (its target is parsed again), link it to the previous term, publish it.
 * Only the secretariat changes the framework; every role but the public reads it.
 */
import type { DocumentSummary, Indicator, IndicatorGroup, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { parseTarget } from '../domain/target-parse.ts';
import {
  createIndicator, createIndicatorGroup, isWithin, listIndicatorGroups, listIndicators, transaction,
  updateIndicator, type Executor, type IndicatorPatch, type WriteContext,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan, can } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { readUpload, storeUpload, summaryOf } from './document-import.service.ts';
import { planFramework, type PlannedGroup, type PlannedIndicator } from './framework-plan.ts';
import { EditIndicatorInput, ImportFrameworkInput, LinkIndicatorInput, TermInput } from './framework.schemas.ts';
import { parseInput } from './parse-input.ts';
import { loadIndicator, loadTerm } from './scopes.ts';

export interface FrameworkImport {
  document: DocumentSummary;
  groups: IndicatorGroup[];
  /** The indicators created, parents before their components, in document order. */
  indicators: Indicator[];
  warnings: string[];
}

export interface Framework {
  term: Term;
  groups: IndicatorGroup[];
  indicators: Indicator[];
}

/** Imports a document into the term's draft framework: stores the document, creates groups, indicators and components. */
export async function importFramework(deps: ServiceDeps, actor: Actor, input: ImportFrameworkInput): Promise<FrameworkImport> {
  const args = parseInput(ImportFrameworkInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'document.import', scope);
  assertCan(actor, 'framework.edit', scope);
  if ((await listIndicators(deps.db, { termId: term.id, status: 'published' })).length > 0) {
    throw new ResoluteError('invalid_state', `The framework of term ${term.id} is published`, { detail: 'the framework is already published', detail_vi: 'hệ thống chỉ tiêu đã được công bố' });
  }
  const upload = await readUpload(args);
  const plan = planFramework(upload.structured.indicators, args.source);
  if (plan.length === 0) throw new ResoluteError('no_indicators', 'The document lists no target indicators.', { path: args.path });
  const ctx = writeContext(deps, actor);
  return transaction(deps.db, async (trx) => {
    const stored = await storeUpload(trx, ctx, term, upload);
    const created = await createPlan(trx, ctx, term.id, stored.id, plan);
    return { document: summaryOf(stored), ...created, warnings: stored.warnings };
  });
}

async function createPlan(
  db: Executor, ctx: WriteContext, termId: string, documentId: string, plan: PlannedGroup[],
): Promise<Pick<FrameworkImport, 'groups' | 'indicators'>> {
  const existing = await listIndicatorGroups(db, termId);
  const groups: IndicatorGroup[] = [];
  const indicators: Indicator[] = [];
  let position = (await listIndicators(db, { termId })).reduce((max, i) => Math.max(max, i.position), 0);
  const add = async (planned: PlannedIndicator, groupId: string | null, parentId: string | null): Promise<Indicator> => {
    const { components: _components, ...fields } = planned;
    position += 1;
    const made = await createIndicator(db, ctx, { termId, groupId, parentId, ...fields, sourceDocumentId: documentId, position });
    indicators.push(made);
    return made;
  };
  for (const planned of plan) {
    const group = planned.name === null ? null : await ensureGroup(db, ctx, termId, planned.name, existing);
    if (group !== null && !groups.includes(group)) groups.push(group);
    for (const item of planned.indicators) {
      const parent = await add(item, group?.id ?? null, null);
      for (const component of item.components) await add(component, group?.id ?? null, parent.id);
    }
  }
  return { groups, indicators };
}

async function ensureGroup(db: Executor, ctx: WriteContext, termId: string, name: string, existing: IndicatorGroup[]): Promise<IndicatorGroup> {
  const found = existing.find((g) => g.name === name.normalize('NFC'));
  if (found !== undefined) return found;
  const position = existing.reduce((max, g) => Math.max(max, g.position), 0) + 1;
  const group = await createIndicatorGroup(db, ctx, { termId, name, position });
  existing.push(group);
  return group;
}

/** The framework of a term: published indicators, and drafts too for those who may edit it. */
export async function getFramework(deps: ServiceDeps, actor: Actor, input: TermInput): Promise<Framework> {
  const args = parseInput(TermInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'framework.read', scope);
  const all = await listIndicators(deps.db, { termId: term.id });
  const indicators = can(actor, 'framework.edit', scope) ? all : all.filter((i) => i.status === 'published');
  return { term, groups: await listIndicatorGroups(deps.db, term.id), indicators };
}

async function checkUnits(db: Executor, term: Term, unitIds: readonly string[]): Promise<void> {
  for (const unitId of unitIds) {
    if (!(await isWithin(db, unitId, term.organisationId))) {
      throw new ResoluteError('invalid_input', `Unit ${unitId} is not part of organisation ${term.organisationId}`, { detail: `unit ${unitId} is not in this organisation`, detail_vi: `đơn vị ${unitId} không thuộc tổ chức này` });
    }
  }
}

async function checkGroup(db: Executor, term: Term, groupId: string | null | undefined): Promise<void> {
  if (groupId === null || groupId === undefined) return;
  if (!(await listIndicatorGroups(db, term.id)).some((g) => g.id === groupId)) {
    throw new ResoluteError('invalid_input', `Group ${groupId} is not in term ${term.id}`, { detail: 'groupId' });
  }
}

/** Edits an indicator; a new target text is parsed again and replaces the target's meaning and direction. */
export async function editIndicator(deps: ServiceDeps, actor: Actor, input: EditIndicatorInput): Promise<Indicator> {
  const { indicatorId, version, targetText, ...fields } = parseInput(EditIndicatorInput, input);
  const { indicator, term, scope } = await loadIndicator(deps.db, indicatorId);
  assertCan(actor, 'framework.edit', scope);
  await checkUnits(deps.db, term, [...(fields.leadUnitId ? [fields.leadUnitId] : []), ...(fields.supportingUnitIds ?? [])]);
  await checkGroup(deps.db, term, fields.groupId);
  const patch: IndicatorPatch = { ...fields };
  if (targetText !== undefined) {
    const unit = fields.unit === undefined ? indicator.unit : fields.unit;
    const target = targetText === null || targetText === '' ? null : parseTarget(targetText, { name: fields.name ?? indicator.name, unit, termEndYear: term.endYear });
    patch.targetText = target === null ? null : targetText;
    patch.target = target;
    patch.direction = fields.direction ?? target?.direction ?? 'unknown';
    if (unit === null && target?.unit) patch.unit = target.unit;
  }
  return updateIndicator(deps.db, writeContext(deps, actor), indicatorId, version, patch);
}

/** Links an indicator to the same indicator in an earlier term of the same organisation (or unlinks it). */
export async function linkPreviousIndicator(deps: ServiceDeps, actor: Actor, input: LinkIndicatorInput): Promise<Indicator> {
  const args = parseInput(LinkIndicatorInput, input);
  const { term, scope } = await loadIndicator(deps.db, args.indicatorId);
  assertCan(actor, 'framework.edit', scope);
  if (args.previousIndicatorId !== null) {
    const previous = await loadIndicator(deps.db, args.previousIndicatorId);
    const earlier = previous.term.organisationId === term.organisationId && previous.term.endYear <= term.startYear && previous.term.id !== term.id;
    if (!earlier) {
      throw new ResoluteError('invalid_input', 'The previous indicator must belong to an earlier term of the same organisation', { detail: 'previousIndicatorId' });
    }
  }
  return updateIndicator(deps.db, writeContext(deps, actor), args.indicatorId, args.version, { previousIndicatorId: args.previousIndicatorId });
}

/** Publishes every draft indicator of the term, in one transaction. */
export async function publishFramework(deps: ServiceDeps, actor: Actor, input: TermInput): Promise<{ published: number; indicators: Indicator[] }> {
  const args = parseInput(TermInput, input);
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'framework.edit', scope);
  const ctx = writeContext(deps, actor);
  return transaction(deps.db, async (trx) => {
    const drafts = await listIndicators(trx, { termId: term.id, status: 'draft' });
    if (drafts.length === 0) throw new ResoluteError('invalid_state', `Term ${term.id} has no draft indicators`, { detail: 'nothing to publish', detail_vi: 'không có chỉ tiêu nào để công bố' });
    const indicators: Indicator[] = [];
    for (const draft of drafts) indicators.push(await updateIndicator(trx, ctx, draft.id, draft.version, { status: 'published' }));
    return { published: indicators.length, indicators };
  });
}
