/**
 * Reads a document's metadata from its header block (or, lacking one, from its opening
 * lines): issuer, number and symbol, place and date, kind, term and title.
 *
 * Decisions (see README.md): a document that calls itself a draft ("dự thảo") in its header
 * has kind 'draft', and `draftOf` keeps what it is a draft of. The term is the one the
 * document is about: the term in its title; else the latest term its header names (a
 * political report reviews the old term and sets the new one); else the latest in its
 * part headings; else the term it names most often.
 */
import type { CleanLine, DocumentMeta } from '../domain/document.ts';
import { AUTHOR_PHRASE, DOC_WORDS, DOCUMENT_KIND_LABEL, MAKER_PHRASE, TERM_PHRASE, type DocumentKind } from '../domain/vocabulary/index.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { isMostlyUpperCase, readLabel, startsLowerCase } from './text-utils.ts';
import { titleOf } from './outline.ts';

/** A header line split at tabs (a PDF header sets issuer and motto side by side). */
interface Cell {
  text: string;
  index: number;
}

/** How many clean lines the header may take at most. */
const HEADER_LIMIT = 30;

/** Reads issuer, number, date and place, kind (and for a draft, what it drafts), term and title from clean lines. */
export function readMetadata(lines: readonly CleanLine[]): DocumentMeta {
  const header = headerLines(lines);
  const cells = header.flatMap((line, index) => line.text.split('\t').map((text) => ({ text: text.trim(), index }))).filter((cell) => cell.text !== '');
  const { kind, draftOf, kindCell } = readKind(cells);
  const title = readTitle(header, cells, kindCell);
  const dated = readDateAndPlace(cells);
  return {
    title,
    kind,
    draftOf,
    issuer: issuerFromHeader(cells) ?? issuerFromText(lines.slice(0, header.length + 3)),
    number: readNumber(cells),
    date: dated?.date ?? null,
    place: dated?.place ?? null,
    term: readTerm(title, header, lines),
  };
}

/** The lines before the first heading of the body (at most HEADER_LIMIT). */
function headerLines(lines: readonly CleanLine[]): CleanLine[] {
  const end = lines.findIndex((line, i) => i >= HEADER_LIMIT || isBodyHeading(line.text));
  return lines.slice(0, end < 0 ? lines.length : end);
}

function isBodyHeading(text: string): boolean {
  const style = readLabel(text)?.style;
  return style === 'part' || style === 'upper' || style === 'decimal';
}

// ---- kind -------------------------------------------------------------------------------

/** Kind words as they stand alone in a header, folded; "Báo cáo chính trị" before "Báo cáo". */
const KIND_BY_WORD = (['political_report', 'resolution', 'report', 'plan'] as const).map(
  (kind): [string, DocumentKind] => [foldVietnamese(DOCUMENT_KIND_LABEL[kind]), kind],
);

/**
 * The kind from a kind word standing alone ("BÁO CÁO"), else from "Báo cáo chính trị" in the
 * title lines; "dự thảo" in the title lines makes it a draft.
 */
function readKind(cells: readonly Cell[]): { kind: DocumentKind; draftOf: DocumentKind | null; kindCell: Cell | null } {
  const titleText = foldVietnamese(titleCells(cells).map((cell) => cell.text).join(' '));
  let base: DocumentKind = 'other';
  let kindCell: Cell | null = null;
  for (const cell of cells) {
    const folded = foldVietnamese(cell.text.replace(/[:.]$/, ''));
    const found = KIND_BY_WORD.find(([word]) => word === folded);
    if (found) {
      base = found[1];
      kindCell = cell;
      break;
    }
  }
  if (!kindCell && titleText.includes(foldVietnamese(DOCUMENT_KIND_LABEL.political_report))) base = 'political_report';
  const draft = titleText.includes(foldVietnamese(DOCUMENT_KIND_LABEL.draft));
  return draft ? { kind: 'draft', draftOf: base === 'other' ? null : base, kindCell } : { kind: base, draftOf: null, kindCell };
}

/** The header's cells before its first paragraph of prose (a long line not in capitals). */
function titleCells(cells: readonly Cell[]): Cell[] {
  const end = cells.findIndex((cell) => cell.text.length > 150 && !isMostlyUpperCase(cell.text));
  return end < 0 ? [...cells] : cells.slice(0, end);
}

// ---- title ------------------------------------------------------------------------------

/** The summary line(s) after the kind word; else the block in capitals at the top; else the first line. */
function readTitle(header: readonly CleanLine[], cells: readonly Cell[], kindCell: Cell | null): string | null {
  if (kindCell) {
    const after = cells.filter((cell) => cell.index > kindCell.index);
    const parts: string[] = [];
    for (const cell of after) {
      if (isDecoration(cell.text) || isMotto(cell.text) || readLabel(cell.text) || parts.length === 3) break;
      if (cell.text.length > 250) break;
      parts.push(cell.text);
    }
    const summary = parts.join(' ');
    // "KẾ HOẠCH / thực hiện Nghị quyết ..." reads as one title: "Kế hoạch thực hiện Nghị quyết ...".
    if (startsLowerCase(summary)) return `${sentenceCase(kindCell.text)} ${summary}`;
    if (summary !== '') return summary;
  }
  const block = capitalsBlock(cells);
  if (block) return block;
  const first = header[0]?.text.trim();
  return first ? titleOf(first) : null;
}

