/** The term selector of the documents page (documents belong to a term, not to a period). */
import Select from 'antd/es/select';
import type { TermPeriod } from '../../app/use-term-period.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** A labelled select bound to the address's term. */
export function TermSelect({ value }: { value: TermPeriod }) {
  const { t } = useI18n();
  const options = value.terms.map((term) => ({
    value: term.id,
    label: t('term.label', { congress: term.congress, start: term.startYear, end: term.endYear }),
  }));
  return (
    <div className="term-period">
      <label className="field">
        <span>{t('select.term')}</span>
        <Select
          aria-label={t('select.term')}
          className="term-select"
          value={value.term?.id}
          options={options}
          onChange={(term: string) => value.select({ term })}
          popupMatchSelectWidth={false}
        />
      </label>
    </div>
  );
}
