/** The user-facing notes (in Vietnamese) on what the cleaner found damaged or dropped. */
import { countReplacementChars } from '../text-utils.ts';
import type { RawLine } from './raw-lines.ts';

/** One warning with the total of lost characters (U+FFFD), then one per damaged line. */
export function lostCharWarnings(lines: readonly RawLine[]): string[] {
  const damaged = lines.map((line) => ({ n: line.n, count: countReplacementChars(line.text) })).filter((line) => line.count > 0);
  if (damaged.length === 0) return [];
  const total = damaged.reduce((sum, line) => sum + line.count, 0);
  return [
    `Có ${total} ký tự bị hỏng (�) do lỗi chuyển đổi; các ký tự này được giữ nguyên, cần đối chiếu với bản gốc.`,
    ...damaged.map((line) => (line.count === 1 ? `Dòng ${line.n}: có ký tự bị hỏng (�)` : `Dòng ${line.n}: có ${line.count} ký tự bị hỏng (�)`)),
  ];
}

/** One warning listing the dropped page-number lines, one listing the dropped running headers; none when none. */
export function droppedWarnings(pages: readonly number[], headers: readonly number[]): string[] {
  const warnings: string[] = [];
  if (pages.length > 0) warnings.push(`Đã bỏ ${pages.length} dòng số trang (dòng ${pages.join(', ')}).`);
  if (headers.length > 0) warnings.push(`Đã bỏ ${headers.length} dòng tiêu đề lặp lại ở đầu hoặc cuối trang (dòng ${headers.join(', ')}).`);
  return warnings;
}
