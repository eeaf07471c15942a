/**
 * Public comments over HTTP under load: the real server (startServer → buildServer, a
 * temporary SQLite file, one consultation open) runs in a child process; this process plays
 * BENCH_HTTP_CLIENTS virtual clients (default 500) for BENCH_HTTP_SECONDS (default 30) with
 * node's fetch (undici, keep-alive). Each client fetches one form token, waits out the
 * minimum fill time (3 s), then loops POSTing comments with a unique clientRef, reusing the
 * token. COMMENT_RATE_PER_MINUTE is set to its maximum so the per-address limiter (every
 * client is 127.0.0.1) refuses none. Counted: 201s, errors, p50/p99 latency, next to GET
 * /healthz under the same load for the same time. Then the server is stopped and the
 * database checked: every 201 receipt id is stored and the stored count equals the 201s.
 *
 * Run with SERVE_FLAG as its first argument, this file is the child: it starts the server
 * and answers on its IPC channel.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticComments } from '../src/domain/consultation/synthetic-comments.ts';
import type { Stance } from '../src/domain/consultation/types.ts';
import { loadConfig } from '../src/services/config.ts';
import { openConsultation } from '../src/services/consultation.service.ts';
import { importDocument } from '../src/services/document-import.service.ts';
import { migrate, openDatabase } from '../src/services/maintenance.service.ts';
import { seedWorld } from '../src/services/testing/fixtures.ts';
import { startServer } from '../src/server/start.ts';
import { sizeFromEnv } from './measure.ts';

const SERVE_FLAG = '--resolute-bench-serve';
const SAMPLE_DRAFT = fileURLToPath(new URL('../examples/nghi-quyet-mau.txt', import.meta.url));
/** The minimum fill time of a form token (DEFAULT_COMMENT_LIMITS.minFillSeconds), with a margin. */
const FILL_WAIT_MS = 3_200;
const TEXTS = 2_000;
/** The limiter's highest setting (config.ts): far above what one address sends here. */
const COMMENT_RATE = 1_000_000;

/** One load run: requests answered by status, failures, latency percentiles. */
export interface HttpLoad {
  requests: number;
  /** Answers with the expected status (201 for comments, 200 for the health check). */
  ok: number;
  /** Other statuses and failed requests. */
  errors: number;
  byStatus: Record<string, number>;
  rps: number;
  p50: number;
  p99: number;
}

export interface ConsultationHttpFigures {
  clients: number;
  seconds: number;
  comments: HttpLoad;
  health: HttpLoad;
  receipts: number;
  /** Receipts that came back `repeated` (none expected: every clientRef is new). */
  repeated: number;
  stored: number;
  /** 201 receipt ids not found in the database. */
  missing: number;
  /** Stored comments filed as spam (none expected: the tokens are old enough). */
  spam: number;
}

interface Settings {
  [name: string]: string;
}

