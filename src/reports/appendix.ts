/** Placeholder: being written in this session. */
import type { RecordSet } from './csv.ts';
import type { AppendixData, ReportDocument } from './model.ts';

export function appendixDocument(_data: AppendixData): ReportDocument {
  throw new Error('appendixDocument: being written in this session');
}

export function appendixRecords(_data: AppendixData): RecordSet {
  throw new Error('appendixRecords: being written in this session');
}
