/**
 * Failed-login counters for the lockout: one row per login name (known or not, so the
 * lockout does not reveal which logins exist). Not audited and not a user record: rows
 * come and go with every failure and success.
 */
import type { MigrationDb, StoreMigration } from './ddl.ts';

async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('login_attempts')
    .addColumn('login', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('last_failure_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();
}

export const loginAttempts: StoreMigration = { name: '0007-login-attempts', up };
