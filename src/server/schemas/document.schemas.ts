/** Request and response schemas of the document routes: list, read with text, search, original file. */
import { z } from 'zod';
import { DocumentSearchInput } from '../../services/document-read.schemas.ts';
import { DocumentSummary } from './entity.schemas.ts';

export const DocumentParams = z.strictObject({ documentId: z.string().min(1).max(200) });

export const DocumentList = z.object({ documents: z.array(DocumentSummary) });

/** A cleaned line: its text and the span of original (1-based) lines it came from. */
export const DocumentLine = z.object({
  text: z.string(),
  line: z.number().int().describe('First original line (the line\'s key: sections, footnotes and citations refer to it)'),
  endLine: z.number().int().describe('Last original line (larger when broken lines were joined)'),
});

export const DocumentSection = z.object({
  label: z.string().describe('"Phần thứ nhất", "A-", "I-", "1.", "1.1.", "a)"'),
  title: z.string(),
  level: z.number().int().describe('1 = top'),
  line: z.number().int(),
  endLine: z.number().int(),
});

export const FootnoteCitation = z.object({
  line: z.number().int().describe('The `line` of the cleaned line that carries the citation'),
  start: z.number().int().describe('Offset of the citation\'s digits in that line\'s text'),
  end: z.number().int().describe('Offset just after the digits'),
});

export const DocumentFootnote = z.object({
  number: z.number().int(),
  text: z.string(),
  line: z.number().int().describe('The `line` of the footnote\'s own text'),
  citedAtLines: z.array(z.number().int()).describe('Original lines that cite it'),
  citations: z.array(FootnoteCitation).describe('Where each citation sits in the cleaned text, when it could be placed'),
});

export const DocumentDetail = DocumentSummary.extend({
  lines: z.array(DocumentLine),
  sections: z.array(DocumentSection),
  footnotes: z.array(DocumentFootnote),
  warnings: z.array(z.string()),
}).meta({ id: 'DocumentDetail' });

/** The query string of the search: the service's input. */
export const DocumentSearchQuery = DocumentSearchInput;

export const DocumentSearchHit = z.object({
  documentId: z.string(),
  title: z.string().nullable(),
  line: z.number().int().describe('The `line` of the matching cleaned line'),
  text: z.string().describe('The line, cut around the first match when long ("…" marks a cut)'),
  matches: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe('Where the query was found in `text`'),
  sectionPath: z.array(z.string()).describe('The enclosing headings, outermost first ("I- CÁC CHỈ TIÊU")'),
});

export const DocumentSearchResponse = z.object({
  hits: z.array(DocumentSearchHit),
  total: z.number().int().describe('Matching lines in all, of which at most `limit` are listed'),
  limit: z.number().int(),
}).meta({ id: 'DocumentSearch' });
