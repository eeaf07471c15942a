/** The loading, error and empty states every page shows in the same way. */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Spin from 'antd/es/spin';
import { errorText } from '../app/error-text.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

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
