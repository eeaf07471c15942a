/**
 * Public consultations on drafts: the consultation (a document version opened for comment),
 * its comments (target, stance, contact, moderation, duplicate-finder record, retry key),
 * tallies entered per locality, the drafting team's dispositions, and e-mail verifications
 * (only hashes). The CHECKs take the domain's code lists: changing a list later needs a new
 * migration, as any schema change does. The audit log learns the consultation entities.
 */
import { sql } from 'kysely';
import { VERIFICATION_MODES } from '../../domain/consultation/consultation.ts';
import { CHANNELS, DISPOSITION_KINDS, HIDDEN_REASONS, MODERATION_STATES, RESPONDENT_TYPES, STANCES } from '../../domain/consultation/types.ts';
import type { Engine } from '../database.ts';
import type { MigrationDb, StoreMigration } from './ddl.ts';
import { oneOf } from './ddl.ts';
import { replaceAuditEntities } from './audit-entities.ts';

const AUDIT_ENTITIES = [
  'organisation', 'term', 'document', 'indicator_group', 'indicator', 'period',
  'observation', 'evidence', 'user', 'membership', 'api_token',
  'plan', 'task', 'task_update', 'task_evidence',
  'consultation', 'consultation_comment', 'consultation_tally', 'consultation_disposition',
];

/** comment-rules.ts `SpamSignal` (a type only, so spelt out here). */
const SPAM_SIGNALS = ['honeypot', 'too_fast', 'no_form_time'];

async function createConsultations(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('consultations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id'))
    .addColumn('revised_document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'text', (c) => c.notNull())
    .addColumn('closes_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('verification', 'text', (c) => c.notNull())
    // A double on both engines (SQLite's REAL is 8 bytes; PostgreSQL's `real` would be 4).
    .addColumn('duplicate_threshold', 'double precision', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('consultations_verification', oneOf('verification', VERIFICATION_MODES))
    .addCheckConstraint('consultations_threshold', sql`duplicate_threshold > 0 and duplicate_threshold <= 1`)
    .execute();
  await db.schema.createIndex('consultations_organisation').on('consultations').column('organisation_id').execute();
}

async function createComments(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('consultation_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('target_path_json', 'text')
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('respondent_type', 'text', (c) => c.notNull())
    // No foreign key: imported sheets name localities this database may not hold.
    .addColumn('locality_id', 'text')
    .addColumn('organisation_name', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    // 0/1: one integer type reads back the same on both engines (no booleans, README).
    .addColumn('email_verified', 'integer', (c) => c.notNull())
    .addColumn('moderation_state', 'text', (c) => c.notNull())
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_note', 'text')
    .addColumn('spam_signal', 'text')
    .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duplicate_group_id', 'text')
    .addColumn('duplicate_match', 'text', (c) => c.notNull())
    .addColumn('exact_key', 'text')
    .addColumn('syllables', 'integer', (c) => c.notNull())
    // Base64 of the duplicate finder's fingerprint bytes; null when the text is too short.
    .addColumn('fingerprint', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('client_ref', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('consultation_comments_position', ['consultation_id', 'position'])
    // NULLs are distinct on both engines: only comments that send a key are deduplicated.
    .addUniqueConstraint('consultation_comments_client_ref', ['consultation_id', 'client_ref'])
    .addCheckConstraint('consultation_comments_target_kind', oneOf('target_kind', ['draft', 'section', 'indicator']))
    .addCheckConstraint('consultation_comments_target_id', sql`(target_kind = 'draft') = (target_id is null)`)
    .addCheckConstraint('consultation_comments_target_path', sql`(target_kind = 'section') = (target_path_json is not null)`)
    .addCheckConstraint('consultation_comments_stance', oneOf('stance', STANCES))
    .addCheckConstraint('consultation_comments_respondent', oneOf('respondent_type', RESPONDENT_TYPES))
    .addCheckConstraint('consultation_comments_channel', oneOf('channel', CHANNELS))
    .addCheckConstraint('consultation_comments_email_verified', sql`email_verified in (0, 1)`)
    .addCheckConstraint('consultation_comments_state', oneOf('moderation_state', MODERATION_STATES))
    .addCheckConstraint('consultation_comments_hidden_reason', sql`(moderation_state = 'hidden') = (hidden_reason is not null)`)
    .addCheckConstraint('consultation_comments_hidden_reasons', oneOf('hidden_reason', HIDDEN_REASONS))
    .addCheckConstraint('consultation_comments_hidden_note', sql`hidden_note is null or moderation_state = 'hidden'`)
    .addCheckConstraint('consultation_comments_spam_signal', oneOf('spam_signal', SPAM_SIGNALS))
    .addCheckConstraint('consultation_comments_report_count', sql`report_count >= 0`)
    .addCheckConstraint('consultation_comments_match', oneOf('duplicate_match', ['none', 'exact', 'near']))
    .addCheckConstraint('consultation_comments_syllables', sql`syllables >= 0`)
    .execute();
  const indexes: [string, string[]][] = [
    ['consultation_comments_state', ['consultation_id', 'moderation_state', 'position']],
    ['consultation_comments_group', ['consultation_id', 'duplicate_group_id']],
    ['consultation_comments_target', ['consultation_id', 'target_kind', 'target_id']],
  ];
  for (const [name, columns] of indexes) await db.schema.createIndex(name).on('consultation_comments').columns(columns).execute();
}

async function createTallies(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('consultation_tallies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('locality_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('agree', 'integer', (c) => c.notNull())
    .addColumn('disagree', 'integer', (c) => c.notNull())
    .addColumn('partly', 'integer', (c) => c.notNull())
    .addColumn('unspecified', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('consultation_tallies_channel', oneOf('channel', CHANNELS))
    .addCheckConstraint('consultation_tallies_scope', oneOf('scope', ['own', 'area']))
    .addCheckConstraint('consultation_tallies_counts', sql`agree >= 0 and disagree >= 0 and partly >= 0 and unspecified >= 0`)
    .execute();
  await db.schema.createIndex('consultation_tallies_consultation').on('consultation_tallies').column('consultation_id').execute();
}

async function createDispositions(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('consultation_dispositions')
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('changed_section_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('consultation_dispositions_pk', ['consultation_id', 'subject_kind', 'subject_id'])
    .addCheckConstraint('consultation_dispositions_subject', oneOf('subject_kind', ['comment', 'cluster']))
    .addCheckConstraint('consultation_dispositions_kind', oneOf('kind', DISPOSITION_KINDS))
    .addCheckConstraint('consultation_dispositions_changed', sql`changed_section_id is null or kind = 'accepted'`)
    .execute();
}

async function createVerifications(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable('consultation_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('consultation_id', 'text', (c) => c.notNull().references('consultations.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('token_hash', 'text', (c) => c.unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('consultation_verifications_attempts', sql`attempts >= 0`)
    .addCheckConstraint('consultation_verifications_token', sql`(verified_at is null) = (token_hash is null)`)
    .execute();
  // With created_at last, the same index serves "the latest code" and "codes sent since".
  await db.schema
    .createIndex('consultation_verifications_email')
    .on('consultation_verifications')
    .columns(['consultation_id', 'email', 'created_at'])
    .execute();
}

async function up(db: MigrationDb, engine: Engine): Promise<void> {
  await createConsultations(db);
  await createComments(db);
  await createTallies(db);
  await createDispositions(db);
  await createVerifications(db);
  await replaceAuditEntities(db, engine, AUDIT_ENTITIES);
}

export const consultations: StoreMigration = { name: '0010-consultations', up };
