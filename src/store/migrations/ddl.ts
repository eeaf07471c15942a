/**
 * Small pieces of portable DDL shared by the migrations. Portable choices (README.md):
 * text ids, ISO text timestamps, JSON as text, `numeric` numbers, enumerations as text
 * with CHECK constraints, and no booleans (states are words: 'open' / 'closed').
 */
import { sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import type { Engine } from '../database.ts';

/** The handle migrations get: they must not depend on today's `Tables`, which will change. */
export type MigrationDb = Kysely<unknown>;

/** A versioned migration; `engine` lets the rare engine-specific statement branch. */
export interface StoreMigration {
  /** Sorts in application order: "0001-organisations". */
  name: string;
  up(db: MigrationDb, engine: Engine): Promise<void>;
}

/** A CHECK expression: `column in ('a', 'b', ...)`. */
export function oneOf(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}
