/** Placeholder: being written in this session. */
import type { RecordSet } from './csv.ts';
import type { OrganisationComparisonData, ReportDocument } from './model.ts';

export function organisationComparisonDocument(_data: OrganisationComparisonData): ReportDocument {
  throw new Error('organisationComparisonDocument: being written in this session');
}

export function organisationComparisonRecords(_data: OrganisationComparisonData): RecordSet {
  throw new Error('organisationComparisonRecords: being written in this session');
}
