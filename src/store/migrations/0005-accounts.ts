/** Accounts: users, the fixed set of roles, memberships (user × unit × role), sessions, API tokens. */
import { sql } from 'kysely';
import type { MigrationDb, StoreMigration } from './ddl.ts';

/** The roles of PRODUCT.md. A table rather than a CHECK so memberships reference it by key. */
const ROLES = ['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public'];

async function createUsers(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('users_login', ['login'])
    .execute();
  await db.schema.createTable('roles').addColumn('code', 'text', (c) => c.primaryKey()).execute();
  for (const role of ROLES) await sql`insert into roles (code) values (${role})`.execute(db);
}

async function createMemberships(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull().references('roles.code'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('memberships_unit').on('memberships').column('unit_id').execute();
}

async function createCredentials(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
}

async function up(db: MigrationDb): Promise<void> {
  await createUsers(db);
  await createMemberships(db);
  await createCredentials(db);
}

export const accounts: StoreMigration = { name: '0005-accounts', up };
