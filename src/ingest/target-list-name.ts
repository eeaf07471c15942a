/**
 * Turns the drafts of one item into final names, using the parts around each one:
 *
 * - a shared predicate: "86% hộ gia đình, 75% thôn, bản, khu phố, 98% cơ quan ... đạt tiêu
 *   chuẩn văn hóa" gives every figure-first part the predicate of the next one that has it;
 * - a shared prefix: "Cơ cấu kinh tế: Nông, lâm nghiệp, thủy sản 15%" -> "Cơ cấu kinh tế:
 *   Nông, lâm nghiệp, thủy sản";
 * - a subgroup: "riêng huyện nghèo giảm 3%/năm" after "Tỷ lệ hộ nghèo ..." -> "Tỷ lệ hộ nghèo
 *   huyện nghèo";
 * - an ellipsis: "..., thể thấp còi xuống 20%" after "... suy dinh dưỡng thể nhẹ cân" takes
 *   the words before "thể"; "Trung học cơ sở 95%" after "... học Tiểu học 98%" replaces the
 *   capitalised words at the end; a short verb phrase after a comma ("trồng mới 2.400 ha")
 *   is appended to the name before it.
 */
import { type Draft, draftPart, joinWords } from './target-list-draft.ts';
import type { ComponentPart } from './target-list-split.ts';
import { HEAD_NOUN, PREDICATE_VERB } from '../domain/vocabulary/index.ts';

export interface NamedPart {
  name: string;
  targetText: string;
  unit: string | null;
  notes: string[];
  /** Where the part starts in the item's text. */
  offset: number;
  qualitative: boolean;
  /** True for "không còn ...": nothing of the kind may remain. */
  noneLeft: boolean;
}

const PREDICATE = new RegExp(String.raw`(?<=\s)${PREDICATE_VERB}(?![\p{L}])`, 'iu');
const HEAD = new RegExp(HEAD_NOUN, 'iu');

/** First letter in capitals, digits and letters apart ("1vạn" -> "1 vạn"), tidy spaces. */
export function tidyName(name: string): string {
  const text = name.replace(/(\d)(\p{L})/gu, '$1 $2').replace(/\s+/gu, ' ').replace(/^[\s,;:]+|[\s,;:]+$/gu, '');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** The predicate of the next figure-first part in the same run, for a part that lacks one. */
function sharedPredicate(drafts: readonly Draft[], index: number): string | null {
  const own = drafts[index];
  if (!own || PREDICATE.test(` ${own.subject}`)) return null;
  for (let next = index + 1; next < drafts.length; next += 1) {
    const other = drafts[next];
    if (!other || other.part.relation !== 'sibling' || other.part.subset !== own.part.subset) return null;
    if (other.mode !== 'figure_first') return null;
    const match = PREDICATE.exec(` ${other.subject}`);
    if (match) return ` ${other.subject}`.slice(match.index).trim();
  }
  return null;
}

/** The name of an elliptical subject, completed from the name before it; null when not elliptical. */
function completeEllipsis(subject: string, previous: string, sibling: boolean): string | null {
  const words = subject.split(/\s+/u);
  const first = words[0] ?? '';
  const capital = /^\p{Lu}/u.test(first);
  if (HEAD.test(subject) || words.length > 4 || previous === '' || !(sibling || capital)) return null;
  const previousWords = previous.split(/\s+/u);
  const lower = previousWords.map((word) => word.toLocaleLowerCase('vi'));
  const repeated = lower.lastIndexOf(first.toLocaleLowerCase('vi'));
  if (repeated > 0) return joinWords(...previousWords.slice(0, repeated), subject);
  const capitalRun = previousWords.findLastIndex((word, index) => index > 0 && /^\p{Lu}\p{Ll}/u.test(word));
  if (capital && capitalRun > 0) return joinWords(...previousWords.slice(0, capitalRun), subject);
  return sibling && words.length <= 3 ? joinWords(previous, subject) : null;
}

/** The name of one draft in the context of the drafts before and after it. */
function nameOf(drafts: readonly Draft[], index: number, previous: string, parent: string): string {
  const draft = drafts[index];
  if (!draft) return '';
  const { part, subject } = draft;
  const sibling = part.relation === 'sibling';
  let name = subject;
  if (draft.mode === 'figure_first') name = joinWords(draft.lead, subject, sharedPredicate(drafts, index));
  else if (draft.mode === 'elliptic') name = part.prefix ? '' : previous;
  else if (draft.mode !== 'qualitative' && !part.prefix && draft.subgroup) name = joinWords(part.subset ? parent : previous, subject);
  else if (draft.mode === 'subject' && !part.prefix && !part.subset) name = completeEllipsis(subject, previous, sibling) ?? subject;
  if (part.prefix) name = name === '' ? part.prefix : `${part.prefix}: ${tidyName(name)}`;
  return tidyName(name);
}

/** Names every component part of one item. */
export function nameParts(parts: readonly ComponentPart[]): NamedPart[] {
  const drafts = parts.map(draftPart);
  const named: NamedPart[] = [];
  let previous = '';
  let parent = '';
  drafts.forEach((draft, index) => {
    // Nothing to name it by ("(1) đạt 5%" alone): the part's own words are the least bad name.
    const bare = draft.mode === 'figure_first' && draft.subject.trim() === '';
    const given = bare ? '' : nameOf(drafts, index, previous, parent);
    const name = given === '' ? tidyName(draft.part.text) : given;
    previous = name;
    if (!draft.part.subset && draft.part.relation === 'clause') parent = name;
    named.push({
      name,
      targetText: draft.targetText,
      unit: draft.unit,
      notes: draft.part.notes,
      offset: draft.part.offset,
      qualitative: draft.mode === 'qualitative',
      noneLeft: draft.noneLeft,
    });
  });
  return named;
}