/** Today plus `days` in Vietnam (UTC+7), as yyyy-mm-dd. */
function vietnamDay(days: number): string {
  return new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A migrated database with the service fixtures' province, the sample draft and an open consultation; returns its address key. */
async function prepare(settings: Settings): Promise<{ slug: string; consultationId: string }> {
  const database = await openDatabase(loadConfig(settings));
  try {
    await migrate(database);
    const world = await seedWorld(database.db);
    const actor = world.actors.secretariat;
    const document = await importDocument(world.deps, actor, { termId: world.term.id, path: SAMPLE_DRAFT });
    const consultation = await openConsultation(world.deps, actor, { documentId: document.id, title: 'Góp ý dự thảo nghị quyết (đo tải)', opensOn: vietnamDay(-2), closesOn: vietnamDay(30) });
    return { slug: consultation.slug, consultationId: consultation.id };
  } finally {
    await database.close();
  }
}

/** The child: starts the server, sends its URL, and closes it (finishing requests in flight) when told. */
async function serveForBench(): Promise<void> {
  const settings = JSON.parse(process.argv[3] ?? '{}') as Settings;
  const server = await startServer(loadConfig(settings), { logStream: false });
  process.on('message', (message) => {
    if (message !== 'close') return;
    void server.close().then(() => process.send?.('closed', () => process.exit(0)));
  });
  process.send?.({ url: server.url });
}

/** Starts the server child and waits for its URL. */
async function startChild(settings: Settings): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), [SERVE_FLAG, JSON.stringify(settings)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    void exited.then((code) => reject(new Error(`the server child exited (${code}) before listening`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.send('close');
    const timer = setTimeout(() => child.kill(), 30_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, stop };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number) * 10) / 10;
}

/**
 * `clients` loops, each sending requests until `seconds` have passed (a request started in
 * time is awaited); `send` resolves to the status. Latencies in milliseconds.
 */
async function loadLoop(clients: number, seconds: number, expected: number, send: (client: number, n: number) => Promise<number>): Promise<HttpLoad> {
  const latencies: number[] = [];
  const byStatus: Record<string, number> = {};
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const client = async (c: number) => {
    for (let n = 0; performance.now() < deadline; n += 1) {
      const sent = performance.now();
      let status: string;
      try {
        status = String(await send(c, n));
      } catch (error) {
        status = error instanceof Error ? `failed: ${error.message}` : 'failed';
      }
      latencies.push(performance.now() - sent);
      byStatus[status] = (byStatus[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
  const elapsed = (performance.now() - started) / 1000;
  const sorted = Float64Array.from(latencies).sort();
  const ok = byStatus[String(expected)] ?? 0;
  return { requests: latencies.length, ok, errors: latencies.length - ok, byStatus, rps: latencies.length / elapsed, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** Texts and stances of the comments the clients send (synthetic, cycled). */
function commentBodies(): { text: string; stance: Stance; respondentType: string }[] {
  return [...syntheticComments(TEXTS, { seed: 4242 })].map((c) => ({ text: c.text, stance: c.stance, respondentType: c.respondentType }));
}

/** Runs the load against a fresh server and checks the database afterwards. */
export async function runConsultationHttpBench(clients: number, seconds: number): Promise<ConsultationHttpFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'resolute-bench-consult-http-'));
  const settings: Settings = { PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', RESOLUTE_DEMO: 'false', TASK_SCHEDULER: 'false', COMMENT_RATE_PER_MINUTE: String(COMMENT_RATE) };
  try {
    const { slug, consultationId } = await prepare(settings);
    const server = await startChild(settings);
    const receipts = new Set<string>();
    let repeated = 0;
    let comments: HttpLoad;
    let health: HttpLoad;
    try {
      const base = `${server.url}/api/public/consultations/${slug}`;
      const began = performance.now();
      const tokens = await Promise.all(Array.from({ length: clients }, async () => {
        const response = await fetch(`${base}/form`);
        if (!response.ok) throw new Error(`form token refused: ${response.status} ${await response.text()}`);
        return ((await response.json()) as { formToken: string }).formToken;
      }));
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, FILL_WAIT_MS - (performance.now() - began))));
      const bodies = commentBodies();
      comments = await loadLoop(clients, seconds, 201, async (c, n) => {
        const body = bodies[(c * 7919 + n) % bodies.length] as (typeof bodies)[number];
        const response = await fetch(`${base}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            target: { kind: 'draft' }, stance: body.stance, text: body.text, respondentType: body.respondentType, formToken: tokens[c],
            clientRef: `bench-${c}-${n}`, ...(body.stance === 'disagree' ? { reason: body.text.slice(0, 80) } : {}),
          }),
        });
        const text = await response.text();
        const answer = response.status === 201 ? (JSON.parse(text) as { id?: string; repeated?: boolean }) : {};
        if (answer.id !== undefined) {
          receipts.add(answer.id);
          if (answer.repeated === true) repeated += 1;
        }
        return response.status;
      });
      health = await loadLoop(clients, seconds, 200, async () => {
        const response = await fetch(`${server.url}/healthz`);
        await response.arrayBuffer();
        return response.status;
      });
    } finally {
      await server.stop();
    }
    const stored = await storedComments(settings, consultationId);
    const missing = [...receipts].filter((id) => !stored.ids.has(id)).length;
    return { clients, seconds, comments, health, receipts: receipts.size, repeated, stored: stored.ids.size, missing, spam: stored.spam };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The ids of the consultation's stored comments and how many are spam, read after the server stopped. */
async function storedComments(settings: Settings, consultationId: string): Promise<{ ids: Set<string>; spam: number }> {
  const database = await openDatabase(loadConfig(settings));
  try {
    const rows = await database.db.selectFrom('consultation_comments').select(['id', 'moderation_state']).where('consultation_id', '=', consultationId).execute();
    return { ids: new Set(rows.map((r) => r.id)), spam: rows.filter((r) => r.moderation_state === 'spam').length };
  } finally {
    await database.close();
  }
}

/** The report lines of one run. */
export function consultationHttpLines(f: ConsultationHttpFigures): string[] {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const statuses = (load: HttpLoad) => Object.entries(load.byStatus).map(([status, count]) => `${status}: ${n(count)}`).join(', ');
  const { comments: c, health: h } = f;
  const intact = f.missing === 0 && f.stored === c.ok && f.receipts === c.ok;
  return [
    `consultation-http: ${f.clients} clients × ${f.seconds} s on loopback; the server runs in a child process and competes with the clients for this machine's ${availableParallelism()} cores (the figures are a floor, not the server's capacity)`,
    `consultation-http: COMMENT_RATE_PER_MINUTE=${n(COMMENT_RATE)} so the per-address limiter refuses none (every client is 127.0.0.1); each client fetched one form token, waited ${FILL_WAIT_MS / 1000} s (minimum fill time) and reused it`,
    `consultation-http: public comment POST: ${n(c.rps)} req/s, p50 ${c.p50} ms, p99 ${c.p99} ms, ${n(c.ok)} × 201, errors ${n(c.errors)} (${statuses(c)})  | baseline (GET /healthz, same clients and time): ${n(h.rps)} req/s, p50 ${h.p50} ms, p99 ${h.p99} ms, errors ${n(h.errors)}  | ratio ${(h.rps / Math.max(c.rps, 1)).toFixed(1)}x slower than baseline`,
    intact
      ? `consultation-http: zero lost: ${n(c.ok)} receipts (201), ${n(f.stored)} stored, every receipt id found; ${f.repeated} repeated, ${f.spam} filed as spam`
      : `consultation-http: LOST COMMENTS: ${n(c.ok)} × 201 with ${n(f.receipts)} distinct receipt ids, ${n(f.stored)} stored, ${n(f.missing)} receipt ids not in the database; ${f.repeated} repeated, ${f.spam} spam`,
  ];
}

/** `npm run bench -- consultation-http`. */
export async function benchConsultationHttp(): Promise<void> {
  const clients = sizeFromEnv('BENCH_HTTP_CLIENTS', 500);
  const seconds = sizeFromEnv('BENCH_HTTP_SECONDS', 30);
  if (typeof clients === 'string' || typeof seconds === 'string') {
    console.log(`consultation-http: skipped, ${[clients, seconds].filter((x) => typeof x === 'string').join('; ')}`);
    return;
  }
  for (const line of consultationHttpLines(await runConsultationHttpBench(clients, seconds))) console.log(line);
}

if (process.argv[2] === SERVE_FLAG) await serveForBench();
