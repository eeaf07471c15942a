/**
 * The search across a term's documents: a box (its words kept in the address as `q`) and the
 * lines found, each with its document, line number, headings and the words highlighted,
 * linking to that line of the document.
 */
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useDocumentSearch } from '../../api/documents.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatNumber } from '../../format/format.ts';
import { queryState } from '../page-state.tsx';
import { documentHref } from './documents-table.tsx';
import { HighlightedText } from './highlighted-text.tsx';

export interface DocumentSearchProps {
  termId: string;
  /** The searched words (from the address). */
  q: string;
  onSearch: (q: string) => void;
}

/** The search box and its results. */
export function DocumentSearch({ termId, q, onSearch }: DocumentSearchProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);
  const search = useDocumentSearch(termId, q);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSearch(typed.trim());
  };
  const result = search.data;
  let body = q.trim() === '' ? null : queryState(search);
  if (body === null && result !== undefined && q.trim() !== '') {
    const summary = result.total === 0
      ? t('documents.search.none', { q })
      : result.total > result.hits.length
        ? t('documents.search.limited', { total: formatNumber(result.total, 0), q, shown: formatNumber(result.hits.length, 0) })
        : t('documents.search.results', { total: formatNumber(result.total, 0), q });
    body = (
      <>
        <p className="muted" role="status" data-testid="search-summary">{summary}</p>
        <ol className="search-hits" data-testid="search-hits">
          {result.hits.map((hit) => (
            <li key={`${hit.documentId}:${hit.line}`}>
              <Link to={documentHref(hit.documentId, { line: hit.line, q })} className="search-hit-link">
                <span className="search-hit-title">{hit.title ?? hit.documentId}</span>
                <span className="muted"> · {t('documents.search.line', { line: hit.line })}</span>
              </Link>
              {hit.sectionPath.length > 0 ? <div className="search-hit-path muted">{hit.sectionPath.join(' › ')}</div> : null}
              <div className="search-hit-text"><HighlightedText text={hit.text} ranges={hit.matches} /></div>
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <section className="doc-search" aria-labelledby="doc-search-title">
      <h2 id="doc-search-title">{t('documents.search.label')}</h2>
      <form className="doc-search-form" role="search" onSubmit={submit}>
        <Input
          type="search"
          aria-label={t('documents.search.label')}
          placeholder={t('documents.search.placeholder')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          allowClear
          data-testid="documents-search"
        />
        <Button htmlType="submit" type="primary">{t('documents.search.button')}</Button>
      </form>
      {body}
    </section>
  );
}