/** The first run of consecutive lines in capitals below the issuer block that is no motto. */
function capitalsBlock(cells: readonly Cell[]): string | null {
  const parts: string[] = [];
  let lastIndex = -2;
  for (const cell of cells.slice(anchorPosition(cells) + 1)) {
    const usable = cell.text.length >= 20 && isMostlyUpperCase(cell.text) && !isMotto(cell.text);
    if (usable && (parts.length === 0 || cell.index === lastIndex + 1)) {
      parts.push(cell.text);
      lastIndex = cell.index;
    } else if (parts.length > 0) break;
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function sentenceCase(text: string): string {
  const lower = text.replace(/[:.]$/, '').toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

function isDecoration(text: string): boolean {
  return /^[-–_*=.•]+$/.test(text);
}

function isMotto(text: string): boolean {
  const key = foldVietnamese(text);
  return DOC_WORDS.mottos.some((motto) => foldVietnamese(motto) === key);
}

// ---- issuer -----------------------------------------------------------------------------

/** Position of the first "*", "Số ..." or motto cell (the issuer sits above it), or -1. */
function anchorPosition(cells: readonly Cell[]): number {
  return cells.slice(0, 12).findIndex((cell) => cell.text === '*' || NUMBER_LINE.test(cell.text) || isMotto(cell.text));
}

/** The last cell in capitals above the anchor: the issuing body ("TỈNH UỶ LAI CHÂU"). */
function issuerFromHeader(cells: readonly Cell[]): string | null {
  const above = cells.slice(0, Math.max(anchorPosition(cells), 0)).filter((cell) => isMostlyUpperCase(cell.text) && !isMotto(cell.text));
  return above[above.length - 1]?.text ?? null;
}

/** "(Báo cáo chính trị của X trình Đại hội ...)" or "X xây dựng kế hoạch ..." in the opening lines. */
function issuerFromText(lines: readonly CleanLine[]): string | null {
  const ordered = [...lines].sort((a, b) => Number(!a.text.startsWith('(')) - Number(!b.text.startsWith('(')));
  for (const line of ordered) {
    const author = AUTHOR_PHRASE.exec(line.text);
    if (author?.[1]) return author[1].trim();
  }
  for (const line of lines) {
    const maker = MAKER_PHRASE.exec(line.text);
    const found = maker?.[1] ?? maker?.[2];
    if (found) return found.trim();
  }
  return null;
}

// ---- number, date, place ---------------------------------------------------------------------

const NUMBER_LINE = /^Số\s*:?\s*(?:\d+\s*)?[-/]?\s*\p{Lu}/u;

/** "Số 443-BC/TU" gives "443-BC/TU"; also "Số: 12/KH-UBND" and an unnumbered "Số    -KH/ĐU". */
function readNumber(cells: readonly Cell[]): string | null {
  for (const cell of cells.slice(0, 12)) {
    const match = /^Số\s*:?\s*(\d*\s*[-/]?\s*\p{Lu}[\p{L}\d]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)+)/u.exec(cell.text);
    const symbol = match?.[1]?.replace(/\s+/g, '');
    if (symbol?.includes('/')) return symbol;
  }
  return null;
}

/** "Lai Châu, ngày 03 tháng 11 năm 2023" (or "ngày 03/11/2023") gives the ISO date and the place. */
function readDateAndPlace(cells: readonly Cell[]): { date: string; place: string } | null {
  for (const cell of cells) {
    const match =
      /((?:\p{Lu}[\p{Ll}\p{M}]+\s?)+),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(cell.text) ??
      /((?:\p{Lu}[\p{Ll}\p{M}]+\s?)+),\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(cell.text);
    if (!match) continue;
    const [day, month, year] = [Number(match[2]), Number(match[3]), Number(match[4])];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date, place: (match[1] ?? '').trim() };
  }
  return null;
}

// ---- term ------------------------------------------------------------------------------

type Term = { start: number; end: number };

function termsIn(text: string): Term[] {
  return [...text.matchAll(TERM_PHRASE)]
    .map((match) => ({ start: Number(match[1]), end: Number(match[2]) }))
    .filter((term) => term.end > term.start && term.end - term.start <= 10);
}

function latest(terms: readonly Term[]): Term | null {
  return terms.reduce<Term | null>((best, term) => (!best || term.start > best.start ? term : best), null);
}

/** The term the document is about (see the module comment for the order of evidence). */
function readTerm(title: string | null, header: readonly CleanLine[], lines: readonly CleanLine[]): Term | null {
  const inTitle = termsIn(title ?? '')[0];
  if (inTitle) return inTitle;
  const inHeader = latest(header.flatMap((line) => termsIn(line.text)));
  if (inHeader) return inHeader;
  const parts = lines.flatMap((line, i) => (readLabel(line.text)?.style === 'part' ? termsIn(`${line.text} ${lines[i + 1]?.text ?? ''}`) : []));
  const inParts = latest(parts);
  if (inParts) return inParts;
  return mostFrequent(lines.flatMap((line) => termsIn(line.text)));
}

function mostFrequent(terms: readonly Term[]): Term | null {
  const counts = new Map<string, { term: Term; count: number }>();
  for (const term of terms) {
    const key = `${term.start}-${term.end}`;
    counts.set(key, { term, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  let best: { term: Term; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.term ?? null;
}
