/**
 * Finds the parts of a document that hold tasks ("Nhiệm vụ trọng tâm", "Các khâu đột phá",
 * "Chương trình trọng điểm", "Các nghị quyết chuyên đề, đề án", "Tổ chức thực hiện") in its
 * outline, and the lines that belong to each. Parts that review the past ("Đánh giá ...",
 * "Kết quả ...") hold none, and inside a task part the goals and solutions ("Mục tiêu
 * chung", "Các giải pháp chủ yếu") are left out. Appendices are read as document lists
 * (document-list.ts), not here.
 */
import type { CleanLine, Footnote, Section } from '../../domain/document.ts';
import { foldVietnamese } from '../../domain/fold.ts';
import {
  PLAN_CLOSING,
  PLAN_HEADING_FILLERS,
  PLAN_NON_TASK_HEADING,
  PLAN_REVIEW_HEADING,
  PLAN_SECTION_HEADING,
  PLAN_WHOLE_TITLE_KINDS,
  type PlanSectionKind,
} from '../../domain/vocabulary/index.ts';
import { isMostlyUpperCase, readLabel } from '../text-utils.ts';
import { foldSameLength, foldedWithoutFillers, startsWithFolded, startsWithWord } from './folded.ts';
import { pathEntry } from './heading-path.ts';

/** A part of the document that holds tasks. */
export interface TaskRegion {
  heading: Section;
  kind: PlanSectionKind;
  /** Path entries of the headings above it and of itself, outermost first. */
  path: string[];
  /** Indices (into the document's lines) of the lines in the part itself, not in a part inside it. */
  lineIndices: number[];
  /** True when another task part, or a part left out, sits inside it. */
  hasInnerParts: boolean;
}

type Role = PlanSectionKind | 'review' | 'skip' | 'appendix' | null;

interface Open {
  section: Section;
  role: Role;
  entry: string;
  region: TaskRegion | null;
}

const SECTION_WORDS = (Object.entries(PLAN_SECTION_HEADING) as [PlanSectionKind, readonly string[]][]).flatMap(([kind, words]) =>
  words.map((word) => ({ kind, word: foldVietnamese(word), whole: PLAN_WHOLE_TITLE_KINDS.includes(kind) })),
);

/** The kind of task part a heading opens, by the longest heading word its title starts with. */
export function sectionKind(title: string): PlanSectionKind | null {
  const folded = foldedWithoutFillers(title, PLAN_HEADING_FILLERS);
  const bare = folded.replace(/[\s.:;,]+$/u, '');
  let best: { kind: PlanSectionKind; length: number } | null = null;
  for (const { kind, word, whole } of SECTION_WORDS) {
    const matches = whole ? bare === word : startsWithFolded(folded, word);
    if (matches && (!best || word.length > best.length)) best = { kind, length: word.length };
  }
  return best?.kind ?? null;
}

/** What a heading is to the task reader; review words count only outside a task part. */
function roleOf(section: Section, insideTaskPart: boolean): Role {
  if (readLabel(section.label)?.style === 'appendix') return 'appendix';
  const kind = sectionKind(section.title);
  if (kind) return kind;
  const folded = foldedWithoutFillers(section.title, PLAN_HEADING_FILLERS);
  if (startsWithWord(folded, PLAN_NON_TASK_HEADING)) return 'skip';
  if (!insideTaskPart && startsWithWord(folded, PLAN_REVIEW_HEADING)) return 'review';
  return null;
}

function isTaskRole(role: Role): role is PlanSectionKind {
  return role !== null && role !== 'review' && role !== 'skip' && role !== 'appendix';
}

/** The innermost open task part, unless a part left out, an appendix or a review encloses the line. */
function regionAt(stack: readonly Open[]): TaskRegion | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i];
    if (!open || open.role === null) continue;
    if (open.region) return stack.slice(0, i).some((outer) => outer.role === 'review' || outer.role === 'appendix') ? null : open.region;
    return null;
  }
  return null;
}

/**
 * The task parts of a document, in the order they start.
 * @example a plan's "3. Các khâu đột phá" → { kind: "breakthroughs", path: [..., "3. Các khâu đột phá"], ... }
 */
export function findTaskRegions(lines: readonly CleanLine[], sections: readonly Section[], footnotes: readonly Footnote[] = []): TaskRegion[] {
  const byLine = new Map<number, Section>();
  for (const section of sections) if (!byLine.has(section.line)) byLine.set(section.line, section);
  const notes = new Set(footnotes.map((note) => note.line));
  const regions: TaskRegion[] = [];
  const stack: Open[] = [];
  /** The title of a heading written on the lines below its label ("Phần thứ hai" / "MỤC TIÊU, ..."), folded. */
  let titleBelow = '';
  lines.forEach((line, index) => {
    const section = byLine.get(line.line);
    if (!section && titleBelow !== '' && isMostlyUpperCase(line.text) && titleBelow.includes(foldVietnamese(line.text))) return;
    titleBelow = '';
    if (section) {
      if (readLabel(line.text)?.rest === '') titleBelow = foldVietnamese(section.title);
      while (stack.length > 0 && (stack.at(-1)?.section.level ?? 0) >= section.level) stack.pop();
      const enclosing = regionAt(stack);
      const role = roleOf(section, enclosing !== null);
      const entry = pathEntry(section.label, section.title);
      let region: TaskRegion | null = null;
      if (isTaskRole(role) && !stack.some((open) => open.role === 'review' || open.role === 'appendix')) {
        region = { heading: section, kind: role, path: [...stack.map((open) => open.entry), entry], lineIndices: [], hasInnerParts: false };
        regions.push(region);
      }
      if (enclosing && (region || role === 'skip')) enclosing.hasInnerParts = true;
      stack.push({ section, role, entry, region });
      if (role !== null) return;
    }
    if (notes.has(line.line)) return;
    // "Trên đây là Kế hoạch ...", "Nơi nhận:": the body ends; recipients and signature are no tasks.
    if (startsWithWord(foldSameLength(line.text.slice(0, 40)).trimStart(), PLAN_CLOSING)) stack.length = 0;
    regionAt(stack)?.lineIndices.push(index);
  });
  return regions;
}
