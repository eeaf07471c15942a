/** Memberships: a user holds a role in a unit (user × unit × role). */
import type { Selectable } from 'kysely';
import type { Membership, Role } from '../domain/entities.ts';
import { appendAudit } from './audit.repository.ts';
import type { Executor } from './database.ts';
import { notFound } from './store-errors.ts';
import type { MembershipsTable } from './tables.ts';
import { transaction } from './transaction.ts';
import { isoAt } from './write-context.ts';
import type { WriteContext } from './write-context.ts';

export interface MembershipKey {
  userId: string;
  unitId: string;
  role: Role;
}

export interface MembershipFilter {
  userId?: string;
  unitId?: string;
  role?: Role;
}

/** The audit log's id for a membership, which has no id of its own. */
function auditId(key: MembershipKey): string {
  return `${key.userId}/${key.unitId}/${key.role}`;
}

function toMembership(row: Selectable<MembershipsTable>): Membership {
  return { userId: row.user_id, unitId: row.unit_id, role: row.role, createdAt: row.created_at };
}

/** Gives a user a role in a unit; the same triple twice is a duplicate. */
export async function addMembership(db: Executor, ctx: WriteContext, key: MembershipKey): Promise<Membership> {
  const row = { user_id: key.userId, unit_id: key.unitId, role: key.role, created_at: isoAt(ctx) };
  return transaction(db, async (trx) => {
    await trx.insertInto('memberships').values(row).execute();
    const created = toMembership(row);
    await appendAudit(trx, ctx, { entity: 'membership', entityId: auditId(key), action: 'create', before: null, after: created });
    return created;
  });
}

/** Takes a role in a unit away from a user. */
export async function removeMembership(db: Executor, ctx: WriteContext, key: MembershipKey): Promise<void> {
  await transaction(db, async (trx) => {
    const match = trx
      .selectFrom('memberships')
      .selectAll()
      .where('user_id', '=', key.userId)
      .where('unit_id', '=', key.unitId)
      .where('role', '=', key.role);
    const before = await match.executeTakeFirst();
    if (before === undefined) throw notFound('membership', auditId(key));
    await trx
      .deleteFrom('memberships')
      .where('user_id', '=', key.userId)
      .where('unit_id', '=', key.unitId)
      .where('role', '=', key.role)
      .execute();
    await appendAudit(trx, ctx, { entity: 'membership', entityId: auditId(key), action: 'delete', before: toMembership(before), after: null });
  });
}

/** Memberships of a user, of a unit, or with a role. */
export async function listMemberships(db: Executor, filter: MembershipFilter): Promise<Membership[]> {
  let query = db.selectFrom('memberships').selectAll();
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.unitId !== undefined) query = query.where('unit_id', '=', filter.unitId);
  if (filter.role !== undefined) query = query.where('role', '=', filter.role);
  const rows = await query.orderBy('user_id').orderBy('unit_id').orderBy('role').execute();
  return rows.map(toMembership);
}
