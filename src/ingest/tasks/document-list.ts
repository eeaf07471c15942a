/**
 * Document lists in appendices (seed 002's Phụ lục 2): rows "1 Số 03-NQ/TU 03/02/2021" with
 * the summary on the lines below, under group rows "I NGHỊ QUYẾT", "II ĐỀ ÁN", "III KẾT
 * LUẬN" that say what kind of document each is. Each row becomes a task with its
 * `listedDocument` (number and symbol, date, summary).
 */
import type { CleanLine, Section } from '../../domain/document.ts';
import type { ExtractedTask, TaskKind } from '../../domain/plan.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import { DOCUMENT_LIST_GROUP, DOCUMENT_LIST_HEADER, DOCUMENT_NUMBER_LEAD, DOCUMENT_SYMBOL_KIND } from '../../domain/vocabulary/index.ts';
import { isMostlyUpperCase, readLabel } from '../text-utils.ts';
import { startsWithFolded, startsWithWord } from './folded.ts';
import { pathEntry } from './heading-path.ts';
import { isoDate } from './task-deadline.ts';
import { readProduct } from './task-product.ts';
import { taskTitle } from './task-title.ts';

/** "03-NQ/TU", "04-ĐA/TU", "138/NQ-CP", "07 - CTr/TU": digits, then letters and parts joined by "-" or "/". */
const SYMBOL = String.raw`\d{1,4}\s*[-/]\s*\p{L}[\p{L}\p{N}]*(?:\s*[-/]\s*[\p{L}\p{N}]+){0,3}`;
const DATE = String.raw`(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})`;
const ROW = new RegExp(`^(\\d{1,3})[.)]?\\s+(?:${DOCUMENT_NUMBER_LEAD}\\s*:?\\s*)?(${SYMBOL})(?![\\p{L}\\p{N}])\\s*,?\\s*(?:ngày\\s+)?(?:${DATE})?\\s*(.*)$`, 'iu');
const LEADING_DATE = new RegExp(`^(?:ngày\\s+)?${DATE}\\s*(.*)$`, 'iu');
const GROUP = /^([IVX]{1,4})[.\-–]?\s+(\S.{1,80})$/u;

interface Group {
  entry: string;
  kind: TaskKind | null;
}

interface Row {
  number: string;
  symbol: string;
  date: string | null;
  summary: string[];
  line: number;
  group: Group | null;
}

function dateOf(day: string | undefined, month: string | undefined, year: string | undefined): string | null {
  return day && month && year ? isoDate(Number(year), Number(month), Number(day)) : null;
}

/** A group row's kind: "NGHỊ QUYẾT" → thematic resolutions. */
const GROUP_WORDS = DOCUMENT_LIST_GROUP.map((entry) => ({ kind: entry.kind, word: foldVietnamese(entry.word) }));

function groupKind(title: string): TaskKind | null {
  const folded = foldVietnamese(title).replace(/^cac\s+/u, '');
  return GROUP_WORDS.find((entry) => startsWithFolded(folded, entry.word))?.kind ?? null;
}

/** The kind of a listed document: its group, else the type code in its symbol, else its summary's first word. */
function kindOf(row: Row, summary: string): TaskKind {
  const code = /\p{L}+/u.exec(row.symbol)?.[0] ?? '';
  return row.group?.kind ?? DOCUMENT_SYMBOL_KIND[code] ?? readProduct(summary)?.kind ?? 'conclusion';
}

function toTask(row: Row, appendix: string): ExtractedTask {
  const summary = row.summary.join(' ').replace(/\s+/gu, ' ').trim();
  return {
    path: row.group ? [appendix, row.group.entry] : [appendix],
    number: row.number,
    title: summary === '' ? `${DOCUMENT_NUMBER_LEAD.charAt(0).toLocaleUpperCase('vi')}${DOCUMENT_NUMBER_LEAD.slice(1)} ${row.symbol}` : taskTitle(summary),
    kind: kindOf(row, summary),
    leadUnitText: null,
    supportingUnitsText: null,
    dueText: null,
    dueDate: null,
    recurrence: null,
    productText: null,
    listedDocument: { number: row.symbol, date: row.date, summary },
    sourceLine: row.line,
    parentIndex: null,
  };
}

/** Reads the rows of one appendix's lines. */
function readRows(lines: readonly CleanLine[]): Row[] {
  const rows: Row[] = [];
  let group: Group | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\t/gu, ' ').replace(/\s+/gu, ' ').trim();
    if (text === '' || startsWithWord(foldVietnamese(text), DOCUMENT_LIST_HEADER)) continue;
    const row = ROW.exec(text);
    if (row) {
      const [, number = '', symbol = '', day, month, year, rest = ''] = row;
      rows.push({ number, symbol: symbol.replace(/\s+/gu, ''), date: dateOf(day, month, year), summary: rest ? [rest] : [], line: line.line, group });
      continue;
    }
    const groupRow = GROUP.exec(text);
    if (groupRow && isMostlyUpperCase(groupRow[2] ?? '')) {
      group = { entry: pathEntry(groupRow[1] ?? '', groupRow[2] ?? ''), kind: groupKind(groupRow[2] ?? '') };
      continue;
    }
    const current = rows.at(-1);
    if (!current) continue;
    const leading = current.date === null && current.summary.length === 0 ? LEADING_DATE.exec(text) : null;
    if (leading) {
      current.date = dateOf(leading[1], leading[2], leading[3]);
      if (leading[4]) current.summary.push(leading[4]);
    } else current.summary.push(text);
  }
  return rows;
}

/**
 * The documents listed in a document's appendices, as tasks, in document order.
 * @example seed 002's Phụ lục 2 → 18 tasks, the first { number: "1", listedDocument: { number: "03-NQ/TU", date: "2021-02-03", ... } }
 */
export function readDocumentLists(lines: readonly CleanLine[], sections: readonly Section[]): ExtractedTask[] {
  const tasks: ExtractedTask[] = [];
  for (const section of sections) {
    if (readLabel(section.label)?.style !== 'appendix') continue;
    const inside = lines.filter((line) => line.line > section.line && line.line <= section.endLine);
    const entry = pathEntry(section.label, section.title);
    for (const row of readRows(inside)) tasks.push(toTask(row, entry));
  }
  return tasks;
}
