/**
 * The terms and periods tab (admins and the secretariat): the Congress terms of an
 * organisation the user manages periods for, a new term, and the chosen term's reporting
 * periods (create, open, close, due date). The organisation and term are in the address.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import { useState } from 'react';
import { DIRECTORY_KEY, useDirectory, usePeriods } from '../../api/queries.ts';
import type { Period } from '../../api/admin.ts';
import type { PeriodStatus, Session } from '../../api/types.ts';
import { errorText } from '../../app/error-text.ts';
import { href, navigate, useLocation } from '../../app/router.ts';
import { sortTerms } from '../../app/term-period.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorState, Loading } from '../page-state.tsx';
import { nextCongress, optionMatches, subtreeOf, topUnits } from './admin-model.ts';
import { NoticeBar } from './feedback.tsx';
import type { Notice } from './feedback.tsx';
import { PeriodDialog } from './period-dialog.tsx';
import { PeriodsTable } from './periods-table.tsx';
import { TermDialog } from './term-dialog.tsx';

/** The terms of the chosen organisation and the periods of the chosen term. */
export function TermsTab({ session }: { session: Pick<Session, 'grants'> }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { params } = useLocation();
  const directory = useDirectory();
  const [notice, setNotice] = useState<Notice>(null);
  const [creatingTerm, setCreatingTerm] = useState(false);
  const [creatingPeriod, setCreatingPeriod] = useState(false);

  const all = directory.data?.organisations ?? [];
  const tops = topUnits(session, all, ['admin', 'secretariat']);
  const organisations = subtreeOf(all, tops);
  const organisation = organisations.find((o) => o.id === params.get('org')) ?? organisations.find((o) => o.id === tops[0]) ?? null;
  const terms = sortTerms((directory.data?.terms ?? []).filter((term) => term.organisationId === organisation?.id));
  const term = terms.find((candidate) => candidate.id === params.get('term')) ?? terms[0] ?? null;
  const periods = usePeriods(term?.id ?? null);

  const go = (change: { org?: string; term?: string | null }): void => {
    navigate(href('/admin', { tab: 'terms', org: change.org ?? organisation?.id ?? null, term: change.term === undefined ? (term?.id ?? null) : change.term }), { replace: true });
  };
  const act = async (change: () => Promise<Period>, done: string): Promise<void> => {
    try {
      const changed = await change();
      // Shown at once (the date picker keeps the typed date); the refetch below brings the days left.
      queryClient.setQueryData<PeriodStatus[]>(['periods', changed.termId], (list) => list?.map((period) => (period.id === changed.id ? { ...period, ...changed } : period)));
      setNotice({ type: 'success', text: done });
    } catch (error) {
      setNotice({ type: 'error', text: errorText(error, t) });
    }
    void queryClient.invalidateQueries({ queryKey: ['periods'] });
  };
  const termLabel = (candidate: { congress: string; startYear: number; endYear: number }): string =>
    t('admin.terms.label', { congress: candidate.congress, start: candidate.startYear, end: candidate.endYear });

  if (directory.isError) return <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  if (directory.data === undefined) return <Loading />;
  if (organisation === null) return <EmptyState text={t('admin.units.none')} />;

  let periodsBody;
  if (term === null) periodsBody = <EmptyState text={t('admin.terms.none')} />;
  else if (periods.isError) periodsBody = <ErrorState error={periods.error} onRetry={() => void periods.refetch()} />;
  else if (periods.data === undefined) periodsBody = <Loading />;
  else if (periods.data.length === 0) periodsBody = <EmptyState text={t('admin.periods.none')} />;
  else periodsBody = <PeriodsTable periods={periods.data} act={act} />;

  const latest = terms[0] ?? null;
  return (
    <div className="admin-tab">
      <div className="admin-bar">
        <div className="admin-bar-tools">
          <label className="field">
            <span>{t('admin.organisation')}</span>
            <Select
              aria-label={t('admin.organisation')}
              className="admin-select"
              value={organisation.id}
              showSearch={{ filterOption: optionMatches }}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              onChange={(org: string) => go({ org, term: null })}
            />
          </label>
          <label className="field">
            <span>{t('admin.terms.term')}</span>
            <Select
              aria-label={t('admin.terms.term')}
              className="admin-select"
              value={term?.id}
              disabled={terms.length === 0}
              options={terms.map((candidate) => ({ value: candidate.id, label: termLabel(candidate) }))}
              onChange={(termId: string) => go({ term: termId })}
            />
          </label>
        </div>
        <div className="admin-bar-tools">
          <Button onClick={() => setCreatingTerm(true)}>{t('admin.terms.create')}</Button>
          <Button type="primary" disabled={term === null} onClick={() => setCreatingPeriod(true)}>{t('admin.periods.create')}</Button>
        </div>
      </div>
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      {term === null ? null : <h2 className="admin-heading">{`${t('admin.periods.title')} — ${termLabel(term)}`}</h2>}
      {periodsBody}
      <TermDialog
        organisation={creatingTerm ? organisation : null}
        proposal={latest === null ? {} : { congress: nextCongress(latest.congress), startYear: latest.endYear, endYear: latest.endYear + 5 }}
        onCreated={(termId, congress) => {
          setCreatingTerm(false);
          setNotice({ type: 'success', text: t('admin.terms.created', { congress }) });
          void queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY });
          go({ term: termId });
        }}
        onCancel={() => setCreatingTerm(false)}
      />
      <PeriodDialog
        term={creatingPeriod ? term : null}
        takenYears={(periods.data ?? []).filter((p) => p.kind === 'year').map((p) => p.startYear)}
        onCreated={(label) => {
          setCreatingPeriod(false);
          setNotice({ type: 'success', text: t('admin.periods.created', { label }) });
          void queryClient.invalidateQueries({ queryKey: ['periods'] });
        }}
        onCancel={() => setCreatingPeriod(false)}
      />
    </div>
  );
}
