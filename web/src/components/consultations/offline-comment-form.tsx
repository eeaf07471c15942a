/**
 * Entering a comment gathered offline (a meeting, a paper form or letter): channel, target,
 * stance, text, the reason (asked only for a disagreement), respondent type, locality,
 * organisation, the commenter's contact (private) and the day. After a save the channel,
 * target, locality and day stay, so a meeting's comments are entered one after another; a
 * refusal by the server is shown with the fields it names marked.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { RESPONDENT_TYPES, STANCES } from '../../../../src/domain/consultation/types.ts';
import { CHANNEL_WORD, MODERATION_STATE_WORD, RESPONDENT_TYPE_WORD, STANCE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import { ApiError } from '../../api/client.ts';
import { enterComment, invalidateConsultation } from '../../api/consultations.ts';
import type { ConsultationDetail } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EMPTY_OFFLINE, offlineBody, offlineProblems } from './consultation-forms.ts';
import type { OfflineProblem, OfflineValues } from './consultation-forms.ts';
import { indented, localityChoices, targetChoices } from './consultation-model.ts';
import { FormNotice, useFormAction } from '../form-notice.tsx';

const CHANNELS = ['meeting', 'paper'] as const;
const NONE = '';


/** The fields a server refusal names ("reason,text"). */
function refusedFields(error: unknown): Set<string> {
  if (!(error instanceof ApiError) || error.code !== 'comment_refused') return new Set();
  const fields = error.details.fields;
  return new Set(typeof fields === 'string' ? fields.split(',').map((field) => field.trim()) : []);
}

