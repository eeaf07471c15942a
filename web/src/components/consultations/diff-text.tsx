/**
 * A section's word diff as text: what the new version added in `<ins>`, what it removed in
 * `<del>`, each with a hidden word for screen readers (which do not announce the elements), the
 * rest plain; every piece a React text child (escaped) in an element that keeps line breaks.
 * Long unchanged stretches are shortened around the edits until the reader asks for the whole
 * section. Plain elements only, so its test renders it without a browser.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { anySkipped, compactPieces, joinPieces } from './diff-model.ts';
import type { DiffPiece } from './diff-model.ts';
import { countText } from './synthesis-model.ts';

export interface DiffTextProps {
  pieces: readonly DiffPiece[];
  /** Start with the whole text (the test, and sections that are short anyway). */
  initiallyWhole?: boolean;
}

/** The diff of one section. */
export function DiffText({ pieces, initiallyWhole = false }: DiffTextProps) {
  const { t } = useI18n();
  const [whole, setWhole] = useState(initiallyWhole);
  const compact = compactPieces(pieces);
  const shortened = anySkipped(compact);
  const shown = whole || !shortened ? joinPieces(pieces) : compact;
  if (shown.length === 0) return <p className="muted">{t('diff.empty')}</p>;
  return (
    <>
      <p className="diff-text" data-testid="diff-text">
        {shown.map((piece, index) => {
          switch (piece.op) {
            case 'insert':
              return (
                <ins key={index} className="diff-ins">
                  <span className="review-visually-hidden">{`[${t('diff.sr.insert')}: `}</span>
                  {piece.text}
                  <span className="review-visually-hidden">]</span>
                </ins>
              );
            case 'delete':
              return (
                <del key={index} className="diff-del">
                  <span className="review-visually-hidden">{`[${t('diff.sr.delete')}: `}</span>
                  {piece.text}
                  <span className="review-visually-hidden">]</span>
                </del>
              );
            case 'skip':
              return <span key={index} className="diff-skip">{t('diff.skipped', { count: countText(piece.skipped) })}</span>;
            case 'equal':
              return <span key={index}>{piece.text}</span>;
          }
        })}
      </p>
      {shortened ? (
        <button type="button" className="diff-toggle" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? t('diff.showLess') : t('diff.showAll')}
        </button>
      ) : null}
    </>
  );
}
