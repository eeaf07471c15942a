/**
 * Finds the lists of main targets in a document and cuts them into numbered items and
 * group headings. A list opens at a heading such as "2. Các chỉ tiêu chủ yếu đến năm 2030"
 * and ends at the next heading of the same or a higher level, or where items stop.
 */
import type { CleanLine } from '../domain/document.ts';
import { type MarkerKind, MARKER_RANK, isCapitalsHeading, readMarker } from './target-list-markers.ts';
import { BARE_LIST_HEADING, GROUP_LABEL, INLINE_LIST_INTRO, LIST_HEADING, RESULT_WORDS, SETTING_WORDS } from '../domain/vocabulary/index.ts';

/** Where an item's text came from: text offset -> original line, in increasing offsets. */
export interface LineSpan {
  offset: number;
  line: number;
}

/** One item of a list ("1. ...", "(12) ...", "- ..."), its text joined across broken lines. */
export interface ListItem {
  code: string | null;
  text: string;
  spans: LineSpan[];
  /** The group heading above the item ("2.1. Về kinh tế"), when the list has one. */
  groupHeading: string | null;
}

export interface TargetList {
  heading: string;
  line: number;
  /** The year the heading names ("đến năm 2030"), or null. */
  year: number | null;
  /** True for a list written inside a sentence, as one item. */
  inline: boolean;
  items: ListItem[];
}

const HEADING_PATTERNS = LIST_HEADING.map((source) => new RegExp(source, 'iu'));
const BARE_PATTERN = new RegExp(BARE_LIST_HEADING, 'iu');
const GROUP_PATTERN = new RegExp(GROUP_LABEL, 'iu');
const INLINE_PATTERN = new RegExp(INLINE_LIST_INTRO, 'iu');
const RESULT_PATTERN = new RegExp(RESULT_WORDS, 'iu');
const SETTING_PATTERN = new RegExp(SETTING_WORDS, 'iu');
/** A rank deeper than any label: an unlabelled heading ends only where items stop. */
const UNLABELLED = 99;

/** Text with non-breaking and other odd spaces made plain, in NFC. */
export function plainText(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u2007\u202f\t]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * True when a line's title (after its label) opens a target list. A heading starts with a
 * capital and holds no sentence break, no percentage and no word of results.
 */
function isListTitle(title: string, labelled: boolean): boolean {
  if (title.length >= 160 || !/^\p{Lu}/u.test(title) || /[.;]\s|%/u.test(title) || RESULT_PATTERN.test(title)) return false;
  return HEADING_PATTERNS.some((pattern) => pattern.test(title)) || (labelled && BARE_PATTERN.test(title));
}

/** True when a line opens a target list. */
function isListHeading(text: string): boolean {
  const marker = readMarker(text);
  return isListTitle(marker ? marker.rest : text, marker !== null);
}

/** The year a heading points to: "đến năm 2030", or the end of "2025 - 2030". */
export function headingYear(title: string): number | null {
  const match = /năm\s+(\d{4})/iu.exec(title) ?? /\d{4}\s*[-–]\s*(\d{4})/u.exec(title);
  return match?.[1] ? Number(match[1]) : null;
}

/** True for a group heading inside a list ("2.1. Về kinh tế", "a) Về xã hội:"). */
function isGroupTitle(title: string): boolean {
  return isShortTitle(title) && GROUP_PATTERN.test(title);
}

/** True for a line that could be a heading: short and without figures. */
function isShortTitle(title: string): boolean {
  return title.length < 100 && !/\d/u.test(title);
}

