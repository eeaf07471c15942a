/**
 * The official reports as downloads: the results appendix and the summary of a term, the
 * term comparison, and the comparison across provinces, in XLSX, DOCX, PDF or CSV — with
 * `format=json` their data (for other systems), with `format=layout` the document the files
 * are written from, which the web page previews. Permission: evaluation.read on every term
 * shown (checked by the report service).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderReport } from '../../services/report.service.ts';
import { actorOf } from '../auth.ts';
import { sendReport } from '../download.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { TermParams } from '../schemas/framework.schemas.ts';
import {
  AppendixDataResponse, AppendixQuery, CompareOrgsQuery, CompareTermsQuery, OrganisationComparisonResponse, TermComparisonResponse, reportResponse,
} from '../schemas/report.schemas.ts';


const tags = ['reports'];

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;

  app.get('/api/terms/:termId/reports/appendix', {
    schema: {
      tags, summary: 'The results appendix of a term as of one or two periods: XLSX, DOCX, PDF, CSV, its data as JSON, or its layout (evaluation.read)',
      params: TermParams, querystring: AppendixQuery, response: { 200: reportResponse(AppendixDataResponse), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { asOf, format, nextTarget, note } = request.query;
    const input = { kind: 'appendix' as const, format, termId: request.params.termId, asOfPeriodIds: asOf, showNextTarget: nextTarget ?? false, showNote: note ?? false };
    return sendReport(reply, await renderReport(services, actorOf(request), input));
  });

  app.get('/api/terms/:termId/reports/summary', {
    schema: {
      tags, summary: 'The narrative summary (counts, at-risk list) followed by the appendix: DOCX, PDF, XLSX, CSV, its data as JSON, or its layout (evaluation.read)',
      params: TermParams, querystring: AppendixQuery, response: { 200: reportResponse(AppendixDataResponse), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { asOf, format, nextTarget, note } = request.query;
    const input = { kind: 'summary' as const, format, termId: request.params.termId, asOfPeriodIds: asOf, showNextTarget: nextTarget ?? false, showNote: note ?? false };
    return sendReport(reply, await renderReport(services, actorOf(request), input));
  });

  app.get('/api/terms/:termId/reports/compare-terms', {
    schema: {
      tags, summary: 'The previous term\'s target, result and evaluation beside this term\'s and the next term\'s targets, per linked indicator (evaluation.read on both terms)',
      params: TermParams, querystring: CompareTermsQuery, response: { 200: reportResponse(TermComparisonResponse), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => sendReport(reply, await renderReport(services, actorOf(request), { kind: 'compare-terms', format: request.query.format, termId: request.params.termId })));

  app.get('/api/reports/compare-orgs', {
    schema: {
      tags, summary: 'The same indicators in several provinces\' terms side by side, matched by a curated mapping and lineage (evaluation.read on every term)',
      querystring: CompareOrgsQuery, response: { 200: reportResponse(OrganisationComparisonResponse), ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const { term, asOf, format } = request.query;
    return sendReport(reply, await renderReport(services, actorOf(request), { kind: 'compare-orgs', format, termIds: term, ...(asOf === undefined ? {} : { asOfPeriodIds: asOf }) }));
  });
};
