/**
 * Request and response schemas of the report downloads. A report is a file (XLSX, DOCX, PDF,
 * CSV); with `format=json` it is the report's data, whose shape these response schemas give
 * (the web preview reads it; src/reports/model.ts is the same shape in TypeScript).
 */
import { z } from 'zod';
import { ReportFormat } from '../../services/report.schemas.ts';

const Id = z.string().min(1).max(200);
/** A repeatable query parameter: one value or several (`?asOf=a&asOf=b`). */
const Repeated = (min: number, max: number) => z.union([Id, z.array(Id)]).transform((value) => (Array.isArray(value) ? value : [value])).pipe(z.array(Id).min(min).max(max));
const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const Format = ReportFormat.default('xlsx').describe('xlsx (default), docx, pdf, csv, or json: the report\'s data');

export const AppendixQuery = z.strictObject({
  asOf: Repeated(1, 2).describe('One or two periods of the term, shown side by side'),
  format: Format,
  nextTarget: QueryFlag.optional().describe('Add the next term\'s target of each indicator'),
  note: QueryFlag.optional().describe('Add the note of each figure of the last period'),
});

export const CompareTermsQuery = z.strictObject({ format: Format });

export const CompareOrgsQuery = z.strictObject({
  term: Repeated(2, 8).describe('Two or more terms, one column group each'),
  asOf: Repeated(2, 8).optional().describe('One period per term, same order; by default each term\'s latest closed period'),
  format: Format,
});

const Status = z.enum(['exceeded', 'achieved', 'not_yet', 'failed', 'at_risk', 'on_track']);

const DocumentHeader = z.object({
  layout: z.enum(['party', 'state']), parentIssuer: z.string().nullable(), issuer: z.string(), number: z.string().nullable(), place: z.string(), date: z.string(),
}).meta({ id: 'ReportHeader' });

const PeriodResult = z.object({
  periodId: z.string(), value: z.number().nullable(), valueText: z.string().nullable(), decimals: z.number().int(), percentOfTarget: z.number().nullable(),
  status: Status.nullable(), statusWord: z.string().nullable(), explanation: z.string().nullable(),
});

const AppendixIndicator = z.object({
  id: z.string(), number: z.string(), parentId: z.string().nullable(), name: z.string(), unit: z.string().nullable(), targetText: z.string().nullable(),
  results: z.array(PeriodResult), nextTargetText: z.string().nullable(), note: z.string().nullable(),
});

const Summary = z.object({
  periodId: z.string(), groups: z.number().int(), indicators: z.number().int(), components: z.number().int(),
  counts: z.array(z.object({ status: Status.nullable(), word: z.string(), count: z.number().int() })),
  sentence: z.string(),
  atRisk: z.array(z.object({ name: z.string(), figure: z.string().nullable(), targetText: z.string().nullable(), statusWord: z.string() })),
});

export const AppendixDataResponse = z.object({
  header: DocumentHeader, organisationName: z.string(), congress: z.string(), termStartYear: z.number().int(), termEndYear: z.number().int(),
  periods: z.array(z.object({ id: z.string(), label: z.string(), startYear: z.number().int(), endYear: z.number().int() })),
  groups: z.array(z.object({ numeral: z.string(), name: z.string(), indicators: z.array(AppendixIndicator) })),
  showNextTarget: z.boolean(), showNote: z.boolean(), summaries: z.array(Summary), disagreements: z.array(z.string()),
}).meta({ id: 'AppendixReport', description: 'The report file; with format=json, this data' });

const ReportTerm = z.object({ congress: z.string(), startYear: z.number().int(), endYear: z.number().int() });

export const TermComparisonResponse = z.object({
  header: DocumentHeader, organisationName: z.string(), previousTerm: ReportTerm, currentTerm: ReportTerm, previousPeriodLabel: z.string(),
  rows: z.array(z.object({
    groupName: z.string().nullable(), name: z.string(), unit: z.string().nullable(), previousTargetText: z.string().nullable(),
    previousResult: z.object({ value: z.number().nullable(), valueText: z.string().nullable(), decimals: z.number().int() }).nullable(),
    previousStatus: Status.nullable(), previousStatusWord: z.string().nullable(), currentTargetText: z.string().nullable(),
    nextTargetText: z.string().nullable(), changed: z.boolean(),
  })),
}).meta({ id: 'TermComparisonReport', description: 'The report file; with format=json, this data' });

export const OrganisationComparisonResponse = z.object({
  header: DocumentHeader,
  organisations: z.array(z.object({ id: z.string(), name: z.string(), termLabel: z.string(), periodLabel: z.string() })),
  rows: z.array(z.object({
    name: z.string(), unit: z.string().nullable(),
    entries: z.array(z.object({
      indicatorName: z.string().nullable(), targetText: z.string().nullable(), value: z.number().nullable(), valueText: z.string().nullable(),
      decimals: z.number().int(), status: Status.nullable(), statusWord: z.string().nullable(),
    })),
  })),
}).meta({ id: 'OrganisationComparisonReport', description: 'The report file; with format=json, this data' });
