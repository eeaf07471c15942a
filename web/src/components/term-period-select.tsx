/**
 * The term and period selectors shown at the top of the dashboard and the indicator list; the
 * term alone (`withPeriod={false}`) where things belong to a term, not a period (documents, plans).
 */
import Select from 'antd/es/select';
import type { TermPeriod } from '../app/use-term-period.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Labelled selects bound to the address's term and (unless `withPeriod` is false) period. */
export function TermPeriodSelect({ value, withPeriod = true }: { value: TermPeriod; withPeriod?: boolean }) {
  const { t } = useI18n();
  const termOptions = value.terms.map((term) => ({
    value: term.id,
    label: t('term.label', { congress: term.congress, start: term.startYear, end: term.endYear }),
  }));
  const periodOptions = value.periods.map((period) => ({ value: period.id, label: period.label }));
  return (
    <div className="term-period">
      <label className="field">
        <span>{t('select.term')}</span>
        <Select
          aria-label={t('select.term')}
          className="term-select"
          value={value.term?.id}
          options={termOptions}
          onChange={(term: string) => value.select({ term })}
          popupMatchSelectWidth={false}
        />
      </label>
      {withPeriod && (
        <label className="field">
          <span>{t('select.period')}</span>
          <Select
            aria-label={t('select.period')}
            className="period-select"
            value={value.period?.id}
            options={periodOptions}
            onChange={(period: string) => value.select({ period })}
            popupMatchSelectWidth={false}
            notFoundContent={t('period.none')}
          />
        </label>
      )}
    </div>
  );
}
