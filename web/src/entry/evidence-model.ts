/**
 * Evidence on the entry form: the file types the server accepts (it checks the bytes; the
 * file picker only offers these) and file sizes written the Vietnamese way ("1,5 MB").
 */
import { formatVnNumber } from '../../../src/domain/vn-number.ts';

/** The evidence types of the server (src/services/file-store.ts EVIDENCE_KINDS), for the file picker. */
export const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.txt,.png,.jpg,.jpeg';

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** A size in bytes as "512 B", "12,5 KB", "2,5 MB" (1 KB = 1.024 B, one decimal). */
export function formatFileSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatVnNumber(value, { decimals: unit === 0 ? 0 : 1 })} ${UNITS[unit] ?? 'B'}`;
}

/** Whether a figure in this state takes new evidence or removals (the same rule as editing it). */
export function evidenceEditable(state: 'draft' | 'submitted' | 'approved' | 'returned' | null, periodOpen: boolean): boolean {
  return periodOpen && (state === 'draft' || state === 'returned');
}
