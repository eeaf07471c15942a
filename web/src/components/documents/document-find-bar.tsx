/** Finding words in the open document: the box, the count ("3/12") and previous / next (also Shift+Enter / Enter). */
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface FindBarProps {
  query: string;
  onQuery: (query: string) => void;
  /** Index of the current match, -1 for none. */
  current: number;
  total: number;
  onMove: (step: 1 | -1) => void;
}

/** The in-document search bar. */
export function DocumentFindBar({ query, onQuery, current, total, onMove }: FindBarProps) {
  const { t } = useI18n();
  const keys = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onMove(event.shiftKey ? -1 : 1);
  };
  const count = query.trim() === '' ? '' : total === 0 ? t('document.search.none') : t('document.search.count', { current: current + 1, total });
  return (
    <div className="doc-find" role="search">
      <Input
        type="search"
        allowClear
        aria-label={t('document.search.label')}
        placeholder={t('document.search.placeholder')}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={keys}
        data-testid="document-find"
      />
      <span className="doc-find-count" role="status" aria-live="polite" data-testid="document-find-count">{count}</span>
      <Button onClick={() => onMove(-1)} disabled={total === 0} aria-label={t('document.search.previous')} title={t('document.search.previous')}>↑</Button>
      <Button onClick={() => onMove(1)} disabled={total === 0} aria-label={t('document.search.next')} title={t('document.search.next')}>↓</Button>
    </div>
  );
}
