/**
 * The `resolute` command line. Every command calls the same services as the HTTP routes;
 * errors the user can act on are printed as one clear line, never a stack trace.
 */
import { ResoluteError } from '../domain/errors.ts';
import { languageOf, parseDocumentFlags } from './args.ts';
import { runConsult } from './commands/consult.command.ts';
import { runBackup, runMigrate, runRestore } from './commands/database.command.ts';
import { runEvaluate } from './commands/evaluate.command.ts';
import { runExtract } from './commands/extract.command.ts';
import { runReport } from './commands/report.command.ts';
import { runServe } from './commands/serve.command.ts';
import { runTasks } from './commands/tasks.command.ts';
import { HELP } from './help.ts';
import type { CliIo } from './io.ts';
import { errorMessage, t, usageDetail, type Lang } from './messages.ts';

const COMMANDS = { extract: runExtract, evaluate: runEvaluate } as const;

/** Commands that run the server and its database; each parses its own flags (ops-args.ts). */
const OPS_COMMANDS = { serve: runServe, migrate: runMigrate, backup: runBackup, restore: runRestore, report: runReport, tasks: runTasks, consult: runConsult } as const;

function isCommand(name: string): name is keyof typeof COMMANDS {
  return Object.hasOwn(COMMANDS, name);
}

function isOpsCommand(name: string): name is keyof typeof OPS_COMMANDS {
  return Object.hasOwn(OPS_COMMANDS, name);
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], io: CliIo, env: Record<string, string | undefined>): Promise<number> {
  // `--lang X` may also come before the command: move it behind.
  if (argv[0] === '--lang' && argv.length > 2) return main([...argv.slice(2), '--lang', argv[1] ?? ''], io, env);
  const [command, ...rest] = argv;
  let lang: Lang = languageOf(undefined, env.RESOLUTE_LANG);
  try {
    if (command === undefined || command.startsWith('-') || command === 'help') {
      // Global help; `--lang en` may come anywhere.
      const langFlag = argv[argv.indexOf('--lang') + 1];
      io.stdout(HELP.main[languageOf(argv.includes('--lang') ? langFlag : undefined, env.RESOLUTE_LANG)]);
      return command === undefined || command === 'help' || command === '--help' || command === '-h' || command === '--lang' ? 0 : 1;
    }
    if (isOpsCommand(command)) {
      lang = languageOf(rest.includes('--lang') ? rest[rest.indexOf('--lang') + 1] : undefined, env.RESOLUTE_LANG);
      return await OPS_COMMANDS[command](rest, io, env);
    }
    if (!isCommand(command)) {
      io.stderr(t(lang, 'error.unknownCommand', { command }));
      return 1;
    }
    const flags = parseDocumentFlags(rest, env.RESOLUTE_LANG);
    lang = flags.lang;
    if (flags.help) {
      io.stdout(HELP[command][lang]);
      return 0;
    }
    return await COMMANDS[command](flags, io);
  } catch (error) {
    if (error instanceof ResoluteError) {
      const message = error.code === 'invalid_input' ? t(lang, 'error.usage', { detail: usageDetail(lang, error) }) : errorMessage(lang, error.code, error.details);
      io.stderr(`${t(lang, 'error.prefix')}: ${message}`);
      return error.code === 'no_indicators' ? 2 : 1;
    }
    io.stderr(`${t(lang, 'error.internal')}${env.RESOLUTE_DEBUG ? `\n${error instanceof Error ? error.stack : String(error)}` : ''}`);
    return 70;
  }
}
