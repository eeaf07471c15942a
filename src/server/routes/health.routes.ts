/** Liveness and readiness for process managers and load balancers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readiness } from '../../services/maintenance.service.ts';

const Healthy = z.object({ status: z.literal('ok') });
const Ready = z.object({ status: z.enum(['ready', 'not_ready']), reason: z.string().nullable() });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    config: { auth: 'public' },
    schema: { tags: ['health'], summary: 'The process is up (no database access)', security: [], response: { 200: Healthy } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', {
    config: { auth: 'public' },
    schema: { tags: ['health'], summary: 'The database answers and every migration is applied', security: [], response: { 200: Ready, 503: Ready } },
  }, async (_request, reply) => {
    const reason = await readiness(app.resolute.database);
    return reason === null ? { status: 'ready' as const, reason } : reply.code(503).send({ status: 'not_ready' as const, reason });
  });
};
