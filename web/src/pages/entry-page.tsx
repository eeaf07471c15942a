/**
 * Data entry for a unit reporter: the open period's indicators assigned to the reporter's
 * units, one small form each. What is submitted or approved is read-only; returned figures
 * come back with the reviewer's reason.
 */
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { readFramework, readObservations } from '../api/endpoints.ts';
import { useSession } from '../api/queries.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { EntryRow } from '../components/entry/entry-row.tsx';
import { EmptyState, ErrorState, Loading, selectionState } from '../components/page-state.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { assignedIndicators, reportingUnit } from '../entry/entry-model.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The data entry page. */
export default function EntryPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const session = useSession();
  const unitIds = session.data === null || session.data === undefined ? [] : abilitiesOf(session.data).reportingUnitIds;
  const selection = useTermPeriod('open');
  const termId = selection.term?.id ?? null;
  const periodId = selection.period?.id ?? null;
  const framework = useQuery({ queryKey: ['framework', termId], queryFn: () => readFramework(termId ?? ''), enabled: termId !== null });
  // A reporter may list only their own unit's figures, so one request per unit.
  const observations = useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: ['observations', termId, { periodId, unitId }],
      queryFn: () => readObservations(termId ?? '', { periodId: periodId ?? '', unitId }),
      enabled: termId !== null && periodId !== null,
    })),
  });
  const failed = [framework, ...observations].find((query) => query.isError);
  const loaded = framework.data !== undefined && observations.every((query) => query.data !== undefined);
  const changed = (): void => {
    void queryClient.invalidateQueries({ queryKey: ['observations'] });
    void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
  };

  let body;
  const pending = selectionState(selection, t);
  if (pending !== null || selection.period === null || periodId === null) body = pending;
  else if (failed !== undefined) body = <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!loaded) body = <Loading />;
  else {
    const rows = assignedIndicators(framework.data?.indicators ?? [], unitIds);
    const entered = observations.flatMap((query) => query.data ?? []);
    body = rows.length === 0 ? (
      <EmptyState text={t('entry.none')} />
    ) : (
      <>
        <p className="muted" role="status">
          {t('entry.count', { count: rows.length })} · {selection.period.label}
        </p>
        <div className="entry-list">
          {rows.map((indicator) => {
            const unitId = reportingUnit(indicator, unitIds) ?? '';
            const observation = entered.find((item) => item.indicatorId === indicator.id && item.unitId === unitId) ?? null;
            return (
              <EntryRow
                key={`${indicator.id}:${periodId}`}
                indicator={indicator}
                periodId={periodId}
                unitId={unitId}
                observation={observation}
                periodOpen={selection.period?.state === 'open'}
                onChanged={changed}
              />
            );
          })}
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('entry.title')}</h1>
        <TermPeriodSelect value={selection} />
      </div>
      {body}
    </div>
  );
}
