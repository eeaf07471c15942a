/**
 * Use cases on a single document file: read and structure it, and evaluate the figures
 * it reports. The CLI (and later the HTTP routes) call these.
 */
import type { ExtractedIndicator, StructuredDocument } from '../domain/document.ts';
import { ResoluteError } from '../domain/errors.ts';
import { rollup, type Rollup } from '../domain/rollup.ts';
import { statusFromWord } from '../domain/vocabulary/index.ts';
import { readDocument, type ReadStage } from '../ingest/read-document.ts';

export type { ReadStage };

/** Reads a file into a structured document; throws ResoluteError on bad input. */
export function extractDocument(path: string, onProgress?: (stage: ReadStage) => void): Promise<StructuredDocument> {
  return readDocument(path, onProgress ? { onProgress } : {});
}

/** One column of figures (a period) of the document's result tables, with its rollup. */
export interface EvaluatedColumn {
  label: string;
  rollup: Rollup;
  disagreements: number;
}

export interface DocumentEvaluation {
  /** Indicators that carry at least one reported figure. */
  indicators: ExtractedIndicator[];
  columns: EvaluatedColumn[];
}

/** Groups the reported figures by period and counts statuses per period. */
export function evaluateDocument(document: StructuredDocument): DocumentEvaluation {
  const indicators = document.indicators.filter((indicator) => indicator.observations.length > 0);
  if (indicators.length === 0) {
    throw new ResoluteError('no_indicators', 'The document reports no figures against targets (no results table was found).');
  }
  const labels = [...new Set(indicators.flatMap((indicator) => indicator.observations.map((o) => o.label)))];
  const columns = labels.map((label) => {
    const items = indicators.flatMap((indicator) =>
      indicator.observations
        .filter((observed) => observed.label === label)
        .map((observed) => ({
          group: indicator.group,
          name: indicator.name,
          status: observed.computedStatus ? statusFromWord(observed.computedStatus) : null,
          figure: observed.text,
          targetText: indicator.target?.text ?? '',
          ...(observed.stage ? { stage: observed.stage } : {}),
        })),
    );
    const disagreements = indicators.filter((indicator) =>
      indicator.observations.some((observed) => observed.label === label && observed.disagrees === true),
    ).length;
    return { label, rollup: rollup(items), disagreements };
  });
  return { indicators, columns };
}
