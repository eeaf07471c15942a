/**
 * One document: its particulars and warnings, the outline (choosing a heading goes to its
 * line), the text with original line numbers and footnote citations, a search within it that
 * ignores diacritics, and a link to the original file. `?line=N` goes to that line and
 * highlights it; `?q=…` (from the search across documents) starts the search with those words.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useDocument } from '../api/documents.ts';
import type { DocumentFootnote } from '../api/documents.ts';
import { Link } from '../app/link.tsx';
import { href, useLocation } from '../app/router.ts';
import { DocumentFindBar } from '../components/documents/document-find-bar.tsx';
import { DocumentMeta } from '../components/documents/document-meta.tsx';
import { citationsByLine, findInLines, firstMatchFrom, foldLines, lineIndexAt, type FindResult } from '../components/documents/document-model.ts';
import { DocumentOutline } from '../components/documents/document-outline.tsx';
import { DocumentText } from '../components/documents/document-text.tsx';
import { kindKey } from '../components/documents/document-format.ts';
import { EmptyState, queryState } from '../components/page-state.tsx';
import { formatNumber } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/documents/documents.css';

/** Scrolls the element matching `selector` inside `root` to the middle of the screen. */
function scrollToSelector(root: HTMLElement | null, selector: string): void {
  root?.querySelector(selector)?.scrollIntoView({ block: 'center' });
}

/** The document page. */
export default function DocumentPage({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  const { params } = useLocation();
  const document = useDocument(documentId);
  const data = document.data;
  const lines = useMemo(() => data?.lines ?? [], [data]);
  const folded = useMemo(() => foldLines(lines), [lines]);
  const citations = useMemo(() => citationsByLine(data?.footnotes ?? []), [data]);
  const footnotes = useMemo(() => new Map<number, DocumentFootnote>((data?.footnotes ?? []).map((note) => [note.number, note])), [data]);
  const textRoot = useRef<HTMLDivElement>(null);

  const wantedLine = Number(params.get('line'));
  const [target, setTarget] = useState<number | null>(null);
  const [query, setQuery] = useState(params.get('q') ?? '');
  const deferredQuery = useDeferredValue(query);
  const find = useMemo(() => findInLines(lines, folded, deferredQuery), [lines, folded, deferredQuery]);
  // The match the user moved to, for the search it belongs to; a new search starts at the
  // first match from the pointed-at line.
  const [moved, setMoved] = useState<{ of: FindResult; at: number } | null>(null);
  const current = moved?.of === find ? moved.at : firstMatchFrom(find.matches, target ?? 0);

  // The line the address names, once the text is there.
  useEffect(() => {
    if (lines.length === 0 || !Number.isInteger(wantedLine) || wantedLine <= 0) return;
    const index = lineIndexAt(lines, wantedLine);
    setTarget(index);
    scrollToSelector(textRoot.current, `[data-index="${index}"]`);
  }, [lines, wantedLine]);

  useEffect(() => {
    if (current >= 0) scrollToSelector(textRoot.current, 'mark.doc-current');
  }, [current, find]);

  const move = (step: 1 | -1): void => {
    const total = find.matches.length;
    if (total > 0) setMoved({ of: find, at: (current + step + total) % total });
  };
  const goToLine = (line: number): void => {
    const index = lineIndexAt(lines, line);
    setTarget(index);
    scrollToSelector(textRoot.current, `[data-index="${index}"]`);
  };

  const state = queryState(document);
  if (state !== null || data === undefined) {
    return <div className="page">{state}</div>;
  }
  return (
    <div className="page document-page">
      <div className="page-head">
        <div>
          <Link to={href('/documents', { term: data.termId })}>{t('document.back')}</Link>
          <h1 className="doc-title">{data.title ?? data.originalName}</h1>
          <p className="muted">{t(kindKey(data.kind))} · {t('document.lineCount', { count: formatNumber(lines.length, 0) })}</p>
        </div>
      </div>
      <DocumentMeta document={data} />
      <div className="doc-layout">
        <nav className="doc-outline" aria-label={t('document.outline')}>
          <h2>{t('document.outline')}</h2>
          <DocumentOutline sections={data.sections} onGo={goToLine} />
        </nav>
        <section className="doc-body" aria-label={t('document.text')} ref={textRoot}>
          <DocumentFindBar query={query} onQuery={setQuery} current={current} total={find.matches.length} onMove={move} />
          {lines.length === 0
            ? <EmptyState text={t('document.empty')} />
            : <DocumentText lines={lines} found={find.ranges} current={find.matches[current] ?? null} citations={citations} footnotes={footnotes} target={target} />}
        </section>
      </div>
    </div>
  );
}
