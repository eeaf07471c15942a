/**
 * The data of the results appendix (and of the narrative summary, which says the same in
 * words): a term evaluated as of one or two periods, laid out as the document lays it out —
 * groups in framework order with Roman numerals, items numbered as the resolution numbers
 * them, their components after them — with each figure as entered, its percentage of the
 * target, its status and the counts the narrative quotes. The pure half: evaluations in,
 * report data out.
 */
import type { Indicator, IndicatorGroup, Period } from '../domain/entities.ts';
import { figureDecimals, isPlainFigure } from '../domain/figure-decimals.ts';
import { describeValue } from '../domain/target-describe.ts';
import { formatVnNumber } from '../domain/vn-number.ts';
import { DISAGREEMENT_NOTE, groupNumeral, STATUS_ORDER, STATUS_WORD, UNEVALUATED_WORD, UNGROUPED_NAME } from '../domain/vocabulary/index.ts';
import type { AppendixData, AppendixGroup, AppendixIndicator, AppendixPeriod, PeriodResult, StatusCount } from '../reports/index.ts';
import type { IndicatorResult, TermEvaluation } from './evaluation.service.ts';

/** An item's number as the document writes it, without its brackets and dots: "(1)" → "1", "7.1." → "7.1". */
export function numberOf(code: string | null): string | null {
  const trimmed = (code ?? '').trim().replace(/^\(+/u, '').replace(/[).:-]+$/u, '').trim();
  return trimmed === '' ? null : trimmed;
}

/** What the pure assembly needs besides the evaluations. */
export interface AppendixSource {
  header: AppendixData['header'];
  organisationName: string;
  term: { congress: string; startYear: number; endYear: number };
  groups: readonly IndicatorGroup[];
  /** One evaluation per period, in time order. */
  evaluations: readonly TermEvaluation[];
  showNextTarget: boolean;
  showNote: boolean;
  /** The next term's target by this term's indicator id. */
  nextTargets: ReadonlyMap<string, string>;
  /** Notes of the figures by observation id (only read when showNote). */
  notes: ReadonlyMap<string, string>;
  /** How the notes name each filed report, by document id ("Báo cáo số 443-BC/TU ngày 03/11/2023"). */
  documentNames: ReadonlyMap<string, string>;
}

function periodOf(period: Period): AppendixPeriod {
  return { id: period.id, label: period.label, startYear: period.startYear, endYear: period.endYear };
}

/** The figure of one indicator in one period: its own figure as entered, else the value the evaluation judged. */
export function periodResult(result: IndicatorResult | undefined, period: Period): PeriodResult {
  const empty = { periodId: period.id, value: null, valueText: null, decimals: 0, percentOfTarget: null, status: null, statusWord: null, explanation: null };
  if (result === undefined) return empty;
  const own = result.valueSource === 'period' ? (result.series.find((s) => s.periodId === period.id) ?? null) : null;
  const text = own?.valueText ?? null;
  const value = own === null ? result.value : own.value;
  return {
    periodId: period.id,
    value,
    valueText: text !== null && !isPlainFigure(text) ? text : null,
    decimals: figureDecimals(text, value, result.indicator.targetText),
    percentOfTarget: result.evaluation?.percentOfTarget ?? null,
    status: result.status,
    statusWord: result.statusWord,
    explanation: result.hasComponents ? null : result.explanation,
  };
}

/** The figure as a sentence quotes it: the text as entered (">80"), else the number with the target's unit. */
function figureText(result: IndicatorResult, period: Period): string | null {
  const own = result.series.find((s) => s.periodId === period.id);
  const text = result.valueSource === 'period' ? (own?.valueText ?? null) : null;
  if (text !== null && !isPlainFigure(text)) return text;
  if (result.value === null) return null;
  if (result.indicator.target === null) return text;
  // The figure as entered ("6,0", not "6") with the unit the target is written in.
  const described = describeValue(result.indicator.target, result.value);
  const number = formatVnNumber(result.value, { decimals: 4 });
  return text !== null && described.startsWith(number) ? `${text.trim()}${described.slice(number.length)}` : described;
}

