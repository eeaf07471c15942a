/** The loading, error and empty states every page shows in the same way. */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import { errorText } from '../app/error-text.ts';
import type { ReactNode } from 'react';
import type { TermPeriod } from '../app/use-term-period.ts';
import { useI18n, type I18n } from '../i18n/i18n-context.tsx';

/** A spinner with a spoken label. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div className="page-state" role="status" aria-live="polite">
      <Spin />
      <span>{t('state.loading')}</span>
    </div>
  );
}

/** The error of a request, with a retry button when retrying may help. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      className="page-error"
      type="error"
      showIcon
      title={t('state.error')}
      description={errorText(error, t)}
      action={onRetry === undefined ? undefined : <Button onClick={onRetry}>{t('state.retry')}</Button>}
    />
  );
}

/** Nothing to show, with the reason. */
export function EmptyState({ text }: { text: string }) {
  return <Empty className="page-state" description={text} />;
}

/**
 * The state to show while the term and period are not settled (error, loading, none), or
 * null once both are chosen. Every page that works on a term and period starts with it.
 */
export function selectionState(selection: TermPeriod, t: I18n['t']): ReactNode | null {
  if (selection.error !== null) return <ErrorState error={selection.error} onRetry={selection.refetch} />;
  if (selection.loading) return <Loading />;
  if (selection.term === null) return <EmptyState text={t('term.none')} />;
  if (selection.period === null) return <EmptyState text={t('period.none')} />;
  return null;
}

/** The state of one query (error with retry, loading), or null once its data is there. */
export function queryState(query: { isError: boolean; error: unknown; data: unknown; refetch: () => unknown }): ReactNode | null {
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <Loading />;
  return null;
}
