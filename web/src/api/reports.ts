/**
 * The official reports: their laid-out document for the preview (`format=layout`, read through
 * client.ts — the same document the server writes the files from) and the addresses of the
 * files to download (plain links: the browser sends the session cookie, and a GET needs no
 * CSRF token). Types come from the server's report schemas.
 */
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ReportDocument } from '../../../src/server/schemas/report.schemas.ts';
import { apiRequest } from './client.ts';

/** A report laid out as its files are: title lines, paragraphs, tables with column groups and typed cells, notes. */
export type ReportLayout = z.output<typeof ReportDocument>;
export type LayoutParagraph = ReportLayout['paragraphs'][number];
export type LayoutTable = ReportLayout['tables'][number];
export type LayoutColumnOrGroup = LayoutTable['columns'][number];
export type LayoutColumn = Exclude<LayoutColumnOrGroup, { columns: unknown }>;
export type LayoutColumnGroup = Extract<LayoutColumnOrGroup, { columns: unknown }>;
export type LayoutRow = LayoutTable['rows'][number];
export type LayoutCell = LayoutRow['cells'][string];

/** The reports, in the order the page offers them. */
export const REPORT_KINDS = ['appendix', 'summary', 'compare-terms', 'compare-orgs'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The file formats, in the order the page offers them; `json` is the report's data. */
export const REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** One report, fully chosen. */
export type ReportRequest =
  | { kind: 'appendix' | 'summary'; termId: string; asOf: readonly string[]; nextTarget: boolean; note: boolean }
  | { kind: 'compare-terms'; termId: string }
  /** `asOf`: one period per term, same order; null for each term's latest closed period. */
  | { kind: 'compare-orgs'; termIds: readonly string[]; asOf: readonly string[] | null };

const id = encodeURIComponent;

/**
 * The address of a report in a format, or of its layout (GET; repeated parameters for several periods or terms).
 * @example reportUrl({ kind: 'compare-terms', termId: 'xv' }, 'pdf') // "/api/terms/xv/reports/compare-terms?format=pdf"
 */
export function reportUrl(request: ReportRequest, format: ReportFormat | 'layout'): string {
  const query = new URLSearchParams();
  let path: string;
  switch (request.kind) {
    case 'appendix':
    case 'summary':
      path = `/api/terms/${id(request.termId)}/reports/${request.kind}`;
      for (const periodId of request.asOf) query.append('asOf', periodId);
      query.set('format', format);
      if (request.nextTarget) query.set('nextTarget', 'true');
      if (request.note) query.set('note', 'true');
      break;
    case 'compare-terms':
      path = `/api/terms/${id(request.termId)}/reports/compare-terms`;
      query.set('format', format);
      break;
    case 'compare-orgs':
      path = '/api/reports/compare-orgs';
      for (const termId of request.termIds) query.append('term', termId);
      for (const periodId of request.asOf ?? []) query.append('asOf', periodId);
      query.set('format', format);
      break;
  }
  return `${path}?${query.toString()}`;
}

/** GET the report's laid-out document (`format=layout`). */
export function readReportLayout(request: ReportRequest, signal?: AbortSignal): Promise<ReportLayout> {
  return apiRequest<ReportLayout>('GET', reportUrl(request, 'layout'), signal === undefined ? {} : { signal });
}

/** The preview's document; idle while the report is not fully chosen (null). */
export function useReportLayout(request: ReportRequest | null): UseQueryResult<ReportLayout> {
  return useQuery({
    queryKey: ['report-layout', request === null ? null : reportUrl(request, 'layout')],
    // Never called without a request: the query is disabled then.
    queryFn: ({ signal }) => (request === null ? Promise.reject(new Error('no report chosen')) : readReportLayout(request, signal)),
    enabled: request !== null,
  });
}
