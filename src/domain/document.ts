/**
 * The structured document that the reader (src/ingest) produces from a file, and that
 * services store and the CLI prints. Plain data: no behaviour.
 */
import type { Direction, Target } from './target.ts';
import type { DocumentKind } from './vocabulary/index.ts';

/** A line of cleaned text and the span of original (1-based) lines it came from. */
export interface CleanLine {
  text: string;
  /** First original line. */
  line: number;
  /** Last original line (equal to `line` unless broken lines were joined). */
  endLine: number;
  /**
   * For joined lines: where each original line starts in `text` (offset) so that a
   * position in the clean text maps back to its original line. Absent when not joined.
   */
  sources?: { offset: number; line: number }[];
}

export interface DocumentMeta {
  title: string | null;
  kind: DocumentKind;
  /** For a draft ("Dự thảo"): the kind of document it is a draft of. */
  draftOf?: DocumentKind | null;
  /** Issuing body, e.g. "TỈNH UỶ LAI CHÂU". */
  issuer: string | null;
  /** Number and symbol, e.g. "443-BC/TU". */
  number: string | null;
  /** ISO date "2023-11-03". */
  date: string | null;
  place: string | null;
  term: { start: number; end: number } | null;
}

/** A heading of the outline: "Phần thứ nhất", "A-", "I-", "1.", "1.1.", "a)", "(1)". */
export interface Section {
  label: string;
  title: string;
  /** 1 = top. Levels follow the heading styles' usual nesting, not the order they appear. */
  level: number;
  line: number;
  endLine: number;
}

export interface Footnote {
  number: number;
  text: string;
  line: number;
  citedAtLines: number[];
}

/** One figure that a table or a text reports against an indicator. */
export interface ExtractedObservation {
  /** The column or period, e.g. "Ước thực hiện giai đoạn 2021-2023". */
  label: string;
  text: string;
  value: number | null;
  /** The document's own "% of target" cell, when it has one. */
  percentText?: string | null;
  /** The document's own status word, exactly as written, when it has one. */
  documentStatus: string | null;
  /** The status `evaluate` computes, as a status word. */
  computedStatus: string | null;
  /** One sentence on why, in Vietnamese. */
  explanation?: string;
  /** True where the document's status word and the computed one differ. */
  disagrees?: boolean;
  /**
   * What kind of figure this is, which decides the status words that apply:
   * a result of a finished term or period, a mid-term (running) result, or an
   * estimate of the term-end value made before the term ends.
   */
  stage?: 'final' | 'interim' | 'estimate';
}

export interface ExtractedIndicator {
  /** Group heading, e.g. "Các chỉ tiêu về kinh tế". */
  group: string | null;
  /** Item number in the document ("1", "(12)"), when given. */
  code: string | null;
  name: string;
  unit: string | null;
  /** Original line where the indicator starts. */
  line: number;
  /** Where it was found: a target list in the text, or an appendix table. */
  source: 'target_list' | 'table';
  /** The target the observations are measured against. */
  target: Target | null;
  previousTarget?: Target | null;
  nextTarget?: Target | null;
  direction: Direction;
  observations: ExtractedObservation[];
  note?: string | null;
  /** The starting value the text states ("từ 30,67% năm 2020"), when it does. */
  baseline?: { value: number; year: number | null; text: string } | null;
  /** Sub-group heading inside the group (e.g. "Chỉ tiêu dân số"), when the table has one. */
  subgroup?: string | null;
}

/** A table found in the document (appendix), with its title and column labels. */
export interface ExtractedTable {
  title: string | null;
  line: number;
  endLine: number;
  columns: string[];
  /** Layout the rows arrived in. */
  layout: 'tab_separated' | 'cell_per_line' | 'wrapped_rows';
}

export interface StructuredDocument {
  meta: DocumentMeta;
  lines: CleanLine[];
  sections: Section[];
  footnotes: Footnote[];
  indicators: ExtractedIndicator[];
  tables: ExtractedTable[];
  /** Things a reader should know: damaged characters, skipped parts. */
  warnings: string[];
}
