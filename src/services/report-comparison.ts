/**
 * The data of the two comparisons, assembled from evaluations (pure): across terms, each
 * current indicator linked to the previous term's with that term's target, result and
 * evaluation beside the current and next targets; across organisations, the indicators the
 * curated mapping (or lineage) finds in every term, side by side.
 */
import type { Indicator, IndicatorGroup, Organisation, Term } from '../domain/entities.ts';
import type { Target } from '../domain/target.ts';
import type { DocumentHeader, OrganisationComparisonData, TermComparisonData, TermComparisonRow } from '../reports/index.ts';
import type { TermEvaluation } from './evaluation.service.ts';
import { periodResult } from './report-appendix.ts';
import { matchAcrossTerms } from './report-mapping.ts';

function normalText(text: string | null): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('vi');
}

function sameMeaning(a: Target | null, b: Target | null): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === b.kind && a.min === b.min && a.max === b.max;
}

/** Whether the current target differs from the previous one, in its words or in its meaning. */
export function targetChanged(previous: Pick<Indicator, 'targetText' | 'target'>, current: Pick<Indicator, 'targetText' | 'target'>): boolean {
  return normalText(previous.targetText) !== normalText(current.targetText) || !sameMeaning(previous.target, current.target);
}

function termOf(term: Term): TermComparisonData['currentTerm'] {
  return { congress: term.congress, startYear: term.startYear, endYear: term.endYear };
}

export interface TermComparisonSource {
  header: DocumentHeader;
  organisationName: string;
  previousTerm: Term;
  currentTerm: Term;
  /** The current term's published indicators and groups. */
  current: readonly Indicator[];
  groups: readonly IndicatorGroup[];
  /** The previous term evaluated as of its last period. */
  previous: TermEvaluation;
  /** The next term's target by the current term's indicator id. */
  nextTargets: ReadonlyMap<string, string>;
}

/** The rows of the term comparison: current indicators linked into the previous term, in framework order. */
export function assembleTermComparison(source: TermComparisonSource): TermComparisonData {
  const groupPosition = new Map(source.groups.map((g) => [g.id, g.position]));
  const groupName = new Map(source.groups.map((g) => [g.id, g.name]));
  const rank = (i: Indicator) => [groupPosition.get(i.groupId ?? '') ?? Number.MAX_SAFE_INTEGER, i.position] as const;
  const ordered = [...source.current].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
  const period = source.previous.asOf;
  const rows = ordered.flatMap((indicator): TermComparisonRow[] => {
    const before = source.previous.indicators.find((r) => r.indicator.id === indicator.previousIndicatorId);
    if (before === undefined) return [];
    const figure = periodResult(before, period);
    return [{
      groupName: groupName.get(indicator.groupId ?? '') ?? null,
      name: indicator.name,
      unit: indicator.unit,
      previousTargetText: before.indicator.targetText,
      previousResult: figure.value === null && figure.valueText === null ? null : { value: figure.value, valueText: figure.valueText, decimals: figure.decimals },
      previousStatus: before.status,
      previousStatusWord: before.statusWord,
      currentTargetText: indicator.targetText,
      nextTargetText: source.nextTargets.get(indicator.id) ?? null,
      changed: targetChanged(before.indicator, indicator),
    }];
  });
  return {
    header: source.header, organisationName: source.organisationName, previousTerm: termOf(source.previousTerm), currentTerm: termOf(source.currentTerm),
    previousPeriodLabel: period.label, rows,
  };
}

/** One term of the organisation comparison. */
export interface ComparedTerm {
  organisation: Organisation;
  term: Term;
  evaluation: TermEvaluation;
}

/** The same indicators in several organisations' terms, as of each term's period. */
export function assembleOrganisationComparison(header: DocumentHeader, compared: readonly ComparedTerm[]): OrganisationComparisonData {
  const leaves = compared.map(({ evaluation }) => evaluation.indicators.filter((r) => !r.hasComponents).map((r) => r.indicator));
  const rows = matchAcrossTerms(leaves).map((match) => ({
    name: match.name,
    unit: match.unit,
    entries: compared.map(({ evaluation }, t) => {
      const result = evaluation.indicators.find((r) => r.indicator.id === match.indicatorIds[t]);
      const figure = periodResult(result, evaluation.asOf);
      return {
        indicatorName: result?.indicator.name ?? null, targetText: result?.indicator.targetText ?? null,
        value: figure.value, valueText: figure.valueText, decimals: figure.decimals, status: figure.status, statusWord: figure.statusWord,
      };
    }),
  }));
  return {
    header,
    organisations: compared.map(({ organisation, term, evaluation }) => ({
      id: organisation.id, name: organisation.name, termLabel: `${term.startYear}-${term.endYear}`, periodLabel: evaluation.asOf.label,
    })),
    rows,
  };
}
