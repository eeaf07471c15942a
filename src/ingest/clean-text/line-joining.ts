/** Decides whether a line the converter broke goes on the paragraph before it. */
import { DOC_WORDS, DOCUMENT_KIND_LABEL } from '../../domain/vocabulary/index.ts';
import {
  endsBeforeNumber, endsOnConnective, endsSentence, isMostlyUpperCase, readLabel, startsLowerCase,
  type LabelStyle, type LineLabel,
} from '../text-utils.ts';
import { isWrapped, type Layout } from './layout.ts';
import { joinPieces, type Piece } from './pieces.ts';
import { proseText, type RawLine } from './raw-lines.ts';

/** A paragraph being built from broken lines. */
export interface OpenLine {
  pieces: Piece[];
  first: number;
  last: number;
  /** Length of the joined text so far. */
  length: number;
  /** The last original line's text, for the decision to join the next one. */
  lastText: string;
  /** The label its first line starts with: a heading or a list item. */
  label: LineLabel | null;
}

const KIND_WORDS = new Set(Object.values(DOCUMENT_KIND_LABEL).map((word) => word.toLocaleUpperCase('vi')));
const STANDALONE = new Set<string>([...DOC_WORDS.mottos, ...DOC_WORDS.operative, ...DOC_WORDS.standalone]);
/** Label styles of list items, which are paragraphs; the others mark headings. */
const LIST_STYLES = new Set<LabelStyle>(['paren', 'bullet']);

/** Lines that always stand alone: decorations, the kind word, mottos, "QUYẾT NGHỊ:". */
export function isStandalone(text: string): boolean {
  if (/^[-–_*=.•]+$/.test(text)) return true;
  const key = text.replace(/[:.]$/, '').trim().toLocaleUpperCase('vi');
  return KIND_WORDS.has(key) || STANDALONE.has(key);
}

/**
 * Decides whether `next` continues the paragraph `open` (a line the converter broke). A
 * heading takes only clear continuations (lower case, after a comma, a connective or a
 * dash); a list item or a body line also takes a capitalised line when it was wrapped.
 */
export function continues(open: OpenLine, next: RawLine, afterBlank: boolean, layout: Layout): boolean {
  const prev = open.lastText;
  const text = proseText(next.text);
  if (isStandalone(prev) || isStandalone(text)) return false;
  const heading = isHeading(open, layout);
  const wrapped = isWrapped(prev, layout, 0.75);
  const label = readLabel(text);
  if (label) return dashContinues(prev, label, wrapped && !heading) && !endsSentence(prev);
  if (endsSentence(prev)) return false;
  if (/[-–,]$/.test(prev) || endsOnConnective(prev) || (endsBeforeNumber(prev) && /^\d/.test(text))) return true;
  if (startsLowerCase(text)) return !heading || /[;:]$/.test(prev) || wrapped;
  if (prev.endsWith(':') || (afterBlank && layout.blanksBreak)) return false;
  if (isMostlyUpperCase(prev) && isMostlyUpperCase(text)) return prev.length >= 25 || open.label !== null;
  if (heading) return false;
  return isWrapped(prev, layout, open.pieces.length === 1 && open.label ? 0.9 : 0.75);
}

/** A paragraph that opened with a heading label and is still a title: short, no sentence ended in it. */
function isHeading(open: OpenLine, layout: Layout): boolean {
  if (!open.label || LIST_STYLES.has(open.label.style)) return false;
  const limit = layout.wrapWidth === null ? 250 : layout.wrapWidth * 2.5;
  if (open.length > limit) return false;
  return !/[.!?…]["”)]?\s+\p{Lu}/u.test(joinPieces(open.pieces).text.slice(open.label.label.length));
}

/**
 * "- xã hội" after "chính trị", "- 2025" after "2021", and "- Kim Thủy Hà" after a wrapped
 * line with no punctuation go on a broken line; they are no list items.
 */
function dashContinues(prev: string, label: LineLabel, wrapped: boolean): boolean {
  if (label.style !== 'bullet') return false;
  if (startsLowerCase(label.rest) || (/^\d/.test(label.rest) && /\d$/.test(prev))) return true;
  return wrapped && !/[.,;:!?…)]$/.test(prev);
}