/** The offline comment form. */
export function OfflineCommentForm({ detail }: { detail: ConsultationDetail }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OfflineValues>(EMPTY_OFFLINE);
  const [tried, setTried] = useState(false);
  const { busy, message, setMessage, run } = useFormAction();
  const [refused, setRefused] = useState<Set<string>>(new Set());
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const problems = tried ? offlineProblems(values) : [];
  const has = (problem: OfflineProblem): boolean => problems.includes(problem);
  const bad = (field: string, problem?: OfflineProblem): '' | 'error' => (refused.has(field) || (problem !== undefined && has(problem)) ? 'error' : '');
  const set = (change: Partial<OfflineValues>): void => {
    setMessage(null);
    setValues((current) => ({ ...current, ...change }));
  };
  const id = (field: string): string => `offline-${field}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    const body = offlineBody(values);
    if (body === null) return;
    setRefused(new Set());
    await run(async () => {
      const saved = await enterComment(detail.consultation.id, body).catch((error: unknown) => {
        setRefused(refusedFields(error));
        throw error;
      });
      setValues((current) => ({ ...EMPTY_OFFLINE, channel: current.channel, target: current.target, localityId: current.localityId, submittedOn: current.submittedOn }));
      setTried(false);
      invalidateConsultation(queryClient, detail.consultation.id);
      return t('consultations.entry.saved', { state: MODERATION_STATE_WORD[saved.moderation.state] });
    });
  };

  return (
    <section className="consultation-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">{t('consultations.entry.title')}</h2>
      <form className="consultation-form" onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.entry.channel')}</legend>
          <Radio.Group value={values.channel} onChange={(event) => set({ channel: CHANNELS.find((channel) => channel === event.target.value) ?? 'meeting' })} options={CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_WORD[channel] }))} />
        </fieldset>
        <label className="field">
          <span>{t('consultations.entry.target')}</span>
          <Select<string> aria-label={t('consultations.entry.target')} showSearch optionFilterProp="label" value={values.target} onChange={(target) => set({ target })} options={targetChoices(detail.sections, detail.indicators).map((choice) => ({ value: choice.value, label: indented(choice) }))} popupMatchSelectWidth={false} />
        </label>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.entry.stance')}</legend>
          <Radio.Group value={values.stance} onChange={(event) => set({ stance: STANCES.find((stance) => stance === event.target.value) ?? null })} options={STANCES.map((stance) => ({ value: stance, label: STANCE_WORD[stance] }))} />
          {has('stanceRequired') ? <p className="field-error" role="alert">{t('consultations.entry.problem.stanceRequired')}</p> : null}
        </fieldset>
        <label className="field" htmlFor={id('text')}>
          <span>{t('consultations.entry.text')}</span>
          <Input.TextArea id={id('text')} value={values.text} autoSize={{ minRows: 3, maxRows: 12 }} status={bad('text', 'textRequired')} onChange={(event) => set({ text: event.target.value })} />
        </label>
        {has('textRequired') ? <p className="field-error" role="alert">{t('consultations.entry.problem.textRequired')}</p> : null}
        {values.stance === 'disagree' ? (
          <>
            <label className="field" htmlFor={id('reason')}>
              <span>{t('consultations.entry.reason')}</span>
              <Input.TextArea id={id('reason')} value={values.reason} autoSize={{ minRows: 2, maxRows: 8 }} status={bad('reason', 'reasonRequired')} onChange={(event) => set({ reason: event.target.value })} />
            </label>
            {has('reasonRequired') ? <p className="field-error" role="alert">{t('consultations.entry.problem.reasonRequired')}</p> : null}
          </>
        ) : null}
        <div className="consultation-form-row">
          <label className="field">
            <span>{t('consultations.entry.respondentType')}</span>
            <Select<string> aria-label={t('consultations.entry.respondentType')} className="consultation-select" value={values.respondentType ?? undefined} status={has('respondentTypeRequired') ? 'error' : ''} placeholder={t('consultations.entry.choose')} onChange={(value) => set({ respondentType: RESPONDENT_TYPES.find((type) => type === value) ?? null })} options={RESPONDENT_TYPES.map((type) => ({ value: type, label: RESPONDENT_TYPE_WORD[type] }))} popupMatchSelectWidth={false} />
          </label>
          <label className="field">
            <span>{t('consultations.entry.locality')}</span>
            <Select<string> aria-label={t('consultations.entry.locality')} className="consultation-select" showSearch optionFilterProp="label" value={values.localityId ?? NONE} onChange={(value) => set({ localityId: value === NONE ? null : value })} options={[{ value: NONE, label: t('consultations.entry.noLocality') }, ...localityChoices(detail.localities).map((choice) => ({ value: choice.value, label: indented(choice) }))]} popupMatchSelectWidth={false} />
          </label>
          <label className="field">
            <span>{t('consultations.entry.date')}</span>
            <DatePicker aria-label={t('consultations.entry.date')} format="DD/MM/YYYY" placeholder={t('consultations.datePlaceholder')} value={values.submittedOn === null ? null : dayjs(values.submittedOn)} onChange={(value) => set({ submittedOn: value === null ? null : value.format('YYYY-MM-DD') })} />
          </label>
        </div>
        {has('respondentTypeRequired') ? <p className="field-error" role="alert">{t('consultations.entry.problem.respondentTypeRequired')}</p> : null}
        <label className="field" htmlFor={id('organisation')}>
          <span>{t('consultations.entry.organisation')}</span>
          <Input id={id('organisation')} value={values.organisation} status={bad('organisation')} onChange={(event) => set({ organisation: event.target.value })} />
        </label>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.entry.contact')}</legend>
          <div className="consultation-form-row">
            <label className="field" htmlFor={id('name')}>
              <span>{t('consultations.entry.name')}</span>
              <Input id={id('name')} value={values.name} status={bad('name')} autoComplete="off" onChange={(event) => set({ name: event.target.value })} />
            </label>
            <label className="field" htmlFor={id('email')}>
              <span>{t('consultations.entry.email')}</span>
              <Input id={id('email')} type="email" value={values.email} status={bad('email')} autoComplete="off" onChange={(event) => set({ email: event.target.value })} />
            </label>
            <label className="field" htmlFor={id('phone')}>
              <span>{t('consultations.entry.phone')}</span>
              <Input id={id('phone')} type="tel" value={values.phone} status={bad('phone')} autoComplete="off" onChange={(event) => set({ phone: event.target.value })} />
            </label>
          </div>
        </fieldset>
        <div>
          <Button type="primary" htmlType="submit" loading={busy}>{t('consultations.entry.submit')}</Button>
        </div>
      </form>
      <div aria-live="polite">
        <FormNotice message={message} />
      </div>
    </section>
  );
}
