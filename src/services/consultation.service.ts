/**
 * Consultations on drafts: the secretariat opens one on an imported document version
 * (consultation.manage over the document's organisation), closes it early, and links the next
 * version; readers list them and read one with its sections, targets, localities and
 * moderation counts. The public reads a consultation by its address (no account) and asks
 * for a form token: the instant the form was issued, signed, so the minimum fill time cannot
 * be faked by the client.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import type { Consultation } from '../domain/consultation/consultation.ts';
import { DEFAULT_COMMENT_LIMITS } from '../domain/consultation/comment-rules.ts';
import { isOpen, scheduleProblem, vietnamInstant } from '../domain/consultation/consultation-window.ts';
import type { BilingualText } from '../domain/vocabulary/index.ts';
import type { ModerationStateCode } from '../domain/consultation/types.ts';
import { ResoluteError } from '../domain/errors.ts';
import { foldVietnamese } from '../domain/fold.ts';
import {
  countCommentsByState, createConsultation, getConsultation, getConsultationBySlug, getDocument, getOrganisation, listConsultations as storeList,
  updateConsultation, type Executor,
} from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan, can, type Scope } from './authorization.ts';
import { dropIntake } from './comment-intake.ts';
import { forgetConsultation } from './consultation-cache.ts';
import { loadDraft, localitiesOf, type DraftIndicator, type DraftSection, type Locality } from './consultation-draft.ts';
import {
  CloseConsultationInput, ConsultationInput, ConsultationSlugInput, ListConsultationsInput, OpenConsultationInput, ReviseConsultationInput,
} from './consultation.schemas.ts';
import type { ServiceDeps } from './deps.ts';
import { writeContext } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { unitScope } from './scopes.ts';

export type ConsultationState = 'upcoming' | 'open' | 'closed';

export interface ConsultationSummary {
  consultation: Consultation;
  organisationName: string;
  draftTitle: string;
  state: ConsultationState;
  counts: Record<ModerationStateCode, number>;
}

export interface ConsultationDetail extends ConsultationSummary {
  revisedDraftTitle: string | null;
  sections: DraftSection[];
  indicators: DraftIndicator[];
  localities: Locality[];
  can: { manage: boolean; moderate: boolean; enter: boolean };
}

export interface PublicConsultation {
  id: string;
  slug: string;
  title: string;
  organisationName: string;
  draftTitle: string;
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  state: ConsultationState;
  stateText: BilingualText | null;
  verification: Consultation['verification'];
  sections: DraftSection[];
  indicators: DraftIndicator[];
  localities: Locality[];
  limits: { text: number; reason: number; name: number; organisation: number; email: number; minFillSeconds: number };
  publishedByTarget: Record<string, number>;
}

function missing(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

/** A consultation and its organisation's scope; `record_not_found` when missing. */
export async function loadConsultation(db: Executor, consultationId: string): Promise<{ consultation: Consultation; scope: Scope }> {
  const consultation = await getConsultation(db, consultationId);
  if (consultation === null) throw missing('consultation', consultationId);
  return { consultation, scope: await unitScope(db, consultation.organisationId) };
}

/** A consultation by its public address; `record_not_found` when there is none. */
export async function loadBySlug(db: Executor, slug: string): Promise<Consultation> {
  const consultation = await getConsultationBySlug(db, slug);
  if (consultation === null) throw missing('consultation', slug);
  return consultation;
}

/** Upcoming, open or closed at `now`. */
export function stateOf(consultation: Consultation, now: Date): { state: ConsultationState; text: BilingualText | null } {
  const check = isOpen(consultation, now);
  if (check.open) return { state: 'open', text: null };
  return { state: check.reason === 'not_yet_open' ? 'upcoming' : 'closed', text: check.message };
}

/** "du-thao-bao-cao-chinh-tri": the title folded to ASCII words. */
export function slugOf(title: string): string {
  const words = foldVietnamese(title).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter((w) => w !== '');
  return words.slice(0, 10).join('-') || 'gop-y';
}

async function freeSlug(db: Executor, wanted: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? wanted : `${wanted}-${n}`;
    if ((await getConsultationBySlug(db, slug)) === null) return slug;
  }
}

