/**
 * The official reports: loads what a report needs (the term, its organisation, the periods,
 * the evaluation as of each), assembles the report data (report-appendix.ts,
 * report-comparison.ts) and has src/reports write it in the asked format, or lay it out
 * (`reportLayout`: the document the writers render, for the web preview). The same
 * functions serve the command line and the HTTP downloads; reading a report needs
 * `evaluation.read` on every term it shows.
 */
import type { z } from 'zod';
import type { Indicator, Organisation, Period, Term } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { formatVnDate } from '../domain/vn-date.ts';
import { DISAGREEMENT_NOTE } from '../domain/vocabulary/index.ts';
import {
  appendixDocument, CONTENT_TYPES, organisationComparisonDocument, renderAppendix, renderOrganisationComparison, renderSummary, renderTermComparison,
  summaryDocument, termComparisonDocument,
  type AppendixData, type DocumentHeader, type OrganisationComparisonData, type RenderedReport, type ReportDocument, type ReportFormat, type TermComparisonData,
} from '../reports/index.ts';
import { getIndicator, getOrganisation, listDocuments, listIndicatorGroups, listIndicators, listObservations, listPeriods, listTerms } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { vietnamDate } from './due-date.ts';
import { evaluateTerm, type TermEvaluation } from './evaluation.service.ts';
import { parseInput } from './parse-input.ts';
import { assembleAppendix } from './report-appendix.ts';
import { assembleOrganisationComparison, assembleTermComparison, type ComparedTerm } from './report-comparison.ts';
import { reportHeader } from './report-header.ts';
import { AppendixInput, OrganisationComparisonInput, RenderReportInput, ReportLayoutInput, TermComparisonInput } from './report.schemas.ts';
import { loadPeriod, loadTerm } from './scopes.ts';

/** What a long report run is doing, for progress output. */
export type ReportStage = 'load' | 'evaluate' | 'write';
export type ReportProgress = (stage: ReportStage) => void;

function invalid(path: string, detail: string, detailVi: string): ResoluteError {
  return new ResoluteError('invalid_input', `Invalid input: ${path}: ${detail}`, { detail: `${path}: ${detail}`, detail_vi: `${path}: ${detailVi}`, path });
}

/** The organisation a term belongs to and the header of its reports, dated today in Vietnam. */
async function headerOf(deps: ServiceDeps, organisationId: string): Promise<{ organisation: Organisation; header: DocumentHeader }> {
  const organisation = await getOrganisation(deps.db, organisationId);
  if (organisation === null) throw new ResoluteError('record_not_found', `No organisation ${organisationId}`, { entity: 'organisation', id: organisationId });
  const parent = organisation.parentId === null ? null : await getOrganisation(deps.db, organisation.parentId);
  return { organisation, header: reportHeader(organisation, parent, vietnamDate(deps.clock())) };
}

/** The targets later terms of the organisation set for this term's indicators (their successors'), by indicator id. */
async function nextTargetsOf(deps: ServiceDeps, term: Term): Promise<Map<string, string>> {
  const next = new Map<string, string>();
  const later = (await listTerms(deps.db, term.organisationId)).filter((t) => t.id !== term.id && t.startYear >= term.startYear);
  for (const other of later) {
    for (const indicator of await listIndicators(deps.db, { termId: other.id, status: 'published' })) {
      if (indicator.previousIndicatorId !== null && indicator.targetText !== null && !next.has(indicator.previousIndicatorId)) {
        next.set(indicator.previousIndicatorId, indicator.targetText);
      }
    }
  }
  return next;
}

/** The term's periods named by id, checked to belong to it, in time order. */
async function periodsOf(deps: ServiceDeps, term: Term, ids: readonly string[]): Promise<Period[]> {
  if (new Set(ids).size !== ids.length) throw invalid('asOfPeriodIds', 'the same period is given twice', 'một kỳ báo cáo được chọn hai lần');
  const periods: Period[] = [];
  for (const id of ids) {
    const { period } = await loadPeriod(deps.db, id);
    if (period.termId !== term.id) throw invalid('asOfPeriodIds', `period ${id} belongs to another term`, `kỳ báo cáo ${id} thuộc nhiệm kỳ khác`);
    periods.push(period);
  }
  return periods.sort((a, b) => a.endYear - b.endYear || a.startYear - b.startYear);
}

