/**
 * Where each row of an appendix table sits: its group ("I Các chỉ tiêu về kinh tế",
 * "A Chỉ tiêu kinh tế - xã hội, môi trường"), its item number, and its sub-group.
 *
 * Decisions:
 * - `group` is the top heading (letters when the table has them, else roman numerals);
 *   roman headings under letters become the sub-group.
 * - `code` is the item number (the TT cell); component rows inherit their item's number,
 *   so "GRDP bình quân đầu người" is item "1" like "Tốc độ tăng trưởng GRDP".
 * - A row without figures is a heading, not an indicator. A numbered one ("8 Chỉ tiêu dân
 *   số") is the sub-group of its item; an unnumbered one ("Cơ cấu kinh tế:", "Tỷ lệ huy
 *   động học sinh ...:") is the sub-group of the rows under it: deeper bullets ("+" under
 *   "-"), or same-level short names ("Mẫu giáo", "Tiểu học"). "Trong đó:" ("of which")
 *   stands for the row above it.
 * - A row with figures is also the sub-group of deeper-bulleted rows right under it
 *   ("+ Thể nhẹ cân" under "- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng").
 * - A row with figures but no name (a second unit of the row above: USD, then "Triệu
 *   đồng") takes the name of the row above.
 */
import { bulletOf, cleanName, codeLevel } from './cell-kind.ts';
import { lower, OF_WHICH } from '../../domain/vocabulary/index.ts';

/** What the hierarchy needs to know of a row. */
export interface RowShape {
  code: string | null;
  /** The name cell as written (bullets kept), or null. */
  name: string | null;
  hasFigures: boolean;
}

/** Where an indicator row sits: group, sub-group, item number, and its clean name. */
export interface RowPlace {
  group: string | null;
  subgroup: string | null;
  code: string | null;
  name: string;
}

interface Context {
  name: string;
  depth: number;
  /** Headings without figures also take same-level short rows as children. */
  takesSameDepth: boolean;
  /** The depth of the first child, which the later children must share. */
  childDepth: number | null;
}

/** Same-level children of a heading are short: "Mẫu giáo", "Trung học phổ thông". */
const SHORT_NAME_WORDS = 5;

function depthOf(name: string | null): number {
  const bullet = name === null ? null : bulletOf(name);
  if (bullet === null) return 0;
  return bullet === '-' || bullet === '–' ? 1 : 2;
}

function accepts(context: Context, depth: number, name: string): boolean {
  if (context.childDepth !== null && depth !== context.childDepth) return false;
  if (depth > context.depth) return true;
  return depth === context.depth && context.takesSameDepth && name.split(' ').length <= SHORT_NAME_WORDS;
}

/** Assigns group, sub-group, item number and name to the rows; null for heading rows. */
export function placeRows(rows: readonly RowShape[]): (RowPlace | null)[] {
  const hasLetters = rows.some((row) => !row.hasFigures && row.code !== null && codeLevel(row.code) === 'letter');
  let group: string | null = null;
  let section: string | null = null;
  let itemCode: string | null = null;
  let itemHeading: string | null = null;
  let contexts: Context[] = [];
  let last: RowPlace | null = null;

  const close = (depth: number, name: string): void => {
    for (let top = contexts.at(-1); top !== undefined && !accepts(top, depth, name); top = contexts.at(-1)) contexts.pop();
  };

  return rows.map((row): RowPlace | null => {
    const name = row.name === null ? '' : cleanName(row.name);
    const depth = depthOf(row.name);
    if (row.code !== null) {
      const level = codeLevel(row.code);
      contexts = [];
      if (level === 'number' || row.hasFigures) {
        itemCode = row.code;
        itemHeading = row.hasFigures ? null : name || null;
      } else {
        if (level === 'letter' || !hasLetters) [group, section] = [name || null, null];
        else section = name || null;
        [itemCode, itemHeading] = [null, null];
      }
    }
    if (!row.hasFigures) {
      if (row.code === null && name !== '') {
        close(depth, name);
        const heading = lower(name) === OF_WHICH && last !== null ? last.name : name;
        contexts.push({ name: heading, depth, takesSameDepth: true, childDepth: null });
      }
      return null;
    }
    if (name === '' && last !== null) return { ...last };
    close(depth, name);
    const parent = contexts.at(-1);
    if (parent && parent.childDepth === null) parent.childDepth = depth;
    const place: RowPlace = { group, subgroup: parent?.name ?? itemHeading ?? section, code: itemCode, name };
    contexts.push({ name, depth, takesSameDepth: false, childDepth: null });
    last = place;
    return place;
  });
}
