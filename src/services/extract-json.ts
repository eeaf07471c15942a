/**
 * The JSON contract of `resolute extract --json`: a stable shape that other tools read.
 * Fields may be added; existing ones keep their names and meanings (schemaVersion 1).
 */
import type { StructuredDocument } from '../domain/document.ts';

export const EXTRACT_SCHEMA_VERSION = 1;

/** Builds the `extract --json` object from a structured document (the clean lines are left out). */
export function toExtractJson(document: StructuredDocument, source: { file: string; format?: string }) {
  const { meta } = document;
  return {
    schemaVersion: EXTRACT_SCHEMA_VERSION,
    source,
    document: {
      title: meta.title,
      kind: meta.kind,
      issuer: meta.issuer,
      number: meta.number,
      date: meta.date,
      place: meta.place,
      term: meta.term,
    },
    sections: document.sections,
    footnotes: document.footnotes,
    indicators: document.indicators,
    tables: document.tables,
    warnings: document.warnings,
  };
}
