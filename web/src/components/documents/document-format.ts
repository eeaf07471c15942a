/** How the documents pages write a file's size and a document's kind. */
import type { MessageKey } from '../../i18n/translate.ts';
import { formatNumber } from '../../format/format.ts';

/** A size in bytes as "850 B", "12,5 KB", "1,2 MB" (units of 1.024, one decimal). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

const KINDS = ['political_report', 'resolution', 'report', 'plan', 'draft', 'other'] as const;

/** The catalog key naming a document kind; an unknown kind is "other". */
export function kindKey(kind: string): MessageKey {
  const known = KINDS.find((k) => k === kind) ?? 'other';
  return `documents.kind.${known}`;
}
