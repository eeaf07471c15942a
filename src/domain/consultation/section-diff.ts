/**
 * What changed between two versions of a draft, section by section: sections added, removed,
 * changed (with a word diff) or unchanged, each with the ids of both versions' sections so the
 * disposition screen can link a change to the comments on the old section. Sections are
 * matched in three steps:
 *
 * 1. by title (folded: case, diacritics and spacing do not matter), in document order (a
 *    longest common subsequence, so a renumbered "3." that became "4." still matches);
 * 2. the rest by content: an unmatched new section takes the unmatched old one whose text
 *    shares the most syllables with it, when they share at least half (a renamed section);
 * 3. what is left is added or removed.
 */
import { foldVietnamese } from '../fold.ts';
import { diffWords, editScript } from './word-diff.ts';
import type { WordDiff } from './word-diff.ts';

/** A section of one version: its id in that version, heading label and title, and its own text (not its subsections'). */
export interface OutlineSection {
  id: string;
  label: string;
  title: string;
  text: string;
}

export type SectionChange =
  | { change: 'added'; after: OutlineSection }
  | { change: 'removed'; before: OutlineSection }
  | { change: 'changed'; before: OutlineSection; after: OutlineSection; retitled: boolean; diff: WordDiff }
  | { change: 'unchanged'; before: OutlineSection; after: OutlineSection };

export interface OutlineDiff {
  /** In the new version's order; a removed section where it stood. */
  changes: SectionChange[];
  counts: Record<SectionChange['change'], number>;
}

/** Content shared at least this much (Jaccard of syllable sets) pairs sections whose titles differ. */
const CONTENT_MATCH = 0.5;

/** The changes from `before` to `after`, both in document order. */
export function diffOutlines(before: readonly OutlineSection[], after: readonly OutlineSection[]): OutlineDiff {
  const pairOf = matchSections(before, after);
  const changes: SectionChange[] = [];
  const emitted = new Set<number>();
  const pairedBefore = new Set(pairOf.values());
  const emitRemovedUpTo = (limit: number) => {
    for (let i = 0; i < limit; i += 1) {
      if (pairedBefore.has(i) || emitted.has(i)) continue;
      emitted.add(i);
      changes.push({ change: 'removed', before: before[i] as OutlineSection });
    }
  };
  after.forEach((section, j) => {
    const i = pairOf.get(j);
    if (i === undefined) {
      changes.push({ change: 'added', after: section });
      return;
    }
    emitRemovedUpTo(i);
    changes.push(compare(before[i] as OutlineSection, section));
  });
  emitRemovedUpTo(before.length);
  const counts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const change of changes) counts[change.change] += 1;
  return { changes, counts };
}

/** For each new section's position, the old section's position it continues. */
function matchSections(before: readonly OutlineSection[], after: readonly OutlineSection[]): Map<number, number> {
  const pairOf = new Map<number, number>();
  const titleKey = (section: OutlineSection) => foldVietnamese(section.title) || foldVietnamese(section.label);
  const script = editScript(before.map(titleKey), after.map(titleKey), before.length + after.length);
  for (const [i, j] of script ?? []) if (i >= 0 && j >= 0) pairOf.set(j, i);
  const taken = new Set(pairOf.values());
  const words = (section: OutlineSection) => new Set(foldVietnamese(section.text.replace(/[\p{P}\p{S}]+/gu, ' ')).split(' ').filter(Boolean));
  const beforeWords = before.map((section, i) => (taken.has(i) ? null : words(section)));
  after.forEach((section, j) => {
    if (pairOf.has(j)) return;
    const mine = words(section);
    let best = -1;
    let bestScore = CONTENT_MATCH;
    beforeWords.forEach((theirs, i) => {
      if (theirs === null || taken.has(i)) return;
      const score = jaccard(mine, theirs);
      if (score >= bestScore && (best < 0 || score > bestScore)) [best, bestScore] = [i, score];
    });
    if (best >= 0) {
      pairOf.set(j, best);
      taken.add(best);
    }
  });
  return pairOf;
}

function compare(before: OutlineSection, after: OutlineSection): SectionChange {
  const retitled = foldVietnamese(before.title) !== foldVietnamese(after.title);
  const same = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!retitled && same(before.text) === same(after.text)) return { change: 'unchanged', before, after };
  return { change: 'changed', before, after, retitled, diff: diffWords(before.text, after.text) };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}
