/**
 * The task status report of a plan as a download: TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối
 * hợp, Thời hạn, Sản phẩm, Tình hình thực hiện, Đánh giá, in XLSX, DOCX, PDF or CSV — or with
 * `format=json` its data. Permission: task.read (checked by the service; a unit's reporter
 * gets the tasks it may read).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { renderTaskReport } from '../../services/task-report.service.ts';
import { actorOf } from '../auth.ts';
import { sendReport } from '../download.ts';
import { ERROR_RESPONSES } from '../schemas/error.schemas.ts';
import { TaskReportParams, TaskReportQuery, TaskReportResponse } from '../schemas/task-report.schemas.ts';


export const taskReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { services } = app.resolute;

  app.get('/api/plans/:planId/report', {
    schema: {
      tags: ['plans'], summary: 'The task status report of a plan: XLSX, DOCX, PDF, CSV, or its data as JSON (task.read)',
      params: TaskReportParams, querystring: TaskReportQuery, response: { 200: TaskReportResponse, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => sendReport(reply, await renderTaskReport(services, actorOf(request), { planId: request.params.planId, format: request.query.format })));
};