/** The results appendix of a term as of one or two of its periods (evaluation.read). */
export async function appendixData(deps: ServiceDeps, actor: Actor, input: AppendixInput, progress?: ReportProgress): Promise<AppendixData> {
  const args = parseInput(AppendixInput, input);
  progress?.('load');
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'evaluation.read', scope);
  const periods = await periodsOf(deps, term, args.asOfPeriodIds);
  const { organisation, header } = await headerOf(deps, term.organisationId);
  const groups = await listIndicatorGroups(deps.db, term.id);
  const nextTargets = args.showNextTarget ? await nextTargetsOf(deps, term) : new Map<string, string>();
  const notes = new Map<string, string>();
  if (args.showNote) for (const o of await listObservations(deps.db, { termId: term.id })) if (o.note !== null) notes.set(o.id, o.note);
  const documentNames = new Map((await listDocuments(deps.db, { termId: term.id })).flatMap((d) => (d.number === null ? [] : [[d.id, DISAGREEMENT_NOTE.numbered(d.number, d.date === null ? null : formatVnDate(d.date))] as const])));
  progress?.('evaluate');
  const evaluations: TermEvaluation[] = [];
  for (const period of periods) evaluations.push(await evaluateTerm(deps, actor, { termId: term.id, asOfPeriodId: period.id }));
  return assembleAppendix({
    header, organisationName: organisation.name, term, groups, evaluations, showNextTarget: args.showNextTarget, showNote: args.showNote, nextTargets, notes, documentNames,
  });
}

/** The narrative summary says what the appendix shows: the same data, another writer. */
export const summaryData = appendixData;

/** The term most of the linked indicators point into; else the organisation's term just before. */
async function previousTermOf(deps: ServiceDeps, term: Term, linked: readonly Indicator[]): Promise<Term> {
  const counts = new Map<string, number>();
  for (const indicator of linked) {
    const previous = indicator.previousIndicatorId === null ? null : await getIndicator(deps.db, indicator.previousIndicatorId);
    if (previous !== null && previous.termId !== term.id) counts.set(previous.termId, (counts.get(previous.termId) ?? 0) + 1);
  }
  const terms = await listTerms(deps.db, term.organisationId);
  const earlier = terms.filter((t) => t.id !== term.id && t.startYear < term.startYear);
  const linkedTerms = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const chosen = linkedTerms[0] === undefined ? earlier.at(-1) : (terms.find((t) => t.id === linkedTerms[0]) ?? (await loadTerm(deps.db, linkedTerms[0])).term);
  if (chosen === undefined) throw new ResoluteError('invalid_state', `Term ${term.id} has no previous term`, { detail: `${term.congress}: no previous term to compare with`, detail_vi: `nhiệm kỳ Đại hội ${term.congress} không có nhiệm kỳ trước để so sánh` });
  return chosen;
}

/** A term's last period: its term end, else the latest. */
async function lastPeriodOf(deps: ServiceDeps, term: Term): Promise<Period> {
  const periods = await listPeriods(deps.db, term.id);
  const last = periods.filter((p) => p.kind === 'term_end').at(-1) ?? periods.at(-1);
  if (last === undefined) throw new ResoluteError('invalid_state', `Term ${term.id} has no period`, { detail: `${term.congress}: no reporting period`, detail_vi: `nhiệm kỳ Đại hội ${term.congress} chưa có kỳ báo cáo nào` });
  return last;
}

/** Previous target → result → evaluation → current target → next target, per linked indicator (evaluation.read on both terms). */
export async function termComparisonData(deps: ServiceDeps, actor: Actor, input: TermComparisonInput, progress?: ReportProgress): Promise<TermComparisonData> {
  const args = parseInput(TermComparisonInput, input);
  progress?.('load');
  const { term, scope } = await loadTerm(deps.db, args.termId);
  assertCan(actor, 'evaluation.read', scope);
  const current = await listIndicators(deps.db, { termId: term.id, status: 'published' });
  const linked = current.filter((i) => i.previousIndicatorId !== null);
  const previousTerm = await previousTermOf(deps, term, linked);
  const period = await lastPeriodOf(deps, previousTerm);
  const { organisation, header } = await headerOf(deps, term.organisationId);
  const groups = await listIndicatorGroups(deps.db, term.id);
  const nextTargets = await nextTargetsOf(deps, term);
  progress?.('evaluate');
  const previous = await evaluateTerm(deps, actor, { termId: previousTerm.id, asOfPeriodId: period.id });
  return assembleTermComparison({ header, organisationName: organisation.name, previousTerm, currentTerm: term, current: linked, groups, previous, nextTargets });
}

const KIND_RANK: Record<Period['kind'], number> = { year: 0, mid_term: 1, term_end: 2 };

