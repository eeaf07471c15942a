/** Placeholder: being written in this session. */
import type { RecordSet } from './csv.ts';
import type { TermComparisonData, ReportDocument } from './model.ts';

export function termComparisonDocument(_data: TermComparisonData): ReportDocument {
  throw new Error('termComparisonDocument: being written in this session');
}

export function termComparisonRecords(_data: TermComparisonData): RecordSet {
  throw new Error('termComparisonRecords: being written in this session');
}
