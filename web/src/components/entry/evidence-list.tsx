/**
 * The evidence files of one figure on the entry form: each file's name (a download link) and
 * size; while the figure can change, attach a file (the server checks type and size and
 * answers with its own message) or remove one after a confirmation.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Popconfirm from 'antd/es/popconfirm';
import Upload from 'antd/es/upload';
import { useQueryClient } from '@tanstack/react-query';
import { evidenceFileHref, observationKey, removeEvidence, uploadEvidence, useObservationDetail } from '../../api/evidence.ts';
import type { Evidence } from '../../api/evidence.ts';
import { errorText } from '../../app/error-text.ts';
import { EVIDENCE_ACCEPT, formatFileSize } from '../../entry/evidence-model.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import '../../framework/framework.css';
import { FormNotice, useFormAction } from '../form-notice.tsx';


export interface EvidenceListProps {
  observationId: string;
  /** A draft or returned figure in an open period: files may be attached and removed. */
  editable: boolean;
}

/** The evidence of a saved figure. */
export function EvidenceList({ observationId, editable }: EvidenceListProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const detail = useObservationDetail(observationId);
  const { busy, message, run } = useFormAction();
  const files = detail.data?.evidence ?? [];

  const act = async (work: () => Promise<string>): Promise<void> => {
    await run(async () => {
      const text = await work();
      // The notice comes with the list it describes, not before it.
      await queryClient.invalidateQueries({ queryKey: observationKey(observationId) });
      return text;
    });
  };
  const attach = (file: File): void => {
    void act(async () => {
      await uploadEvidence(observationId, file, file.name);
      return t('evidence.uploaded', { name: file.name });
    });
  };
  const remove = (evidence: Evidence): void => {
    void act(async () => {
      await removeEvidence(evidence.id);
      return t('evidence.removed', { name: evidence.fileName });
    });
  };

  // Read-only figures show their files only when they have some.
  if (!editable && files.length === 0) return null;
  return (
    <section className="evidence" aria-label={t('evidence.title')}>
      <h3>{t('evidence.title')}</h3>
      {detail.isError ? <Alert type="error" showIcon title={errorText(detail.error, t)} /> : null}
      {files.length === 0 ? (
        <p className="muted">{detail.data === undefined && !detail.isError ? t('state.loading') : t('evidence.none')}</p>
      ) : (
        <ul className="evidence-files">
          {files.map((file) => (
            <li key={file.id}>
              <a href={evidenceFileHref(file.id)} download={file.fileName}>
                {file.fileName}
              </a>{' '}
              <span className="muted">{formatFileSize(file.size)}</span>
              {editable ? (
                <Popconfirm title={t('evidence.confirmRemove', { name: file.fileName })} okText={t('evidence.remove')} cancelText={t('review.cancel')} onConfirm={() => remove(file)}>
                  <Button size="small" className="evidence-remove" disabled={busy} aria-label={t('evidence.removeLabel', { name: file.fileName })}>
                    {t('evidence.remove')}
                  </Button>
                </Popconfirm>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="evidence-upload">
          <Upload
            accept={EVIDENCE_ACCEPT}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              attach(file);
              // The file is sent by `attach` through the API client (session, CSRF token), not by the component.
              return false;
            }}
          >
            <Button loading={busy}>{t('evidence.upload')}</Button>
          </Upload>
          <span className="muted">{t('evidence.types')}</span>
        </div>
      ) : null}
      <FormNotice className="entry-message" message={message} />
    </section>
  );
}
