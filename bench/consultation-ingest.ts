/**
 * Consultation ingest at scale through the service layer, on SQLite (a temporary file) and
 * PostgreSQL (a fresh schema; skipped visibly when unreachable): a small world, a draft
 * imported from examples/nghi-quyet-mau.txt and a consultation opened through the service,
 * then N synthetic comments (BENCH_CONSULTATION_COMMENTS, default 1,000,000; 20% planted
 * campaign copies) go through `takeComment` with 2,000 in flight, so the intake batches them.
 * Each chunk is also timed through the duplicate index alone and as plain `insertComments`
 * of the same rows, in the intake's batch size, into a second consultation (the baseline).
 * Then the stored duplicate groups are scored against the planted ones, every comment is
 * published with one UPDATE (setup, not timed) and `currentSynthesis` is timed next to a
 * single `select stance, count(*) … group by`, and a scan counting stances; then once more
 * with nothing changed (the kept synthesis).
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Consultation } from '../src/domain/consultation/consultation.ts';
import { DuplicateIndex } from '../src/domain/consultation/duplicate-index.ts';
import { pairQuality } from '../src/domain/consultation/grouping-quality.ts';
import { syntheticComments, type SyntheticComment } from '../src/domain/consultation/synthetic-comments.ts';
import type { CommentTarget, Stance } from '../src/domain/consultation/types.ts';
import { takeComment, dropIntake, type PreparedComment } from '../src/services/comment-intake.ts';
import { loadDraft, localitiesOf } from '../src/services/consultation-draft.ts';
import { openConsultation } from '../src/services/consultation.service.ts';
import { currentSynthesis } from '../src/services/consultation-synthesis.service.ts';
import { importDocument } from '../src/services/document-import.service.ts';
import { seedWorld } from '../src/services/testing/fixtures.ts';
import type { TestEngine } from '../src/store/contract/engines.ts';
import {
  countCommentsByState, insertComments, migrateToLatest, scanComments, type Database, type Executor, type NewStoredComment, type WriteContext,
} from '../src/store/index.ts';
import { onBenchEngines } from './engines.ts';
import { report, sizeFromEnv } from './measure.ts';

export const DEFAULT_INGEST_COMMENTS = 1_000_000;
/** Comments submitted and not yet settled at any time. */
const IN_FLIGHT = 2_000;
/** Comments generated, and timed in each of the three ways, at a time. */
const CHUNK = 50_000;
/** The intake's batch (comment-intake.ts): the baseline inserts as many rows a transaction. */
const BATCH = 500;
const PROGRESS_EVERY = 100_000;
const SAMPLE_DRAFT = fileURLToPath(new URL('../examples/nghi-quyet-mau.txt', import.meta.url));

/** What one engine's run measured. Rates are per second; times in milliseconds. */
export interface IngestFigures {
  engine: string;
  comments: number;
  /** Through `takeComment`: duplicate index, client-key check, batched durable writes. */
  intakeRate: number;
  /** `insertComments` of the same rows, BATCH a transaction, no duplicate check. */
  baselineRate: number;
  /** `DuplicateIndex.add` over the same texts alone. */
  indexRate: number;
  /** The index's time as a share of the intake's. */
  indexShare: number;
  stored: number;
  baselineStored: number;
  precision: number;
  recall: number;
  plantedCopies: number;
  /** Stored duplicate groups of at least two comments. */
  groups: number;
  publishMs: number;
  synthesisMs: number;
  /** The same synthesis asked again with nothing changed (kept). */
  keptMs: number;
  synthesisCounted: number;
  synthesisUnits: number;
  mainPoints: number;
  groupByMs: number;
  groupByCounted: number;
  scanCountMs: number;
  scanCounted: number;
}

interface World {
  db: Executor;
  consultation: Consultation;
  baseline: Consultation;
  targets: CommentTarget[];
  localityIds: string[];
  ctx: WriteContext;
  now: () => Date;
}