async function summaryOf(deps: ServiceDeps, consultation: Consultation): Promise<ConsultationSummary> {
  const [organisation, draft, counts] = await Promise.all([
    getOrganisation(deps.db, consultation.organisationId), loadDraft(deps.db, consultation.documentId), countCommentsByState(deps.db, consultation.id),
  ]);
  return { consultation, organisationName: organisation?.name ?? '', draftTitle: draft.title, state: stateOf(consultation, deps.clock()).state, counts };
}

function mayRead(actor: Actor, scope: Scope): boolean {
  return can(actor, 'consultation.read', scope) || can(actor, 'consultation.enter', scope);
}

/** Opens a consultation on a stored document version (consultation.manage over its organisation). */
export async function openConsultation(deps: ServiceDeps, actor: Actor, input: z.input<typeof OpenConsultationInput>): Promise<Consultation> {
  const args = parseInput(OpenConsultationInput, input);
  const document = await getDocument(deps.db, args.documentId);
  if (document === null) throw missing('document', args.documentId);
  assertCan(actor, 'consultation.manage', await unitScope(deps.db, document.organisationId));
  const opensAt = vietnamInstant(args.opensOn, args.openTime ?? '00:00');
  const closesAt = vietnamInstant(args.closesOn, args.closeTime ?? '23:59');
  if (scheduleProblem({ opensAt, closesAt, closedAt: null }) !== null) {
    throw new ResoluteError('invalid_input', 'Invalid input: closesOn: the consultation must close after it opens', { detail: 'closesOn: must be after opensOn', detail_vi: 'closesOn: ngày kết thúc phải sau ngày bắt đầu (opensOn)', path: 'closesOn' });
  }
  const title = args.title ?? document.title ?? document.originalName;
  const slug = await freeSlug(deps.db, args.slug ?? slugOf(title));
  return createConsultation(deps.db, writeContext(deps, actor), {
    organisationId: document.organisationId, documentId: document.id, slug, title, opensAt, closesAt,
    verification: args.verification ?? 'none', duplicateThreshold: args.duplicateThreshold ?? 0.8,
  });
}

