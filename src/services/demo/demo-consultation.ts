/**
 * The demo consultation: our own sample draft political report of Lai Châu (examples/
 * du-thao-bao-cao-chinh-tri-mau.txt, and its version 2) filed under the XV term, opened for
 * public comment at /gop-y/du-thao-bao-cao-chinh-tri-demo from 5 days before the load day
 * until 17:00 (Vietnam time) 14 days after it, with the comments of lai-chau-consultation.json
 * (our own words): public ones on the whole draft, sections and targets — an identical
 * campaign of 6, three near duplicates, two honeypot spam — most published by the
 * secretariat, 8 left new; meeting comments entered by two departments' reporters; an `own`
 * and an `area` tally; version 2 linked, and one disposition of each kind. Everything goes
 * through the consultation services, as the secretariat and the reporters, inside the demo
 * loader's transaction, on a clock set to times relative to the load day.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { HIDDEN_REASONS, RESPONDENT_TYPES, STANCES } from '../../domain/consultation/types.ts';
import { vietnamInstant } from '../../domain/consultation/consultation-window.ts';
import type { Consultation } from '../../domain/consultation/consultation.ts';
import { addDays } from '../../domain/due-date.ts';
import { structureText } from '../../ingest/read-document.ts';
import { createDocument, getComment, type Executor, type WriteContext } from '../../store/index.ts';
import { loadActor, type Actor } from '../actor.ts';
import { enterOfflineComment, submitPublicComment } from '../comment-submission.service.ts';
import { moderate, moderateGroup } from '../comment-moderation.service.ts';
import { recordDisposition } from '../consultation-disposition.service.ts';
import { loadDraft, type Draft } from '../consultation-draft.ts';
import { computeSynthesis } from '../consultation-synthesis.service.ts';
import { addTally } from '../consultation-tally.service.ts';
import { issueFormToken, openConsultation, reviseConsultation } from '../consultation.service.ts';
import { createDeps, type ServiceDeps } from '../deps.ts';
import { vietnamDate } from '../due-date.ts';
import type { DemoTaskIds } from './demo-tasks.ts';

const key = z.string().regex(/^[a-z0-9-]+$/);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** "draft", "section:Phần thứ hai > III- > 2." (the heading labels from the top) or "indicator:<name in the target list>". */
const on = z.string().regex(/^(draft|section:.+|indicator:.+)$/);

const content = {
  on, stance: z.enum(STANCES), respondent: z.enum(RESPONDENT_TYPES), locality: key.optional(), organisation: z.string().min(1).optional(),
  text: z.string().min(1), reason: z.string().min(1).optional(),
};

const publicComment = z.strictObject({
  ...content,
  /** Days from the load day (negative: before it) and the Vietnam time the comment was sent. */
  day: z.number().int().max(-1),
  time,
  /** Names the comment for the dispositions. */
  key: key.optional(),
  name: z.string().min(1).optional(),
  /** The form's hidden field filled in: a bot's comment, filed as spam. */
  honeypot: z.string().min(1).optional(),
  /** Identical copies sent later the same day (a campaign), at these times. */
  copies: z.array(time).optional(),
  moderation: z.union([z.enum(['published', 'new', 'spam']), z.strictObject({ hidden: z.enum(HIDDEN_REASONS), note: z.string().min(1) })]),
});

export const demoConsultationSchema = z.strictObject({
  about: z.string(),
  consultation: z.strictObject({
    title: z.string().min(1), slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    opensDaysBefore: z.number().int().min(1), closesDaysAfter: z.number().int().min(1), closeTime: time,
  }),
  public: z.array(publicComment).min(1),
  meetings: z.array(z.strictObject({ enteredBy: z.string().min(1), day: z.number().int().max(-1), comments: z.array(z.strictObject(content)).min(1) })),
  tallies: z.array(z.strictObject({
    enteredBy: z.string().min(1), locality: key, channel: z.enum(['meeting', 'paper', 'import']), scope: z.enum(['own', 'area']),
    agree: z.number().int().min(0), disagree: z.number().int().min(0), partly: z.number().int().min(0), unspecified: z.number().int().min(0), note: z.string(),
  })),
  dispositions: z.array(z.strictObject({
    comment: key, kind: z.enum(['accepted', 'explained', 'not_accepted']), note: z.string().min(1), changedSection: z.string().min(1).optional(),
  })),
});

export type DemoConsultationData = z.infer<typeof demoConsultationSchema>;
type PublicComment = z.infer<typeof publicComment>;

/** Reads and checks lai-chau-consultation.json. */
export function readDemoConsultation(): DemoConsultationData {
  return demoConsultationSchema.parse(JSON.parse(readFileSync(new URL('./lai-chau-consultation.json', import.meta.url), 'utf8')));
}

