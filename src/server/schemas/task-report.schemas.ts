/**
 * Request and response schemas of the task status report download (task-report.routes.ts).
 * The report is a file (XLSX, DOCX, PDF, CSV); with `format=json` it is the report's data,
 * whose shape the response schema gives (src/reports/task-model.ts in TypeScript).
 */
import { z } from 'zod';
import { ReportFormat } from '../../services/report.schemas.ts';
import { TASK_KINDS } from '../../services/task.schemas.ts';

export const TaskReportParams = z.strictObject({ planId: z.string().min(1).max(200) });

export const TaskReportQuery = z.strictObject({
  format: ReportFormat.default('xlsx').describe('xlsx (default), docx, pdf, csv, or json: the report\'s data'),
});

const DateOnly = z.string().describe('YYYY-MM-DD');

const TaskReportRow = z.object({
  id: z.string(), parentId: z.string().nullable(), number: z.string().nullable(), level: z.number().int(), heading: z.boolean(), title: z.string(),
  kind: z.enum(TASK_KINDS), leadUnit: z.string().nullable(), supportingUnits: z.array(z.string()), dueDate: DateOnly.nullable(),
  recurrence: z.object({ every: z.enum(['month', 'quarter', 'half_year', 'year']), day: z.number().nullable(), text: z.string() }).nullable(),
  product: z.string().nullable(), progressPercent: z.number(), progressText: z.string().nullable(), doneAt: DateOnly.nullable(),
  cancelReason: z.string().nullable(),
  status: z.enum(['not_started', 'in_progress', 'done', 'done_late', 'overdue', 'cancelled']).nullable().describe('At asOf; null for a heading'),
  daysLate: z.number().int().nullable(),
});

export const TaskReportResponse = z.object({
  header: z.object({
    layout: z.enum(['party', 'state']), parentIssuer: z.string().nullable(), issuer: z.string(), number: z.string().nullable(), place: z.string(), date: z.string(),
  }),
  organisationName: z.string(),
  plan: z.object({ id: z.string(), title: z.string(), number: z.string().nullable(), date: DateOnly.nullable(), status: z.enum(['draft', 'published']) }),
  asOf: DateOnly,
  rows: z.array(TaskReportRow),
}).meta({ id: 'TaskStatusReport', description: 'The report file; with format=json, this data' });
