/** Runs the real `bin/resolute.js` in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/services/config.ts';
import { loadDemo } from '../../src/services/demo/load-demo.ts';
import { migrate, openDatabase } from '../../src/services/maintenance.service.ts';

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

/**
 * A temporary data directory with a migrated SQLite database holding the demo, for CLI runs
 * against "the server's machine"; registers its own set-up and removal with node:test.
 * `env` is what the CLI needs to find it (and `extraEnv` on top).
 */
export function demoDataDir(prefix: string, extraEnv: Record<string, string> = {}): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `resolute-${prefix}-`));
  const dataDir = join(dir, 'data');
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', RESOLUTE_LANG: '', ...extraEnv };
  after(() => rmSync(dir, { recursive: true, force: true }));
  before(async () => {
    mkdirSync(dataDir);
    const database = await openDatabase(loadConfig(env));
    try {
      await migrate(database);
      await loadDemo(database, new Date());
    } finally {
      await database.close();
    }
  });
  return { dir, env };
}
