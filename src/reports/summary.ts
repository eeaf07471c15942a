/** Placeholder: being written in this session. */
import type { AppendixData, ReportDocument } from './model.ts';

export function summaryDocument(_data: AppendixData): ReportDocument {
  throw new Error('summaryDocument: being written in this session');
}