/** The two versions of the sample draft, and the demo keys of their documents. */
export const DEMO_DRAFTS = [
  { key: 'XV/draft-report-v1', file: 'du-thao-bao-cao-chinh-tri-mau.txt' },
  { key: 'XV/draft-report-v2', file: 'du-thao-bao-cao-chinh-tri-mau-v2.txt' },
] as const;

/** Files one sample draft (read like an upload of the examples/ file) under Lai Châu's XV term. */
async function storeDraft(trx: Executor, ctx: WriteContext, ids: DemoTaskIds, draft: (typeof DEMO_DRAFTS)[number]): Promise<string> {
  const bytes = readFileSync(new URL(`../../../examples/${draft.file}`, import.meta.url));
  const { meta, lines, sections, footnotes, warnings } = structureText(bytes.toString('utf8'));
  const stored = await createDocument(trx, ctx, {
    id: ids.id(draft.key), organisationId: ids.unit('province'), termId: ids.id('term/XV'), meta, originalName: draft.file, format: 'txt',
    sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, storageKey: null, lines, sections, footnotes, warnings,
  });
  return stored.id;
}

/** A comment's `on` resolved against the draft: its section by heading path, its target by name. */
function targetOf(draft: Draft, text: string): { kind: 'draft' } | { kind: 'section'; sectionId: string } | { kind: 'indicator'; indicatorId: string } {
  if (text === 'draft') return { kind: 'draft' };
  if (text.startsWith('section:')) return { kind: 'section', sectionId: sectionId(draft, text.slice('section:'.length)) };
  const name = text.slice('indicator:'.length);
  const found = draft.indicators.filter((i) => i.name === name);
  if (found.length !== 1) throw new Error(`demo consultation: ${found.length} targets named "${name}" in the draft`);
  return { kind: 'indicator', indicatorId: found[0]?.id ?? '' };
}

function sectionId(draft: Draft, path: string): string {
  const found = draft.sections.filter((s) => s.path.join(' > ') === path);
  if (found.length !== 1) throw new Error(`demo consultation: ${found.length} sections at "${path}" in the draft`);
  return found[0]?.id ?? '';
}

interface Run {
  trx: Executor;
  ids: DemoTaskIds;
  deps: ServiceDeps;
  /** The load day in Vietnam. */
  today: string;
  /** The instant of a Vietnam time `day` days from the load day. */
  instant(day: number, time: string): Date;
  /** Sets the services' clock. */
  set(instant: Date): void;
  consultation: Consultation;
  draft: Draft;
  secretariat: Actor;
  /** Stored comment ids by the file's keys. */
  keyed: Map<string, string[]>;
}

/** How long the demo's commenters take to fill the form (the rules want at least 3 s). */
const FILL_MS = 4 * 60 * 1000;

function locality(run: Run, name: string | undefined): string | null {
  return name === undefined ? null : run.ids.unit(name);
}

/** Sends one public comment (and its copies) the way the page does: a form token, then the form a few minutes later. */
async function sendPublic(run: Run, item: PublicComment): Promise<string[]> {
  const sent: string[] = [];
  for (const time of [item.time, ...(item.copies ?? [])]) {
    const sentAt = run.instant(item.day, time);
    run.set(new Date(sentAt.getTime() - FILL_MS));
    const { formToken } = await issueFormToken(run.deps, { slug: run.consultation.slug });
    run.set(sentAt);
    const receipt = await submitPublicComment(run.deps, {
      slug: run.consultation.slug, target: targetOf(run.draft, item.on), stance: item.stance, text: item.text, reason: item.reason ?? null,
      respondentType: item.respondent, localityId: locality(run, item.locality), organisation: item.organisation ?? null, name: item.name ?? null,
      website: item.honeypot ?? null, formToken,
    });
    sent.push(receipt.id);
  }
  return sent;
}

/** Publishes or hides what the file says (a campaign as one duplicate group); checks spam landed in spam. */
async function moderatePublic(run: Run, item: PublicComment, ids: string[]): Promise<void> {
  const first = await getComment(run.trx, ids[0] ?? '');
  if (first === null) throw new Error('demo consultation: a comment was not stored');
  const expected = item.moderation === 'spam' ? 'spam' : 'new';
  if (first.moderation.state !== expected) throw new Error(`demo consultation: "${item.text}" arrived as ${first.moderation.state}, not ${expected}`);
  if (item.moderation === 'new' || item.moderation === 'spam') return;
  if (item.moderation === 'published' && ids.length > 1 && first.duplicateGroupId !== null) {
    await moderateGroup(run.deps, run.secretariat, { consultationId: run.consultation.id, duplicateGroupId: first.duplicateGroupId, state: 'published' });
    return;
  }
  const to = item.moderation === 'published' ? { state: 'published' as const } : { state: 'hidden' as const, reason: item.moderation.hidden, note: item.moderation.note };
  for (const id of ids) {
    const comment = await getComment(run.trx, id);
    await moderate(run.deps, run.secretariat, { commentId: id, version: comment?.version ?? 1, ...to });
  }
}