/** Closes a consultation now (consultation.manage); comments after this instant are refused. */
export async function closeConsultation(deps: ServiceDeps, actor: Actor, input: z.input<typeof CloseConsultationInput>): Promise<Consultation> {
  const args = parseInput(CloseConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.manage', scope);
  const now = deps.clock();
  if (stateOf(consultation, now).state === 'closed') throw new ResoluteError('invalid_state', 'Not possible: the consultation is closed already', { detail: 'the consultation is closed already', detail_vi: 'đợt lấy ý kiến đã kết thúc' });
  const closed = await updateConsultation(deps.db, writeContext(deps, actor), consultation.id, args.version, { closedAt: now.toISOString() });
  forgetConsultation(deps.db, closed);
  return closed;
}

/** Links the next version of the draft (consultation.manage): the version diff and the dispositions' changed sections refer to it. */
export async function reviseConsultation(deps: ServiceDeps, actor: Actor, input: z.input<typeof ReviseConsultationInput>): Promise<Consultation> {
  const args = parseInput(ReviseConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.manage', scope);
  const document = await getDocument(deps.db, args.documentId);
  if (document === null) throw missing('document', args.documentId);
  if (document.id === consultation.documentId) {
    throw new ResoluteError('invalid_input', 'Invalid input: documentId: the next version must be another document', { detail: 'documentId: the draft itself', detail_vi: 'documentId: trùng với chính bản dự thảo đang lấy ý kiến', path: 'documentId' });
  }
  assertCan(actor, 'consultation.manage', await unitScope(deps.db, document.organisationId));
  const updated = await updateConsultation(deps.db, writeContext(deps, actor), consultation.id, args.version, { revisedDocumentId: document.id });
  dropIntake(deps.db, consultation.id);
  forgetConsultation(deps.db, updated);
  return updated;
}

/** The consultations the actor may read or enter comments into, newest first. */
export async function listConsultations(deps: ServiceDeps, actor: Actor, input: z.input<typeof ListConsultationsInput> = {}): Promise<ConsultationSummary[]> {
  const args = parseInput(ListConsultationsInput, input);
  const all = await storeList(deps.db, args.organisationId === undefined ? {} : { organisationIds: [args.organisationId] });
  const summaries: ConsultationSummary[] = [];
  for (const consultation of all) {
    if (!mayRead(actor, await unitScope(deps.db, consultation.organisationId))) continue;
    summaries.push(await summaryOf(deps, consultation));
  }
  return summaries;
}

/** One consultation with its draft's sections and targets, the localities and what the actor may do. */
export async function getConsultationDetail(deps: ServiceDeps, actor: Actor, input: z.input<typeof ConsultationInput>): Promise<ConsultationDetail> {
  const args = parseInput(ConsultationInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  if (!mayRead(actor, scope)) assertCan(actor, 'consultation.read', scope);
  const [summary, draft, localities] = await Promise.all([summaryOf(deps, consultation), loadDraft(deps.db, consultation.documentId), localitiesOf(deps.db, consultation)]);
  const revised = consultation.revisedDocumentId === null ? null : await loadDraft(deps.db, consultation.revisedDocumentId);
  return {
    ...summary, revisedDraftTitle: revised?.title ?? null, sections: draft.sections, indicators: draft.indicators, localities,
    can: { manage: can(actor, 'consultation.manage', scope), moderate: can(actor, 'consultation.moderate', scope), enter: can(actor, 'consultation.enter', scope) },
  };
}

/** What the public page shows of a consultation (anyone; no personal data). */
export async function readPublicConsultation(deps: ServiceDeps, input: z.input<typeof ConsultationSlugInput>, publishedByTarget: Record<string, number>): Promise<PublicConsultation> {
  const args = parseInput(ConsultationSlugInput, input);
  const consultation = await loadBySlug(deps.db, args.slug);
  const [organisation, draft, localities] = await Promise.all([
    getOrganisation(deps.db, consultation.organisationId), loadDraft(deps.db, consultation.documentId), localitiesOf(deps.db, consultation),
  ]);
  const { state, text } = stateOf(consultation, deps.clock());
  const { text: textLimit, reason, name, organisation: organisationLimit, email, minFillSeconds } = DEFAULT_COMMENT_LIMITS;
  return {
    id: consultation.id, slug: consultation.slug, title: consultation.title, organisationName: organisation?.name ?? '', draftTitle: draft.title,
    opensAt: consultation.opensAt, closesAt: consultation.closesAt, closedAt: consultation.closedAt, state, stateText: text,
    verification: consultation.verification, sections: draft.sections, indicators: draft.indicators, localities,
    limits: { text: textLimit, reason, name, organisation: organisationLimit, email, minFillSeconds }, publishedByTarget,
  };
}

// The form token: "<issued ms>.<HMAC>" with a key of this process. A restart makes earlier
// forms' tokens unknown: their comments are then filed as spam (no form time), where a
// moderator can still publish them.
const FORM_KEY = randomBytes(32);

function formMac(consultationId: string, issuedMs: number): string {
  return createHmac('sha256', FORM_KEY).update(`${consultationId}.${issuedMs}`).digest('base64url');
}

/** A signed token of the instant a consultation's form was issued. */
export async function issueFormToken(deps: ServiceDeps, input: z.input<typeof ConsultationSlugInput>): Promise<{ formToken: string; issuedAt: string }> {
  const args = parseInput(ConsultationSlugInput, input);
  const consultation = await loadBySlug(deps.db, args.slug);
  const issued = deps.clock();
  return { formToken: `${issued.getTime()}.${formMac(consultation.id, issued.getTime())}`, issuedAt: issued.toISOString() };
}

/** The instant a form token was issued for this consultation, or null when it is not one of ours. */
export function formIssuedAt(consultationId: string, token: string): string | null {
  const [ms, mac] = token.split('.');
  if (ms === undefined || mac === undefined || !/^\d{1,15}$/.test(ms)) return null;
  const expected = Buffer.from(formMac(consultationId, Number(ms)));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return new Date(Number(ms)).toISOString();
}
