/**
 * Tallies: opinions counted by stance at a locality for a channel (a commune's meeting, a
 * district's consolidated figure), listed with a delete (after a confirmation), and the form
 * adding one — locality, channel, scope (own / area, each explained: an own tally adds up the
 * levels, an area tally stands for its whole area in that channel), counts and a note.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { CHANNEL_WORD, STANCE_WORD } from '../../../../src/domain/vocabulary/consultation.ts';
import { addTally, deleteTally, invalidateConsultation, useTallies } from '../../api/consultations.ts';
import type { ConsultationDetail, OfflineChannel, Tally } from '../../api/consultations.ts';
import { formatDateTime, formatNumber, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, queryState } from '../page-state.tsx';
import { EMPTY_TALLY, TALLY_STANCES, tallyBody, tallyProblems } from './consultation-forms.ts';
import type { TallyStance, TallyValues } from './consultation-forms.ts';
import { indented, localityChoices } from './consultation-model.ts';
import { FormNotice, useFormAction } from '../form-notice.tsx';

const CHANNELS: readonly OfflineChannel[] = ['meeting', 'paper', 'import'];


/** A count's name: the stance as the vocabulary words it, or "not stated". */
function useStanceName(): (stance: TallyStance) => string {
  const { t } = useI18n();
  return (stance) => (stance === 'unspecified' ? t('consultations.tally.count.unspecified') : STANCE_WORD[stance]);
}

/** The tallies list and the add form. */
export function TalliesPanel({ detail }: { detail: ConsultationDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const stanceName = useStanceName();
  const consultationId = detail.consultation.id;
  const tallies = useTallies(consultationId);
  const [values, setValues] = useState<TallyValues>(EMPTY_TALLY);
  const [tried, setTried] = useState(false);
  const { busy, message, setMessage, run } = useFormAction();
  const localityName = (id: string): string => detail.localities.find((locality) => locality.id === id)?.name ?? id;
  const problems = tried ? tallyProblems(values) : [];
  const set = (change: Partial<TallyValues>): void => {
    setMessage(null);
    setValues((current) => ({ ...current, ...change }));
  };

  const act = (step: () => Promise<unknown>, done: string): Promise<boolean> =>
    run(async () => {
      await step();
      invalidateConsultation(queryClient, consultationId);
      return done;
    });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTried(true);
    const body = tallyBody(values);
    if (body === null) return;
    if (await act(() => addTally(consultationId, body), t('consultations.tally.added'))) {
      setValues((current) => ({ ...EMPTY_TALLY, channel: current.channel, scope: current.scope }));
      setTried(false);
    }
  };

  const count = (value: number | undefined): string => (value === undefined ? NO_VALUE : formatNumber(value, 0));
  const columns: ColumnsType<Tally> = [
    { title: t('consultations.tally.locality'), key: 'locality', render: (_value, row) => localityName(row.localityId) },
    { title: t('consultations.tally.channel'), key: 'channel', width: 160, render: (_value, row) => CHANNEL_WORD[row.channel] },
    { title: t('consultations.tally.scope'), key: 'scope', width: 130, render: (_value, row) => t(`consultations.tally.scope.${row.scope}`) },
    ...TALLY_STANCES.map((stance) => ({
      title: stanceName(stance), key: stance, width: 110, align: 'right' as const, render: (_value: unknown, row: Tally) => count(row.counts[stance]),
    })),
    { title: t('consultations.tally.note'), key: 'note', render: (_value, row) => row.note ?? NO_VALUE },
    { title: t('consultations.tally.created'), key: 'created', width: 140, render: (_value, row) => formatDateTime(row.createdAt, 'Asia/Ho_Chi_Minh') },
    {
      title: <span className="consultations-sr-only">{t('consultations.tally.delete')}</span>, key: 'delete', width: 90,
      render: (_value, row) => (
        <Popconfirm title={t('consultations.tally.deleteConfirm', { locality: localityName(row.localityId) })} okText={t('consultations.tally.delete')} cancelText={t('consultations.cancel')} onConfirm={() => void act(() => deleteTally(consultationId, row.id), t('consultations.tally.deleted'))}>
          <Button size="small" danger disabled={busy} aria-label={`${t('consultations.tally.delete')} — ${localityName(row.localityId)}`}>{t('consultations.tally.delete')}</Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <section className="consultation-panel" aria-labelledby="tallies-title">
      <h2 id="tallies-title">{t('consultations.tally.title')}</h2>
      <p className="muted">{t('consultations.tally.hint')}</p>
      {queryState(tallies) ?? (
        <Table<Tally>
          rowKey="id"
          columns={columns}
          dataSource={tallies.data ?? []}
          size="small"
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 1100 }}
          locale={{ emptyText: <EmptyState text={t('consultations.tally.none')} /> }}
        />
      )}
      <h3>{t('consultations.tally.add')}</h3>
      <form className="consultation-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="consultation-form-row">
          <label className="field">
            <span>{t('consultations.tally.locality')}</span>
            <Select<string> aria-label={t('consultations.tally.locality')} className="consultation-select" showSearch optionFilterProp="label" value={values.localityId ?? undefined} status={problems.includes('localityRequired') ? 'error' : ''} placeholder={t('consultations.entry.choose')} onChange={(localityId) => set({ localityId })} options={localityChoices(detail.localities).map((choice) => ({ value: choice.value, label: indented(choice) }))} popupMatchSelectWidth={false} />
          </label>
          <label className="field">
            <span>{t('consultations.tally.channel')}</span>
            <Select<OfflineChannel> aria-label={t('consultations.tally.channel')} className="consultation-select" value={values.channel} onChange={(channel) => set({ channel })} options={CHANNELS.map((code) => ({ value: code, label: CHANNEL_WORD[code] }))} popupMatchSelectWidth={false} />
          </label>
        </div>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.tally.scope')}</legend>
          <Radio.Group className="tally-scopes" value={values.scope} onChange={(event) => set({ scope: event.target.value === 'area' ? 'area' : 'own' })}>
            <Radio value="own">
              <strong>{t('consultations.tally.scope.own')}</strong>
              <span className="tally-scope-text">{t('consultations.tally.scope.ownText')}</span>
            </Radio>
            <Radio value="area">
              <strong>{t('consultations.tally.scope.area')}</strong>
              <span className="tally-scope-text">{t('consultations.tally.scope.areaText')}</span>
            </Radio>
          </Radio.Group>
        </fieldset>
        <fieldset className="consultation-fieldset">
          <legend>{t('consultations.tally.counts')}</legend>
          <div className="consultation-form-row">
            {TALLY_STANCES.map((stance) => (
              <label key={stance} className="field" htmlFor={`tally-${stance}`}>
                <span>{stanceName(stance)}</span>
                <Input id={`tally-${stance}`} className="tally-count" inputMode="numeric" value={values.counts[stance]} status={problems.includes('countInvalid') ? 'error' : ''} onChange={(event) => set({ counts: { ...values.counts, [stance]: event.target.value } })} />
              </label>
            ))}
          </div>
        </fieldset>
        <label className="field" htmlFor="tally-note">
          <span>{t('consultations.tally.note')}</span>
          <Input id="tally-note" value={values.note} maxLength={1000} onChange={(event) => set({ note: event.target.value })} />
        </label>
        {problems.map((problem) => <p key={problem} className="field-error" role="alert">{t(`consultations.tally.problem.${problem}`)}</p>)}
        <div>
          <Button type="primary" htmlType="submit" loading={busy}>{t('consultations.tally.submit')}</Button>
        </div>
      </form>
      <div aria-live="polite">
        <FormNotice message={message} />
      </div>
    </section>
  );
}
