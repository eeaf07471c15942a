/** What the indicator is: target as written and its meaning, direction, baseline, units, source, its predecessor and its lineage across terms. */
import Descriptions from 'antd/es/descriptions';
import type { Indicator } from '../../api/types.ts';
import { Link } from '../../app/link.tsx';
import { indicatorHref } from '../../app/links.ts';
import type { LineageStep } from '../../framework/lineage.ts';
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
  /** The indicator across terms, oldest first (from `useLineage`); the steps before the current one are its predecessors. */
  lineage: readonly LineageStep[];
  /** The source document's title, once read. */
  sourceTitle: string | null;
}

function stepHref(step: LineageStep): string {
  return indicatorHref({ termId: step.term.id, periodId: null }, step.indicator.id);
}

/** "XIII: 50% → XIV: 53% → XV: 55%", each other term's step a link. */
function LineageChain({ lineage }: { lineage: readonly LineageStep[] }) {
  return (
    <span className="lineage" data-testid="lineage">
      {lineage.map((step, index) => {
        const text = `${step.term.congress}: ${step.indicator.targetText ?? NO_VALUE}`;
        return (
          <span key={step.indicator.id}>
            {index === 0 ? null : ' → '}
            {step.current ? <strong aria-current="true">{text}</strong> : <Link to={stepHref(step)}>{text}</Link>}
          </span>
        );
      })}
    </span>
  );
}

/** A description list of the indicator's facts. */
export function IndicatorFacts({ indicator, unitName, lineage, sourceTitle }: IndicatorFactsProps) {
  const { t, lang } = useI18n();
  const at = lineage.findIndex((step) => step.current);
  const previous = at > 0 ? lineage[at - 1] : undefined;
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
      children: indicator.sourceDocumentId === null ? t('indicator.sourceNone') : t('indicator.sourceLine', { document: sourceTitle ?? NO_VALUE, line: indicator.sourceLine ?? NO_VALUE }),
    },
    ...(previous === undefined
      ? []
      : [{
          key: 'previous',
          label: t('indicator.previous'),
          children: <Link to={stepHref(previous)}>{`${previous.indicator.name}${previous.indicator.targetText === null ? '' : ` (${previous.indicator.targetText})`}`}</Link>,
        }]),
    ...(lineage.length < 2 ? [] : [{ key: 'lineage', label: t('lineage.title'), span: 2, children: <LineageChain lineage={lineage} /> }]),
  ];
  return <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} bordered items={items} />;
}
