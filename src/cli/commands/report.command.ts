/**
 * `resolute report appendix|summary|compare-terms|compare-orgs`: writes an official report
 * from the configured database (DATABASE_URL / DATA_DIR, as `serve` uses) as the system —
 * the command line runs on the server's machine. Terms and periods by id or friendly key
 * (`LCH:XIV`, `mid_term`, `2023`); the file goes to --out or to its own name in the current
 * directory, never over an existing file without --force.
 */
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import type { Config } from '../../services/config.ts';
import { createDeps, type ServiceDeps } from '../../services/deps.ts';
import { openDatabase, readiness } from '../../services/maintenance.service.ts';
import { resolvePeriodKey, resolveTermKey } from '../../services/report-keys.ts';
import { renderReport, type ReportStage } from '../../services/report.service.ts';
import type { RenderReportInput } from '../../services/report.schemas.ts';
import { HELP } from '../help.ts';
import type { CliIo } from '../io.ts';
import { refusesExisting, saveReportFile } from '../report-file.ts';
import { t, type Lang } from '../messages.ts';
import { parseReportFlags, type ReportFlags } from '../report-args.ts';
import { configFrom } from './ops-config.ts';

type Env = Record<string, string | undefined>;

/** The service input the flags name, with their keys resolved to ids. */
async function inputOf(deps: ServiceDeps, flags: ReportFlags): Promise<RenderReportInput> {
  const terms = [];
  for (const key of flags.terms) terms.push(await resolveTermKey(deps, SYSTEM_ACTOR, key));
  const [first] = terms;
  if (first === undefined) throw new Error('parseReportFlags guarantees a term');
  switch (flags.kind) {
    case 'appendix':
    case 'summary': {
      const asOfPeriodIds = [];
      for (const key of flags.asOf) asOfPeriodIds.push((await resolvePeriodKey(deps, SYSTEM_ACTOR, first, key)).id);
      return { kind: flags.kind, format: flags.format, termId: first.id, asOfPeriodIds, showNextTarget: flags.nextTarget, showNote: flags.note };
    }
    case 'compare-terms':
      return { kind: 'compare-terms', format: flags.format, termId: first.id };
    case 'compare-orgs': {
      const asOfPeriodIds = [];
      for (const [index, key] of flags.asOf.entries()) {
        const term = terms[index];
        if (term !== undefined) asOfPeriodIds.push((await resolvePeriodKey(deps, SYSTEM_ACTOR, term, key)).id);
      }
      return { kind: 'compare-orgs', format: flags.format, termIds: terms.map((term) => term.id), ...(asOfPeriodIds.length > 0 ? { asOfPeriodIds } : {}) };
    }
  }
}

function refuse(io: CliIo, lang: Lang, key: 'report.notReady', values: Record<string, string>): void {
  io.stderr(`${t(lang, 'error.prefix')}: ${t(lang, key, values)}`);
}

async function run(config: Config, flags: ReportFlags, io: CliIo): Promise<number> {
  if (refusesExisting(flags, io)) return 1;
  const progress = (stage: ReportStage): void => {
    if (!flags.quiet) io.stderr(t(flags.lang, `report.${stage}`, { format: flags.format.toUpperCase() }));
  };
  const database = await openDatabase(config);
  try {
    if ((await readiness(database)) !== null) {
      refuse(io, flags.lang, 'report.notReady', { location: database.location });
      return 1;
    }
    const deps = createDeps(database.db);
    const report = await renderReport(deps, SYSTEM_ACTOR, await inputOf(deps, flags), progress);
    return await saveReportFile(report, flags, io);
  } finally {
    await database.close();
  }
}

/** Runs `report`; returns the exit code. */
export async function runReport(argv: string[], io: CliIo, env: Env): Promise<number> {
  const flags = parseReportFlags(argv, env.RESOLUTE_LANG);
  if (flags.help) {
    io.stdout(HELP.report[flags.lang]);
    return 0;
  }
  const config = configFrom(env, io, flags.lang);
  return config === null ? 1 : run(config, flags, io);
}
