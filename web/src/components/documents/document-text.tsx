/**
 * The text of a document, one plain element per line with its original line number: found
 * words marked, the current match apart, footnote citations as superscript buttons that open
 * the footnote in a popover. Lines are plain elements (a long report has thousands), memoised
 * so that moving between matches re-renders only the lines that change.
 */
import Popover from 'antd/es/popover';
import { memo } from 'react';
import type { TextRange } from '../../../../src/domain/fold-match.ts';
import type { DocumentFootnote, DocumentLine } from '../../api/documents.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MatchRef } from './document-model.ts';
import { segmentLine, type CitationMark } from './line-segments.ts';

export interface DocumentTextProps {
  lines: readonly DocumentLine[];
  found: ReadonlyMap<number, TextRange[]>;
  current: MatchRef | null;
  citations: ReadonlyMap<number, CitationMark[]>;
  footnotes: ReadonlyMap<number, DocumentFootnote>;
  /** The line (by index) to show highlighted: the one the address or the outline pointed at. */
  target: number | null;
}

const NONE: TextRange[] = [];
const NO_CITATIONS: CitationMark[] = [];

/** A superscript button citing a footnote; the footnote's text opens beside it. */
function Citation({ digits, note }: { digits: string; note: DocumentFootnote | undefined }) {
  const { t } = useI18n();
  const number = note?.number ?? Number(digits);
  return (
    <Popover trigger="click" title={t('document.footnote', { number })} content={<p className="doc-note">{note?.text ?? ''}</p>}>
      <sup>
        <button type="button" className="doc-cite" aria-label={t('document.footnoteOpen', { number })}>{digits}</button>
      </sup>
    </Popover>
  );
}

interface LineProps {
  index: number;
  line: DocumentLine;
  found: TextRange[];
  currentRange: number | null;
  citations: CitationMark[];
  footnotes: ReadonlyMap<number, DocumentFootnote>;
  target: boolean;
}

const Line = memo(function Line({ index, line, found, currentRange, citations, footnotes, target }: LineProps) {
  const pieces = segmentLine(line.text, found, citations, currentRange);
  const span = line.endLine > line.line ? `${line.line}–${line.endLine}` : undefined;
  return (
    <div className={target ? 'doc-line doc-target' : 'doc-line'} data-index={index} data-line={line.line}>
      <span className="doc-ln" title={span} aria-hidden="true">{line.line}</span>
      <span className="doc-lt">
        {pieces.map((piece, i) => {
          if (piece.citation !== null) return <Citation key={i} digits={piece.text} note={footnotes.get(piece.citation)} />;
          if (piece.current) return <mark key={i} className="doc-current">{piece.text}</mark>;
          if (piece.found) return <mark key={i}>{piece.text}</mark>;
          return <span key={i}>{piece.text}</span>;
        })}
      </span>
    </div>
  );
});

/** The lines of the document. */
export function DocumentText({ lines, found, current, citations, footnotes, target }: DocumentTextProps) {
  return (
    <div className="doc-text" data-testid="document-text">
      {lines.map((line, index) => (
        <Line
          key={index}
          index={index}
          line={line}
          found={found.get(index) ?? NONE}
          currentRange={current !== null && current.index === index ? current.range : null}
          citations={citations.get(line.line) ?? NO_CITATIONS}
          footnotes={footnotes}
          target={target === index}
        />
      ))}
    </div>
  );
}
