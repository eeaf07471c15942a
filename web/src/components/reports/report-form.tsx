/**
 * The choices of the reports page: which report, then what it needs — a term with one or two
 * as-of periods and the extra columns (appendix, summary), a term with a previous one (term
 * comparison), or the terms of the provinces compared and each one's period. Every control is
 * a labelled antd control, usable with the keyboard.
 */
import Checkbox from 'antd/es/checkbox';
import Radio from 'antd/es/radio';
import Select from 'antd/es/select';
import { REPORT_KINDS } from '../../api/reports.ts';
import type { ReportKind } from '../../api/reports.ts';
import type { PeriodStatus } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ComparedTerm, ReportChoices } from './report-choices.ts';

export interface Option {
  value: string;
  label: string;
}

/** The report to produce, as a row of radio buttons (arrow keys move between them). */
export function KindChoice({ value, onChange }: { value: ReportKind; onChange: (kind: ReportKind) => void }) {
  const { t } = useI18n();
  return (
    <div className="field report-kind">
      <span id="report-kind-label">{t('reports.kind')}</span>
      <Radio.Group
        aria-labelledby="report-kind-label"
        optionType="button"
        buttonStyle="solid"
        value={value}
        onChange={(event) => onChange(event.target.value as ReportKind)}
        options={REPORT_KINDS.map((kind) => ({ value: kind, label: t(`reports.kind.${kind}`) }))}
      />
    </div>
  );
}

/** A labelled single select. */
function Field({ label, className, value, options, onChange, testId }: {
  label: string; className: string; value: string | undefined; options: Option[]; onChange: (value: string) => void; testId: string;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <Select aria-label={label} className={className} value={value} options={options} onChange={onChange} popupMatchSelectWidth={false} data-testid={testId} />
    </label>
  );
}

const NO_PERIOD = '';

export interface AppendixChoicesProps {
  choices: ReportChoices;
  terms: Option[];
  termId: string | null;
  periods: PeriodStatus[];
  periodId: string | null;
  onChange: (change: Partial<ReportChoices>) => void;
}

/** Term, as-of period, an optional second period, and the extra columns of the appendix and the summary. */
export function AppendixChoices({ choices, terms, termId, periods, periodId, onChange }: AppendixChoicesProps) {
  const { t } = useI18n();
  const periodOptions = periods.map((period) => ({ value: period.id, label: period.label }));
  const secondOptions = [{ value: NO_PERIOD, label: t('reports.period2.none') }, ...periodOptions.filter((option) => option.value !== periodId)];
  const period2 = choices.period2Id !== null && choices.period2Id !== periodId && periods.some((p) => p.id === choices.period2Id) ? choices.period2Id : NO_PERIOD;
  return (
    <>
      <Field label={t('reports.term')} className="report-term" value={termId ?? undefined} options={terms} testId="report-term"
        onChange={(term) => onChange({ termId: term, periodId: null, period2Id: null })} />
      <Field label={t('reports.period')} className="period-select" value={periodId ?? undefined} options={periodOptions} testId="report-period"
        onChange={(period) => onChange({ periodId: period })} />
      <Field label={t('reports.period2')} className="period-select" value={period2} options={secondOptions} testId="report-period2"
        onChange={(period) => onChange({ period2Id: period === NO_PERIOD ? null : period })} />
      <fieldset className="field report-columns">
        <legend>{t('reports.columns')}</legend>
        <Checkbox checked={choices.nextTarget} onChange={(event) => onChange({ nextTarget: event.target.checked })}>
          {t('reports.option.nextTarget')}
        </Checkbox>
        <Checkbox checked={choices.note} onChange={(event) => onChange({ note: event.target.checked })}>
          {t('reports.option.note')}
        </Checkbox>
      </fieldset>
    </>
  );
}

/** The term whose targets are set beside the previous term's (only terms that have one are offered). */
export function CompareTermsChoice({ terms, termId, onChange }: { terms: Option[]; termId: string | null; onChange: (change: Partial<ReportChoices>) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('reports.currentTerm')} className="report-term" value={termId ?? undefined} options={terms} testId="report-term"
      onChange={(term) => onChange({ termId: term })} />
  );
}

export interface CompareOrgsChoicesProps {
  terms: Option[];
  compared: ComparedTerm[];
  periodsOf: (termId: string) => PeriodStatus[] | undefined;
  onChange: (change: Partial<ReportChoices>) => void;
}

/** The terms compared (two or more, usually of different provinces) and, for each, the period of its figures. */
export function CompareOrgsChoices({ terms, compared, periodsOf, onChange }: CompareOrgsChoicesProps) {
  const { t } = useI18n();
  const label = (termId: string): string => terms.find((term) => term.value === termId)?.label ?? termId;
  const setTerms = (termIds: string[]): void => {
    onChange({ compared: termIds.map((termId) => compared.find((term) => term.termId === termId) ?? { termId, periodId: null }) });
  };
  const setPeriod = (termId: string, periodId: string): void => {
    onChange({ compared: compared.map((term) => (term.termId === termId ? { termId, periodId: periodId === NO_PERIOD ? null : periodId } : term)) });
  };
  return (
    <>
      <label className="field report-org-terms">
        <span>{t('reports.orgTerms')}</span>
        <Select
          mode="multiple"
          aria-label={t('reports.orgTerms')}
          placeholder={t('reports.orgTerms.placeholder')}
          value={compared.map((term) => term.termId)}
          options={terms}
          onChange={setTerms}
          maxCount={8}
          data-testid="report-org-terms"
        />
      </label>
      {compared.map((term) => (
        <Field
          key={term.termId}
          label={t('reports.orgPeriod', { term: label(term.termId) })}
          className="period-select"
          value={term.periodId ?? NO_PERIOD}
          options={[{ value: NO_PERIOD, label: t('reports.orgPeriod.default') }, ...(periodsOf(term.termId) ?? []).map((period) => ({ value: period.id, label: period.label }))]}
          onChange={(periodId) => setPeriod(term.termId, periodId)}
          testId="report-org-period"
        />
      ))}
    </>
  );
}
