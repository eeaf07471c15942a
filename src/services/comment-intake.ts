/**
 * How comments enter a consultation: one intake per consultation keeps its duplicate index
 * in memory (rebuilt from the stored records on first use, in position order) and writes
 * arriving comments in batches. A comment is placed in the index (its position and duplicate
 * group), then stored with the others that arrived meanwhile in one transaction; its promise
 * settles only after the commit, so an acknowledged comment is on disk. A failed batch
 * rejects every comment in it (the caller answers 5xx; a retry with the same client key is
 * safe) and drops the index, which the next comment rebuilds from what was stored.
 *
 * Comments with a client key already stored, or twice in one batch, are answered with the
 * stored comment (`repeated`), not stored twice.
 */
import { randomUUID } from 'node:crypto';
import type { Consultation, StoredComment } from '../domain/consultation/consultation.ts';
import { DuplicateIndex } from '../domain/consultation/duplicate-index.ts';
import {
  findCommentsByClientRefs, insertComments, maxCommentPosition, regroupComments, scanDuplicateRecords, transaction, type Executor, type NewStoredComment,
  type WriteContext,
} from '../store/index.ts';

/** A comment ready to store, without what the intake assigns (id, position, duplicate group). */
export type PreparedComment = Omit<NewStoredComment, 'id' | 'position' | 'duplicateGroupId' | 'duplicateMatch' | 'duplicateRecord'>;

export interface IntakeResult {
  comment: StoredComment;
  /** The client key was already stored: this is the earlier comment. */
  repeated: boolean;
  /** Older duplicate groups this comment joined into its own. */
  mergedGroupIds: string[];
}

interface Pending {
  prepared: PreparedComment;
  ctx: WriteContext;
  audit: boolean;
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

/** The most comments one transaction writes. */
const BATCH = 500;

class CommentIntake {
  private index: DuplicateIndex | null = null;
  private loading: Promise<DuplicateIndex> | null = null;
  private queue: Pending[] = [];
  private flushing = false;

  constructor(
    private readonly db: Executor,
    private readonly consultation: Consultation,
  ) {}

  submit(prepared: PreparedComment, ctx: WriteContext, audit: boolean): Promise<IntakeResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ prepared, ctx, audit, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** The index, loaded once from the stored records. */
  async duplicates(): Promise<DuplicateIndex> {
    if (this.index !== null) return this.index;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<DuplicateIndex> {
    const last = await maxCommentPosition(this.db, this.consultation.id);
    const index = new DuplicateIndex({ threshold: this.consultation.duplicateThreshold }, Math.max(1024, last + 1024));
    for await (const { id, record } of scanDuplicateRecords(this.db, this.consultation.id)) index.addRecord(id, record);
    this.index = index;
    return index;
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, BATCH);
        await this.write(batch);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    let placed: { pending: Pending; row: NewStoredComment; merged: string[] }[] = [];
    const settled = new Set<Pending>();
    try {
      const fresh = await this.withoutRepeats(batch, settled);
      const index = await this.duplicates();
      placed = fresh.map((pending) => {
        const id = randomUUID();
        const match = index.add(id, pending.prepared.text);
        const row: NewStoredComment = {
          ...pending.prepared, id, position: match.index, duplicateGroupId: match.groupId, duplicateMatch: match.match, duplicateRecord: index.recordAt(match.index),
        };
        return { pending, row, merged: match.mergedGroupIds };
      });
      await transaction(this.db, async (trx) => {
        const audited = placed.filter((p) => p.pending.audit);
        const plain = placed.filter((p) => !p.pending.audit);
        const first = plain[0];
        if (first !== undefined) await insertComments(trx, first.pending.ctx, plain.map((p) => p.row), { audit: false });
        for (const p of audited) await insertComments(trx, p.pending.ctx, [p.row], { audit: true });
        for (const p of placed) if (p.merged.length > 0) await regroupComments(trx, this.consultation.id, p.merged, p.row.duplicateGroupId ?? p.row.id);
      });
      for (const p of placed) p.pending.resolve({ comment: { ...p.row, version: 1, reportCount: 0 }, repeated: false, mergedGroupIds: p.merged });
    } catch (error) {
      // What the index holds may not be stored: rebuild it from the store next time.
      if (placed.length > 0) this.index = null;
      for (const pending of batch) if (!settled.has(pending)) pending.reject(error);
    }
  }

  /** Answers comments whose client key is stored or earlier in the batch; returns the rest. */
  private async withoutRepeats(batch: Pending[], settled: Set<Pending>): Promise<Pending[]> {
    const refs = batch.flatMap((pending) => (pending.prepared.clientRef === null ? [] : [pending.prepared.clientRef]));
    const stored = refs.length === 0 ? new Map<string, StoredComment>() : await findCommentsByClientRefs(this.db, this.consultation.id, refs);
    const fresh: Pending[] = [];
    const firstByRef = new Map<string, Pending>();
    const followers: [Pending, Pending][] = [];
    for (const pending of batch) {
      const ref = pending.prepared.clientRef;
      if (ref === null) {
        fresh.push(pending);
        continue;
      }
      const first = firstByRef.get(ref);
      if (first !== undefined) {
        followers.push([pending, first]);
        continue;
      }
      const earlier = stored.get(ref);
      if (earlier !== undefined) {
        pending.resolve({ comment: earlier, repeated: true, mergedGroupIds: [] });
        settled.add(pending);
        continue;
      }
      firstByRef.set(ref, pending);
      fresh.push(pending);
    }
    // A follower settles with its first once that is stored.
    for (const [follower, first] of followers) {
      settled.add(follower);
      const resolve = first.resolve;
      const reject = first.reject;
      first.resolve = (result) => {
        resolve(result);
        follower.resolve({ ...result, repeated: true });
      };
      first.reject = (error) => {
        reject(error);
        follower.reject(error);
      };
    }
    return fresh;
  }
}

/** One registry of intakes per database (the executor object). */
const registries = new WeakMap<object, Map<string, CommentIntake>>();

function intakeOf(db: Executor, consultation: Consultation): CommentIntake {
  let registry = registries.get(db);
  if (registry === undefined) {
    registry = new Map();
    registries.set(db, registry);
  }
  let intake = registry.get(consultation.id);
  if (intake === undefined) {
    intake = new CommentIntake(db, consultation);
    registry.set(consultation.id, intake);
  }
  return intake;
}

/** Stores a comment of the consultation (batched with others arriving at the same time); settles after the commit. */
export function takeComment(db: Executor, consultation: Consultation, prepared: PreparedComment, ctx: WriteContext, options: { audit: boolean }): Promise<IntakeResult> {
  return intakeOf(db, consultation).submit(prepared, ctx, options.audit);
}

/** The consultation's duplicate index as the intake holds it (loaded from the store when not yet). */
export function duplicateIndexOf(db: Executor, consultation: Consultation): Promise<DuplicateIndex> {
  return intakeOf(db, consultation).duplicates();
}

/** Forgets a consultation's intake (its settings changed, or tests reset the store). */
export function dropIntake(db: Executor, consultationId: string): void {
  registries.get(db)?.delete(consultationId);
}
