/**
 * Request and response schemas of the report downloads. A report is a file (XLSX, DOCX, PDF,
 * CSV); with `format=json` it is the report's data, and with `format=layout` the document the
 * writers render (`ReportDocument`: title lines, paragraphs, tables with column groups and typed
 * cells, notes), which the web preview renders and derives its types from. src/reports/model.ts
 * is the same shape in TypeScript (test/reports/layout-schema.test.ts holds them together).
 */
import { z } from 'zod';
import { ReportOutput } from '../../services/report.schemas.ts';

const Id = z.string().min(1).max(200);
/** A repeatable query parameter: one value or several (`?asOf=a&asOf=b`). */
const Repeated = (min: number, max: number) => z.union([Id, z.array(Id)]).transform((value) => (Array.isArray(value) ? value : [value])).pipe(z.array(Id).min(min).max(max));
const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');
const Format = ReportOutput.default('xlsx').describe('xlsx (default), docx, pdf, csv; json: the report\'s data; layout: the laid-out document (ReportDocument) the files are written from');

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

export const DocumentHeader = z.object({
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

// ---------------------------------------------------------------------------------------------
// format=layout: the laid-out document (src/reports/model.ts ReportDocument).

/** A table cell; a client writes numbers with `decimals` decimals (`1.234,5`) and percents as `73,1%`. */
export const ReportCell = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('number'), value: z.number(), decimals: z.number().int() }),
  z.object({ kind: z.literal('percent'), value: z.number().describe('Percent points: 73.1 is 73,1%'), decimals: z.number().int() }),
  z.object({ kind: z.literal('status'), status: Status, word: z.string().describe('The status word the document prints (Vượt, Đạt, …)') }),
]).meta({ id: 'ReportCell' });

const Align = z.enum(['left', 'center', 'right']);

/** A leaf column: one cell per row, under `key`. */
export const ReportColumn = z.object({
  key: z.string(), title: z.string(), width: z.number().describe('Relative width in characters of body text'), align: Align,
}).meta({ id: 'ReportColumn' });

/** Columns under one merged header cell. */
export const ReportColumnGroup = z.object({ title: z.string(), columns: z.array(ReportColumn) }).meta({ id: 'ReportColumnGroup' });

export const ReportTableRow = z.object({
  kind: z.enum(['group', 'item', 'component', 'subtotal']).describe('group: a heading row across the table (its first two columns\' text); component: indented under its item; subtotal: bold'),
  cells: z.record(z.string(), ReportCell).describe('By column key; a missing key is an empty cell'),
  highlight: z.boolean().optional(),
}).meta({ id: 'ReportTableRow' });

export const ReportTable = z.object({
  caption: z.string().nullable(),
  columns: z.array(z.union([ReportColumn, ReportColumnGroup])).describe('A column spans both header rows; a group merges its title over its columns'),
  rows: z.array(ReportTableRow),
}).meta({ id: 'ReportTable' });

export const ReportParagraph = z.object({ text: z.string(), style: z.enum(['body', 'list', 'heading']).optional() }).meta({ id: 'ReportParagraph' });

export const ReportDocument = z.object({
  fileStem: z.string(),
  header: DocumentHeader,
  kindLine: z.string().nullable(),
  title: z.array(z.string()),
  subtitle: z.string().nullable(),
  paragraphs: z.array(ReportParagraph),
  tables: z.array(ReportTable),
  notes: z.array(z.string()),
  orientation: z.enum(['portrait', 'landscape']),
}).meta({ id: 'ReportDocument', description: 'A report laid out as its files are (format=layout)' });

/** A report route's answer: the file; as JSON (`format=json`) its data; laid out (`format=layout`) its document. */
export function reportResponse<T extends z.ZodType>(data: T) {
  return z.union([data, ReportDocument]).describe('The report file (XLSX, DOCX, PDF, CSV); with format=json its data, with format=layout its ReportDocument');
}
