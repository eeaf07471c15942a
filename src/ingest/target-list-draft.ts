/**
 * Reads one component part as subject + target text. Resolutions write a target in
 * four ways, and each gives its name differently:
 *
 * - subject first: "Tỷ lệ che phủ rừng đạt 55%" -> "Tỷ lệ che phủ rừng" / "đạt 55%";
 * - figure first: "86% hộ gia đình đạt tiêu chuẩn văn hóa" -> "Tỷ lệ hộ gia đình đạt ..." /
 *   "86%"; a count "13 bác sỹ/1vạn dân" -> "Số bác sỹ/1 vạn dân" / "13 bác sỹ/1vạn dân";
 * - verb and count: "giải quyết việc làm cho 8.500 lao động/năm" -> "Giải quyết việc làm
 *   cho lao động" / "8.500 lao động/năm";
 * - no figure at all: a qualitative goal, named by its own words.
 *
 * The rule for figure-first names is fixed: "Tỷ lệ" before a percentage, "Số" before a
 * count, so that names read like the rows of an appendix table.
 */
import { type Anchor, findAnchors } from './target-list-anchors.ts';
import type { ComponentPart } from './target-list-split.ts';
import {
  AFTER_FIGURE,
  BASIS_AFTER_PERCENT,
  CHANGE_NAME_END,
  CHANGE_VERB,
  COUNT_NOUN,
  COUNT_TAIL,
  HEAD_NOUN,
  LEADING_DIRECTION,
  LIST_NONE_LEFT,
  NAME_LEAD,
  PER_YEAR,
  PREAMBLE,
  QUALIFIER,
  QUALITATIVE_LEAD,
  SUBGROUP_LEAD,
  SUBJECT_END,
  SUBJECT_LEAD,
  TARGET_LEAD,
  WORD_END,
  YEAR_LEAD,
} from '../domain/vocabulary/index.ts';

export type DraftMode = 'subject' | 'figure_first' | 'verb_count' | 'elliptic' | 'qualitative';

export interface Draft {
  part: ComponentPart;
  mode: DraftMode;
  /** The name's core, before prefixes and shared predicates: "hộ gia đình", "Tốc độ tăng trưởng GRDP". */
  subject: string;
  /** The word a figure-first name starts with: "Tỷ lệ" or "Số". */
  lead: string | null;
  /** True for "các ...", "riêng ...": a subgroup of the indicator before. */
  subgroup: boolean;
  targetText: string;
  /** The unit as written after the figure, or the counted noun. */
  unit: string | null;
  /** True for "không còn ...". */
  noneLeft: boolean;
}

const TAIL_WINDOW = 160;
const QUALIFIER_TAIL = new RegExp(String.raw`(?<=^|[\s,])(?:(?:${QUALIFIER.join('|')})${WORD_END}[\s,]*)+$`, 'iu');
const ENDS_SUBJECT = new RegExp(String.raw`(?<![\p{L}])${SUBJECT_END}${WORD_END}`, 'iu');
const HEAD = new RegExp(HEAD_NOUN, 'iu');
const LEADING = new RegExp(LEADING_DIRECTION, 'iu');
const PER = new RegExp(String.raw`(?<![\p{L}])${PER_YEAR}${WORD_END}`, 'iu');
const PREAMBLE_PATTERN = new RegExp(PREAMBLE, 'iu');
const COUNTED = new RegExp(String.raw`^${COUNT_NOUN}`, 'iu');
const NONE_LEFT_WORD = new RegExp(String.raw`^${LIST_NONE_LEFT}\s*`, 'iu');
const YEAR = new RegExp(YEAR_LEAD, 'iu');
const BASIS = new RegExp(BASIS_AFTER_PERCENT, 'iu');
const AFTER = new RegExp(AFTER_FIGURE, 'iu');
const TRAILING = new RegExp(COUNT_TAIL, 'iu');
const QUALITATIVE = new RegExp(QUALITATIVE_LEAD, 'iu');
const CHANGE = new RegExp(CHANGE_VERB, 'iu');
const CHANGE_NAME = new RegExp(CHANGE_NAME_END, 'iu');
const SUBGROUP = new RegExp(SUBGROUP_LEAD, 'iu');
const TARGET_WORDS = new RegExp(TARGET_LEAD, 'iu');
const SUBJECT_WORDS = new RegExp(SUBJECT_LEAD, 'iu');

/** Joins pieces of text with single spaces. */
export function joinWords(...pieces: (string | null | undefined)[]): string {
  return pieces.filter((piece): piece is string => !!piece && piece.trim() !== '').join(' ').replace(/\s+/gu, ' ').trim();
}

/** Removes words that lead into a target without naming anything ("Phấn đấu toàn tỉnh có"). */
function stripPreamble(text: string): string {
  return text.replace(PREAMBLE_PATTERN, '').replace(/^[\s,:]+|[\s,:]+$/gu, '');
}

/** The counted noun at the start of a phrase ("lao động", "bác sỹ/1 vạn dân"). */
function countedNoun(phrase: string): string | null {
  const match = COUNTED.exec(phrase.trim());
  return match ? match[0].replace(/\/\s*1\s*(?=\p{L})/u, '/1 ') : null;
}