async function enterMeetings(run: Run, data: DemoConsultationData): Promise<number> {
  let count = 0;
  for (const meeting of data.meetings) {
    const reporter = await loadActor(run.trx, run.ids.id(`user/${meeting.enteredBy}`));
    run.set(run.instant(meeting.day, '18:00'));
    for (const c of meeting.comments) {
      await enterOfflineComment(run.deps, reporter, {
        consultationId: run.consultation.id, channel: 'meeting', target: targetOf(run.draft, c.on), stance: c.stance, text: c.text, reason: c.reason ?? null,
        respondentType: c.respondent, localityId: locality(run, c.locality), organisation: c.organisation ?? null, submittedOn: addDays(run.today, meeting.day),
      });
      count += 1;
    }
  }
  return count;
}

async function enterTallies(run: Run, data: DemoConsultationData): Promise<void> {
  run.set(run.instant(-1, '19:00'));
  for (const tally of data.tallies) {
    const actor = await loadActor(run.trx, run.ids.id(`user/${tally.enteredBy}`));
    const { enteredBy: _by, locality: place, ...counts } = tally;
    await addTally(run.deps, actor, { consultationId: run.consultation.id, localityId: run.ids.unit(place), ...counts });
  }
}

/** Links version 2 and records the dispositions: a comment in a main point is answered as its cluster. */
async function dispose(run: Run, data: DemoConsultationData): Promise<void> {
  run.set(run.instant(-1, '23:40'));
  const revisedId = await storeDraft(run.trx, { actorId: null, at: run.deps.clock() }, run.ids, DEMO_DRAFTS[1]);
  const revised = await reviseConsultation(run.deps, run.secretariat, { consultationId: run.consultation.id, version: run.consultation.version, documentId: revisedId });
  const next = await loadDraft(run.trx, revisedId);
  const synthesis = await computeSynthesis(run.trx, revised, run.deps.clock());
  const points = synthesis.units.flatMap((unit) => unit.mainPoints);
  run.set(run.instant(-1, '23:50'));
  for (const d of data.dispositions) {
    const commentId = run.keyed.get(d.comment)?.[0];
    if (commentId === undefined) throw new Error(`demo consultation: no comment "${d.comment}"`);
    const point = points.find((p) => p.memberIds.includes(commentId));
    await recordDisposition(run.deps, run.secretariat, {
      consultationId: revised.id, subject: point === undefined ? { kind: 'comment', commentId } : { kind: 'cluster', clusterId: point.clusterId },
      kind: d.kind, note: d.note, changedSectionId: d.changedSection === undefined ? null : sectionId(next, d.changedSection), version: null,
    });
  }
}

/**
 * Writes the demo consultation inside the demo loader's transaction (`ctx.at` is the load
 * instant): the two drafts, the consultation, its comments, tallies, revision and
 * dispositions. Returns the number of comments stored.
 */
export async function loadDemoConsultation(trx: Executor, ctx: WriteContext, ids: DemoTaskIds, data: DemoConsultationData = readDemoConsultation()): Promise<number> {
  const today = vietnamDate(ctx.at);
  let clock = ctx.at;
  const deps = createDeps(trx, { clock: () => clock });
  const instant = (day: number, time: string) => new Date(vietnamInstant(addDays(today, day), time));
  const c = data.consultation;
  // Filed and opened the afternoon before the consultation opens.
  clock = instant(-c.opensDaysBefore - 1, '16:00');
  const draftId = await storeDraft(trx, { actorId: null, at: clock }, ids, DEMO_DRAFTS[0]);
  const secretariat = await loadActor(trx, ids.id('user/thuky'));
  const consultation = await openConsultation(deps, secretariat, {
    documentId: draftId, title: c.title, slug: c.slug, opensOn: addDays(today, -c.opensDaysBefore), closesOn: addDays(today, c.closesDaysAfter),
    closeTime: c.closeTime, verification: 'none',
  });
  const run: Run = {
    trx, ids, deps, today, instant, set: (next) => { clock = next; }, consultation, draft: await loadDraft(trx, draftId), secretariat, keyed: new Map(),
  };
  const sent: [PublicComment, string[]][] = [];
  for (const item of data.public) {
    const stored = await sendPublic(run, item);
    if (item.key !== undefined) run.keyed.set(item.key, stored);
    sent.push([item, stored]);
  }
  const entered = await enterMeetings(run, data);
  run.set(instant(-1, '23:30'));
  for (const [item, stored] of sent) await moderatePublic(run, item, stored);
  await enterTallies(run, data);
  await dispose(run, data);
  return sent.reduce((sum, [, stored]) => sum + stored.length, 0) + entered;
}
