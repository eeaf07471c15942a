/**
 * Reading the audit trail: who changed what, when, before and after. Inspectors read all of
 * it; the secretariat reads the framework's and the data collection's; admins read the
 * organisations', users' and memberships'. Each entry is shown only to a role that reaches
 * the unit it belongs to, found from the entry's own snapshot (so deleted records stay
 * scoped); users and API tokens belong to no unit and need the role at every root. Each
 * entry carries its author's display name, so a screen can say who without reading users.
 */
import type { AuditEntity, AuditEntry } from '../domain/entities.ts';
import { ResoluteError } from '../domain/errors.ts';
import { getComment, getConsultation, getObservation, getPlan, getTask, getTerm, getUser, listAudit, listChildren, type Executor } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { AUDIT_ENTITIES, ReadAuditInput } from './audit.schemas.ts';
import { can, reachOf, type Permission, type Scope } from './authorization.ts';
import type { ServiceDeps } from './deps.ts';
import { parseInput } from './parse-input.ts';
import { unitScope } from './scopes.ts';

/** An entry with the display name of the user who made the change (null: the system, or a user since removed). */
export interface AuditRecord extends AuditEntry {
  actorName: string | null;
}

export interface AuditPage {
  entries: AuditRecord[];
  /** Pass as `afterSeq` for the next page; null when this page was the last. */
  nextAfterSeq: number | null;
}

/** The permission that reads an entity's history. */
export function auditPermission(entity: AuditEntity): Permission {
  switch (entity) {
    case 'term':
    case 'document':
    case 'indicator_group':
    case 'indicator':
      return 'audit.read.framework';
    case 'period':
    case 'observation':
    case 'evidence':
      return 'audit.read.collection';
    case 'organisation':
    case 'user':
    case 'membership':
    case 'api_token':
      return 'audit.read.accounts';
    case 'plan':
    case 'task':
    case 'task_update':
    case 'task_evidence':
      return 'audit.read.tasks';
    case 'consultation':
    case 'consultation_comment':
    case 'consultation_tally':
    case 'consultation_disposition':
      return 'audit.read.consultations';
    default: {
      const unknown: never = entity;
      throw new Error(`Unhandled audit entity: ${String(unknown)}`);
    }
  }
}

function field(snapshot: object | null, key: string): string | null {
  const value: unknown = snapshot !== null && key in snapshot ? Reflect.get(snapshot, key) : null;
  return typeof value === 'string' ? value : null;
}

/** Finds the unit of entries, caching what it loads (terms, observations, scopes) for one page. */
class UnitResolver {
  private readonly terms = new Map<string, string | null>();
  private readonly observations = new Map<string, string | null>();
  private readonly plans = new Map<string, string | null>();
  private readonly tasks = new Map<string, string | null>();
  private readonly scopes = new Map<string, Scope>();
  private roots: Scope[] | null = null;

  constructor(private readonly db: Executor) {}

  private async termOrganisation(termId: string | null): Promise<string | null> {
    if (termId === null) return null;
    if (!this.terms.has(termId)) this.terms.set(termId, (await getTerm(this.db, termId))?.organisationId ?? null);
    return this.terms.get(termId) ?? null;
  }

  private async observationUnit(observationId: string | null): Promise<string | null> {
    if (observationId === null) return null;
    if (!this.observations.has(observationId)) this.observations.set(observationId, (await getObservation(this.db, observationId))?.unitId ?? null);
    return this.observations.get(observationId) ?? null;
  }

  private async planOrganisation(planId: string | null): Promise<string | null> {
    if (planId === null) return null;
    if (!this.plans.has(planId)) this.plans.set(planId, (await getPlan(this.db, planId))?.organisationId ?? null);
    return this.plans.get(planId) ?? null;
  }

  /** A task's history belongs to its plan's organisation. */
  private async taskOrganisation(taskId: string | null): Promise<string | null> {
    if (taskId === null) return null;
    if (!this.tasks.has(taskId)) this.tasks.set(taskId, await this.planOrganisation((await getTask(this.db, taskId))?.planId ?? null));
    return this.tasks.get(taskId) ?? null;
  }

  private readonly consultations = new Map<string, string | null>();

  /** A consultation's organisation. */
  private async consultationOrganisation(consultationId: string | null): Promise<string | null> {
    if (consultationId === null) return null;
    if (!this.consultations.has(consultationId)) this.consultations.set(consultationId, (await getConsultation(this.db, consultationId))?.organisationId ?? null);
    return this.consultations.get(consultationId) ?? null;
  }

