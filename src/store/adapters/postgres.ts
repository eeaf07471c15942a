/**
 * PostgreSQL through `pg`. Two engine differences are settled here so repositories never
 * see them: `numeric` and `bigint` columns come back from pg as strings (converted to
 * numbers by this pool's type parsers), and the schema is chosen per connection through
 * `search_path`, which lets parallel test runs use separate schemas of one database.
 * Durability is PostgreSQL's default (`fsync`, `synchronous_commit = on`); we change nothing.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DatabaseIntrospector } from 'kysely';
import { ResoluteError } from '../../domain/errors.ts';
import type { Database } from '../database.ts';
import { redactUrl } from '../database.ts';
import type { Tables } from '../tables.ts';
import { NfcPlugin } from '../nfc.ts';
import { CurrentSchemaIntrospector } from './postgres-introspector.ts';

const NUMERIC_OID = 1700;
const INT8_OID = 20;

/** numeric and int8 as JS numbers: the shortest decimal of a double reads back as the same double. */
function getTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === NUMERIC_OID || oid === INT8_OID) return (value: string) => Number(value);
  return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
}

/** Kysely's PostgreSQL dialect, introspecting only the connection's schema (see the introspector). */
class SchemaScopedPostgresDialect extends PostgresDialect {
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new CurrentSchemaIntrospector(db);
  }
}

export interface PostgresOptions {
  url: string;
  schema: string | null;
  poolSize: number;
}

/** Checks a schema name before it goes into a connection option. */
export function assertSchemaName(schema: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new ResoluteError('invalid_input', `Invalid PostgreSQL schema name: ${schema}`, { detail: `schema ${schema}`, detail_vi: `lược đồ (schema) ${schema}` });
  }
}

/** Opens a pool and checks that the server answers. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  if (options.schema !== null) assertSchemaName(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    // A wrong or unreachable host fails start-up instead of hanging it; also bounds the
    // wait for a free pooled connection under a burst.
    connectionTimeoutMillis: 30_000,
    types: { getTypeParser },
    ...(options.schema === null ? {} : { options: `-c search_path=${options.schema}` }),
  });
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would end the process. The pool drops the client and the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = new Kysely<Tables>({ dialect: new SchemaScopedPostgresDialect({ pool }), plugins: [new NfcPlugin()] });
  return {
    db,
    engine: 'postgres',
    schema: options.schema,
    location: redactUrl(options.url),
    close: () => db.destroy(),
  };
}
