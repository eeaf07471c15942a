/**
 * Where a stored document's own status word contradicts a status: the figure the document
 * reports against its own target ("Đạt" written next to a shortfall), or the status our
 * data gives the same indicator for the period. Report tables are read again from the
 * stored clean lines (documents never change, so the reading is cached per document), and
 * the document's figure is judged at the period's stage: a mid-term column is interim,
 * whatever the column is called.
 */
import type { ExtractedIndicator, ExtractedObservation } from '../domain/document.ts';
import type { DocumentSummary, Indicator, Period } from '../domain/entities.ts';
import { compareWithDocument, evaluate, qualifierOf, type Evaluation, type EvaluationStage } from '../domain/evaluate.ts';
import { shareDirectionOf } from '../domain/target-meaning.ts';
import { STATUS_WORD, statusFromWord } from '../domain/vocabulary/index.ts';
import { extractTables } from '../ingest/tables/index.ts';
import { getDocument, listDocuments, type Executor } from '../store/index.ts';

export interface Disagreement {
  indicatorId: string;
  indicatorName: string;
  documentId: string;
  documentTitle: string | null;
  /** Original line of the document's table row. */
  line: number;
  /** The document's column, e.g. "Ước thực hiện giai đoạn 2021-2023". */
  label: string;
  documentFigure: string;
  documentWord: string;
  /** The status the document's own figure earns against its own target. */
  computedFromDocument: string | null;
  /** The status our figures give the indicator as of the period. */
  computedFromData: string | null;
  contradictsOwnFigure: boolean;
  contradictsData: boolean;
}

/** What the evaluation says of one indicator, for comparison. */
export interface JudgedIndicator {
  indicator: Indicator;
  evaluation: Evaluation | null;
}

const CACHE_LIMIT = 64;
const tableCache = new Map<string, ExtractedIndicator[]>();

/** The result-table rows of a stored document; keyed by id and content hash, since a caller may reuse ids across databases. */
async function tableIndicators(db: Executor, summary: DocumentSummary): Promise<ExtractedIndicator[]> {
  const key = `${summary.id}:${summary.sha256}`;
  const cached = tableCache.get(key);
  if (cached !== undefined) return cached;
  const document = await getDocument(db, summary.id);
  const found = document === null ? [] : extractTables(document.lines).indicators;
  if (tableCache.size >= CACHE_LIMIT) tableCache.delete(tableCache.keys().next().value ?? '');
  tableCache.set(key, found);
  return found;
}

function normalName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The framework indicator a table row names: the same name, else the longest name one contains in the other. */
export function matchIndicator(rowName: string, candidates: readonly Indicator[]): Indicator | null {
  const row = normalName(rowName);
  let best: Indicator | null = null;
  for (const candidate of candidates) {
    const name = normalName(candidate.name);
    if (name === row) return candidate;
    const contained = name.length >= 8 && (row.includes(name) || (row.length >= 8 && name.includes(row)));
    if (contained && (best === null || name.length > normalName(best.name).length)) best = candidate;
  }
  return best;
}

/**
 * Whether a document column reports the period: the years it names end where the period
 * ends and a span is a span ("2021-2023" is the mid-term, "2023" the year); a column that
 * names no year ("Kết quả") belongs to the period the document was written at or just after.
 */
export function columnMatches(label: string, period: Period, documentDate: string | null): boolean {
  const years = (label.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  if (years.length === 0) {
    const year = documentDate === null ? null : Number(documentDate.slice(0, 4));
    return year !== null && year >= period.endYear && year <= period.endYear + 1;
  }
  const span = new Set(years).size > 1;
  return Math.max(...years) === period.endYear && span === (period.kind !== 'year');
}

function wordOf(status: Evaluation['status'] | undefined): string | null {
  return status === null || status === undefined ? null : STATUS_WORD[status];
}

/** The stage a document's figure is judged at for the period: interim before the term end, else as the column says. */
function documentStage(observed: ExtractedObservation, period: Period): EvaluationStage {
  return period.kind === 'term_end' ? (observed.stage ?? 'final') : 'interim';
}

/** The document's figure against the document's own target: ">80" is above 80. */
function ownEvaluation(row: ExtractedIndicator, observed: ExtractedObservation, period: Period): Evaluation | null {
  if (row.target === null || row.target === undefined) return null;
  const text = observed.text.trim();
  // A sector's share moves one way, as the dashboard judges it (indicator-status.ts).
  const shareDirection = row.target.direction === 'structure' ? shareDirectionOf(row.name) : null;
  return evaluate(row.target, { value: observed.value, qualifier: qualifierOf(text) }, { stage: documentStage(observed, period), shareDirection });
}

function rowDisagreements(document: DocumentSummary, row: ExtractedIndicator, judged: JudgedIndicator, period: Period): Disagreement[] {
  return row.observations.flatMap((observed) => {
    const word = observed.documentStatus;
    if (word === null || statusFromWord(word) === null || !columnMatches(observed.label, period, document.date)) return [];
    const ours = judged.evaluation;
    const own = ownEvaluation(row, observed, period);
    const contradictsData = ours !== null && compareWithDocument(word, ours).agrees === false;
    const contradictsOwnFigure = own !== null && compareWithDocument(word, own).agrees === false;
    if (!contradictsData && !contradictsOwnFigure) return [];
    return [{
      indicatorId: judged.indicator.id, indicatorName: judged.indicator.name, documentId: document.id, documentTitle: document.title,
      line: row.line, label: observed.label, documentFigure: observed.text, documentWord: word,
      computedFromDocument: wordOf(own?.status), computedFromData: wordOf(ours?.status), contradictsOwnFigure, contradictsData,
    }];
  });
}

/** The disagreements of the term's stored documents with their own figures and with our statuses for the period. */
export async function findDisagreements(db: Executor, termId: string, period: Period, judged: readonly JudgedIndicator[]): Promise<Disagreement[]> {
  const found: Disagreement[] = [];
  const leaves = judged.map((j) => j.indicator);
  for (const document of await listDocuments(db, { termId })) {
    for (const row of await tableIndicators(db, document)) {
      const indicator = matchIndicator(row.name, leaves);
      const match = indicator === null ? undefined : judged.find((j) => j.indicator.id === indicator.id);
      if (match !== undefined) found.push(...rowDisagreements(document, row, match, period));
    }
  }
  return found;
}
