/** Figures of a term: list, enter, read, correct, and the workflow draft → submitted → approved / returned. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approveObservation, bulkApprove, enterObservation, getObservation, listObservations, returnObservation, submitObservation,
  updateObservation,
} from '../../services/observation.service.ts';
import { actorOf } from '../auth.ts';
import {
  BulkApproveBody, BulkResult, EnterObservationBody, ListObservationsQuery, ObservationParams, ReturnBody, StepBody, UpdateObservationBody,
} from '../schemas/collection.schemas.ts';
import { Observation, ObservationDetail } from '../schemas/entity.schemas.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';

export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;
  const tags = ['observations'];
  const one = { params: ObservationParams, response: { 200: Observation, ...ERROR_RESPONSES } };

  app.get('/api/terms/:termId/observations', {
    schema: { tags, summary: 'Figures of a term, by period, unit and state (observation.read)', params: TermParams, querystring: ListObservationsQuery, response: { 200: z.array(Observation), ...ERROR_RESPONSES } },
  }, async (request) => listObservations(services, actorOf(request), { ...request.query, ...request.params }));

  app.post('/api/observations', {
    schema: { tags, summary: 'Enters a figure as a draft (observation.edit: the reporter of an assigned unit, open period)', body: EnterObservationBody, response: { 201: Observation, ...ERROR_RESPONSES } },
  }, async (request, reply) => reply.code(201).send(await enterObservation(services, actorOf(request), request.body)));

  app.post('/api/observations/approve', {
    schema: { tags, summary: 'Approves several submitted figures; reports the ones that could not be (observation.review)', body: BulkApproveBody, response: { 200: BulkResult, ...ERROR_RESPONSES } },
  }, async (request) => bulkApprove(services, actorOf(request), request.body));

  app.get('/api/observations/:observationId', {
    schema: { tags, summary: 'A figure with its indicator, period and evidence (observation.read)', params: ObservationParams, response: { 200: ObservationDetail, ...ERROR_RESPONSES } },
  }, async (request) => getObservation(services, actorOf(request), request.params));

  app.patch('/api/observations/:observationId', {
    schema: { tags, summary: 'Corrects a draft or returned figure (observation.edit)', body: UpdateObservationBody, ...one },
  }, async (request) => updateObservation(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/observations/:observationId/submit', {
    schema: { tags, summary: 'Submits a figure for approval (observation.submit)', body: StepBody, ...one },
  }, async (request) => submitObservation(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/observations/:observationId/approve', {
    schema: { tags, summary: 'Approves a submitted figure, which locks it (observation.review)', body: StepBody, ...one },
  }, async (request) => approveObservation(services, actorOf(request), { ...request.body, ...request.params }));

  app.post('/api/observations/:observationId/return', {
    schema: { tags, summary: 'Returns a submitted figure with a reason (observation.review)', body: ReturnBody, ...one },
  }, async (request) => returnObservation(services, actorOf(request), { ...request.body, ...request.params }));
};