  /** A comment's history (a moderation entry keeps only the state): its consultation's organisation. */
  private async commentOrganisation(entry: AuditEntry, snapshot: object | null): Promise<string | null> {
    const consultationId = field(snapshot, 'consultationId') ?? (await getComment(this.db, entry.entityId))?.consultationId ?? null;
    return this.consultationOrganisation(consultationId);
  }

  /** The unit an entry belongs to, or null (users, API tokens, a record whose parent is gone). */
  async unitOf(entry: AuditEntry): Promise<string | null> {
    const snapshot = entry.after ?? entry.before;
    switch (entry.entity) {
      case 'organisation': return entry.entityId;
      case 'membership':
      case 'observation': return field(snapshot, 'unitId');
      case 'term':
      case 'document': return field(snapshot, 'organisationId');
      case 'indicator_group':
      case 'indicator':
      case 'period': return this.termOrganisation(field(snapshot, 'termId'));
      case 'evidence': return this.observationUnit(field(snapshot, 'observationId'));
      case 'plan': return field(snapshot, 'organisationId');
      case 'task': return this.planOrganisation(field(snapshot, 'planId'));
      case 'task_update':
      case 'task_evidence': return this.taskOrganisation(field(snapshot, 'taskId'));
      case 'consultation': return field(snapshot, 'organisationId');
      case 'consultation_comment': return this.commentOrganisation(entry, snapshot);
      case 'consultation_tally':
      case 'consultation_disposition': return this.consultationOrganisation(field(snapshot, 'consultationId'));
      case 'user':
      case 'api_token': return null;
      default: {
        const unknown: never = entry.entity;
        throw new Error(`Unhandled audit entity: ${String(unknown)}`);
      }
    }
  }

  /** The scopes an entry must be readable in: its unit's, or every root's. */
  async scopesOf(entry: AuditEntry): Promise<Scope[]> {
    const unitId = await this.unitOf(entry);
    if (unitId === null) {
      this.roots ??= (await listChildren(this.db, null)).map((root) => ({ unitId: root.id, ancestorIds: [] }));
      return this.roots;
    }
    if (!this.scopes.has(unitId)) this.scopes.set(unitId, await unitScope(this.db, unitId));
    const scope = this.scopes.get(unitId);
    return scope === undefined ? [] : [scope];
  }
}

/** The entries with their authors' display names, each user looked up once. */
async function withActorNames(db: Executor, entries: readonly AuditEntry[]): Promise<AuditRecord[]> {
  const names = new Map<string, string | null>();
  for (const actorId of new Set(entries.map((entry) => entry.actorId))) {
    if (actorId !== null) names.set(actorId, (await getUser(db, actorId))?.displayName ?? null);
  }
  return entries.map((entry) => ({ ...entry, actorName: entry.actorId === null ? null : (names.get(entry.actorId) ?? null) }));
}

/** Whether any of the actor's roles reaches a permission somewhere: else the whole request is refused. */
function holdsAnywhere(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && actor.grants.some((grant) => reachOf(grant.role, permission) !== 'none');
}

function forbidden(permission: Permission): ResoluteError {
  return new ResoluteError('forbidden', `Not allowed: ${permission}`, { permission, unitId: '' });
}

/** Reads the audit trail with filters: the entries of the page the actor may read. */
export async function readAudit(deps: ServiceDeps, actor: Actor, input: ReadAuditInput): Promise<AuditPage> {
  const args = parseInput(ReadAuditInput, input);
  const asked = args.entity === undefined ? AUDIT_ENTITIES : [args.entity];
  const permissions = [...new Set(asked.map(auditPermission))];
  const held = permissions.filter((permission) => holdsAnywhere(actor, permission));
  if (held.length === 0) throw forbidden(permissions[0] ?? 'audit.read.collection');
  const page = await listAudit(deps.db, {
    entity: args.entity, entityId: args.entityId, actorId: args.actorId, afterSeq: args.afterSeq, limit: args.limit,
    from: args.from === undefined ? undefined : new Date(args.from), to: args.to === undefined ? undefined : new Date(args.to),
  });
  const resolver = new UnitResolver(deps.db);
  const entries: AuditEntry[] = [];
  for (const entry of page) {
    const permission = auditPermission(entry.entity);
    const scopes = await resolver.scopesOf(entry);
    if (scopes.length > 0 && scopes.every((scope) => can(actor, permission, scope))) entries.push(entry);
  }
  // One record's history that the actor may not see at all is refused, not shown as empty.
  if (args.entityId !== undefined && page.length > 0 && entries.length === 0) throw forbidden(auditPermission(args.entity ?? 'observation'));
  const last = page[page.length - 1];
  return { entries: await withActorNames(deps.db, entries), nextAfterSeq: page.length === args.limit && last !== undefined ? last.seq : null };
}
