/**
 * A server on a fresh migrated database for tests, driven with `inject` (no network). The
 * logger is the one thing replaced: its lines are captured so tests can read them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../services/config.ts';
import type { Config } from '../../services/config.ts';
import { loadDemo } from '../../services/demo/load-demo.ts';
import type { Database } from '../../services/maintenance.service.ts';
import type { TestEngine } from '../../services/testing/engines.ts';
import { withDatabase } from '../../services/testing/engines.ts';
import { buildServer } from '../app.ts';

export interface TestServer {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Moves the server's clock. */
  advance(minutes: number): void;
  /** Log lines written so far, parsed. */
  logs(): Record<string, unknown>[];
}

export interface TestServerOptions {
  demo?: boolean;
  env?: Record<string, string>;
}

const START = Date.parse('2025-03-01T08:00:00.000Z');

/** Runs `fn` with a server on a fresh database of `engine` (with the demo province unless told). */
export function withServer(engine: TestEngine, fn: (server: TestServer) => Promise<void>, options: TestServerOptions = {}): Promise<void> {
  return withDatabase(engine, async (database) => {
    let now = START;
    const clock = (): Date => new Date(now);
    if (options.demo !== false) await loadDemo(database, clock());
    const lines: string[] = [];
    const dataDir = mkdtempSync(join(tmpdir(), 'resolute-server-'));
    const config: Config = loadConfig({ LOG_LEVEL: 'info', DATA_DIR: dataDir, ...options.env });
    const app = await buildServer({ config, database, clock, logStream: { write: (line) => void lines.push(line) } });
    try {
      await fn({
        app,
        database,
        config,
        advance: (minutes) => {
          now += minutes * 60_000;
        },
        logs: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
      });
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

/** A signed-in browser: the session cookie and the CSRF token to send with changes. */
export interface Browser {
  cookie: string;
  csrf: string;
}

/** Signs in through the API like a browser would. */
export async function signIn(app: FastifyInstance, login: string, password = `${login}-demo`): Promise<Browser> {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { login, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'resolute_session');
  const body = response.json<{ csrfToken: string }>();
  return { cookie: `resolute_session=${cookie?.value ?? ''}`, csrf: body.csrfToken };
}

/** Headers of a request made by a signed-in browser (with the CSRF token for changes). */
export function as(browser: Browser): Record<string, string> {
  return { cookie: browser.cookie, 'x-csrf-token': browser.csrf };
}

/** The error code of a JSON error response. */
export function errorCode(response: LightMyRequestResponse): string {
  return response.json<{ error: { code: string } }>().error.code;
}

/** A multipart/form-data request body with one file (and text fields before it). */
export function multipart(fileName: string, content: Buffer | string, fields: Record<string, string> = {}): { headers: Record<string, string>; payload: Buffer } {
  const boundary = 'resolutetestboundary';
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
}