/** The most frequent label kind among a list's lines: the kind its items use. */
function itemKind(lines: readonly CleanLine[]): MarkerKind | null {
  const counts = new Map<MarkerKind, number>();
  for (const line of lines) {
    const marker = readMarker(plainText(line.text));
    if (marker && !isGroupTitle(marker.rest)) counts.set(marker.kind, (counts.get(marker.kind) ?? 0) + 1);
  }
  let best: MarkerKind | null = null;
  for (const [kind, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/**
 * Index of the first line after `start` that closes a list opened at `rank`. Under an
 * unlabelled heading, the first label sets the level: a higher label closes the list.
 */
function regionEnd(lines: readonly CleanLine[], start: number, rank: number): number {
  let limit = rank;
  for (let index = start + 1; index < lines.length; index += 1) {
    const text = plainText(lines[index]?.text ?? '');
    const marker = readMarker(text);
    if (marker && limit === UNLABELLED) limit = MARKER_RANK[marker.kind] - 1;
    else if (marker && MARKER_RANK[marker.kind] <= limit) return index;
    if (!marker && isCapitalsHeading(text)) return index;
  }
  return lines.length;
}

/** Appends a broken line to an item, keeping track of where each piece came from. */
function extend(item: ListItem, text: string, line: number, separator: string): void {
  item.text = item.text === '' ? text : `${item.text}${separator}${text}`;
  item.spans.push({ offset: item.text.length - text.length, line });
}

/** True when an unlabelled line continues the item before it rather than ending the list. */
function continues(item: ListItem, text: string): boolean {
  return !/[.;:!?…]$/u.test(item.text) || /^[\p{Ll}\d(]/u.test(text);
}

/** Cuts a list's lines into items; stops where items stop. */
export function readItems(lines: readonly CleanLine[]): ListItem[] {
  const kind = itemKind(lines);
  const items: ListItem[] = [];
  let group: string | null = null;
  let current: ListItem | null = null;
  for (const line of lines) {
    const text = plainText(line.text);
    if (text === '') continue;
    const marker = readMarker(text);
    if (marker && kind && MARKER_RANK[marker.kind] < MARKER_RANK[kind] && isShortTitle(marker.rest)) {
      group = marker.rest.replace(/[:.]\s*$/u, '');
      current = null;
    } else if (marker && (marker.kind === kind || current === null)) {
      current = { code: marker.code, text: '', spans: [], groupHeading: group };
      extend(current, marker.rest, line.line, '');
      items.push(current);
    } else if (marker && current && kind && MARKER_RANK[marker.kind] > MARKER_RANK[kind]) {
      extend(current, marker.rest, line.line, current.text.endsWith(':') ? ' ' : '; ');
    } else if (!marker && current && continues(current, text)) {
      extend(current, text, line.line, ' ');
    } else if (!marker && items.length === 0 && isGroupTitle(text)) {
      group = text.replace(/[:.]\s*$/u, '');
    } else if (items.length > 0) {
      break;
    }
  }
  return items;
}

/** Lists announced inside a sentence: "... 15 chỉ tiêu chủ yếu, trong đó: a; b; c." */
function inlineList(line: CleanLine): TargetList | null {
  const text = plainText(line.text);
  const match = INLINE_PATTERN.exec(text);
  if (!match) return null;
  const intro = text.slice(0, match.index + match[0].length);
  const sentenceStart = Math.max(intro.lastIndexOf('. '), 0);
  const lead = intro.slice(sentenceStart);
  if (RESULT_PATTERN.test(lead) || !SETTING_PATTERN.test(lead)) return null;
  const after = text.slice(intro.length).trim();
  const end = after.search(/\.\s+(?=\p{Lu})/u);
  const body = end < 0 ? after.replace(/\.$/u, '') : after.slice(0, end);
  if (!/\d/u.test(body)) return null;
  const item: ListItem = { code: null, text: body, spans: [{ offset: 0, line: line.line }], groupHeading: null };
  return { heading: lead.trim(), line: line.line, year: headingYear(lead), inline: true, items: [item] };
}

/** Finds every target list in the cleaned lines, innermost heading first when headings nest. */
export function findTargetLists(lines: readonly CleanLine[]): TargetList[] {
  const lists: TargetList[] = [];
  let skipUntil = -1;
  for (let index = 0; index < lines.length; index += 1) {
    if (index < skipUntil) continue;
    const line = lines[index];
    if (!line) continue;
    const text = plainText(line.text);
    const marker = readMarker(text);
    const title = marker ? marker.rest : text;
    if (isListHeading(text) && !/:\s*\S/u.test(title)) {
      const rank = marker ? MARKER_RANK[marker.kind] : UNLABELLED;
      const end = regionEnd(lines, index, rank);
      const inner = lines.slice(index + 1, end).some((other) => isListHeading(plainText(other.text)));
      if (inner) continue;
      const items = readItems(lines.slice(index + 1, end));
      if (items.some((item) => /\d/u.test(item.text))) {
        lists.push({ heading: title, line: line.line, year: headingYear(title), inline: false, items });
        skipUntil = end;
      }
      continue;
    }
    const inline = inlineList(line);
    if (inline) lists.push(inline);
  }
  return lists;
}
