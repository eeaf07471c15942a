/** Text with found ranges marked (`<mark>`), rendered as escaped text. */
import type { TextRange } from '../../../../src/domain/fold-match.ts';
import { segmentLine } from './line-segments.ts';

/** `text` with each of `ranges` in a `<mark>`. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {segmentLine(text, ranges, []).map((piece, i) => (piece.found ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </>
  );
}
