/**
 * Uploading a TXT, DOCX or PDF under a term, as one of two things: a resolution, whose
 * indicators become the term's draft framework (then the import review opens), or a report,
 * plan or other document, filed under the term. The server's message says what went wrong
 * (same file twice, no indicators, damaged file, too large).
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Radio from 'antd/es/radio';
import Spin from 'antd/es/spin';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { documentsKey, importResolution, uploadDocument } from '../../api/documents.ts';
import { errorText } from '../../app/error-text.ts';
import { Link } from '../../app/link.tsx';
import { href, navigate } from '../../app/router.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatSize } from './document-format.ts';
import { documentHref } from './documents-table.tsx';
import { uploadErrorOf } from './upload-error.ts';

type UploadKind = 'report' | 'resolution';

type Notice = { type: 'success'; text: string; documentId: string } | { type: 'error'; text: string } | null;

const ACCEPT = '.txt,.docx,.pdf,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The upload form of the documents page (shown to the secretariat). */
export function UploadForm({ termId }: { termId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<UploadKind>('report');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setNotice({ type: 'error', text: t('documents.upload.noFile') });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      if (kind === 'resolution') {
        await importResolution(termId, file);
        void queryClient.invalidateQueries({ queryKey: documentsKey(termId) });
        void queryClient.invalidateQueries({ queryKey: ['framework', termId] });
        navigate(href('/framework/review', { term: termId }));
        return;
      }
      const stored = await uploadDocument(termId, file);
      setNotice({ type: 'success', text: t('documents.upload.done', { title: stored.title ?? stored.originalName }), documentId: stored.id });
      if (input.current !== null) input.current.value = '';
      void queryClient.invalidateQueries({ queryKey: documentsKey(termId) });
    } catch (error) {
      const known = uploadErrorOf(error);
      const message = known === null ? errorText(error, t) : t(known.key, { limit: known.limit === null ? '' : formatSize(known.limit) });
      setNotice({ type: 'error', text: t('documents.upload.failed', { message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="doc-upload" aria-labelledby="doc-upload-title">
      <h2 id="doc-upload-title">{t('documents.upload.title')}</h2>
      <form className="doc-upload-form" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>{t('documents.upload.file')}</span>
          <input ref={input} type="file" accept={ACCEPT} name="file" data-testid="document-file" disabled={busy} />
        </label>
        <fieldset className="doc-upload-kind">
          <legend>{t('documents.upload.as')}</legend>
          <Radio.Group value={kind} onChange={(event) => setKind(event.target.value === 'resolution' ? 'resolution' : 'report')} disabled={busy}>
            <Radio value="resolution">{t('documents.upload.resolution')}</Radio>
            <Radio value="report">{t('documents.upload.report')}</Radio>
          </Radio.Group>
        </fieldset>
        <Button type="primary" htmlType="submit" loading={busy}>{t('documents.upload.submit')}</Button>
      </form>
      {busy ? (
        <div className="doc-upload-busy" role="status" aria-live="polite">
          <Spin size="small" /> <span>{t('documents.upload.busy')}</span>
        </div>
      ) : null}
      {notice?.type === 'error' ? <Alert type="error" showIcon role="alert" title={notice.text} /> : null}
      {notice?.type === 'success' ? (
        <Alert type="success" showIcon title={notice.text} action={<Link to={documentHref(notice.documentId)}>{t('documents.upload.open')}</Link>} />
      ) : null}
    </section>
  );
}
