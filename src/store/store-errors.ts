/**
 * Driver errors turned into named errors. better-sqlite3 and pg report constraint
 * violations differently (SQLITE_CONSTRAINT_UNIQUE with a message naming the columns;
 * SQLSTATE 23505 with the constraint's name); callers see one code for both.
 */
import { ResoluteError } from '../domain/errors.ts';

interface DriverError {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  detail?: unknown;
}

function driverError(error: unknown): DriverError | null {
  return typeof error === 'object' && error !== null && !(error instanceof ResoluteError) ? error : null;
}

function describe(error: DriverError): string {
  const parts = [error.constraint, error.detail, error.message].filter((part) => typeof part === 'string' && part !== '');
  return parts.join(' — ');
}

/** Maps a constraint violation to a ResoluteError; returns anything else unchanged. */
export function toStoreError(error: unknown): unknown {
  const found = driverError(error);
  if (found === null) return error;
  const code = found.code;
  const detail = describe(found);
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return new ResoluteError('duplicate', `Duplicate key: ${detail}`, { detail });
  }
  if (code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new ResoluteError('invalid_input', `A referenced record does not exist: ${detail}`, {
      detail: `a referenced record does not exist (${detail})`,
      detail_vi: `bản ghi được tham chiếu không tồn tại (${detail})`,
    });
  }
  if (code === '23514' || code === 'SQLITE_CONSTRAINT_CHECK' || code === '23502' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new ResoluteError('invalid_input', `A value is not allowed: ${detail}`, { detail });
  }
  return error;
}

/** The error for a record that does not exist. */
export function notFound(entity: string, id: string): ResoluteError {
  return new ResoluteError('record_not_found', `No ${entity} with id ${id}`, { entity, id });
}

/** The error for an update based on a stale version (someone else wrote in between). */
export function staleVersion(entity: string, id: string, expected: number, actual: number): ResoluteError {
  return new ResoluteError('conflict', `The ${entity} ${id} is at version ${actual}, not ${expected}`, {
    entity,
    id,
    expected,
    actual,
  });
}
