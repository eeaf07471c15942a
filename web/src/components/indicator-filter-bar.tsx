/** The search box and the group, status and lead unit filters of the indicator list. */
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { STATUSES } from '../format/status-style.ts';
import type { IndicatorFilters, StatusFilter } from '../search/indicator-filters.ts';
import { NO_FILTERS } from '../search/indicator-filters.ts';
import { matchesQuery } from '../search/fold.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export interface FilterBarProps {
  filters: IndicatorFilters;
  groups: readonly string[];
  units: readonly { id: string; name: string }[];
  onChange: (filters: IndicatorFilters) => void;
}

const ALL = '';

/** The filter bar; every change is reported at once (the list filters as you type). */
export function IndicatorFilterBar({ filters, groups, units, onChange }: FilterBarProps) {
  const { t } = useI18n();
  const statusOptions: { value: StatusFilter | typeof ALL; label: string }[] = [
    { value: ALL, label: t('status.all') },
    ...STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
    { value: 'none' as const, label: t('status.none') },
  ];
  return (
    <div className="filter-bar" role="search">
      <Input
        className="filter-search"
        allowClear
        type="search"
        aria-label={t('indicators.search')}
        placeholder={t('indicators.search')}
        value={filters.q}
        onChange={(event) => onChange({ ...filters, q: event.target.value })}
      />
      <Select
        className="filter-select"
        aria-label={t('col.group')}
        value={filters.group ?? ALL}
        options={[{ value: ALL, label: t('group.all') }, ...groups.map((group) => ({ value: group, label: group }))]}
        onChange={(group: string) => onChange({ ...filters, group: group === ALL ? null : group })}
        popupMatchSelectWidth={false}
      />
      <Select<StatusFilter | typeof ALL>
        className="filter-select"
        aria-label={t('col.status')}
        value={filters.status ?? ALL}
        options={statusOptions}
        onChange={(status) => onChange({ ...filters, status: status === ALL ? null : status })}
        popupMatchSelectWidth={false}
      />
      <Select
        className="filter-select"
        aria-label={t('col.lead')}
        showSearch={{ filterOption: (input, option) => matchesQuery(String(option?.label ?? ''), input) }}
        value={filters.unit ?? ALL}
        options={[{ value: ALL, label: t('unit.all') }, ...units.map((unit) => ({ value: unit.id, label: unit.name }))]}
        onChange={(unit: string) => onChange({ ...filters, unit: unit === ALL ? null : unit })}
        popupMatchSelectWidth={false}
      />
      <Button onClick={() => onChange(NO_FILTERS)} disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}>
        {t('indicators.clear')}
      </Button>
    </div>
  );
}
