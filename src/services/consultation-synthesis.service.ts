/**
 * The synthesis of a consultation ("tổng hợp ý kiến"): over its published comments, the
 * counts overall and per commentable unit (the draft, each section, each target) by stance,
 * respondent type and channel — each duplicate group counted once — the main points of each
 * unit (clusters of similar comments with a representative), the campaign count, and the
 * bottom-up counts by locality with the tallies. One pass over the comments in position
 * order; texts are kept per unit only while its main points are computed. Readers:
 * consultation.read. The report data for the DOCX/PDF/XLSX report is built from the same
 * synthesis (consultation-report.service.ts). A computed synthesis is kept until the data
 * moves (`currentSynthesis`), so the tabs and the reports do not count it all again.
 */
import type { Consultation, StoredComment } from '../domain/consultation/consultation.ts';
import { rollupByLocality, type RollupDiscrepancy, type StanceTally } from '../domain/consultation/locality-rollup.ts';
import { mainPoints, type MainPoint } from '../domain/consultation/main-points.ts';
import { exactKeyOfNormal, normaliseForDuplicates, syllableCount } from '../domain/consultation/normalise.ts';
import { campaignCount, countComments, type CommentCounts } from '../domain/consultation/synthesis.ts';
import { targetKey } from '../domain/consultation/types.ts';
import { ROLLUP_DISCREPANCY_TEXT } from '../domain/vocabulary/index.ts';
import type { ConsultationReportInfo, ReportUnit, SynthesisUnit, UnitCounts } from '../reports/index.ts';
import { listTallies, maxCommentPosition, readDataVersion, scanComments, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { loadDraft, localitiesOf, type Draft } from './consultation-draft.ts';
import { loadConsultation, stateOf, type ConsultationState } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { vietnamDate } from './due-date.ts';

/** Main points listed per unit. */
export const POINTS_PER_UNIT = 10;

export interface SynthesisPoint {
  clusterId: string;
  representativeId: string;
  size: number;
  byStance: MainPoint['byStance'];
  representativeText: string;
  representativeReason: string | null;
  memberIds: string[];
}

export interface SynthesisUnitView extends Omit<SynthesisUnit, 'mainPoints'> {
  key: string;
  mainPoints: SynthesisPoint[];
  /** Comments of the unit in no cluster (id, text, stance), for the disposition board. */
  singles: { id: string; text: string; stance: StoredComment['stance'] }[];
}

export interface Synthesis {
  consultation: Consultation;
  state: ConsultationState;
  draft: Draft;
  overall: UnitCounts;
  campaigns: { groups: number; comments: number };
  duplicateGroups: { groups: number; comments: number };
  units: SynthesisUnitView[];
  localities: { localityId: string; name: string; level: number; own: StanceTally; total: StanceTally }[];
  unplaced: StanceTally;
  discrepancies: { kind: string; localityId: string; text: string }[];
}

function unitCounts(comments: readonly StoredComment[]): UnitCounts {
  const once: CommentCounts = countComments(comments, { groupsOnce: true });
  const all = countComments(comments);
  return { total: once.total, comments: all.total, byStance: once.byStance, byRespondentType: once.byRespondentType, byChannel: once.byChannel };
}

function reportUnit(draft: Draft, key: string): ReportUnit {
  if (key === 'draft') return { kind: 'draft' };
  const [kind, id = ''] = key.split(/:(.*)/s);
  if (kind === 'section') {
    const s = draft.sections.find((x) => x.id === id);
    return { kind: 'section', sectionId: id, label: s?.label ?? '', title: s?.title ?? id, level: s?.level ?? 1 };
  }
  const i = draft.indicators.find((x) => x.id === id);
  return { kind: 'indicator', indicatorId: id, code: i?.code ?? null, name: i?.name ?? id };
}

/** Units in document order: the draft, the sections, then the targets; only those with comments. */
function unitOrder(draft: Draft, keys: Iterable<string>): string[] {
  const order = new Map<string, number>([['draft', 0]]);
  draft.sections.forEach((s, i) => order.set(`section:${s.id}`, 1 + i));
  draft.indicators.forEach((t, i) => order.set(`indicator:${t.id}`, 1 + draft.sections.length + i));
  return [...keys].sort((a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b));
}

function discrepancyText(d: RollupDiscrepancy): { kind: string; localityId: string; text: string } {
  switch (d.kind) {
    case 'area_tally_below_records':
      return { kind: d.kind, localityId: d.localityId, text: ROLLUP_DISCREPANCY_TEXT.area_tally_below_records(d.channel, d.tallied, d.recordedBelow) };
    case 'duplicate_area_tally':
      return { kind: d.kind, localityId: d.localityId, text: ROLLUP_DISCREPANCY_TEXT.duplicate_area_tally(d.channel) };
    case 'unknown_locality':
      return { kind: d.kind, localityId: d.localityId, text: ROLLUP_DISCREPANCY_TEXT.unknown_locality(d.count) };
    case 'cycle':
      return { kind: d.kind, localityId: d.localityId, text: ROLLUP_DISCREPANCY_TEXT.cycle() };
  }
}

/** The synthesis without a permission check (the report and the CLI use it after their own). */
export async function computeSynthesis(db: Executor, consultation: Consultation, now: Date): Promise<Synthesis> {
  const draft = await loadDraft(db, consultation.documentId);
  const byUnit = new Map<string, StoredComment[]>();
  const groupSizes = new Map<string, number>();
  const campaignItems: { exactKey: string | null; syllables: number }[] = [];
  const all: StoredComment[] = [];
  for await (const comment of scanComments(db, consultation.id, { states: ['published'] })) {
    all.push(comment);
    const key = targetKey(comment.target);
    const list = byUnit.get(key) ?? [];
    list.push(comment);
    byUnit.set(key, list);
    const group = comment.duplicateGroupId ?? comment.id;
    groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
    const normal = normaliseForDuplicates(comment.text);
    campaignItems.push({ exactKey: normal === '' ? null : exactKeyOfNormal(normal), syllables: syllableCount(normal) });
  }
  const units: SynthesisUnitView[] = unitOrder(draft, byUnit.keys()).map((key) => {
    const comments = byUnit.get(key) ?? [];
    const found = mainPoints(comments.map((c) => ({ id: c.id, text: c.text, stance: c.stance })), { limit: POINTS_PER_UNIT });
    const byId = new Map(comments.map((c) => [c.id, c]));
    const clustered = new Set<string>();
    const points = found.points.map((p) => {
      const memberIds = p.memberIds;
      for (const id of memberIds) clustered.add(id);
      const representative = byId.get(p.representativeId);
      return {
        clusterId: p.clusterId, representativeId: p.representativeId, size: p.size, byStance: p.byStance, memberIds,
        representativeText: representative?.text ?? '', representativeReason: representative?.reason ?? null,
      };
    });
    const singles = comments.filter((c) => !clustered.has(c.id)).map((c) => ({ id: c.id, text: c.text, stance: c.stance }));
    return { key, unit: reportUnit(draft, key), counts: unitCounts(comments), mainPoints: points, unclustered: found.unclustered, singles };
  });
  const localities = await localitiesOf(db, consultation);
  const rollup = rollupByLocality(localities.map((l) => ({ id: l.id, parentId: l.parentId })), all, await listTallies(db, consultation.id));
  const names = new Map(localities.map((l) => [l.id, l.name]));
  const localityRows = localities
    .map((l) => ({ l, count: rollup.localities.get(l.id) }))
    .filter((x) => x.count !== undefined && x.count.total.agree + x.count.total.disagree + x.count.total.partly + x.count.total.unspecified > 0)
    .map(({ l, count }) => ({ localityId: l.id, name: names.get(l.id) ?? l.id, level: l.parentId === null ? 0 : 1, own: count?.own as StanceTally, total: count?.total as StanceTally }));
  const multi = [...groupSizes.values()].filter((n) => n > 1);
  return {
    consultation, state: stateOf(consultation, now).state, draft, overall: unitCounts(all), campaigns: campaignCount(campaignItems),
    duplicateGroups: { groups: multi.length, comments: multi.reduce((a, b) => a + b, 0) }, units, localities: localityRows, unplaced: rollup.unplaced,
    discrepancies: rollup.discrepancies.map(discrepancyText),
  };
}

/** Consultations whose last synthesis is kept, per database; the least recently computed goes first. */
const KEPT_SYNTHESES = 4;

interface KeptSynthesis {
  key: string;
  value: Promise<Synthesis>;
}

const keptPerDatabase = new WeakMap<object, Map<string, KeptSynthesis>>();

/**
 * The synthesis, computed again only when something it counts may have changed. The key is
 * the data version, which every audited change moves (moderation, offline entries and
 * imports, tallies, dispositions, closing and revising, units), and the consultation's last
 * comment position, which every public comment moves (those are not audited). The key is
 * read before computing, so a change committed meanwhile makes the next request compute
 * again. Open or closed is worked out afresh from `now` on every call.
 */
export async function currentSynthesis(db: Executor, consultation: Consultation, now: Date): Promise<Synthesis> {
  const key = `${await readDataVersion(db)}:${await maxCommentPosition(db, consultation.id)}`;
  let kept = keptPerDatabase.get(db);
  if (kept === undefined) {
    kept = new Map();
    keptPerDatabase.set(db, kept);
  }
  const found = kept.get(consultation.id);
  if (found?.key === key) return { ...(await found.value), consultation, state: stateOf(consultation, now).state };
  const value = computeSynthesis(db, consultation, now);
  kept.delete(consultation.id);
  kept.set(consultation.id, { key, value });
  const oldest = kept.keys().next().value;
  if (kept.size > KEPT_SYNTHESES && oldest !== undefined) kept.delete(oldest);
  const entries = kept;
  value.catch(() => {
    if (entries.get(consultation.id)?.value === value) entries.delete(consultation.id);
  });
  return value;
}

/** The synthesis of a consultation (consultation.read). */
export async function getSynthesis(deps: ServiceDeps, actor: Actor, input: { consultationId: string }): Promise<Synthesis> {
  const { consultation, scope } = await loadConsultation(deps.db, input.consultationId);
  assertCan(actor, 'consultation.read', scope);
  return currentSynthesis(deps.db, consultation, deps.clock());
}

/** The consultation as the reports name it. */
export function reportInfo(consultation: Consultation, draft: Draft, organisationName: string, now: Date): ConsultationReportInfo {
  return {
    title: consultation.title, draftTitle: draft.title, organisationName, opensAt: consultation.opensAt, closesAt: consultation.closesAt,
    closedAt: consultation.closedAt, asOf: vietnamDate(now),
  };
}
