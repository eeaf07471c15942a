/**
 * A table of routes against every caller, for the authorization matrix tests: each row makes
 * a request per caller and names the status each should get; rows run in order, and a
 * successful answer may leave something (`after`) for later rows.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { as, multipart, signIn } from './test-server.ts';

/** The callers: nobody, then one demo user per role; `nongnghiep` and `yte` report for two different departments. */
export const WHO = ['anonymous', 'nguoidan', 'admin', 'lanhdao', 'kiemtra', 'yte', 'thuky', 'nongnghiep'] as const;
export type Who = (typeof WHO)[number];

export interface MatrixRow<State> {
  name: string;
  request(who: Who, state: State): InjectOptions;
  /** Expected status per caller, in WHO order. */
  expect: readonly [number, number, number, number, number, number, number, number];
  /** Keeps what a successful answer says for later rows. */
  after?(body: unknown, state: State, who: Who): void;
}

/** A multipart upload of one text file (and form fields) to `url`. */
export function upload(url: string, fileName: string, content: string, fields: Record<string, string> = {}): InjectOptions {
  return { method: 'POST', url, ...multipart(fileName, content, fields) };
}

/** Runs every row for every caller, signed in as the demo user; returns one line per unexpected status. */
export async function runMatrix<State>(app: FastifyInstance, rows: readonly MatrixRow<State>[], state: State): Promise<string[]> {
  const headers = new Map<Who, Record<string, string>>([['anonymous', {}]]);
  for (const who of WHO) if (who !== 'anonymous') headers.set(who, as(await signIn(app, who)));
  const mismatches: string[] = [];
  for (const row of rows) {
    for (const [index, who] of WHO.entries()) {
      const request = row.request(who, state);
      const response = await app.inject({ ...request, headers: { ...headers.get(who), ...request.headers } });
      if (response.statusCode !== row.expect[index]) mismatches.push(`${row.name} / ${who}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      else if (response.statusCode < 300 && row.after !== undefined) row.after(response.json(), state, who);
    }
  }
  return mismatches;
}
