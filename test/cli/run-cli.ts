/** Runs the real `bin/resolute.js` in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/resolute.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI with `args` and returns its exit status and output. */
export function runCli(args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESOLUTE_LANG: '', RESOLUTE_DEBUG: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Absolute path of a seed document, read from ../shared/seeds beside the repository. */
export function seedPath(name: string): string {
  return fileURLToPath(new URL(`../../../shared/seeds/${name}`, import.meta.url));
}
