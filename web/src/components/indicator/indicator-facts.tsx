/** What the indicator is: target as written and its meaning, direction, baseline, units, source, lineage. */
import Descriptions from 'antd/es/descriptions';
import type { Indicator } from '../../api/types.ts';
import { Link } from '../../app/link.tsx';
import { formatFigure, NO_VALUE } from '../../format/format.ts';
import { targetMeaning } from '../../format/target-text.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const DIRECTIONS = ['increase', 'decrease', 'band', 'structure', 'unknown'] as const;

function directionKey(direction: string): MessageKey {
  return `direction.${DIRECTIONS.find((known) => known === direction) ?? 'unknown'}`;
}

export interface IndicatorFactsProps {
  indicator: Indicator;
  unitName: (id: string | null) => string;
  /** The previous term's indicator, when the lineage names one and it could be read. */
  previous: { name: string; targetText: string | null; link: string } | null;
}

/** A description list of the indicator's facts. */
export function IndicatorFacts({ indicator, unitName, previous }: IndicatorFactsProps) {
  const { t, lang } = useI18n();
  const target = indicator.target;
  const baseline = indicator.baseline;
  const items = [
    { key: 'text', label: t('indicator.targetText'), children: indicator.targetText ?? t('indicator.noTarget') },
    { key: 'meaning', label: t('indicator.meaning'), children: target === null ? NO_VALUE : targetMeaning(target, lang) },
    { key: 'direction', label: t('indicator.direction'), children: t(directionKey(indicator.direction)) },
    { key: 'unit', label: t('col.unit'), children: indicator.unit ?? NO_VALUE },
    {
      key: 'baseline',
      label: t('indicator.baseline'),
      children: baseline === null ? NO_VALUE : `${formatFigure(baseline.value, indicator.unit)}${baseline.year === null ? '' : ` (${baseline.year})`}`,
    },
    { key: 'lead', label: t('col.lead'), children: unitName(indicator.leadUnitId) },
    {
      key: 'source',
      label: t('indicator.source'),
      children: indicator.sourceDocumentId === null ? t('indicator.sourceNone') : t('indicator.sourceLine', { document: indicator.sourceDocumentId, line: indicator.sourceLine ?? NO_VALUE }),
    },
    ...(previous === null
      ? []
      : [{ key: 'previous', label: t('indicator.previous'), children: <Link to={previous.link}>{`${previous.name}${previous.targetText === null ? '' : ` (${previous.targetText})`}`}</Link> }]),
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered items={items} />;
}
