/**
 * The expected product of a task: the document it asks for ("xây dựng đề án phát triển du
 * lịch ..." → "Đề án phát triển du lịch"), a report duty ("báo cáo sơ kết giữa nhiệm kỳ"),
 * or the document an item names first ("Nghị quyết chuyên đề về ..."). The kind of the
 * product (a "đề án" is a project) helps decide the task's kind.
 */
import type { TaskKind } from '../../domain/plan.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import { PLAN_NAME_GLUE, PLAN_PRODUCT_END_WORDS, PLAN_PRODUCT_VERBS, PLAN_PRODUCT_WORDS, PLAN_REPORT_WORDS } from '../../domain/vocabulary/index.ts';
import { FOLDED_WORD_END, FOLDED_WORD_START, exactWordsPattern, findEndWord, foldSameLength, foldedAlternatives } from './folded.ts';

export interface TaskProduct {
  /** "Đề án phát triển du lịch cộng đồng". */
  text: string;
  /** What producing it makes the task, or null when it says nothing ("kế hoạch"). */
  kind: TaskKind | null;
  /** Where the product's name starts in the text. */
  index: number;
}

/** Longest product text kept. */
const PRODUCT_LIMIT = 120;

const WORDS = foldedAlternatives(PLAN_PRODUCT_WORDS.map((entry) => entry.word));
const AFTER_VERB = new RegExp(`${FOLDED_WORD_START}(?:${foldedAlternatives(PLAN_PRODUCT_VERBS)})\\s+(?:(?:cac|mot so|nhung)\\s+)?(${WORDS})${FOLDED_WORD_END}`, 'u');
const AT_START = new RegExp(`^[\\s\\-–+•]*(${WORDS})${FOLDED_WORD_END}`, 'u');
const REPORT = new RegExp(`${FOLDED_WORD_START}(?:${foldedAlternatives(PLAN_REPORT_WORDS)})${FOLDED_WORD_END}`, 'u');
const END_WORDS = exactWordsPattern(PLAN_PRODUCT_END_WORDS, 'gu');
const GLUE = new Set(PLAN_NAME_GLUE.map((word) => foldVietnamese(word)));
const KIND_OF_WORD = new Map(PLAN_PRODUCT_WORDS.map((entry) => [foldVietnamese(entry.word), entry.kind]));

/** The product's name from `start`: up to a clause end or an end word, cut at a word near the limit. */
function productName(text: string, start: number, wordLength: number): string {
  const from = start + wordLength;
  const clause = text.slice(from).search(/[.;:(]/u);
  const limit = clause < 0 ? text.length : from + clause;
  const word = findEndWord(text, END_WORDS, from, limit, GLUE, false);
  let name = text.slice(start, word < 0 ? limit : word).replace(/\s+/gu, ' ').replace(/[\s,]+$/u, '');
  if (name.length > PRODUCT_LIMIT) name = `${name.slice(0, name.lastIndexOf(' ', PRODUCT_LIMIT)).replace(/[\s,;:]+$/u, '')}…`;
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

/**
 * Reads the first expected product a task's text names.
 * @example readProduct("Xây dựng đề án phát triển du lịch trước 30/6/2026")?.text === "Đề án phát triển du lịch"
 */
export function readProduct(text: string): TaskProduct | null {
  const folded = foldSameLength(text);
  const candidates: { index: number; length: number; kind: TaskKind | null }[] = [];
  const start = AT_START.exec(folded);
  const verb = AFTER_VERB.exec(folded);
  const report = REPORT.exec(folded);
  for (const match of [start, verb]) {
    const word = match?.[1];
    if (match && word) {
      const index = match.index + match[0].length - word.length;
      candidates.push({ index, length: word.length, kind: KIND_OF_WORD.get(word.replace(/\s+/gu, ' ')) ?? null });
    }
  }
  if (report) candidates.push({ index: report.index, length: report[0].length, kind: 'report_duty' });
  const first = candidates.sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  return { text: productName(text, first.index, first.length), kind: first.kind, index: first.index };
}
