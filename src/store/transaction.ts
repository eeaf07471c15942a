/**
 * One helper for atomic work. Repositories call it around every write that also appends
 * to the audit log, so the change and its audit entry commit or roll back together; when
 * the caller is already inside a transaction, the work joins it instead of nesting.
 */
import type { Executor } from './database.ts';
import { toStoreError } from './store-errors.ts';

/** Runs `fn` in a transaction (or in the caller's one) and maps constraint errors to named errors. */
export async function transaction<T>(db: Executor, fn: (trx: Executor) => Promise<T>): Promise<T> {
  try {
    if (db.isTransaction) return await fn(db);
    return await db.transaction().execute(fn);
  } catch (error) {
    throw toStoreError(error);
  }
}
