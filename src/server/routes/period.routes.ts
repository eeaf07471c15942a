/** Reporting periods of a term: list with deadlines, create, open, close, set the due date. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closePeriod, createPeriod, listPeriods, openPeriod, setDueDate } from '../../services/period.service.ts';
import { actorOf } from '../auth.ts';
import { CreatePeriodBody, DueDateBody, PeriodParams } from '../schemas/collection.schemas.ts';
import { Period, PeriodStatus } from '../schemas/entity.schemas.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';

export const periodRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;
  const tags = ['periods'];

  app.get('/api/terms/:termId/periods', {
    schema: { tags, summary: 'Periods of a term with days until due and overdue (framework.read)', params: TermParams, response: { 200: z.array(PeriodStatus), ...ERROR_RESPONSES } },
  }, async (request) => listPeriods(services, actorOf(request), request.params));

  app.post('/api/terms/:termId/periods', {
    schema: { tags, summary: 'Creates a period, closed unless open is true (period.manage)', params: TermParams, body: CreatePeriodBody, response: { 201: Period, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await createPeriod(services, actorOf(request), { ...request.body, ...request.params })));

  app.post('/api/periods/:periodId/open', {
    schema: { tags, summary: 'Opens a period for entries (period.manage)', params: PeriodParams, response: { 200: Period, ...ERROR_RESPONSES } },
  }, async (request) => openPeriod(services, actorOf(request), request.params));

  app.post('/api/periods/:periodId/close', {
    schema: { tags, summary: 'Closes a period: no more entries (period.manage)', params: PeriodParams, response: { 200: Period, ...ERROR_RESPONSES } },
  }, async (request) => closePeriod(services, actorOf(request), request.params));

  app.put('/api/periods/:periodId/due-date', {
    schema: { tags, summary: 'Sets or clears the due date (period.manage)', params: PeriodParams, body: DueDateBody, response: { 200: Period, ...ERROR_RESPONSES } },
  }, async (request) => setDueDate(services, actorOf(request), { ...request.body, ...request.params }));
};