/** A part without a figure: a qualitative goal named by its own words. */
function qualitative(part: ComponentPart): Draft {
  // Verbs stay in a qualitative name ("Đạt chuẩn phổ cập ..."); only the lead-in words go.
  const subject = part.text.replace(YEAR, '').replace(QUALITATIVE, '');
  return { part, mode: 'qualitative', subject, lead: null, subgroup: false, targetText: part.text, unit: null, noneLeft: false };
}

/** "không còn xã dưới 15 tiêu chí": the subject is what may not remain. */
function noneLeft(part: ComponentPart, anchor: Anchor): Draft {
  const phrase = part.text.slice(anchor.start, anchor.end).trim();
  const subject = phrase.replace(NONE_LEFT_WORD, '');
  return { part, mode: 'figure_first', subject, lead: NAME_LEAD.count, subgroup: false, targetText: phrase, unit: countedNoun(subject), noneLeft: true };
}

/** Cuts the qualifiers just before a figure ("đạt bình quân khoảng ") off the words before it. */
function splitTail(before: string): { head: string; tail: string } {
  // The qualifiers sit just before the figure; a bounded window keeps long texts cheap.
  const tail = QUALIFIER_TAIL.exec(before.slice(-TAIL_WINDOW))?.[0] ?? '';
  return { head: before.slice(0, before.length - tail.length), tail };
}

/** Splits the words before a figure into the subject and the qualifiers that belong to the target. */
function readBefore(before: string): { head: string; tail: string; per: string | null; direction: string | null; year: string | null; subgroup: boolean } {
  let { head, tail } = splitTail(before);
  // "Tốc độ tăng 8%": "tăng" belongs to the name when nothing else would be left of it.
  const keep = CHANGE.exec(tail);
  if (keep && CHANGE_NAME.test(head)) {
    head += keep[0];
    tail = tail.slice(keep[0].length);
  }
  const year = YEAR.exec(head.trim())?.[0].trim().replace(/,$/u, '') ?? null;
  const per = PER.exec(head)?.[0] ?? null;
  if (per) head = head.replace(PER, ' ');
  const subgroup = SUBGROUP.test(head);
  let stripped = stripPreamble(head);
  const direction = LEADING.exec(stripped)?.[0].trim() ?? null;
  if (direction) stripped = stripPreamble(stripped.replace(LEADING, ''));
  return { head: stripped, tail: tail.trim(), per, direction, year, subgroup };
}

/** The qualifiers of a figure-first target without the lead-in words ("Có trên 13,5" -> "trên 13,5"). */
function plainTail(tail: string): string {
  return tail.replace(TARGET_WORDS, '');
}

/** Drafts a part whose first target is a figure. */
function figure(part: ComponentPart, anchor: Anchor): Draft {
  const text = part.text;
  const { head, tail, per, direction, year, subgroup } = readBefore(text.slice(0, anchor.start));
  const written = text.slice(anchor.start, anchor.end);
  const after = text.slice(anchor.end);
  const wholeTarget = joinWords(tail, written) + after;
  const base = { part, subgroup, lead: null, noneLeft: false };
  if (anchor.measure !== null) {
    const unit = anchor.measure;
    if (head !== '') return { ...base, mode: 'subject', subject: head, targetText: joinWords(year, direction, per, wholeTarget), unit };
    const lead = AFTER.exec(after)?.[0] ?? '';
    const rest = after.slice(lead.length).trim();
    if (rest === '' || BASIS.test(rest)) return { ...base, mode: 'elliptic', subject: '', targetText: joinWords(year, direction, per, wholeTarget), unit };
    const subject = rest.replace(SUBJECT_WORDS, '');
    const targetText = joinWords(year, direction, per, plainTail(tail), written, lead.replace(/[\s,]+$/u, ''));
    return { ...base, mode: 'figure_first', subject, lead: unit === '%' ? NAME_LEAD.share : null, targetText, unit };
  }
  const counted = after.replace(TRAILING, '').trim();
  const unit = countedNoun(counted);
  if (head !== '' && (ENDS_SUBJECT.test(tail) || HEAD.test(head))) {
    return { ...base, mode: 'subject', subject: head, targetText: joinWords(year, direction, per, wholeTarget), unit };
  }
  // "Đón khoảng 1.300 ngàn lượt khách": a lone verb adds nothing to "Số lượt khách".
  if (head.includes(' ')) {
    return { ...base, mode: 'verb_count', subject: joinWords(head, counted), targetText: joinWords(year, direction, per, wholeTarget), unit };
  }
  const trailing = TRAILING.exec(after)?.[0].trim() ?? '';
  const targetText = joinWords(year, direction, per, plainTail(tail), written, unit, trailing);
  return { ...base, mode: 'figure_first', subject: counted, lead: NAME_LEAD.count, targetText, unit };
}

/**
 * The figure that is the part's target. Several figures left in one part had no comma
 * between them ("Số bác sĩ trên 10.000 dân đạt 19 bác sĩ"): the last one is the target,
 * unless the part opens with a figure ("90% dân số được tiêm 2 mũi").
 */
function targetAnchor(text: string): Anchor | undefined {
  const { anchors } = findAnchors(text);
  const first = anchors[0];
  if (!first || stripPreamble(splitTail(text.slice(0, first.start)).head) === '') return first;
  return anchors.at(-1);
}

/** Drafts the subject and target text of one component part. */
export function draftPart(part: ComponentPart): Draft {
  const anchor = targetAnchor(part.text);
  if (!anchor) return qualitative(part);
  return anchor.kind === 'none_left' ? noneLeft(part, anchor) : figure(part, anchor);
}
