/** `resolute migrate`, `resolute backup FILE`, `resolute restore FILE`: operating the database. */
import { backupInstructions, backupSqlite, engineOf, migrate, openDatabase, restoreSqlite } from '../../services/maintenance.service.ts';
import type { Config } from '../../services/config.ts';
import { HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { t } from '../messages.ts';
import type { OpsFlags } from '../ops-args.ts';
import { parseOpsFlags } from '../ops-args.ts';
import { configFrom } from './ops-config.ts';

type Env = Record<string, string | undefined>;
type Operation = (config: Config, flags: OpsFlags, io: CliIo) => Promise<number>;

/** Parses flags, prints help or reads the configuration, then runs `operation`. */
async function run(command: 'migrate' | 'backup' | 'restore', argv: string[], io: CliIo, env: Env, operation: Operation): Promise<number> {
  const flags = parseOpsFlags(argv, env.RESOLUTE_LANG, { file: command !== 'migrate' });
  if (flags.help) {
    io.stdout(HELP[command][flags.lang]);
    return 0;
  }
  const config = configFrom(env, io, flags.lang);
  return config === null ? 1 : operation(config, flags, io);
}

/** PostgreSQL is backed up with its own tools: say how, and fail so scripts notice. */
function postgresInstead(config: Config, flags: OpsFlags, io: CliIo): number {
  io.stderr(t(flags.lang, 'backup.postgres'));
  io.stderr(backupInstructions(config));
  return 1;
}

/** Runs `migrate`. */
export function runMigrate(argv: string[], io: CliIo, env: Env): Promise<number> {
  return run('migrate', argv, io, env, async (config, flags) => {
    const database = await openDatabase(config);
    try {
      const applied = await migrate(database);
      io.stdout(applied.length === 0
        ? t(flags.lang, 'migrate.upToDate', { location: database.location })
        : t(flags.lang, 'migrate.done', { location: database.location, names: applied.join(', ') }));
      return 0;
    } finally {
      await database.close();
    }
  });
}

/** Runs `backup FILE`. */
export function runBackup(argv: string[], io: CliIo, env: Env): Promise<number> {
  return run('backup', argv, io, env, async (config, flags) => {
    if (engineOf(config) === 'postgres') return postgresInstead(config, flags, io);
    const pages = await backupSqlite(config, flags.file);
    io.stdout(t(flags.lang, 'backup.done', { location: config.sqliteFile, file: flags.file, pages }));
    return 0;
  });
}

/** Runs `restore FILE`. */
export function runRestore(argv: string[], io: CliIo, env: Env): Promise<number> {
  return run('restore', argv, io, env, async (config, flags) => {
    if (engineOf(config) === 'postgres') return postgresInstead(config, flags, io);
    await restoreSqlite(config, flags.file);
    io.stdout(t(flags.lang, 'restore.done', { location: config.sqliteFile, file: flags.file }));
    return 0;
  });
}
