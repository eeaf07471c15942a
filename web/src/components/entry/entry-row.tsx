/**
 * One assigned indicator in the entry form: the figure, estimate or official (a draft may
 * change its kind), a note, evidence files once saved; save as a draft or submit. Messages
 * appear beside the figure; what is submitted or approved is shown read-only.
 */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { enterObservation, submitObservation, updateObservation } from '../../api/endpoints.ts';
import type { Indicator, Observation } from '../../api/types.ts';
import { errorText } from '../../app/error-text.ts';
import { isEditable, readFigure } from '../../entry/entry-model.ts';
import { evidenceEditable } from '../../entry/evidence-model.ts';
import { formatFigure, indicatorLabel, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EvidenceList } from './evidence-list.tsx';
import { FormNotice, type FormMessage } from '../form-notice.tsx';

type Kind = 'estimate' | 'official';

export interface EntryRowProps {
  indicator: Indicator;
  periodId: string;
  unitId: string;
  observation: Observation | null;
  periodOpen: boolean;
  /** Called after every change the server accepted, to reload the list. */
  onChanged: () => void;
}

/** The form of one indicator. */
export function EntryRow({ indicator, periodId, unitId, observation, periodOpen, onChanged }: EntryRowProps) {
  const { t } = useI18n();
  const [text, setText] = useState(observation?.valueText ?? '');
  const [kind, setKind] = useState<Kind>(observation?.kind ?? 'official');
  const [note, setNote] = useState(observation?.note ?? '');
  const [message, setMessage] = useState<FormMessage>(null);
  const [busy, setBusy] = useState(false);
  const editable = periodOpen && isEditable(observation?.state ?? null);
  const fieldId = `figure-${indicator.id}`;

  /** Sends the figure (new draft or correction) and returns the saved observation. */
  const save = async (): Promise<Observation | null> => {
    const figure = readFigure(text, indicator.target);
    if (!figure.ok) {
      setMessage({ type: 'error', text: t(figure.problem === 'required' ? 'entry.required' : 'entry.notANumber') });
      return null;
    }
    const noteValue = note.trim() === '' ? null : note.trim();
    if (observation === null) {
      return enterObservation({ indicatorId: indicator.id, periodId, unitId, kind, value: figure.value, valueText: figure.valueText, note: noteValue });
    }
    return updateObservation(observation.id, { version: observation.version, kind, value: figure.value, valueText: figure.valueText, note: noteValue });
  };

  const run = async (submit: boolean): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const saved = await save();
      if (saved === null) return;
      if (submit) await submitObservation(saved.id, { version: saved.version });
      setMessage({ type: 'success', text: t(submit ? 'entry.submittedNow' : 'entry.saved') });
      onChanged();
    } catch (error) {
      setMessage({ type: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  const state = observation?.state ?? null;
  return (
    <Card
      size="small"
      className="entry-row"
      title={<span className="entry-name">{indicatorLabel(indicator.code, indicator.name)}</span>}
      extra={<Tag>{state === null ? t('entry.notEntered') : t(`obsState.${state}`)}</Tag>}
    >
      <p className="muted">{t('entry.target', { target: indicator.targetText ?? NO_VALUE })}</p>
      {state === 'returned' && observation?.returnReason ? <Alert type="warning" showIcon title={t('entry.returned', { reason: observation.returnReason })} /> : null}
      {editable ? (
        <div className="entry-fields">
          <label className="field" htmlFor={fieldId}>
            <span>{`${t('entry.value')}${indicator.unit === null ? '' : ` (${indicator.unit})`}`}</span>
            <Input id={fieldId} value={text} inputMode="decimal" onChange={(event) => setText(event.target.value)} onPressEnter={() => void run(false)} status={message?.type === 'error' ? 'error' : ''} />
          </label>
          <label className="field">
            <span>{t('entry.kind')}</span>
            <Select<Kind> aria-label={t('entry.kind')} value={kind} onChange={setKind} options={(['official', 'estimate'] as const).map((value) => ({ value, label: t(`kind.${value}`) }))} />
          </label>
          <label className="field entry-note">
            <span>{t('entry.note')}</span>
            <Input value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="entry-actions">
            <Button onClick={() => void run(false)} loading={busy}>
              {t('entry.save')}
            </Button>
            <Button type="primary" onClick={() => void run(true)} loading={busy}>
              {t('entry.submit')}
            </Button>
          </div>
        </div>
      ) : (
        <p className="entry-readonly">
          <strong>{observation === null ? NO_VALUE : observation.value === null ? observation.valueText : formatFigure(observation.value, indicator.unit)}</strong>
          {observation?.note ? ` · ${observation.note}` : ''} <span className="muted">{periodOpen ? t('entry.readOnly') : t('entry.noOpenPeriod')}</span>
        </p>
      )}
      <FormNotice className="entry-message" message={message} />
      {observation === null ? (
        editable ? <p className="muted evidence">{t('evidence.saveFirst')}</p> : null
      ) : (
        <EvidenceList observationId={observation.id} editable={evidenceEditable(observation.state, periodOpen)} />
      )}
    </Card>
  );
}
