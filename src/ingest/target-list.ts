/**
 * Extracts the main targets that a resolution, political report or draft lists in its
 * text ("II- Các chỉ tiêu chủ yếu đến năm 2025", "2. Các chỉ tiêu chủ yếu", or inline
 * "... 15 chỉ tiêu chủ yếu, trong đó: ...") as component indicators, one per target.
 *
 * The stages, each in its own module: find the lists and their items (target-list-find),
 * split an item into parts with one target each (target-list-split), find the target
 * figure of a part (target-list-anchors), name it (target-list-draft, target-list-name),
 * group it (target-list-group). The meaning of each target is parseTarget's.
 */
import type { CleanLine, ExtractedIndicator } from '../domain/document.ts';
import { type TargetContext, parseTarget } from '../domain/target-parse.ts';
import { type LineSpan, type ListItem, findTargetLists } from './target-list-find.ts';
import { classifyGroup } from './target-list-group.ts';
import { type NamedPart, nameParts } from './target-list-name.ts';
import { splitItem } from './target-list-split.ts';

export interface TargetListOptions {
  /** The term's last year, used when a list's heading names none ("đến năm 2030"). */
  termEndYear?: number;
}

/** The original line of a position in an item's joined text. */
function lineAt(spans: readonly LineSpan[], offset: number): number {
  let line = spans[0]?.line ?? 0;
  for (const span of spans) if (span.offset <= offset) line = span.line;
  return line;
}

/**
 * What parseTarget is told besides the target text. A "không còn xã dưới 15 tiêu chí"
 * target gets no name: its name repeats the target's words, and a name holding "tiêu chí"
 * makes the parser take "dưới 15 tiêu chí" for the figure instead of "không còn".
 */
function contextOf(part: NamedPart, termEndYear: number | undefined): TargetContext {
  const context: TargetContext = part.noneLeft ? {} : { name: part.name };
  if (termEndYear !== undefined) context.termEndYear = termEndYear;
  return context;
}

/**
 * The component indicators of one list item. An inline list is one item holding targets
 * of every group, so there each component is grouped by its own words.
 */
function itemIndicators(item: ListItem, inline: boolean, termEndYear: number | undefined): ExtractedIndicator[] {
  const { parts, groupLabel } = splitItem(item.text);
  const heading = groupLabel ?? item.groupHeading;
  const itemGroup = classifyGroup(heading, item.text);
  return nameParts(parts).map((part) => {
    const group = inline && heading === null ? classifyGroup(null, `${part.name} ${part.targetText}`) : itemGroup;
    const target = parseTarget(part.targetText, contextOf(part, termEndYear));
    return {
      group,
      code: item.code,
      name: part.name,
      unit: target.unit ?? part.unit,
      line: lineAt(item.spans, part.offset),
      source: 'target_list',
      target,
      direction: target.direction,
      observations: [],
      note: part.notes.length > 0 ? part.notes.join('; ') : null,
    } satisfies ExtractedIndicator;
  });
}

/**
 * Finds the lists of main targets in a document's clean lines and returns one indicator
 * per component target, in document order.
 * @example extractTargetLists(cleanText(raw).lines, { termEndYear: 2030 })
 */
export function extractTargetLists(lines: CleanLine[], options: TargetListOptions = {}): ExtractedIndicator[] {
  return findTargetLists(lines).flatMap((list) => {
    const termEndYear = list.year ?? options.termEndYear;
    return list.items.flatMap((item) => itemIndicators(item, list.inline, termEndYear));
  });
}
