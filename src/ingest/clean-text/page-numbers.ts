/** Finds the page numbers a converter left between the lines, and marks them as 'page'. */
import { endsSentence, startsLowerCase } from '../text-utils.ts';
import type { RawLine } from './raw-lines.ts';

interface PageCandidate {
  index: number;
  line: number;
  value: number;
}

const PAGE_NUMBER = /^(?:(?:Trang|Page)\s+)?[-–]?\s*(\d{1,3})\s*[-–]?(?:\s*\/\s*\d{1,3})?$/iu;

/**
 * Marks page numbers and returns their original line numbers: lone numbers that form a chain
 * whose values grow with the line position at a steady number of lines per page, or else each
 * lone number inside a sentence.
 */
export function markPageNumbers(lines: RawLine[]): number[] {
  const candidates: PageCandidate[] = [];
  lines.forEach((line, index) => {
    if ((line.role !== 'body' && line.role !== 'table') || line.text.includes('\t')) return;
    const match = PAGE_NUMBER.exec(line.text.trim());
    if (match) candidates.push({ index, line: line.n, value: Number(match[1]) });
  });
  // Lone numbers in tables are row numbers: a chain of page numbers starts in the prose.
  const inProse = candidates.filter((candidate) => lines[candidate.index]?.role === 'body');
  let chosen = longestPageChain(inProse, candidates);
  if (chosen.length < 2) chosen = candidates.filter((candidate) => insideSentence(lines, candidate.index));
  for (const candidate of chosen) {
    const line = lines[candidate.index];
    if (line) line.role = 'page';
  }
  return chosen.map((candidate) => candidate.line);
}

/** The longest page chain seeded by two numbers in the prose; it may go on through tables. */
function longestPageChain(seeds: readonly PageCandidate[], candidates: readonly PageCandidate[]): PageCandidate[] {
  let best: PageCandidate[] = [];
  for (const a of seeds) {
    for (const b of seeds) {
      if (b.line <= a.line || b.value <= a.value) continue;
      const perPage = (b.line - a.line) / (b.value - a.value);
      // A page holds at least a few lines, and page 1 starts near the top of the document.
      if (perPage < 5 || Math.abs(a.line - perPage * a.value) > 2 * perPage) continue;
      const chain = pageChain(candidates, a, perPage);
      if (chain.length > best.length) best = chain;
    }
  }
  return best;
}

/**
 * Candidates that follow the seed as page numbers: values rising, and between two of them
 * no more lines than the seed's pages hold (a short page, at a section's or the document's
 * end, is fine).
 */
function pageChain(candidates: readonly PageCandidate[], seed: PageCandidate, perPage: number): PageCandidate[] {
  const chain: PageCandidate[] = [seed];
  for (const candidate of candidates) {
    const previous = chain[chain.length - 1];
    if (!previous || candidate.line <= previous.line || candidate.value <= previous.value) continue;
    const pages = candidate.value - previous.value;
    const lines = candidate.line - previous.line;
    if (lines >= perPage * 0.2 * pages && lines <= perPage * 1.35 * pages + 2) chain.push(candidate);
  }
  return chain;
}

/** True when the lines around a lone number are one sentence broken by it. */
function insideSentence(lines: readonly RawLine[], index: number): boolean {
  if (lines[index]?.role !== 'body') return false;
  const before = nearestText(lines, index, -1);
  const after = nearestText(lines, index, 1);
  return before !== null && after !== null && !endsSentence(before) && startsLowerCase(after);
}

function nearestText(lines: readonly RawLine[], index: number, step: 1 | -1): string | null {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    if (line && line.role === 'body') return line.text;
  }
  return null;
}
