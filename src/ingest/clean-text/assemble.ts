/**
 * Assembles the clean lines from the marked raw lines: table lines one for one, body lines
 * joined into paragraphs, and each footnote block's notes right after the paragraph it
 * interrupted.
 */
import type { CleanLine } from '../../domain/document.ts';
import { readLabel } from '../text-utils.ts';
import type { NoteGroup } from './footnote-blocks.ts';
import type { Layout } from './layout.ts';
import { continues, type OpenLine } from './line-joining.ts';
import { lineOf, replaceLine, type Piece } from './pieces.ts';
import { proseText, tableText, type RawLine } from './raw-lines.ts';

/** A footnote already made into a line, kept with its pieces in case the next page goes on with it. */
interface LiftedNote {
  line: CleanLine;
  number: number | null;
  pieces: Piece[];
}

/** Builds the clean lines; `notes` holds the footnote groups by the index of their block's rule. */
export function assemble(lines: readonly RawLine[], notes: ReadonlyMap<number, NoteGroup[]>, layout: Layout): CleanLine[] {
  const out: CleanLine[] = [];
  // Footnotes wait here until the paragraph they interrupted is closed.
  const pending: CleanLine[] = [];
  let open: OpenLine | null = null;
  let lastNote: LiftedNote | null = null;
  let afterBlank = false;
  const close = (): void => {
    if (open) out.push(lineOf(open.pieces, open.first, open.last));
    open = null;
    out.push(...pending.splice(0));
  };
  lines.forEach((line, index) => {
    const groups = notes.get(index);
    if (groups) lastNote = liftNotes(groups, pending, lastNote);
    if (line.role === 'blank') afterBlank = true;
    if (line.role === 'table') {
      close();
      out.push({ text: tableText(line.text), line: line.n, endLine: line.n });
    }
    if (line.role !== 'body') return;
    const text = proseText(line.text);
    if (open && continues(open, line, afterBlank, layout)) {
      open.pieces.push({ text, line: line.n });
      open.last = line.n;
      open.length += text.length + 1;
      open.lastText = text;
    } else {
      close();
      open = { pieces: [{ text, line: line.n }], first: line.n, last: line.n, length: text.length, lastText: text, label: readLabel(text) };
    }
    afterBlank = false;
  });
  close();
  return out;
}

/** Turns a block's footnotes into lines; text carried over from the last page joins the last footnote. */
function liftNotes(groups: readonly NoteGroup[], pending: CleanLine[], lastNote: LiftedNote | null): LiftedNote | null {
  let latest = lastNote;
  for (const group of groups) {
    if (group.number === null && latest) {
      latest.pieces.push(...group.pieces);
      // The footnote's line may already be in the output, so it is rebuilt in place.
      replaceLine(latest.line, lineOf(latest.pieces, latest.line.line, Math.max(latest.line.endLine, group.last), notePrefix(latest.number)));
      continue;
    }
    const note = lineOf(group.pieces, group.first, group.last, notePrefix(group.number));
    pending.push(note);
    latest = { line: note, number: group.number, pieces: [...group.pieces] };
  }
  return latest;
}

function notePrefix(number: number | null): string {
  return number === null ? '' : `${number} `;
}
