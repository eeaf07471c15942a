/**
 * Importing a plan document (TXT, DOCX, PDF) under a term, for the secretariat: the server
 * files the document and reads its tasks into a draft plan, which then opens for review. The
 * refusals an upload meets (same file twice, damaged, too large) are said in our words.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Spin from 'antd/es/spin';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { importPlan, plansKey } from '../../api/tasks.ts';
import { errorText } from '../../app/error-text.ts';
import { navigate } from '../../app/router.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatSize } from '../documents/document-format.ts';
import { uploadErrorOf } from '../documents/upload-error.ts';
import { planHref } from './task-links.ts';

const ACCEPT = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The import form of the plans page. */
export function PlanImportForm({ termId }: { termId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setError(t('plans.import.noFile'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const imported = await importPlan(termId, file);
      void queryClient.invalidateQueries({ queryKey: plansKey(termId) });
      void queryClient.invalidateQueries({ queryKey: ['documents', termId] });
      navigate(planHref(imported.plan.id));
    } catch (failure) {
      const known = uploadErrorOf(failure);
      const message = failure instanceof ApiError && failure.code === 'invalid_state'
        ? t('plans.import.noTasks')
        : known === null ? errorText(failure, t) : t(known.key, { limit: known.limit === null ? '' : formatSize(known.limit) });
      setError(t('plans.import.failed', { message }));
      setBusy(false);
    }
  };

  return (
    <section className="plan-import" aria-labelledby="plan-import-title">
      <h2 id="plan-import-title">{t('plans.import.title')}</h2>
      <p className="muted">{t('plans.import.hint')}</p>
      <form className="plan-import-form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('plans.import.file')}</span>
          <input ref={input} type="file" accept={ACCEPT} name="file" data-testid="plan-file" disabled={busy} />
        </label>
        <Button type="primary" htmlType="submit" loading={busy}>{t('plans.import.submit')}</Button>
      </form>
      {busy ? (
        <div role="status" aria-live="polite">
          <Spin size="small" /> <span>{t('plans.import.busy')}</span>
        </div>
      ) : null}
      {error === null ? null : <Alert type="error" showIcon role="alert" title={error} />}
    </section>
  );
}
