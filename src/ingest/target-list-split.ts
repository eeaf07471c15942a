/**
 * Splits the text of one list item into component parts, one target each. Sentences
 * (". ") and clauses ("; ") split first; "X: a; b; c" shares the prefix X; "trong đó"
 * opens components of the figure before it; and several figures in one clause split at
 * the comma (or "và") between them: "86% hộ gia đình, 75% thôn, bản, khu phố, 98% ...".
 */
import { type Anchor, findAnchors, parenDepths } from './target-list-anchors.ts';
import { GROUP_LABEL, QUALIFIER, RESTATEMENT, SUBSET, WORD_END } from '../domain/vocabulary/index.ts';

export interface ComponentPart {
  /** The part's text, trimmed, with figures in parentheses and baselines moved to `notes`. */
  text: string;
  /** Where the part starts in the item's text. */
  offset: number;
  /** A shared subject written before a colon: "Cơ cấu kinh tế". */
  prefix: string | null;
  /** First of its sentence or clause, or after a comma inside one. */
  relation: 'clause' | 'sibling';
  /** True inside "trong đó ...": a component of the figure before it. */
  subset: boolean;
  notes: string[];
}

export interface SplitItem {
  parts: ComponentPart[];
  /** A group written inside the item ("Về kinh tế: ..."), when there is one. */
  groupLabel: string | null;
}

interface Span {
  start: number;
  end: number;
}

const GROUP_PATTERN = new RegExp(GROUP_LABEL, 'iu');
const SUBSET_PATTERN = new RegExp(SUBSET, 'giu');
const RESTATEMENT_PATTERN = new RegExp(RESTATEMENT, 'iu');
const ONLY_QUALIFIERS = new RegExp(String.raw`^[\s,]*(?:(?:${QUALIFIER.join('|')}|toàn tỉnh|trong đó)${WORD_END}[\s,]*)*$`, 'iu');

/** "(trong đó 40% ...)" becomes ",trong đó 40% ... " (same length) so that it splits like prose. */
function openSubsetParentheses(text: string): string {
  const chars = [...text];
  const depths = parenDepths(text);
  for (const match of text.matchAll(/\(\s*trong đó/giu)) {
    const close = text.indexOf(')', match.index);
    const nested = close > 0 && depths.slice(match.index + 1, close).some((depth) => depth > (depths[match.index] ?? 0));
    if (close < 0 || nested) continue;
    chars[match.index] = ',';
    chars[close] = ' ';
  }
  return chars.join('');
}

/** Cuts [start, end) of `text` at top-level matches of `separator`. */
function cut(text: string, span: Span, separator: RegExp, depths: readonly number[]): Span[] {
  const spans: Span[] = [];
  let from = span.start;
  const piece = text.slice(span.start, span.end);
  for (const match of piece.matchAll(separator)) {
    const at = span.start + match.index;
    if ((depths[at] ?? 0) > 0) continue;
    spans.push({ start: from, end: at });
    from = at + match[0].length;
  }
  spans.push({ start: from, end: span.end });
  return spans.filter((part) => text.slice(part.start, part.end).trim() !== '');
}

/** Where to cut between two figures: before a figure-first part, else after the first figure. */
function cutBetween(text: string, left: Anchor, right: Anchor, depths: readonly number[]): Span | null {
  const between = text.slice(left.end, right.start);
  const separators = [...between.matchAll(/\s*,\s*|\s+và\s+/gu)].filter((match) => (depths[left.end + match.index] ?? 0) === 0);
  const last = separators.at(-1);
  const first = separators[0];
  if (!last || !first) return null;
  const lastEnd = last.index + last[0].length;
  const chosen = ONLY_QUALIFIERS.test(between.slice(lastEnd)) ? last : first;
  const start = left.end + chosen.index;
  return { start, end: start + chosen[0].length };
}

/** Splits a clause segment at the separators between its figures. */
function splitFigures(text: string, span: Span, depths: readonly number[]): Span[] {
  const segment = text.slice(span.start, span.end);
  const { anchors } = findAnchors(segment);
  const local = depths.slice(span.start, span.end);
  const spans: Span[] = [];
  let from = span.start;
  for (let index = 0; index + 1 < anchors.length; index += 1) {
    const left = anchors[index];
    const right = anchors[index + 1];
    if (!left || !right) continue;
    const gap = cutBetween(segment, left, right, local);
    if (!gap) continue;
    spans.push({ start: from, end: span.start + gap.start });
    from = span.start + gap.end;
  }
  spans.push({ start: from, end: span.end });
  return spans;
}

/** A part with figures in parentheses and baselines taken out into notes. */
function makePart(text: string, span: Span, prefix: string | null, relation: 'clause' | 'sibling', subset: boolean): ComponentPart {
  const notes: string[] = [];
  let body = text.slice(span.start, span.end).replace(/\s*\(([^()]*)\)/gu, (whole: string, inner: string) => {
    if (!/\d/u.test(inner)) return whole;
    notes.push(inner.trim());
    return '';
  });
  const { baselines } = findAnchors(body);
  for (const baseline of [...baselines].reverse()) {
    notes.unshift(body.slice(baseline.start, baseline.end).trim());
    body = `${body.slice(0, baseline.start)}${body.slice(baseline.end)}`;
  }
  const lead = body.length - body.trimStart().length;
  body = body.trim().replace(/^[,:]\s*/u, '').replace(/[.,;:…]+$/u, '').replace(/\s{2,}/gu, ' ');
  return { text: body, offset: span.start + lead, prefix, relation, subset, notes };
}

/** Reads "X: rest" where X names what follows; returns X and where the rest starts. */
function colonPrefix(text: string, span: Span): { head: string; restStart: number } | null {
  const piece = text.slice(span.start, span.end);
  const colon = piece.indexOf(':');
  if (colon < 0) return null;
  const head = piece.slice(0, colon).trim();
  if (head === '' || /\d/u.test(head) || head.split(/\s+/u).length > 15 || /trong đó$/iu.test(head)) return null;
  return { head, restStart: span.start + colon + 1 };
}

/** Splits an item's text into component parts. */
export function splitItem(raw: string): SplitItem {
  const text = openSubsetParentheses(raw);
  const depths = parenDepths(text);
  const parts: ComponentPart[] = [];
  let groupLabel: string | null = null;
  const sentences = cut(text, { start: 0, end: text.length }, /\.\s+(?=[\p{Lu}\d(])/gu, depths);
  for (const sentence of sentences) {
    let prefix: string | null = null;
    for (const clause of cut(text, sentence, /\s*;\s*/gu, depths)) {
      let body = clause;
      const colon = colonPrefix(text, clause);
      if (colon && GROUP_PATTERN.test(colon.head)) {
        groupLabel = colon.head;
        body = { start: colon.restStart, end: clause.end };
      } else if (colon) {
        prefix = colon.head;
        body = { start: colon.restStart, end: clause.end };
      }
      cut(text, body, SUBSET_PATTERN, depths).forEach((segment, segmentIndex) => {
        splitFigures(text, segment, depths).forEach((span, index) => {
          const part = makePart(text, span, prefix, index === 0 && segmentIndex === 0 ? 'clause' : 'sibling', segmentIndex > 0);
          const previous = parts.at(-1);
          if (index > 0 && previous && RESTATEMENT_PATTERN.test(part.text)) previous.notes.push(part.text);
          else if (part.text !== '') parts.push(part);
        });
      });
    }
  }
  return { parts, groupLabel };
}