/** The counts of one period: groups, items and components, and the statuses of what is counted (indicators without components). */
function summaryOf(evaluation: TermEvaluation, groups: readonly AppendixGroup[]): AppendixData['summaries'][number] {
  const { rollup } = evaluation;
  const counts: StatusCount[] = STATUS_ORDER.flatMap((status) => (rollup.counts[status] > 0 ? [{ status, word: STATUS_WORD[status], count: rollup.counts[status] }] : []));
  if (rollup.unevaluated > 0) counts.push({ status: null, word: UNEVALUATED_WORD, count: rollup.unevaluated });
  const indicators = groups.flatMap((g) => g.indicators);
  return {
    periodId: evaluation.asOf.id,
    groups: groups.length,
    indicators: indicators.filter((i) => i.parentId === null).length,
    components: indicators.filter((i) => i.parentId !== null).length,
    counts,
    sentence: rollup.sentence,
    atRisk: evaluation.atRisk.map((r) => ({ name: r.indicator.name, figure: figureText(r, evaluation.asOf), targetText: r.indicator.targetText, statusWord: r.statusWord ?? '' })),
  };
}

/** The notes on the rows where a filed report's own status word differs from ours, each once. */
function disagreementNotes(evaluations: readonly TermEvaluation[], documentNames: ReadonlyMap<string, string>): string[] {
  const notes = evaluations.flatMap((e) => e.disagreements.flatMap((d) => {
    if (!d.contradictsData || d.computedFromData === null) return [];
    const base = DISAGREEMENT_NOTE.againstData({
      name: d.indicatorName, period: e.asOf.label, document: documentNames.get(d.documentId) ?? d.documentTitle ?? DISAGREEMENT_NOTE.untitled, line: d.line,
      word: d.documentWord, figure: d.documentFigure, ours: d.computedFromData,
    });
    return [d.contradictsOwnFigure && d.computedFromDocument !== null ? base + DISAGREEMENT_NOTE.againstOwnFigure(d.computedFromDocument) : base];
  }));
  return [...new Set(notes)];
}

/** Items of a group (or components of an item) in framework order. */
function byPosition(indicators: readonly Indicator[]): Indicator[] {
  return [...indicators].sort((a, b) => a.position - b.position);
}

/** Assembles the appendix data from the evaluations of its periods. */
export function assembleAppendix(source: AppendixSource): AppendixData {
  const [first] = source.evaluations;
  const all = first?.indicators.map((r) => r.indicator) ?? [];
  const resultsOf = (id: string) => source.evaluations.map((e) => periodResult(e.indicators.find((r) => r.indicator.id === id), e.asOf));
  const lastNotes = (id: string): string | null => {
    const last = source.evaluations.at(-1);
    const entry = last?.indicators.find((r) => r.indicator.id === id)?.series.find((s) => s.periodId === last.asOf.id);
    return entry?.observationId == null ? null : (source.notes.get(entry.observationId) ?? null);
  };
  const row = (indicator: Indicator, number: string): AppendixIndicator => ({
    id: indicator.id, number, parentId: indicator.parentId, name: indicator.name, unit: indicator.unit, targetText: indicator.targetText,
    results: resultsOf(indicator.id),
    nextTargetText: source.showNextTarget ? (source.nextTargets.get(indicator.id) ?? null) : null,
    note: source.showNote ? lastNotes(indicator.id) : null,
  });
  const itemsOf = (groupId: string | null) => byPosition(all.filter((i) => i.parentId === null && i.groupId === groupId));
  const rows = (items: readonly Indicator[]): AppendixIndicator[] => items.flatMap((item, index) => [
    row(item, numberOf(item.code) ?? String(index + 1)),
    ...byPosition(all.filter((c) => c.parentId === item.id)).map((c) => row(c, c.code !== item.code ? (numberOf(c.code) ?? '') : '')),
  ]);
  const known = new Set(source.groups.map((g) => g.id));
  const listed = [...source.groups].sort((a, b) => a.position - b.position).map((g) => ({ name: g.name, items: itemsOf(g.id) }));
  const orphans = byPosition(all.filter((i) => i.parentId === null && (i.groupId === null || !known.has(i.groupId))));
  if (orphans.length > 0) listed.push({ name: UNGROUPED_NAME, items: orphans });
  const groups = listed.filter((g) => g.items.length > 0).map((g, index) => ({ numeral: groupNumeral(index + 1), name: g.name, indicators: rows(g.items) }));
  return {
    header: source.header,
    organisationName: source.organisationName,
    congress: source.term.congress,
    termStartYear: source.term.startYear,
    termEndYear: source.term.endYear,
    periods: source.evaluations.map((e) => periodOf(e.asOf)),
    groups,
    showNextTarget: source.showNextTarget,
    showNote: source.showNote,
    summaries: source.evaluations.map((e) => summaryOf(e, groups)),
    disagreements: disagreementNotes(source.evaluations, source.documentNames),
  };
}
