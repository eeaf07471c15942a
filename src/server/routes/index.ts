/** Every route of the API, registered in one place. */
import type { FastifyPluginAsync } from 'fastify';
import { evaluationRoutes } from './evaluation.routes.ts';
import { evidenceRoutes } from './evidence.routes.ts';
import { frameworkRoutes } from './framework.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { observationRoutes } from './observation.routes.ts';
import { periodRoutes } from './period.routes.ts';
import { sessionRoutes } from './session.routes.ts';
import { tokenRoutes } from './token.routes.ts';

export const registerRoutes: FastifyPluginAsync = async (app) => {
  for (const routes of [healthRoutes, sessionRoutes, tokenRoutes, frameworkRoutes, periodRoutes, observationRoutes, evidenceRoutes, evaluationRoutes]) {
    await app.register(routes);
  }
};
