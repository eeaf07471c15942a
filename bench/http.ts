/**
 * HTTP throughput and latency on loopback: the dashboard read and observation writes under
 * 100 concurrent connections, each next to a bare node:http server answering a fixed JSON
 * body with the same load in the same run. Bounded in time and in request count.
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadConfig } from '../src/services/config.ts';
import { startServer } from '../src/server/start.ts';
import { createIndicator, createPeriod, createTerm, findUserByLogin, getOrganisation, listMemberships } from '../src/store/index.ts';
import { openDatabase } from '../src/services/maintenance.service.ts';

const CONNECTIONS = 100;
const SECONDS = 5;
/** Distinct indicators for the write run: each request writes a figure no other request writes. */
const WRITES = 3000;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<Load> {
  // A run is bounded by its request count when it has one, else by time.
  const result = await autocannon({ connections: CONNECTIONS, ...(options.amount === undefined ? { duration: SECONDS } : {}), ...options });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

function line(name: string, real: Load, bare: Load): string {
  const f = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
  return `${name}: ${f(real.rps)} req/s, p50 ${real.p50} ms, p99 ${real.p99} ms, errors ${real.errors}  | baseline (bare node:http, fixed JSON): ${f(bare.rps)} req/s, p50 ${bare.p50} ms, p99 ${bare.p99} ms  | ratio ${(bare.rps / Math.max(real.rps, 1)).toFixed(1)}x`;
}

async function bareBaseline(): Promise<Load> {
  const body = JSON.stringify({ ok: true, items: [1, 2, 3] });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  try {
    return await load({ url: `http://127.0.0.1:${port}/` });
  } finally {
    server.close();
  }
}

async function login(url: string, user: string): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: user, password: `${user}-demo` }) });
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf: body.csrfToken };
}

/** A term of its own with WRITES indicators led by the reporter's unit and one open period. */
async function writeFixture(dataDir: string): Promise<{ periodId: string; indicatorIds: string[] }> {
  const database = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
  try {
    const { db } = database;
    const ctx = { actorId: null, at: new Date() };
    const reporter = await findUserByLogin(db, 'yte');
    const unitId = (await listMemberships(db, { userId: reporter?.id ?? '' }))[0]?.unitId ?? '';
    // The reporter's department sits under its province.
    const provinceId = (await getOrganisation(db, unitId))?.parentId ?? '';
    const term = await createTerm(db, ctx, { organisationId: provinceId, congress: 'BENCH', startYear: 2030, endYear: 2035 });
    const period = await createPeriod(db, ctx, { termId: term.id, kind: 'year', startYear: 2031, endYear: 2031, label: 'Năm 2031' });
    const indicatorIds: string[] = [];
    for (let i = 0; i < WRITES; i += 1) {
      const indicator = await createIndicator(db, ctx, { termId: term.id, name: `Chỉ tiêu thử ${i + 1}`, unit: 'ha', targetText: '1.000 ha', leadUnitId: unitId, position: i + 1, status: 'published' });
      indicatorIds.push(indicator.id);
    }
    return { periodId: period.id, indicatorIds };
  } finally {
    await database.close();
  }
}

/** Runs the HTTP benchmarks against a server on a temporary SQLite file with the demo loaded. */
export async function benchHttp(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'resolute-bench-http-'));
  try {
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent', RESOLUTE_DEMO: 'true' });
    const first = await startServer(config, { logStream: false });
    await first.close();
    console.log(`http: preparing ${WRITES} indicators for the write run…`);
    const fixture = await writeFixture(dataDir);
    const server = await startServer(config, { logStream: false });
    try {
      const leader = await login(server.url, 'lanhdao');
      const directory = (await (await fetch(`${server.url}/api/directory`, { headers: { cookie: leader.cookie } })).json()) as { terms: { id: string; congress: string }[] };
      const term = directory.terms.find((t) => t.congress === 'XIV');
      const periods = (await (await fetch(`${server.url}/api/terms/${term?.id}/periods`, { headers: { cookie: leader.cookie } })).json()) as { id: string }[];
      const asOf = periods.at(-1)?.id ?? '';
      const bare = await bareBaseline();
      const dashboard = await load({ url: `${server.url}/api/terms/${term?.id}/dashboard?asOfPeriodId=${asOf}`, headers: { cookie: leader.cookie } });
      console.log(line('dashboard read', dashboard, bare));
      const reporter = await login(server.url, 'yte');
      const probe = await fetch(`${server.url}/api/observations`, { method: 'POST', headers: { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ indicatorId: fixture.indicatorIds[0], periodId: fixture.periodId, value: 900, kind: 'estimate', note: 'bench' }) });
      if (!probe.ok) throw new Error(`observation write refused: ${probe.status} ${await probe.text()}`);
      let next = 1;
      const writes = await load({
        url: `${server.url}/api/observations`,
        amount: WRITES - 1,
        method: 'POST',
        headers: { cookie: reporter.cookie, 'x-csrf-token': reporter.csrf, 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ indicatorId: fixture.indicatorIds[next++ % WRITES], periodId: fixture.periodId, value: 900 + (next % 50), kind: 'estimate', note: 'bench' }) }) }],
      });
      console.log(line('observation writes', writes, bare));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
