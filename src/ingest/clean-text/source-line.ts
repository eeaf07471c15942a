/** Traces a position inside a clean line back to the original line it came from. */
import type { CleanLine } from '../../domain/document.ts';

/**
 * The original line at a character offset of a clean line, read from `line.sources`, so a
 * word inside a joined paragraph can be traced to the line it came from; `line.line` when
 * the line has no sources (it was not joined).
 * @example sourceLineAt({ text: 'a b', line: 4, endLine: 5, sources: [{ offset: 0, line: 4 }, { offset: 2, line: 5 }] }, 2) // 5
 */
export function sourceLineAt(line: CleanLine, offset: number): number {
  let found = line.line;
  for (const segment of line.sources ?? []) if (segment.offset <= offset) found = segment.line;
  return found;
}
