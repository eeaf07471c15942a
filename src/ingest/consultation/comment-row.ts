/**
 * One data row of a comment sheet read into a comment, or the reasons it cannot be: a stance
 * or respondent type no synonym knows, an impossible date, a formula error, or neither text
 * nor stance. A row with a problem is skipped whole, never guessed: the office fixes the
 * sheet and sends it again.
 */
import type { RespondentType, Stance } from '../../domain/consultation/types.ts';
import {
  COMMENT_SHEET_PROBLEM_TEXT,
  COMMENT_SHEET_WHOLE_DRAFT,
  respondentTypeFromWord,
  stanceFromWord,
  type BilingualText,
  type CommentSheetColumn,
} from '../../domain/vocabulary/index.ts';
import { cellDate, cellLine, cellText, isCellError, type SheetCell, type SheetRow } from './sheet-cells.ts';
import { headerKey, type ColumnRef, type SheetHeader } from './sheet-header.ts';

/** A comment as a sheet row gives it; targets and localities stay text for the service to match. */
export interface SheetComment {
  /** 1-based row number in the sheet as a spreadsheet shows it (the header is 1 unless a title is above it). */
  row: number;
  text: string;
  stance: Stance;
  reason: string | null;
  /** The "Mục" cell as written (a section label like "I", "2.1", "Phần thứ hai", or a title), null = whole draft. */
  targetText: string | null;
  respondentType: RespondentType;
  localityText: string | null;
  organisation: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** ISO date, from dd/mm/yyyy, yyyy-mm-dd or an Excel date cell. */
  submittedOn: string | null;
}

/** Why a row was skipped (or, with `column` null and the first unread row, why the sheet was cut). */
export interface SheetProblem {
  row: number;
  /** The column's header as the sheet writes it ("Quan điểm"), null for the whole row. */
  column: string | null;
  message: BilingualText;
}

export type RowReading = { comment: SheetComment } | { problems: SheetProblem[] };

const WHOLE_DRAFT = new Set(COMMENT_SHEET_WHOLE_DRAFT.map(headerKey));

/** Reads one non-empty data row under `header`. */
export function readCommentRow(row: SheetRow, header: SheetHeader): RowReading {
  const problems: SheetProblem[] = [];
  const problem = (column: ColumnRef | null, message: BilingualText) => problems.push({ row: row.row, column: column?.label ?? null, message });
  const cell = (ref: ColumnRef | undefined): SheetCell => (ref === undefined ? null : (row.cells[ref.index] ?? null));
  const used = [...Object.values(header.columns), ...header.stanceMarks.map((mark) => mark.column)];
  for (const ref of used) {
    const value = cell(ref);
    if (isCellError(value)) problem(ref, COMMENT_SHEET_PROBLEM_TEXT.cell_error(value.error));
  }
  if (problems.length > 0) return { problems };

  const column = (name: CommentSheetColumn) => header.columns[name];
  const line = (name: CommentSheetColumn) => orNull(cellLine(cell(column(name))));
  const text = cellText(cell(column('text')));
  const stance = readStance(row, header, problem);
  if (text === '' && stance === null) problem(null, COMMENT_SHEET_PROBLEM_TEXT.no_text_no_stance());
  const typeWord = cellLine(cell(column('respondentType')));
  const respondentType = typeWord === '' ? 'citizen' : respondentTypeFromWord(typeWord);
  if (respondentType === null) problem(column('respondentType') ?? null, COMMENT_SHEET_PROBLEM_TEXT.unknown_respondent_type(typeWord));
  const submittedOn = cellDate(cell(column('date')));
  if (submittedOn === 'invalid') problem(column('date') ?? null, COMMENT_SHEET_PROBLEM_TEXT.invalid_date(cellLine(cell(column('date')))));
  if (problems.length > 0 || respondentType === null || submittedOn === 'invalid' || stance === false) return { problems };

  const target = line('target');
  return {
    comment: {
      row: row.row,
      text,
      // No stance written: a remark is a partial agreement (a row without text has a stance here).
      stance: stance ?? (text === '' ? 'agree' : 'partly'),
      reason: orNull(cellText(cell(column('reason')))),
      targetText: target !== null && WHOLE_DRAFT.has(headerKey(target)) ? null : target,
      respondentType,
      localityText: line('locality'),
      organisation: line('organisation'),
      name: line('name'),
      email: line('email'),
      phone: line('phone'),
      submittedOn,
    },
  };
}

/** The row's stance: a word of the stance column or the one marked stance column; null if none, false if unreadable. */
function readStance(row: SheetRow, header: SheetHeader, problem: (column: ColumnRef | null, message: BilingualText) => void): Stance | null | false {
  if (header.stanceMarks.length > 0) {
    const marked = header.stanceMarks.filter((mark) => cellText(row.cells[mark.column.index]) !== '');
    if (marked.length > 1) {
      problem(null, COMMENT_SHEET_PROBLEM_TEXT.several_stances());
      return false;
    }
    return marked[0]?.stance ?? null;
  }
  const ref = header.columns.stance;
  const word = ref === undefined ? '' : cellLine(row.cells[ref.index]);
  if (word === '') return null;
  const stance = stanceFromWord(word);
  if (stance === null && ref !== undefined) problem(ref, COMMENT_SHEET_PROBLEM_TEXT.unknown_stance(word));
  return stance ?? false;
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}
