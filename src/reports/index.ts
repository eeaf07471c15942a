/**
 * The reports' public face for the services: build a laid-out document from report data and
 * write it in one of the formats. Services assemble the data (src/services/report.service.ts);
 * nothing here reads the store.
 */
import { appendixDocument, appendixRecords } from './appendix.ts';
import type { DispositionReportData, SynthesisReportData } from './consultation-model.ts';
import { dispositionDocument, dispositionRecords } from './consultation-disposition.ts';
import { synthesisDocument, synthesisRecords } from './consultation-synthesis.ts';
import { writeCsv, type RecordSet } from './csv.ts';
import { writeDocx } from './docx.ts';
import type { AppendixData, OrganisationComparisonData, ReportDocument, TermComparisonData } from './model.ts';
import { organisationComparisonDocument, organisationComparisonRecords } from './organisation-comparison.ts';
import { writePdf } from './pdf.ts';
import { summaryDocument } from './summary.ts';
import type { TaskReportData } from './task-model.ts';
import { taskStatusDocument, taskStatusRecords } from './task-status.ts';
import { termComparisonDocument, termComparisonRecords } from './term-comparison.ts';
import { writeXlsx } from './xlsx.ts';

export type * from './model.ts';
export type { RecordSet } from './csv.ts';
/** The laid-out documents the writers render, for a client that renders them itself (the web preview, `format=layout`). */
export { appendixDocument, organisationComparisonDocument, summaryDocument, termComparisonDocument };
export type * from './task-model.ts';
export type * from './consultation-model.ts';
export { dispositionDocument, synthesisDocument };

export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** A written report: the bytes, their content type and a file name like "phu-luc-ket-qua-chi-tieu-2023.xlsx". */
export interface RenderedReport {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** What one report kind provides: its laid-out document, its machine-readable rows and its data as JSON. */
interface ReportSource {
  document: () => ReportDocument;
  records: () => RecordSet;
  data: unknown;
}

async function render(source: ReportSource, format: ReportFormat): Promise<RenderedReport> {
  const document = source.document();
  const fileName = `${document.fileStem}.${format}`;
  const contentType = CONTENT_TYPES[format];
  switch (format) {
    case 'xlsx':
      return { fileName, contentType, body: await writeXlsx(document) };
    case 'docx':
      return { fileName, contentType, body: await writeDocx(document) };
    case 'pdf':
      return { fileName, contentType, body: await writePdf(document) };
    case 'csv':
      return { fileName, contentType, body: writeCsv(source.records()) };
    case 'json':
      return { fileName, contentType, body: Buffer.from(`${JSON.stringify(source.data, null, 2)}\n`, 'utf8') };
  }
}

/** The results appendix ("Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội ..."). */
export function renderAppendix(data: AppendixData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => appendixDocument(data), records: () => appendixRecords(data), data }, format);
}

/** The narrative summary with the at-risk list (and the appendix table after it). */
export function renderSummary(data: AppendixData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => summaryDocument(data), records: () => appendixRecords(data), data }, format);
}

/** Previous target -> result -> evaluation -> current target -> next target, per linked indicator. */
export function renderTermComparison(data: TermComparisonData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => termComparisonDocument(data), records: () => termComparisonRecords(data), data }, format);
}

/** The same indicators in several organisations side by side. */
export function renderOrganisationComparison(data: OrganisationComparisonData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => organisationComparisonDocument(data), records: () => organisationComparisonRecords(data), data }, format);
}

/** The task status report of a plan: TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn, Sản phẩm, Tình hình thực hiện, Đánh giá. */
export function renderTaskStatus(data: TaskReportData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => taskStatusDocument(data), records: () => taskStatusRecords(data), data }, format);
}

/** The synthesis of a consultation: counts by stance and respondent type per unit of the draft, main points, counts by locality. */
export function renderConsultationSynthesis(data: SynthesisReportData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => synthesisDocument(data), records: () => synthesisRecords(data), data }, format);
}

/** What the drafting team did with each main point or comment: tiếp thu, giải trình, không tiếp thu. */
export function renderConsultationDisposition(data: DispositionReportData, format: ReportFormat): Promise<RenderedReport> {
  return render({ document: () => dispositionDocument(data), records: () => dispositionRecords(data), data }, format);
}
