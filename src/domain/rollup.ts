/**
 * Summary counts of statuses, overall and by group, in the sentence reports use:
 * "có 12 chỉ tiêu vượt, 10 chỉ tiêu đạt, 27 chỉ tiêu theo lộ trình, 06 chỉ tiêu khó đạt".
 */
import type { EvaluationStage } from './evaluate.ts';
import { formatVnNumber } from './vn-number.ts';
import { ROLLUP_TEXT, STATUS_ORDER, STATUS_WORD, type StatusCode } from './vocabulary/index.ts';

export interface RollupItem {
  group: string | null;
  name: string;
  status: StatusCode | null;
  /** The result as shown, e.g. "3,91%". */
  figure?: string;
  /** The target as shown, e.g. "9-10%/năm". */
  targetText?: string;
  /** The stage of the figure; a Chưa đạt at the final stage is a failure and is listed as at risk. */
  stage?: EvaluationStage;
}

export type StatusCounts = Record<StatusCode, number>;

export interface GroupRollup {
  group: string | null;
  total: number;
  counts: StatusCounts;
  unevaluated: number;
  sentence: string;
}

export interface Rollup {
  total: number;
  counts: StatusCounts;
  unevaluated: number;
  /** Groups in order of first appearance. */
  groups: GroupRollup[];
  sentence: string;
  /** Items that fell short or are at risk, in input order (e.g. for a footnote listing them). */
  atRisk: RollupItem[];
  /** The at-risk items in one sentence: "Tốc độ tăng trưởng GRDP đạt 3,91% (mục tiêu 9-10%); ...". */
  atRiskText: string;
}

const NOUN: string = ROLLUP_TEXT.noun;

/** Counts statuses overall and per group, writes the summary sentence and lists what is at risk. */
export function rollup(items: readonly RollupItem[]): Rollup {
  const summary = countItems(items);
  const byGroup = new Map<string | null, RollupItem[]>();
  for (const item of items) byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), item]);
  const groups = [...byGroup].map(([group, members]) => ({ group, ...countItems(members) }));
  const atRisk = items.filter(isAtRisk);
  return { ...summary, groups, atRisk, atRiskText: atRisk.map(describeAtRisk).join('; ') };
}

function countItems(items: readonly RollupItem[]): Omit<GroupRollup, 'group'> {
  const counts = emptyCounts();
  let unevaluated = 0;
  for (const item of items) {
    if (item.status === null) unevaluated += 1;
    else counts[item.status] += 1;
  }
  const unevaluatedPart = ROLLUP_TEXT.unevaluated(countWord(unevaluated), NOUN);
  const evaluated = items.length - unevaluated;
  let sentence = rollupSentence(counts);
  if (unevaluated > 0) sentence = evaluated > 0 ? `${sentence}, ${unevaluatedPart}` : ROLLUP_TEXT.there(unevaluatedPart);
  return { total: items.length, counts, unevaluated, sentence };
}

function emptyCounts(): StatusCounts {
  return { exceeded: 0, achieved: 0, not_yet: 0, failed: 0, at_risk: 0, on_track: 0 };
}

/**
 * The counts as reports write them, in STATUS_ORDER, zero counts left out.
 * @example rollupSentence({ exceeded: 12, achieved: 10, on_track: 27, at_risk: 6 }) // "có 12 chỉ tiêu vượt, 10 chỉ tiêu đạt, 27 chỉ tiêu theo lộ trình, 06 chỉ tiêu khó đạt"
 */
export function rollupSentence(counts: Partial<StatusCounts>, noun = NOUN): string {
  const parts = STATUS_ORDER.flatMap((code) => {
    const count = counts[code] ?? 0;
    return count > 0 ? [ROLLUP_TEXT.count(countWord(count), noun, STATUS_WORD[code].toLocaleLowerCase('vi'))] : [];
  });
  return parts.length > 0 ? ROLLUP_TEXT.there(parts.join(', ')) : ROLLUP_TEXT.none(noun);
}

/** Documents write counts under ten with a leading zero ("06"), larger ones with thousands dots. */
function countWord(count: number): string {
  return count < 10 ? `0${count}` : formatVnNumber(count);
}

/** Khó đạt and Không đạt always; Chưa đạt only when the figure is final, since then it will not change. */
function isAtRisk(item: RollupItem): boolean {
  return item.status === 'at_risk' || item.status === 'failed' || (item.status === 'not_yet' && item.stage === 'final');
}

function describeAtRisk(item: RollupItem): string {
  const figure = item.figure ? ROLLUP_TEXT.figure(item.figure) : '';
  const target = item.targetText ? ROLLUP_TEXT.target(item.targetText) : '';
  return `${item.name}${figure}${target}`;
}
