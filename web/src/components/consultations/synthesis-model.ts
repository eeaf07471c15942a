/**
 * The synthesis tab's numbers (GET /api/consultations/:id/synthesis), pure: a unit of the
 * draft named as the reports name it, the overall counts by stance, respondent type and
 * channel each with its share of the counted comments ("12,8%", duplicate groups once), a main
 * point's stances, and the bottom-up locality rows with the comments of no locality and the
 * total. The words are the shared vocabulary's, so the screen says what the report says.
 */
import type { z } from 'zod';
import type { Synthesis as SynthesisSchema, ReportUnit as ReportUnitSchema } from '../../../../src/server/schemas/consultation.schemas.ts';
import { CHANNELS, RESPONDENT_TYPES, STANCES, targetKey } from '../../../../src/domain/consultation/types.ts';
import type { Channel, RespondentType, Stance } from '../../../../src/domain/consultation/types.ts';
import { CHANNEL_WORD, reportUnitText, RESPONDENT_TYPE_WORD, STANCE_WORD } from '../../../../src/domain/vocabulary/index.ts';
import { formatNumber, formatPercent, NO_VALUE } from '../../format/format.ts';

export type Synthesis = z.output<typeof SynthesisSchema>;
export type ReportUnit = z.output<typeof ReportUnitSchema>;
export type UnitCounts = Synthesis['overall'];
export type SynthesisUnit = Synthesis['units'][number];
export type MainPoint = SynthesisUnit['mainPoints'][number];
export type StanceTally = Synthesis['unplaced'];

/** A whole count as the screens write it: "1.234". */
export const countText = (value: number): string => formatNumber(value, 0);

/** The share of `part` in `whole` with one decimal ("12,8%"), "—" when `whole` is 0. */
export function shareText(part: number, whole: number): string {
  return whole <= 0 ? NO_VALUE : formatPercent((part / whole) * 100);
}

/** How a unit is named (the reports' words: `reportUnitText`). */
export const unitText = (unit: ReportUnit): string => reportUnitText(unit);

/** A unit's key for lists and maps: "draft", "section:ID", "indicator:ID" (the domain's `targetKey`). */
export const unitKey = (unit: ReportUnit): string => targetKey(unit);

/** One line of a breakdown: the code, its word, its count and share of the counted comments. */
export interface BreakdownRow<C extends string> {
  code: C;
  word: string;
  count: number;
  share: string;
  /** The count as a percentage of the largest in the breakdown (0–100): a bar's length. */
  bar: number;
}

function breakdown<C extends string>(codes: readonly C[], words: Readonly<Record<C, string>>, counts: Partial<Record<C, number>>, total: number): BreakdownRow<C>[] {
  const largest = Math.max(0, ...codes.map((code) => counts[code] ?? 0));
  return codes.map((code) => {
    const count = counts[code] ?? 0;
    return { code, word: words[code], count, share: shareText(count, total), bar: largest === 0 ? 0 : (count / largest) * 100 };
  });
}

/** By stance (Tán thành, Không tán thành, Đồng ý một phần), shares of `counts.total`. */
export function stanceRows(counts: UnitCounts): BreakdownRow<Stance>[] {
  return breakdown(STANCES, STANCE_WORD, counts.byStance, counts.total);
}

/** By respondent type, in the vocabulary's order. */
export function respondentRows(counts: UnitCounts): BreakdownRow<RespondentType>[] {
  return breakdown(RESPONDENT_TYPES, RESPONDENT_TYPE_WORD, counts.byRespondentType, counts.total);
}

/** By channel (Trực tuyến, Hội nghị, tọa đàm, …). */
export function channelRows(counts: UnitCounts): BreakdownRow<Channel>[] {
  return breakdown(CHANNELS, CHANNEL_WORD, counts.byChannel, counts.total);
}

/** "Người dân 5 (62,5%), Doanh nghiệp 3 (37,5%)": the lines of a breakdown that count, or "—". */
export function breakdownText(rows: readonly BreakdownRow<string>[]): string {
  const present = rows.filter((row) => row.count > 0);
  return present.length === 0 ? NO_VALUE : present.map((row) => `${row.word} ${countText(row.count)} (${row.share})`).join(', ');
}

/** "Tán thành 8, Không tán thành 3": the stances present, in the vocabulary's order. */
export function stanceSummary(byStance: Partial<Record<Stance, number>>): string {
  return STANCES.filter((stance) => (byStance[stance] ?? 0) > 0)
    .map((stance) => `${STANCE_WORD[stance]} ${countText(byStance[stance] ?? 0)}`)
    .join(', ');
}

/** One row of the locality table. */
export interface LocalityTableRow {
  key: string;
  name: string;
  /** 0 for a province, 1 below it, …; the unplaced and total rows are 0. */
  level: number;
  kind: 'locality' | 'unplaced' | 'total';
  own: number;
  total: number;
  byStance: StanceTally;
}

const ZERO: StanceTally = { agree: 0, disagree: 0, partly: 0, unspecified: 0 };
/** Every opinion of a tally. */
export const tallySum = (tally: StanceTally): number => tally.agree + tally.disagree + tally.partly + tally.unspecified;
const addTally = (a: StanceTally, b: StanceTally): StanceTally => ({
  agree: a.agree + b.agree, disagree: a.disagree + b.disagree, partly: a.partly + b.partly, unspecified: a.unspecified + b.unspecified,
});

/**
 * The locality table in the server's order (each province, then the localities below it),
 * then the opinions of no locality when there are any, then the total: the provinces' totals
 * plus the unplaced (every opinion once). Empty when nothing was counted anywhere.
 */
export function localityRows(synthesis: Pick<Synthesis, 'localities' | 'unplaced'>, words: { unplaced: string; total: string }): LocalityTableRow[] {
  const rows: LocalityTableRow[] = synthesis.localities.map((row) => ({
    key: row.localityId, name: row.name, level: Math.max(0, row.level), kind: 'locality', own: tallySum(row.own), total: tallySum(row.total), byStance: row.total,
  }));
  const unplaced = tallySum(synthesis.unplaced);
  if (rows.length === 0 && unplaced === 0) return [];
  if (unplaced > 0) rows.push({ key: 'unplaced', name: words.unplaced, level: 0, kind: 'unplaced', own: unplaced, total: unplaced, byStance: synthesis.unplaced });
  const roots = synthesis.localities.filter((row) => row.level <= 0);
  const total = [...roots.map((row) => row.total), synthesis.unplaced].reduce(addTally, ZERO);
  const own = [...synthesis.localities.map((row) => row.own), synthesis.unplaced].reduce(addTally, ZERO);
  rows.push({ key: 'total', name: words.total, level: 0, kind: 'total', own: tallySum(own), total: tallySum(total), byStance: total });
  return rows;
}

/** Whether anything was counted: a published comment, or an opinion of a tally at some locality or none. */
export function countedAnything(synthesis: Pick<Synthesis, 'overall' | 'localities' | 'unplaced'>): boolean {
  return synthesis.overall.comments > 0 || tallySum(synthesis.unplaced) > 0 || synthesis.localities.some((row) => tallySum(row.total) > 0);
}