/** Seeds the service fixtures' province, imports the sample draft and opens two consultations on it. */
async function seed(database: Database): Promise<World> {
  await migrateToLatest(database);
  const world = await seedWorld(database.db);
  const { deps } = world;
  const actor = world.actors.secretariat;
  const document = await importDocument(deps, actor, { termId: world.term.id, path: SAMPLE_DRAFT });
  const open = (title: string) => openConsultation(deps, actor, { documentId: document.id, title, opensOn: '2024-01-15', closesOn: '2024-12-31' });
  const consultation = await open('Góp ý dự thảo nghị quyết (đo tải)');
  const baseline = await open('Góp ý dự thảo nghị quyết (đường cơ sở)');
  const draft = await loadDraft(database.db, document.id);
  const targets: CommentTarget[] = [
    { kind: 'draft' },
    ...draft.sections.map((s): CommentTarget => ({ kind: 'section', sectionId: s.id, path: s.path })),
    ...draft.indicators.map((i): CommentTarget => ({ kind: 'indicator', indicatorId: i.id })),
  ];
  const localityIds = (await localitiesOf(database.db, consultation)).map((l) => l.id);
  return { db: database.db, consultation, baseline, targets, localityIds, ctx: { actorId: null, at: deps.clock() }, now: deps.clock };
}

/** A public comment as the submission service prepares it; a campaign's copies share their original's target. */
function prepared(world: World, c: SyntheticComment): PreparedComment {
  return {
    consultationId: world.consultation.id, target: world.targets[c.planted % world.targets.length] as CommentTarget, stance: c.stance, text: c.text,
    reason: c.stance === 'disagree' ? c.text.slice(0, 80) : null, respondentType: c.respondentType,
    localityId: world.localityIds[c.locality % world.localityIds.length] ?? null, organisation: null, channel: 'online',
    submittedAt: world.ctx.at.toISOString(), contact: { name: null, email: null, phone: null }, emailVerified: false, moderation: { state: 'new' },
    spamSignal: null, enteredBy: null, clientRef: `bench-${c.index}`,
  };
}

/** Submits every comment through the intake with IN_FLIGHT unsettled at a time; records each one's stored position. */
async function intakeChunk(world: World, comments: readonly PreparedComment[], firstIndex: number, positions: Int32Array): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < comments.length) {
      const i = next++;
      const result = await takeComment(world.db, world.consultation, comments[i] as PreparedComment, world.ctx, { audit: false });
      positions[firstIndex + i] = result.comment.position;
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, comments.length) }, worker));
}

/** The same comments through the duplicate index alone (timed), then the rows a plain insert stores. */
function indexChunk(index: DuplicateIndex, world: World, comments: readonly PreparedComment[]): { ms: number; rows: NewStoredComment[] } {
  const ids = comments.map(() => randomUUID());
  const started = performance.now();
  const matches = comments.map((c, i) => index.add(ids[i] as string, c.text));
  const ms = performance.now() - started;
  const rows = comments.map((c, i): NewStoredComment => {
    const m = matches[i] as ReturnType<DuplicateIndex['add']>;
    return { ...c, consultationId: world.baseline.id, id: ids[i] as string, position: m.index, duplicateGroupId: m.groupId, duplicateMatch: m.match, duplicateRecord: index.recordAt(m.index) };
  });
  return { ms, rows };
}

async function baselineChunk(world: World, rows: readonly NewStoredComment[]): Promise<number> {
  const started = performance.now();
  for (let start = 0; start < rows.length; start += BATCH) await insertComments(world.db, world.ctx, rows.slice(start, start + BATCH), { audit: false });
  return performance.now() - started;
}

