/**
 * The secretariat's actions on a consultation: close it now (after a confirmation; no comment
 * is taken after) and link the next version of the draft (a stored document), both sent with
 * the version read — a change by someone else meanwhile reloads the consultation and says so.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Popconfirm from 'antd/es/popconfirm';
import { useState } from 'react';
import { closeConsultation, invalidateConsultation, reviseConsultation } from '../../api/consultations.ts';
import type { ConsultationDetail } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DocumentChoice } from './document-choice.tsx';
import { FormNotice, useFormAction } from '../form-notice.tsx';


/** Close now and link the next version. */
export function ConsultationManage({ detail }: { detail: ConsultationDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { consultation } = detail;
  const { busy, message, run } = useFormAction();
  const [revising, setRevising] = useState(false);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [documentMissing, setDocumentMissing] = useState(false);

  const act = async (step: () => Promise<unknown>, done: string): Promise<boolean> => {
    const ok = await run(async () => {
      await step();
      return done;
    }, { conflict: t('consultations.conflict') });
    // Also after a conflict: the page then shows what another person changed.
    invalidateConsultation(queryClient, consultation.id);
    return ok;
  };
  const revise = async (): Promise<void> => {
    if (documentId === null) {
      setDocumentMissing(true);
      return;
    }
    if (await act(() => reviseConsultation(consultation.id, { version: consultation.version, documentId }), t('consultations.revise.done'))) {
      setRevising(false);
      setDocumentId(null);
    }
  };

  return (
    <div className="consultation-manage">
      <div className="consultation-actions">
        {detail.state === 'closed' ? null : (
          <Popconfirm
            title={t('consultations.close.confirm')}
            description={t('consultations.close.confirmText')}
            okText={t('consultations.close.ok')}
            cancelText={t('consultations.cancel')}
            onConfirm={() => void act(() => closeConsultation(consultation.id, consultation.version), t('consultations.close.done'))}
          >
            <Button danger loading={busy}>{t('consultations.close.button')}</Button>
          </Popconfirm>
        )}
        <Button onClick={() => setRevising(true)} disabled={busy}>
          {consultation.revisedDocumentId === null ? t('consultations.revise.button') : t('consultations.revise.change')}
        </Button>
      </div>
      <FormNotice message={message} />
      <Modal
        open={revising}
        title={t('consultations.revise.title')}
        okText={t('consultations.revise.ok')}
        cancelText={t('consultations.cancel')}
        confirmLoading={busy}
        onOk={() => void revise()}
        onCancel={() => setRevising(false)}
      >
        <p className="muted">{t('consultations.revise.hint')}</p>
        <div className="consultation-form">
          <DocumentChoice
            idPrefix="revise"
            organisationIds={[consultation.organisationId]}
            value={documentId}
            invalid={documentMissing}
            onChange={(chosen) => {
              setDocumentId(chosen);
              setDocumentMissing(false);
            }}
          />
        </div>
        {documentMissing ? <p className="field-error" role="alert">{t('consultations.revise.documentRequired')}</p> : null}
      </Modal>
    </div>
  );
}
