/**
 * Short-lived reads for the public submission path, where a burst of comments would
 * otherwise read the same consultation and locality list for every comment: a consultation
 * by its address for one second, its localities for a minute, per database. A close or a
 * revision made in this process forgets the consultation at once; one made by another
 * process sharing the database is seen within the second.
 */
import type { Consultation } from '../domain/consultation/consultation.ts';
import type { Executor } from '../store/index.ts';
import { localitiesOf, type Locality } from './consultation-draft.ts';
import { loadBySlug } from './consultation.service.ts';

const CONSULTATION_MS = 1000;
const LOCALITIES_MS = 60_000;

interface Entry<T> {
  value: Promise<T>;
  until: number;
}

class TimedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(private readonly ttlMs: number) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = performance.now();
    const found = this.entries.get(key);
    if (found !== undefined && found.until > now) return found.value;
    const value = load();
    this.entries.set(key, { value, until: now + this.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

interface Caches {
  bySlug: TimedCache<Consultation>;
  localities: TimedCache<Locality[]>;
}

const perDatabase = new WeakMap<object, Caches>();

function cachesOf(db: Executor): Caches {
  let caches = perDatabase.get(db);
  if (caches === undefined) {
    caches = { bySlug: new TimedCache(CONSULTATION_MS), localities: new TimedCache(LOCALITIES_MS) };
    perDatabase.set(db, caches);
  }
  return caches;
}

/** The consultation at an address, read at most once a second. */
export function cachedBySlug(db: Executor, slug: string): Promise<Consultation> {
  return cachesOf(db).bySlug.get(slug, () => loadBySlug(db, slug));
}

/** A consultation's localities, read at most once a minute. */
export function cachedLocalities(db: Executor, consultation: Consultation): Promise<Locality[]> {
  return cachesOf(db).localities.get(consultation.organisationId, () => localitiesOf(db, consultation));
}

/** Forgets a consultation after a change (close, revision). */
export function forgetConsultation(db: Executor, consultation: Consultation): void {
  cachesOf(db).bySlug.delete(consultation.slug);
}