/** Pair precision and recall of the stored duplicate groups against the planted ones. */
async function storedQuality(world: World, planted: Int32Array, positions: Int32Array): Promise<{ precision: number; recall: number; groups: number }> {
  const n = planted.length;
  const positionOfId = new Map<string, number>();
  const groupOfPosition: (string | null)[] = new Array<string | null>(n).fill(null);
  for await (const c of scanComments(world.db, world.consultation.id, { pageSize: 10_000 })) {
    positionOfId.set(c.id, c.position);
    groupOfPosition[c.position] = c.duplicateGroupId;
  }
  const rootOfPosition = new Int32Array(n);
  const sizes = new Map<number, number>();
  for (let p = 0; p < n; p += 1) {
    const group = groupOfPosition[p];
    const root = group === null || group === undefined ? p : (positionOfId.get(group) ?? p);
    rootOfPosition[p] = root;
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  const found = Int32Array.from(positions, (p) => rootOfPosition[p] as number);
  const quality = pairQuality(planted, found);
  return { precision: quality.precision, recall: quality.recall, groups: [...sizes.values()].filter((size) => size > 1).length };
}

/** Publishes every comment (setup), then times the synthesis, a GROUP BY and a scan counting stances. */
async function synthesisFigures(world: World) {
  const id = world.consultation.id;
  let started = performance.now();
  await sql`update consultation_comments set moderation_state = 'published' where consultation_id = ${id}`.execute(world.db);
  const publishMs = performance.now() - started;
  started = performance.now();
  const synthesis = await currentSynthesis(world.db, world.consultation, world.now());
  const synthesisMs = performance.now() - started;
  started = performance.now();
  const kept = await currentSynthesis(world.db, world.consultation, world.now());
  const keptMs = performance.now() - started;
  if (kept.units !== synthesis.units) throw new Error('the synthesis asked again with nothing changed was computed again');
  started = performance.now();
  const rows = await sql<{ stance: Stance; n: number | string }>`select stance, count(*) as n from consultation_comments where consultation_id = ${id} and moderation_state = 'published' group by stance`.execute(world.db);
  const groupByMs = performance.now() - started;
  started = performance.now();
  const byStance: Record<string, number> = {};
  for await (const c of scanComments(world.db, id, { states: ['published'] })) byStance[c.stance] = (byStance[c.stance] ?? 0) + 1;
  const scanCountMs = performance.now() - started;
  return {
    publishMs, synthesisMs, keptMs, synthesisCounted: synthesis.overall.comments, synthesisUnits: synthesis.units.length,
    mainPoints: synthesis.units.reduce((sum, u) => sum + u.mainPoints.length, 0),
    groupByMs, groupByCounted: rows.rows.reduce((sum, r) => sum + Number(r.n), 0),
    scanCountMs, scanCounted: Object.values(byStance).reduce((a, b) => a + b, 0),
  };
}

/** Runs the ingest on one engine with `count` comments; `progress` gets a line every 100,000. */
export async function runIngestBench(engine: TestEngine, count: number, progress: (line: string) => void = () => {}): Promise<IngestFigures> {
  const database = await engine.open();
  try {
    const world = await seed(database);
    const index = new DuplicateIndex({ threshold: world.consultation.duplicateThreshold }, count);
    const planted = new Int32Array(count);
    const positions = new Int32Array(count).fill(-1);
    let plantedCopies = 0;
    let intakeMs = 0;
    let indexMs = 0;
    let baselineMs = 0;
    const source = syntheticComments(count);
    const began = performance.now();
    for (let start = 0; start < count; start += CHUNK) {
      const comments: PreparedComment[] = [];
      for (let i = start; i < Math.min(count, start + CHUNK); i += 1) {
        const next = source.next();
        if (next.done === true) throw new Error(`the generator stopped at ${i}`);
        planted[i] = next.value.planted;
        if (next.value.kind !== 'original') plantedCopies += 1;
        comments.push(prepared(world, next.value));
      }
      const alone = indexChunk(index, world, comments);
      indexMs += alone.ms;
      baselineMs += await baselineChunk(world, alone.rows);
      const started = performance.now();
      await intakeChunk(world, comments, start, positions);
      intakeMs += performance.now() - started;
      const done = start + comments.length;
      if (Math.floor(done / PROGRESS_EVERY) > Math.floor(start / PROGRESS_EVERY) || done === count) {
        const rate = (ms: number) => Math.round(done / (ms / 1000)).toLocaleString('en-US');
        progress(`consultation-ingest (${engine.name}): ${done.toLocaleString('en-US')}/${count.toLocaleString('en-US')} comments; intake ${rate(intakeMs)}/s, plain insert ${rate(baselineMs)}/s, index alone ${rate(indexMs)}/s; ${((performance.now() - began) / 1000).toFixed(0)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
      }
    }
    dropIntake(world.db, world.consultation.id);
    const stored = await countCommentsByState(world.db, world.consultation.id);
    const baselineStored = await countCommentsByState(world.db, world.baseline.id);
    if (positions.some((p) => p < 0)) throw new Error('a comment settled without a stored position');
    const quality = await storedQuality(world, planted, positions);
    const synthesis = await synthesisFigures(world);
    return {
      engine: engine.name, comments: count, intakeRate: count / (intakeMs / 1000), baselineRate: count / (baselineMs / 1000),
      indexRate: count / (indexMs / 1000), indexShare: indexMs / intakeMs, stored: stored.new, baselineStored: baselineStored.new, plantedCopies, ...quality, ...synthesis,
    };
  } finally {
    await engine.dispose(database);
  }
}

/** The report lines of one run. */
export function ingestLines(f: IngestFigures): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const name = `consultation-ingest (${f.engine})`;
  const lines = [
    report(`${name}: ${n(f.comments)} comments through takeComment (duplicate index, client-key check, batched durable writes; ${n(IN_FLIGHT)} in flight)`, 'comments/s', f.intakeRate, f.baselineRate, `insertComments of the same rows, ${BATCH} a transaction, no duplicate check`),
    `${name}: duplicate grouping: DuplicateIndex.add over the same texts alone ${n(Math.round(f.indexRate))} comments/s = ${pct(f.indexShare)} of the intake's time`,
    `${name}: stored ${n(f.stored)} (baseline consultation ${n(f.baselineStored)}); stored groups vs planted campaigns: pair precision ${pct(f.precision)}, pair recall ${pct(f.recall)}; ${n(f.groups)} groups of ≥ 2; ${n(f.plantedCopies)} planted copies`,
    report(`${name}: synthesis (currentSynthesis over ${n(f.synthesisCounted)} published comments, ${f.synthesisUnits} units, ${f.mainPoints} main points) ${s(f.synthesisMs)}`, 'comments/s', f.comments / (f.synthesisMs / 1000), f.comments / (f.groupByMs / 1000), `select stance, count(*) … group by: ${s(f.groupByMs)}`),
    `${name}: the same synthesis asked again, nothing changed: ${(f.keptMs).toFixed(1)} ms (kept until the data version or the last comment position moves) vs ${s(f.synthesisMs)} computed`,
    `${name}: reading alone (scanComments counting stances) ${s(f.scanCountMs)} = ${pct(f.scanCountMs / f.synthesisMs)} of the synthesis; publishing every comment with one UPDATE (setup, not timed above) ${s(f.publishMs)}; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  ];
  const counts = [f.stored, f.baselineStored, f.synthesisCounted, f.groupByCounted, f.scanCounted];
  if (counts.some((c) => c !== f.comments)) lines.push(`${name}: COUNT MISMATCH: stored ${counts.join(', ')} (expected ${f.comments} each)`);
  return lines;
}

/** `npm run bench -- consultation-ingest`: SQLite, then PostgreSQL when it answers. */
export async function benchConsultationIngest(): Promise<void> {
  const count = sizeFromEnv('BENCH_CONSULTATION_COMMENTS', DEFAULT_INGEST_COMMENTS, 100);
  if (typeof count === 'string') {
    console.log(`consultation-ingest: skipped, ${count}`);
    return;
  }
  const progress = (line: string) => console.error(line);
  await onBenchEngines('consultation-ingest', async (engine) => {
    for (const line of ingestLines(await runIngestBench(engine, count, progress))) console.log(line);
  });
}
