/**
 * The plans of a term (`/plans?term=…`): each plan with its number, date, draft or published,
 * and how its tasks stand; the secretariat imports a plan document here, which opens as a
 * draft plan to review.
 */
import { useSession } from '../api/queries.ts';
import { usePlans } from '../api/tasks.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { EmptyState, ErrorState, Loading, queryState } from '../components/page-state.tsx';
import { PlanImportForm } from '../components/tasks/plan-import-form.tsx';
import { PlansTable } from '../components/tasks/plans-table.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/tasks/tasks.css';

/** The plans page. */
export default function PlansPage() {
  const { t } = useI18n();
  const session = useSession();
  const canImport = session.data !== null && session.data !== undefined && abilitiesOf(session.data).managePlans;
  // Plans belong to a term; the term of the latest round is the default, as on the documents page.
  const selection = useTermPeriod('open');
  const termId = selection.term?.id ?? null;
  const plans = usePlans(termId);

  let body;
  if (selection.error !== null) body = <ErrorState error={selection.error} onRetry={selection.refetch} />;
  else if (selection.loading) body = <Loading />;
  else if (termId === null) body = <EmptyState text={t('term.none')} />;
  else {
    const list = queryState(plans) ?? (plans.data?.length === 0 ? <EmptyState text={t('plans.none')} /> : (
      <>
        <p className="muted" role="status">{t('plans.count', { count: plans.data?.length ?? 0 })}</p>
        <PlansTable plans={plans.data ?? []} />
      </>
    ));
    body = (
      <>
        {canImport ? <PlanImportForm termId={termId} /> : null}
        <section aria-label={t('plans.title')}>{list}</section>
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('plans.title')}</h1>
        {selection.terms.length > 0 ? <TermPeriodSelect withPeriod={false} value={selection} /> : null}
      </div>
      {body}
    </div>
  );
}
