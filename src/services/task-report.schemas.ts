/** Input schema of the task status report (task-report.service.ts); strict: unknown keys are refused. */
import { z } from 'zod';
import { ReportFormat } from './report.schemas.ts';
import { Id } from './schema-common.ts';

export const TaskReportInput = z.strictObject({
  planId: Id,
  /** xlsx, docx, pdf, csv, or json: the report's data. */
  format: ReportFormat.default('xlsx'),
});

export type TaskReportInput = z.input<typeof TaskReportInput>;