/** The latest closed period of a term (the term end before a year that ends with it); else its latest period. */
async function defaultPeriodOf(deps: ServiceDeps, term: Term): Promise<Period> {
  const periods = [...(await listPeriods(deps.db, term.id))].sort((a, b) => a.endYear - b.endYear || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const chosen = periods.filter((p) => p.state === 'closed').at(-1) ?? periods.at(-1);
  if (chosen === undefined) throw new ResoluteError('invalid_state', `Term ${term.id} has no period`, { detail: `${term.congress}: no reporting period`, detail_vi: `nhiệm kỳ Đại hội ${term.congress} chưa có kỳ báo cáo nào` });
  return chosen;
}

/** The same indicators in several organisations' terms side by side (evaluation.read on every term). */
export async function organisationComparisonData(
  deps: ServiceDeps, actor: Actor, input: OrganisationComparisonInput, progress?: ReportProgress,
): Promise<OrganisationComparisonData> {
  const args = parseInput(OrganisationComparisonInput, input);
  if (new Set(args.termIds).size !== args.termIds.length) throw invalid('termIds', 'the same term is given twice', 'một nhiệm kỳ được chọn hai lần');
  if (args.asOfPeriodIds !== undefined && args.asOfPeriodIds.length !== args.termIds.length) throw invalid('asOfPeriodIds', 'give one period per term, in the same order', 'mỗi nhiệm kỳ chọn một kỳ báo cáo, theo đúng thứ tự các nhiệm kỳ');
  progress?.('load');
  const chosen: { term: Term; periodId: string; organisation: Organisation }[] = [];
  for (const [index, termId] of args.termIds.entries()) {
    const { term, scope } = await loadTerm(deps.db, termId);
    assertCan(actor, 'evaluation.read', scope);
    const given = args.asOfPeriodIds?.[index];
    const periodId = given ?? (await defaultPeriodOf(deps, term)).id;
    const organisation = (await headerOf(deps, term.organisationId)).organisation;
    chosen.push({ term, periodId, organisation });
  }
  const first = chosen[0];
  if (first === undefined) throw invalid('termIds', 'no term', 'chưa chọn nhiệm kỳ nào');
  const { header } = await headerOf(deps, first.organisation.id);
  progress?.('evaluate');
  const compared: ComparedTerm[] = [];
  for (const { term, periodId, organisation } of chosen) {
    compared.push({ organisation, term, evaluation: await evaluateTerm(deps, actor, { termId: term.id, asOfPeriodId: periodId }) });
  }
  return assembleOrganisationComparison(header, compared);
}

/** A report's data, tagged with its kind. */
type ReportData =
  | { kind: 'appendix' | 'summary'; data: AppendixData }
  | { kind: 'compare-terms'; data: TermComparisonData }
  | { kind: 'compare-orgs'; data: OrganisationComparisonData };

/** Loads and assembles the data of the report `args` names (its permission checked by the data function). */
async function assembleReport(deps: ServiceDeps, actor: Actor, args: z.output<typeof ReportLayoutInput>, progress?: ReportProgress): Promise<ReportData> {
  switch (args.kind) {
    case 'appendix':
    case 'summary': {
      const { kind, ...rest } = args;
      return { kind, data: await appendixData(deps, actor, rest, progress) };
    }
    case 'compare-terms':
      return { kind: args.kind, data: await termComparisonData(deps, actor, { termId: args.termId }, progress) };
    case 'compare-orgs': {
      const input = { termIds: args.termIds, ...(args.asOfPeriodIds === undefined ? {} : { asOfPeriodIds: args.asOfPeriodIds }) };
      return { kind: args.kind, data: await organisationComparisonData(deps, actor, input, progress) };
    }
  }
}

/** The document the writers would render, from the same builders. */
function layoutOf(report: ReportData): ReportDocument {
  switch (report.kind) {
    case 'appendix':
      return appendixDocument(report.data);
    case 'summary':
      return summaryDocument(report.data);
    case 'compare-terms':
      return termComparisonDocument(report.data);
    case 'compare-orgs':
      return organisationComparisonDocument(report.data);
  }
}

function written(report: ReportData, format: ReportFormat): Promise<RenderedReport> {
  switch (report.kind) {
    case 'appendix':
      return renderAppendix(report.data, format);
    case 'summary':
      return renderSummary(report.data, format);
    case 'compare-terms':
      return renderTermComparison(report.data, format);
    case 'compare-orgs':
      return renderOrganisationComparison(report.data, format);
  }
}

/**
 * A report laid out as its files are — header, title lines, paragraphs, tables with their
 * column groups and typed cells, notes — by the very builders the writers are fed from, so a
 * client that renders it (the web preview) shows what the files say (evaluation.read).
 */
export async function reportLayout(deps: ServiceDeps, actor: Actor, input: ReportLayoutInput, progress?: ReportProgress): Promise<ReportDocument> {
  const report = await assembleReport(deps, actor, parseInput(ReportLayoutInput, input), progress);
  progress?.('write');
  return layoutOf(report);
}

/**
 * Assembles a report and writes it in the asked format: the bytes, their content type and an
 * ASCII file name. `layout` is the laid-out document as JSON ("….layout.json").
 */
export async function renderReport(deps: ServiceDeps, actor: Actor, input: RenderReportInput, progress?: ReportProgress): Promise<RenderedReport> {
  const { format, ...rest } = parseInput(RenderReportInput, input);
  const report = await assembleReport(deps, actor, rest, progress);
  progress?.('write');
  if (format !== 'layout') return written(report, format);
  const document = layoutOf(report);
  return { fileName: `${document.fileStem}.layout.json`, contentType: CONTENT_TYPES.json, body: Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8') };
}
