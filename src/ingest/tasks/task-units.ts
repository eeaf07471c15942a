/**
 * The lead and supporting units of a task, as the document names them: "X chủ trì, phối hợp
 * với Y ...", "Giao X chủ trì ...", "Đơn vị chủ trì: X; đơn vị phối hợp: Y", or an item whose
 * subject is a unit ("Đảng ủy Văn phòng lãnh đạo, chỉ đạo ..."). Names stay text; matching
 * them to organisations is the import service's job.
 */
import { foldVietnamese } from '../../domain/fold.ts';
import {
  PLAN_UNIT_END_VERBS,
  PLAN_UNIT_LEADS,
  PLAN_NAME_GLUE,
  PLAN_UNIT_WORDS,
} from '../../domain/vocabulary/index.ts';
import { FOLDED_WORD_END, FOLDED_WORD_START, exactWordsPattern, findEndWord, foldSameLength, foldedAlternatives, lowerSameLength } from './folded.ts';

export interface TaskUnits {
  lead: string | null;
  supporting: string | null;
}

/** Longest unit text kept: longer is a sentence, not a name. */
const UNIT_LIMIT = 120;

const LEAD = new RegExp(`${FOLDED_WORD_START}(?:${foldedAlternatives(PLAN_UNIT_WORDS.lead)})${FOLDED_WORD_END}`, 'u');
const ASSIGN = exactWordsPattern(PLAN_UNIT_WORDS.assign, 'gu');
const UNIT_LEADS = PLAN_UNIT_LEADS.map((word) => word.normalize('NFC').toLocaleLowerCase('vi'));
const SUPPORT_AFTER_LEAD = new RegExp(`^[\\s,]*(?:va\\s+)?(?:${foldedAlternatives(PLAN_UNIT_WORDS.support)})\\s+`, 'u');
const LABELLED = new RegExp(
  `${FOLDED_WORD_START}(?:${foldedAlternatives(PLAN_UNIT_WORDS.labelled)})\\s+(${foldedAlternatives([...PLAN_UNIT_WORDS.lead, ...PLAN_UNIT_WORDS.support])})\\s*:\\s*`,
  'gu',
);
const END_WORDS = exactWordsPattern(PLAN_UNIT_END_VERBS, 'gu');
const GLUE = new Set(PLAN_NAME_GLUE.map((word) => foldVietnamese(word)));
const LEAD_WORD = foldVietnamese(PLAN_UNIT_WORDS.lead[0]);

/** Cleans a unit's text: no bullet, no outer commas or spaces; null when it is no name. */
function unitText(raw: string): string | null {
  const text = raw.replace(/^[\s\-–+•,]+/u, '').replace(/[\s,;:]+$/u, '').replace(/\s+/gu, ' ');
  if (text.length < 2 || text.length > UNIT_LIMIT || !/\p{L}/u.test(text)) return null;
  return text;
}

/** Where a unit's name that starts at `from` ends: the first clause stop or lower-case end word. */
function nameEnd(text: string, folded: string, from: number): number {
  const stop = folded.slice(from).search(/[.;:()]/u);
  const limit = stop < 0 ? folded.length : from + stop;
  const word = findEndWord(text, END_WORDS, from, limit, GLUE, true);
  return word < 0 ? limit : word;
}

/** "Đơn vị chủ trì: X", "Cơ quan phối hợp: Y". */
function labelledUnits(text: string, folded: string): TaskUnits | null {
  const found: TaskUnits = { lead: null, supporting: null };
  let any = false;
  for (const match of folded.matchAll(LABELLED)) {
    const start = match.index + match[0].length;
    const rest = folded.slice(start);
    const nextLabel = rest.search(/[;\n]|(?:don vi|co quan)\s+(?:chu tri|phoi hop)/u);
    const end = nextLabel < 0 ? text.length : start + nextLabel;
    const value = unitText(text.slice(start, end).replace(/\.\s*$/u, ''));
    if ((match[1] ?? '').startsWith(LEAD_WORD)) found.lead ??= value;
    else found.supporting ??= value;
    any = true;
  }
  return any ? found : null;
}

/** "X chủ trì, phối hợp với Y ...": X from the start of its clause (or after "giao"), Y up to the next verb. */
function leadAndSupport(text: string, folded: string): TaskUnits | null {
  const match = LEAD.exec(folded);
  if (!match) return null;
  const before = folded.slice(0, match.index);
  let start = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const clause = lowerSameLength(text.slice(start, match.index));
  let after = 0;
  // "Giao Sở X chủ trì": the unit follows "giao"; "Sở Giao thông" has no unit after it.
  for (const assign of clause.matchAll(ASSIGN)) {
    const next = assign.index + assign[0].length;
    if (startsWithUnit(clause.slice(next))) after = next;
  }
  start += after;
  const lead = unitText(text.slice(start, match.index));
  const leadEnd = match.index + match[0].length;
  const support = SUPPORT_AFTER_LEAD.exec(folded.slice(leadEnd));
  const supportStart = support ? leadEnd + support[0].length : -1;
  const supporting = support ? unitText(text.slice(supportStart, nameEnd(text, folded, supportStart))) : null;
  return lead || supporting ? { lead, supporting } : null;
}

/** True when lower-cased text starts (after spaces) with a unit's first words, with their diacritics. */
function startsWithUnit(lower: string): boolean {
  const text = lower.trimStart().replace(/\s+/gu, ' ');
  return UNIT_LEADS.some((word) => text.startsWith(word) && !/[\p{L}\p{N}]/u.test(text.charAt(word.length)));
}

/** An item whose subject is a unit: "Chi bộ Hành chính – Quản trị tham mưu ...". */
function subjectUnit(text: string, folded: string): string | null {
  const start = text.length - text.trimStart().length;
  if (!startsWithUnit(lowerSameLength(text.slice(0, 40)))) return null;
  const end = nameEnd(text, folded, start);
  return end < folded.length && end - start <= UNIT_LIMIT ? unitText(text.slice(start, end)) : null;
}

/**
 * Reads who leads a task and who supports it.
 * @example readUnits("Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu ...")
 *   → { lead: "Sở Tài chính", supporting: "các sở, ngành liên quan" }
 */
export function readUnits(text: string): TaskUnits {
  const folded = foldSameLength(text);
  return labelledUnits(text, folded) ?? leadAndSupport(text, folded) ?? { lead: subjectUnit(text, folded), supporting: null };
}
