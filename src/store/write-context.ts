/**
 * Who writes and when. The store reads no clock: callers pass the time, so tests and
 * imports can write history with the times it happened.
 */
import { randomUUID } from 'node:crypto';
import { ResoluteError } from '../domain/errors.ts';

export interface WriteContext {
  /** The user who makes the change; null for the system (imports, migrations, demo data). */
  actorId: string | null;
  at: Date;
}

/** The context's time as stored: ISO 8601 UTC with milliseconds. */
export function isoAt(ctx: WriteContext): string {
  if (Number.isNaN(ctx.at.getTime())) throw new ResoluteError('invalid_input', 'Invalid time', { detail: 'time', detail_vi: 'thời điểm' });
  return ctx.at.toISOString();
}

/** A new record id (random UUID), unless the caller supplies a stable one. */
export function newId(given?: string): string {
  return given ?? randomUUID();
}

/** Rejects numbers the two engines would store differently (NaN, ±Infinity). */
export function finiteOrNull(value: number | null, field: string): number | null {
  if (value !== null && !Number.isFinite(value)) {
    throw new ResoluteError('invalid_input', `${field} must be a finite number`, { detail: field });
  }
  return value;
}

/** `base` with the patch's defined fields applied: an explicit `undefined` changes nothing. */
export function applyPatch<T extends object>(base: T, patch: NoInfer<Partial<T>>): T {
  const result = { ...base };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) result[key] = value;
  }
  return result;
}
