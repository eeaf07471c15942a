/**
 * The reports page: choose a report — the results appendix, the summary, the comparison across
 * terms or across provinces — and what it covers, see a preview of its table as the document
 * lays it out, and download it as XLSX, DOCX, PDF, CSV or JSON. The choices live in the
 * address (report-choices.ts); the preview is the document the server writes the files from
 * (`format=layout`), rendered as it comes (report-preview.tsx knows no report kind).
 */
import Card from 'antd/es/card';
import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { readPeriods } from '../api/endpoints.ts';
import { useDirectory } from '../api/queries.ts';
import { useReportLayout } from '../api/reports.ts';
import type { ReportRequest } from '../api/reports.ts';
import type { PeriodStatus, Term } from '../api/types.ts';
import { navigate, useLocation } from '../app/router.ts';
import { sortPeriods, sortTerms } from '../app/term-period.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { EmptyState, ErrorState, Loading, queryState, selectionState } from '../components/page-state.tsx';
import { asOfPeriods, compareOrgsRequest, defaultComparedTerms, readChoices, termsWithPrevious, writeChoices } from '../components/reports/report-choices.ts';
import type { ReportChoices } from '../components/reports/report-choices.ts';
import { ReportDownloads } from '../components/reports/report-downloads.tsx';
import { AppendixChoices, CompareOrgsChoices, CompareTermsChoice, KindChoice } from '../components/reports/report-form.tsx';
import type { Option } from '../components/reports/report-form.tsx';
import { ReportPreview } from '../components/reports/report-preview.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/reports/reports.css';

/** The reports page. */
export default function ReportsPage() {
  const { t } = useI18n();
  const { pathname, params } = useLocation();
  const choices = readChoices(params);
  const directory = useDirectory();
  // The appendix's term and period are the address's `term` and `period`, shared with the other pages.
  const selection = useTermPeriod();
  const terms = sortTerms(directory.data?.terms ?? []);
  const organisationName = (id: string): string => directory.data?.organisations.find((organisation) => organisation.id === id)?.name ?? '';
  const termOption = (term: Term): Option => ({
    value: term.id,
    label: t('reports.termOf', { organisation: organisationName(term.organisationId), congress: term.congress, start: term.startYear, end: term.endYear }),
  });
  const change = (next: Partial<ReportChoices>): void => {
    navigate(`${pathname}?${writeChoices(params, { ...choices, ...next }).toString()}`, { replace: true });
  };

  // The term comparison: terms that have a previous term of their organisation.
  const withPrevious = termsWithPrevious(terms);
  const currentTerm = withPrevious.find((term) => term.id === choices.termId) ?? withPrevious[0] ?? null;

  // The comparison across provinces: the chosen terms, else those sharing the most recent term window.
  const known = new Set(terms.map((term) => term.id));
  const compared = (choices.compared ?? defaultComparedTerms(terms, organisationName).map((term) => ({ termId: term.id, periodId: null }))).filter((term) => known.has(term.termId));
  const comparedPeriods = useQueries({
    queries: (choices.kind === 'compare-orgs' ? compared : []).map((term) => ({ queryKey: ['periods', term.termId], queryFn: () => readPeriods(term.termId) })),
  });
  const periodsOf = (termId: string): PeriodStatus[] | undefined => {
    const periods = comparedPeriods[compared.findIndex((term) => term.termId === termId)]?.data;
    return periods === undefined ? undefined : sortPeriods(periods);
  };

  let request: ReportRequest | null | undefined;
  let waiting: ReactNode | null = null;
  let form: ReactNode;
  switch (choices.kind) {
    case 'appendix':
    case 'summary': {
      const asOf = asOfPeriods(selection.periods, selection.period?.id ?? null, choices.period2Id);
      request = selection.term === null || asOf.length === 0
        ? null
        : { kind: choices.kind, termId: selection.term.id, asOf: asOf.map((period) => period.id), nextTarget: choices.nextTarget, note: choices.note };
      waiting = selectionState(selection, t);
      form = <AppendixChoices choices={choices} terms={terms.map(termOption)} termId={selection.term?.id ?? null} periods={selection.periods} periodId={selection.period?.id ?? null} onChange={change} />;
      break;
    }
    case 'compare-terms':
      request = currentTerm === null ? null : { kind: 'compare-terms', termId: currentTerm.id };
      if (currentTerm === null) waiting = <EmptyState text={t('reports.compareTerms.none')} />;
      form = <CompareTermsChoice terms={withPrevious.map(termOption)} termId={currentTerm?.id ?? null} onChange={change} />;
      break;
    case 'compare-orgs':
      request = compareOrgsRequest(compared, periodsOf);
      if (request === null) waiting = <EmptyState text={t('reports.orgTerms.fewer')} />;
      if (request === undefined) waiting = <Loading />;
      form = <CompareOrgsChoices terms={terms.map(termOption)} compared={compared} periodsOf={periodsOf} onChange={change} />;
      break;
  }

  const report = useReportLayout(request ?? null);
  const preview = report.data && (
    <ReportPreview
      document={report.data}
      caption={t('reports.previewOf', { report: t(`reports.kind.${choices.kind}`) })}
      name={choices.kind}
      countLabel={(count) => t('reports.rows', { count })}
      {...(choices.kind === 'compare-terms' ? { highlight: { legend: t('reports.changed'), row: t('reports.changedRow') } } : {})}
    />
  );
  let body: ReactNode;
  if (directory.isError) body = <ErrorState error={directory.error} onRetry={() => void directory.refetch()} />;
  else if (directory.isPending) body = <Loading />;
  else if (terms.length === 0) body = <EmptyState text={t('reports.noTerm')} />;
  else body = waiting ?? queryState(report) ?? preview;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('reports.title')}</h1>
      </div>
      <Card size="small">
        <div className="report-choices">
          <KindChoice value={choices.kind} onChange={(kind) => change({ kind })} />
          <div className="report-fields">{form}</div>
          <ReportDownloads kind={choices.kind} request={request ?? null} disabled={report.isError} />
        </div>
      </Card>
      <Card size="small" title={t('reports.preview')}>
        {body}
      </Card>
    </div>
  );
}
