/**
 * What every service takes first: the database, a clock and the configuration. The clock
 * is injected so tests can move time (due dates, audit times) without waiting or mocking.
 * The read cache belongs to the database the deps were made for.
 */
import type { Executor, WriteContext } from '../store/index.ts';
import type { ForecastMethod } from '../domain/forecast.ts';
import type { Actor } from './actor.ts';
import { actorUserId } from './actor.ts';
import { ReadCache } from './read-cache.ts';

/** Which observations count when evaluating: only approved ones, or the latest of any state. */
export type ValueSelection = 'approved' | 'latest';

export interface ServiceConfig {
  /** A figure more than this many times (or less than 1/this) the previous period's needs a note. */
  jumpFactor: number;
  /** Default value selection of the evaluation ("dashboard") read. */
  values: ValueSelection;
  /** Default forecast method of the evaluation read. */
  forecastMethod: ForecastMethod;
  /** Public comments one e-mail address may send to a consultation in an hour. */
  commentsPerAddressPerHour: number;
}

export const DEFAULT_CONFIG: ServiceConfig = { jumpFactor: 3, values: 'approved', forecastMethod: 'linear', commentsPerAddressPerHour: 30 };

export interface ServiceDeps {
  db: Executor;
  clock: () => Date;
  config: ServiceConfig;
  /** Computed reads kept while the data version is unchanged (read-cache.ts); one per database. */
  cache: ReadCache;
}

/** Builds the dependency bag; the config defaults to DEFAULT_CONFIG, the clock to the system clock. */
export function createDeps(db: Executor, options: { clock?: () => Date; config?: Partial<ServiceConfig> } = {}): ServiceDeps {
  return { db, clock: options.clock ?? (() => new Date()), config: { ...DEFAULT_CONFIG, ...options.config }, cache: new ReadCache() };
}

/** The store's write context for a change made now by `actor`. */
export function writeContext(deps: ServiceDeps, actor: Actor): WriteContext {
  return { actorId: actorUserId(actor), at: deps.clock() };
}
