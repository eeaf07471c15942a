/**
 * `resolute serve` (what `npm start` runs): migrate, load the demo on an empty database,
 * listen, and print the address and the demo logins. Stops cleanly on Ctrl+C or SIGTERM.
 */
import { demoLogins } from '../../services/demo/demo-data.ts';
import type { Config } from '../../services/config.ts';
import { HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { t, type Lang } from '../messages.ts';
import { parseOpsFlags } from '../ops-args.ts';
import { configFrom } from './ops-config.ts';

type Role = 'admin' | 'secretariat' | 'reporter' | 'leader' | 'inspector' | 'public';

function banner(io: CliIo, lang: Lang, url: string, demo: boolean): void {
  io.stderr(t(lang, 'serve.listening', { url }));
  io.stderr(t(lang, 'serve.docs', { url }));
  if (demo) {
    io.stderr(t(lang, 'serve.logins'));
    for (const user of demoLogins()) {
      io.stderr(`  ${user.login.padEnd(12)} ${user.password.padEnd(17)} ${t(lang, `role.${user.role satisfies Role}`)}`);
    }
  }
  io.stderr(t(lang, 'serve.stop'));
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

async function serve(config: Config, io: CliIo, lang: Lang): Promise<number> {
  // Loaded here, not at the top: the other commands need no HTTP server, and serving is the
  // one place the command line starts one (it is the process entry, not a caller of routes).
  const { startServer } = await import('../../server/start.ts');
  const server = await startServer(config);
  if (server.migrated.length > 0) io.stderr(t(lang, 'serve.migrated', { count: server.migrated.length }));
  if (server.demoLoaded !== null) io.stderr(t(lang, 'serve.demoLoaded', { ...server.demoLoaded }));
  // Listen for the signal before saying how to send it: a supervisor may send it at once.
  const stopped = untilSignal();
  banner(io, lang, server.url, server.hasDemo);
  await stopped;
  io.stderr(t(lang, 'serve.stopping'));
  await server.close();
  return 0;
}

/** Runs `serve`; returns the exit code once stopped. */
export async function runServe(argv: string[], io: CliIo, env: Record<string, string | undefined>): Promise<number> {
  const flags = parseOpsFlags(argv, env.RESOLUTE_LANG, { file: false });
  if (flags.help) {
    io.stdout(HELP.serve[flags.lang]);
    return 0;
  }
  const config = configFrom(env, io, flags.lang);
  if (config === null) return 1;
  return serve({ ...config, demo: config.demo && flags.demo }, io, flags.lang);
}
