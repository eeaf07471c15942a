/** The dashboard read, and the audit trail. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAudit } from '../../services/audit.service.ts';
import { evaluateTerm } from '../../services/evaluation.service.ts';
import { actorOf } from '../auth.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { AuditPage, AuditQuery, DashboardQuery, DashboardResponse } from '../schemas/evaluation.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';

/** An audit snapshot as a plain record for the response. */
function asRecord(snapshot: object | null): Record<string, unknown> | null {
  return snapshot === null ? null : Object.fromEntries(Object.entries(snapshot));
}

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;

  app.get('/api/terms/:termId/dashboard', {
    schema: {
      tags: ['evaluation'],
      summary: 'The term as of a period: status, forecast and explanation per indicator, counts per group, at-risk list, disagreements (evaluation.read)',
      params: TermParams, querystring: DashboardQuery, response: { 200: DashboardResponse, ...ERROR_RESPONSES },
    },
  }, async (request) => evaluateTerm(services, actorOf(request), { ...request.query, ...request.params }));

  app.get('/api/audit', {
    schema: { tags: ['audit'], summary: 'The audit trail, filtered and paged by afterSeq; entries outside the caller\'s reach are left out', querystring: AuditQuery, response: { 200: AuditPage, ...ERROR_RESPONSES } },
  }, async (request) => {
    const page = await readAudit(services, actorOf(request), request.query);
    return { ...page, entries: page.entries.map((entry) => ({ ...entry, before: asRecord(entry.before), after: asRecord(entry.after) })) };
  });
};
