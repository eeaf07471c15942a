/**
 * The source of an indicator in its document: the cleaned lines around the original line it
 * was read from (that line highlighted), and the headings it sits under. Pure, so the
 * indicator page and the import review show the same passage and it is tested without a browser.
 */

/** A cleaned line of a document: its text and the original lines it spans (as the API gives them). */
export interface SourceLine {
  text: string;
  line: number;
  endLine: number;
}

export interface PassageLine extends SourceLine {
  /** The line the indicator was read from. */
  highlighted: boolean;
}

/** A heading of the outline with the original lines it covers. */
export interface SourceSection {
  label: string;
  title: string;
  level: number;
  line: number;
  endLine: number;
}

/** The index of the cleaned line holding original line `line`, else of the first one after it, else the last. */
function indexOf(lines: readonly SourceLine[], line: number): number {
  const holding = lines.findIndex((candidate) => candidate.line <= line && line <= candidate.endLine);
  if (holding !== -1) return holding;
  const after = lines.findIndex((candidate) => candidate.line > line);
  return after === -1 ? lines.length - 1 : after;
}

/**
 * `context` cleaned lines before and after the one holding original line `line`, which is
 * highlighted; empty when the document has no lines.
 */
export function passageAround(lines: readonly SourceLine[], line: number, context = 3): PassageLine[] {
  if (lines.length === 0) return [];
  const at = indexOf(lines, line);
  const start = Math.max(0, at - context);
  return lines.slice(start, at + context + 1).map((candidate, offset) => ({ ...candidate, highlighted: start + offset === at }));
}

/** The headings enclosing original line `line`, outermost first ("I- CÁC CHỈ TIÊU CHỦ YẾU", "1. Về kinh tế"). */
export function sectionPath(sections: readonly SourceSection[], line: number): string[] {
  return sections
    .filter((section) => section.line <= line && line <= section.endLine)
    .toSorted((a, b) => a.level - b.level || a.line - b.line)
    .map((section) => `${section.label} ${section.title}`.trim());
}
