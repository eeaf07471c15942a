/**
 * The data version (migration 0008): one counter that every audited change bumps inside its
 * own transaction, so caches of computed reads can tell whether the data moved.
 */
import type { Executor } from './database.ts';

/** Moves the version on; called by appendAudit, within the transaction of the change. */
export async function bumpDataVersion(db: Executor): Promise<void> {
  await db.updateTable('data_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

/** The current version: it changes whenever an audited change commits, and never goes back. */
export async function readDataVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('data_version').select('version').where('id', '=', 1).executeTakeFirst();
  return Number(row?.version ?? 0);
}
