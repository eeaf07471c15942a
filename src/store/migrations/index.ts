/**
 * Versioned migrations, applied in name order by Kysely's Migrator. A migration, once
 * released, never changes: fix forward with a new one. There are no `down` migrations;
 * going back means restoring a backup.
 */
import { Migrator, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import type { Database } from '../database.ts';
import type { StoreMigration } from './ddl.ts';
import { organisations } from './0001-organisations.ts';
import { documents } from './0002-documents.ts';
import { framework } from './0003-framework.ts';
import { collection } from './0004-collection.ts';
import { accounts } from './0005-accounts.ts';
import { auditLog } from './0006-audit-log.ts';
import { loginAttempts } from './0007-login-attempts.ts';
import { dataVersion } from './0008-data-version.ts';
import { plans } from './0009-plans.ts';
import { consultations } from './0010-consultations.ts';

/** Every migration, oldest first. */
export const MIGRATIONS: readonly StoreMigration[] = [organisations, documents, framework, collection, accounts, auditLog, loginAttempts, dataVersion, plans, consultations];

function provider(database: Database): MigrationProvider {
  return {
    async getMigrations(): Promise<Record<string, Migration>> {
      const entries = MIGRATIONS.map((m): [string, Migration] => [m.name, { up: (db) => m.up(db, database.engine) }]);
      return Object.fromEntries(entries);
    },
  };
}

/**
 * The schema Kysely's migration tables go in: on PostgreSQL, the store's own, named so
 * the Migrator never reads or writes another schema's (see adapters/postgres-introspector.ts).
 */
async function migrationSchema(database: Database): Promise<string | undefined> {
  if (database.engine !== 'postgres') return undefined;
  if (database.schema !== null) return database.schema;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db);
  return result.rows[0]?.schema;
}

/** Applies every pending migration; returns the names applied (empty when up to date). */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const schema = await migrationSchema(database);
  const migrator = new Migrator({
    db: database.db,
    provider: provider(database),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
