/**
 * "Mở lấy ý kiến", for the secretariat: a stored draft document, the consultation's title
 * (the document's, unless changed), an optional public address key, when it opens and closes
 * (dd/mm/yyyy days and HH:mm times, Vietnam time) and whether commenters verify an e-mail
 * address. What the form lacks is said before sending; once opened, the consultation shows.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Input from 'antd/es/input';
import Radio from 'antd/es/radio';
import TimePicker from 'antd/es/time-picker';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { CONSULTATIONS_KEY, openConsultation } from '../../api/consultations.ts';
import { errorText } from '../../app/error-text.ts';
import { navigate } from '../../app/router.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { consultationHref } from './consultation-links.ts';
import { EMPTY_OPEN, openBody, openProblems } from './consultation-forms.ts';
import type { OpenProblem, OpenValues } from './consultation-forms.ts';
import { DocumentChoice } from './document-choice.tsx';

const timeValue = (text: string): Dayjs | null => {
  const match = /^(\d{2}):(\d{2})$/u.exec(text);
  return match === null ? null : dayjs().startOf('day').hour(Number(match[1])).minute(Number(match[2]));
};
const dateValue = (iso: string | null): Dayjs | null => (iso === null ? null : dayjs(iso));

/** Enter confirms a typed date or time; it must not open the consultation before the form is read through. */
function keepEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

/** The form opening a consultation; `organisationIds`: the organisations whose terms' documents are offered. */
export function OpenConsultationForm({ organisationIds }: { organisationIds: readonly string[] }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<OpenValues>(EMPTY_OPEN);
  const [titleEdited, setTitleEdited] = useState(false);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    dayjs.locale(lang === 'vi' ? 'vi' : 'en');
  }, [lang]);
  const problems = openProblems(values, new Date());
  const shown = tried ? problems : [];
  const has = (problem: OpenProblem): boolean => shown.includes(problem);
  const set = (change: Partial<OpenValues>): void => {
    setError(null);
    setValues((current) => ({ ...current, ...change }));
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    const body = openBody(values, new Date());
    if (body === null) return;
    setBusy(true);
    setError(null);
    try {
      const opened = await openConsultation(body);
      void queryClient.invalidateQueries({ queryKey: CONSULTATIONS_KEY });
      navigate(consultationHref(opened.id));
    } catch (failure) {
      setError(t('consultations.open.failed', { message: errorText(failure, t) }));
      setBusy(false);
    }
  };

  return (
    <section className="consultation-panel" aria-labelledby="open-consultation-title">
      <h2 id="open-consultation-title">{t('consultations.open.title')}</h2>
      <p className="muted">{t('consultations.open.hint')}</p>
      <form className="consultation-form" onSubmit={(event) => void submit(event)} onKeyDown={keepEnter} noValidate>
        <div className="consultation-form-row">
          <DocumentChoice
            idPrefix="open"
            organisationIds={organisationIds}
            value={values.documentId}
            invalid={has('documentRequired')}
            disabled={busy}
            onChange={(documentId, title) => set({ documentId, ...(titleEdited || title === null ? {} : { title }) })}
          />
        </div>
        <div className="consultation-form-row">
          <label className="field consultation-wide-field" htmlFor="open-title">
            <span>{t('consultations.field.title')}</span>
            <Input id="open-title" value={values.title} maxLength={500} disabled={busy} onChange={(event) => { setTitleEdited(true); set({ title: event.target.value }); }} />
          </label>
          <label className="field" htmlFor="open-slug">
            <span>{t('consultations.field.slug')}</span>
            <Input id="open-slug" value={values.slug} maxLength={120} disabled={busy} status={has('slugInvalid') ? 'error' : ''} placeholder="du-thao-bao-cao-chinh-tri" onChange={(event) => set({ slug: event.target.value })} />
          </label>
        </div>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.field.schedule')}</legend>
          <div className="consultation-form-row">
            <label className="field">
              <span>{t('consultations.field.opensOn')}</span>
              <DatePicker aria-label={t('consultations.field.opensOn')} format="DD/MM/YYYY" placeholder={t('consultations.datePlaceholder')} value={dateValue(values.opensOn)} status={has('opensRequired') ? 'error' : ''} disabled={busy} onChange={(value) => set({ opensOn: value === null ? null : value.format('YYYY-MM-DD') })} />
            </label>
            <label className="field">
              <span>{t('consultations.field.openTime')}</span>
              <TimePicker aria-label={t('consultations.field.openTime')} format="HH:mm" minuteStep={5} needConfirm={false} value={timeValue(values.openTime)} allowClear={false} disabled={busy} onChange={(value) => set({ openTime: value === null ? EMPTY_OPEN.openTime : value.format('HH:mm') })} />
            </label>
            <label className="field">
              <span>{t('consultations.field.closesOn')}</span>
              <DatePicker aria-label={t('consultations.field.closesOn')} format="DD/MM/YYYY" placeholder={t('consultations.datePlaceholder')} value={dateValue(values.closesOn)} status={has('closesRequired') || has('closesBeforeOpening') || has('closesInPast') ? 'error' : ''} disabled={busy} onChange={(value) => set({ closesOn: value === null ? null : value.format('YYYY-MM-DD') })} />
            </label>
            <label className="field">
              <span>{t('consultations.field.closeTime')}</span>
              <TimePicker aria-label={t('consultations.field.closeTime')} format="HH:mm" minuteStep={5} needConfirm={false} value={timeValue(values.closeTime)} allowClear={false} disabled={busy} onChange={(value) => set({ closeTime: value === null ? EMPTY_OPEN.closeTime : value.format('HH:mm') })} />
            </label>
          </div>
          <p className="muted">{t('consultations.field.vietnamTime')}</p>
        </fieldset>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.field.verification')}</legend>
          <Radio.Group
            value={values.verification}
            disabled={busy}
            onChange={(event) => set({ verification: event.target.value === 'email' ? 'email' : 'none' })}
            options={[{ value: 'none', label: t('consultations.verification.none') }, { value: 'email', label: t('consultations.verification.email') }]}
          />
        </fieldset>
        {shown.map((problem) => <p key={problem} className="field-error" role="alert">{t(`consultations.open.problem.${problem}`)}</p>)}
        <div>
          <Button type="primary" htmlType="submit" loading={busy}>{t('consultations.open.submit')}</Button>
        </div>
      </form>
      {error === null ? null : <Alert type="error" showIcon role="alert" title={error} />}
    </section>
  );
}
