/**
 * Writing a report file from the CLI (`resolute report …`, `resolute tasks report`): never over
 * an existing file without --force, with one translated line when it cannot, and the size line.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatVnNumber } from '../domain/vn-number.ts';
import type { CliIo } from './io.ts';
import { t, type Lang } from './messages.ts';

export interface FileFlags {
  out: string | null;
  force: boolean;
  quiet: boolean;
  lang: Lang;
}

/** True (after saying so) when `--out` names an existing file and there is no --force: refuse before any work. */
export function refusesExisting(flags: FileFlags, io: CliIo): boolean {
  if (flags.out === null || flags.force || !existsSync(resolve(flags.out))) return false;
  io.stderr(`${t(flags.lang, 'error.prefix')}: ${t(flags.lang, 'report.exists', { file: resolve(flags.out) })}`);
  return true;
}

/**
 * Writes the report to `--out` or to its own name in the current directory (the write itself
 * refuses an existing file too: no race), prints the path on stdout and the size on stderr.
 * Returns the exit code.
 */
export async function saveReportFile(report: { fileName: string; body: Buffer }, flags: FileFlags, io: CliIo): Promise<number> {
  const path = resolve(flags.out ?? report.fileName);
  try {
    await writeFile(path, report.body, { flag: flags.force ? 'w' : 'wx' });
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    io.stderr(`${t(flags.lang, 'error.prefix')}: ${t(flags.lang, code === 'EEXIST' ? 'report.exists' : 'report.cannotWrite', { file: path, reason: code })}`);
    return 1;
  }
  if (!flags.quiet) io.stderr(t(flags.lang, 'report.written', { bytes: bytesText(flags.lang, report.body.length), file: path }));
  io.stdout(path);
  return 0;
}

/** "12.345" in Vietnamese, "12,345" in English. */
function bytesText(lang: Lang, bytes: number): string {
  return lang === 'vi' ? formatVnNumber(bytes) : bytes.toLocaleString('en');
}
