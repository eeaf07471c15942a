/**
 * The inline editor of one subject's disposition (the secretariat): Tiếp thu / Giải trình /
 * Không tiếp thu, the note — required for Giải trình and Không tiếp thu, which the form says
 * before anything is sent —, and for a Tiếp thu the section of the next version it changed
 * (disabled, with the reason, while no next version is linked). Sent with the version read: a
 * change by someone else meanwhile (409) reloads the board and says so, the edits are kept.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { invalidateConsultation, setDisposition } from '../../api/consultations.ts';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { DISPOSITION_WORD } from '../../../../src/domain/vocabulary/index.ts';
import type { DispositionKind } from '../../../../src/domain/consultation/types.ts';
import { dispositionBody, DISPOSITION_CHOICES, draftOf, draftProblem, noteRequired, revisedSectionText } from './disposition-model.ts';
import type { DispositionBoard, DispositionDraft, DispositionSubject } from './disposition-model.ts';

/** The Select's value for "no section" (antd cannot tell a null value from no value). */
const NONE = '';

type Message = { type: 'error' | 'warning'; text: string } | null;

export interface DispositionEditorProps {
  consultationId: string;
  subject: DispositionSubject;
  revisedSections: DispositionBoard['revisedSections'];
  /** Saved: the board is being read again. */
  onSaved: (kind: DispositionKind) => void;
  onCancel: () => void;
}

/** The form under a subject. */
export function DispositionEditor({ consultationId, subject, revisedSections, onSaved, onCancel }: DispositionEditorProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState<DispositionDraft>(() => draftOf(subject));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const problem = draftProblem(subject, draft);
  const required = noteRequired(draft.kind);
  const change = (next: Partial<DispositionDraft>): void => {
    setMessage(null);
    setDraft((current) => ({ ...current, ...next }));
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (problem !== null || draft.kind === null) return;
    setBusy(true);
    try {
      await setDisposition(consultationId, dispositionBody(subject, { ...draft, kind: draft.kind }));
      invalidateConsultation(queryClient, consultationId);
      onSaved(draft.kind);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        invalidateConsultation(queryClient, consultationId);
        setMessage({ type: 'warning', text: t('disposition.conflict') });
      } else {
        setMessage({ type: 'error', text: errorText(error, t) });
      }
    } finally {
      setBusy(false);
    }
  };

  const problemText = problem === 'kind_required' ? t('disposition.problem.kind')
    : problem === 'note_required' ? t('disposition.problem.note')
      : problem === 'unchanged' ? t('disposition.problem.unchanged') : null;
  const sectionOptions = [{ value: NONE, label: t('disposition.section.none') }, ...(revisedSections ?? []).map((section) => ({ value: section.id, label: revisedSectionText(section) }))];

  return (
    <form className="disposition-editor" onSubmit={(event) => void save(event)} data-testid="disposition-editor">
      <fieldset className="disposition-kinds">
        <legend>{t('disposition.field.kind')}</legend>
        <Radio.Group
          value={draft.kind}
          onChange={(event) => change({ kind: event.target.value as DispositionKind })}
          options={DISPOSITION_CHOICES.map((kind) => ({ value: kind, label: DISPOSITION_WORD[kind] }))}
        />
      </fieldset>
      <label className="field disposition-note" htmlFor={`${id}-note`}>
        <span>
          {t('disposition.field.note')}
          {' '}
          <span className={required ? 'disposition-required' : 'muted'}>{required ? t('disposition.note.required') : t('disposition.note.optional')}</span>
        </span>
        <Input.TextArea
          id={`${id}-note`}
          value={draft.note}
          maxLength={5000}
          autoSize={{ minRows: 2, maxRows: 8 }}
          aria-required={required}
          aria-invalid={problem === 'note_required'}
          aria-describedby={`${id}-problem`}
          status={problem === 'note_required' ? 'warning' : ''}
          onChange={(event) => change({ note: event.target.value })}
        />
      </label>
      {draft.kind === 'accepted' ? (
        <div className="disposition-section">
          <label className="field" htmlFor={`${id}-section`}>
            <span>{t('disposition.field.section')}</span>
            <Select<string>
              id={`${id}-section`}
              aria-describedby={revisedSections === null ? `${id}-section-hint` : undefined}
              disabled={revisedSections === null}
              showSearch
              optionFilterProp="label"
              value={draft.changedSectionId ?? NONE}
              onChange={(value) => change({ changedSectionId: value === NONE ? null : value })}
              options={sectionOptions}
              popupMatchSelectWidth={false}
            />
          </label>
          {revisedSections === null ? <p id={`${id}-section-hint`} className="muted">{t('disposition.section.noRevision')}</p> : null}
        </div>
      ) : null}
      <p id={`${id}-problem`} className={problem === 'note_required' ? 'field-error' : 'muted'} aria-live="polite">{problemText ?? ''}</p>
      {message === null ? null : <Alert type={message.type} showIcon title={message.text} role="alert" />}
      <div className="disposition-actions">
        <Button type="primary" htmlType="submit" loading={busy} disabled={problem !== null}>{t('disposition.save')}</Button>
        <Button onClick={onCancel} disabled={busy}>{t('disposition.cancel')}</Button>
      </div>
    </form>
  );
}
