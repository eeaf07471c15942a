/**
 * The document reader: file -> text -> clean lines -> metadata, outline, footnotes,
 * indicators (target lists and appendix tables), with statuses compared.
 */
import type { StructuredDocument } from '../domain/document.ts';
import { cleanText } from './clean-text.ts';
import { compareStatuses } from './compare-status.ts';
import { readFootnotes } from './footnotes.ts';
import { readMetadata } from './metadata.ts';
import { readOutline } from './outline.ts';
import { readDocumentFile } from './read-file.ts';
import { extractTables } from './tables/index.ts';
import { extractTargetLists } from './target-list.ts';

/** The stages the reader reports through `onProgress`, in order. */
export type ReadStage = 'read' | 'clean' | 'structure' | 'indicators' | 'evaluate';

export interface ReadOptions {
  maxBytes?: number;
  onProgress?: (stage: ReadStage) => void;
}

/** Structures a document's text (already read from its file). Pure apart from the progress callback. */
export function structureText(raw: string, onProgress?: (stage: ReadStage) => void): StructuredDocument {
  onProgress?.('clean');
  const { lines, warnings } = cleanText(raw);
  onProgress?.('structure');
  const meta = readMetadata(lines);
  const sections = readOutline(lines);
  const footnotes = readFootnotes(lines);
  onProgress?.('indicators');
  const listed = extractTargetLists(lines, meta.term ? { termEndYear: meta.term.end } : {});
  const { tables, indicators: tabled } = extractTables(lines);
  onProgress?.('evaluate');
  const indicators = compareStatuses([...listed, ...tabled]);
  return { meta, lines, sections, footnotes, indicators, tables, warnings };
}

/** Reads a TXT, DOCX or PDF file into a structured document. Throws ResoluteError on bad input. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<StructuredDocument> {
  options.onProgress?.('read');
  const file = await readDocumentFile(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  return structureText(file.text, options.onProgress);
}
