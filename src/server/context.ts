/**
 * What routes reach through Fastify: the dependencies on the instance, and on each request
 * who is calling (`principal`) and in which language to answer (`lang`).
 */
import type { AccountDeps, Principal } from '../services/account.service.ts';
import type { Config } from '../services/config.ts';
import type { ServiceDeps } from '../services/deps.ts';
import type { Lang } from '../services/error-messages.ts';
import type { Database } from '../services/maintenance.service.ts';

export interface AppContext {
  config: Config;
  database: Database;
  services: ServiceDeps;
  accounts: AccountDeps;
}

/** A registered route, as listed for the OpenAPI check and diagnostics. */
export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    resolute: AppContext;
    /** Every route registered, HEAD excepted. */
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    /** The signed-in caller, or null for the public. */
    principal: Principal | null;
    lang: Lang;
  }
  interface FastifyContextConfig {
    /** 'public': anyone may call; default 'user': a session or an API token is required. */
    auth?: 'public' | 'user';
  }
}
