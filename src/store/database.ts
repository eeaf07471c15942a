/**
 * Opening the database: SQLite (default, a file) or PostgreSQL (a postgres:// URL).
 * Both give the same Kysely handle over the same `Tables`; everything engine-specific
 * lives in adapters/sqlite.ts and adapters/postgres.ts.
 */
import type { Kysely } from 'kysely';
import { ResoluteError } from '../domain/errors.ts';
import type { Tables } from './tables.ts';
import { openSqlite } from './adapters/sqlite.ts';
import { openPostgres } from './adapters/postgres.ts';

export type Engine = 'sqlite' | 'postgres';

/**
 * What repositories take: the database or a transaction on it (a Kysely `Transaction`
 * is a `Kysely`), so a caller can put several repository calls in one transaction.
 */
export type Executor = Kysely<Tables>;

/** An open database. */
export interface Database {
  readonly db: Kysely<Tables>;
  readonly engine: Engine;
  /** PostgreSQL schema that holds the tables (its search_path); null on SQLite. */
  readonly schema: string | null;
  /** The file or the URL without its password, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** postgres://… or postgresql://… selects PostgreSQL; sqlite:PATH or file:PATH a SQLite file. */
  url?: string;
  /** SQLite file path, used when no URL is given. */
  file?: string;
  /** PostgreSQL schema to use (created by the caller); default: the server's search_path. */
  schema?: string;
  /** PostgreSQL pool size; default 10. */
  poolSize?: number;
}

/** The SQLite file used when neither a URL nor a file is configured. */
export const DEFAULT_SQLITE_FILE = './data/resolute.db';

/** Opens the configured database; does not migrate it (see `migrateToLatest`). */
export async function createDatabase(config: DatabaseConfig = {}): Promise<Database> {
  const url = config.url?.trim();
  if (url === undefined || url === '') return openSqlite(config.file ?? DEFAULT_SQLITE_FILE);
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return openPostgres({ url, schema: config.schema ?? null, poolSize: config.poolSize ?? 10 });
  }
  const file = /^(sqlite|file):(.+)$/i.exec(url)?.[2];
  if (file !== undefined) return openSqlite(file);
  throw new ResoluteError('invalid_input', `Unsupported database URL: ${redactUrl(url)}`, {
    detail: `database URL ${redactUrl(url)} (postgres://…, sqlite:PATH)`,
    detail_vi: `đường dẫn cơ sở dữ liệu ${redactUrl(url)} (chỉ nhận postgres://… hoặc sqlite:PATH)`,
  });
}

/** The URL with its password replaced, safe to print. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/i, '$1:***@');
}
