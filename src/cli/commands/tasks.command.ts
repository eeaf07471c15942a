/**
 * `resolute tasks import FILE [--save --term KEY] [--json]`, `resolute tasks due [--days N]
 * [--today YYYY-MM-DD] [--json]`, `resolute tasks report --plan ID --format … [--out FILE]
 * [--force]`: the plan and task commands. They run as the system on the configured database
 * (DATABASE_URL / DATA_DIR, as `serve` uses); `import` without --save reads the file only.
 */
import { formatVnDate } from '../../domain/vn-date.ts';
import type { ExtractedTask } from '../../domain/plan.ts';
import { TASK_KIND_WORD } from '../../domain/vocabulary/index.ts';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import type { Config } from '../../services/config.ts';
import { createDeps } from '../../services/deps.ts';
import { openDatabase, readiness } from '../../services/maintenance.service.ts';
import { importPlan, readPlanDocument, type PlanImport } from '../../services/plan.service.ts';
import { resolveTermKey } from '../../services/report-keys.ts';
import { configuredNotifiers } from '../../services/task-reminders.ts';
import { runDueCheck, type CheckedTask, type DueCheckResult } from '../../services/task-scheduler.ts';
import { renderTaskReport } from '../../services/task-report.service.ts';
import type { CliIo } from '../io.ts';
import { refusesExisting, saveReportFile } from '../report-file.ts';
import { t, type Lang } from '../messages.ts';
import { progressReporter } from '../progress.ts';
import { renderTable } from '../render/text-table.ts';
import { parseTaskFlags, type TaskFlags } from '../tasks-args.ts';
import { TASKS_HELP, tt } from '../tasks-messages.ts';
import { configFrom } from './ops-config.ts';

type Env = Record<string, string | undefined>;
type ImportFlags = Extract<TaskFlags, { sub: 'import' }>;
type DueFlags = Extract<TaskFlags, { sub: 'due' }>;
type ReportFlags = Extract<TaskFlags, { sub: 'report' }>;

/** Opens the configured database, checks it is migrated, runs `fn`, closes it. */
async function withDatabase(config: Config, lang: Lang, io: CliIo, fn: (deps: ReturnType<typeof createDeps>) => Promise<number>, clock?: () => Date): Promise<number> {
  const database = await openDatabase(config);
  try {
    if ((await readiness(database)) !== null) {
      io.stderr(`${t(lang, 'error.prefix')}: ${tt(lang, 'due.notReady', { location: database.location })}`);
      return 1;
    }
    return await fn(createDeps(database.db, clock === undefined ? {} : { clock }));
  } finally {
    await database.close();
  }
}

function taskTable(lang: Lang, tasks: readonly ExtractedTask[]): string {
  const none = '—';
  return renderTable(
    [
      { header: tt(lang, 'col.no') }, { header: tt(lang, 'col.title'), max: 60 }, { header: tt(lang, 'col.kind'), max: 24 },
      { header: tt(lang, 'col.lead'), max: 32 }, { header: tt(lang, 'col.supporting'), max: 32 }, { header: tt(lang, 'col.due'), max: 24 },
      { header: tt(lang, 'col.line'), align: 'right' },
    ],
    tasks.map((task) => [
      task.number ?? none, task.title, TASK_KIND_WORD[task.kind], task.leadUnitText ?? none, task.supportingUnitsText ?? none,
      task.dueDate !== null ? formatVnDate(task.dueDate) : (task.dueText ?? none), String(task.sourceLine),
    ]),
  );
}

async function runImport(env: Env, flags: ImportFlags, io: CliIo): Promise<number> {
  const progress = progressReporter(io, flags.lang, flags.quiet);
  const { meta, tasks } = await readPlanDocument(flags.file, progress.stage);
  progress.done();
  let saved: PlanImport | null = null;
  if (flags.save && tasks.length > 0) {
    const config = configFrom(env, io, flags.lang);
    if (config === null) return 1;
    const code = await withDatabase(config, flags.lang, io, async (deps) => {
      const term = await resolveTermKey(deps, SYSTEM_ACTOR, flags.term ?? '');
      saved = await importPlan(deps, SYSTEM_ACTOR, { termId: term.id, path: flags.file });
      return 0;
    });
    if (code !== 0) return code;
  }
  if (flags.json) {
    io.stdout(JSON.stringify({ schemaVersion: 1, source: { file: flags.file }, document: { title: meta.title, number: meta.number, date: meta.date, kind: meta.kind }, tasks, saved }, null, 2));
  } else {
    const none = '—';
    io.stdout(tt(flags.lang, 'import.document', { title: meta.title ?? none, number: meta.number ?? none, date: meta.date === null ? none : formatVnDate(meta.date) }));
    io.stdout(tasks.length === 0 ? tt(flags.lang, 'import.none') : `${tt(flags.lang, 'import.count', { count: tasks.length })}\n\n${taskTable(flags.lang, tasks)}`);
    printSaved(io, flags, saved);
  }
  return tasks.length === 0 ? 2 : 0;
}

function printSaved(io: CliIo, flags: ImportFlags, saved: PlanImport | null): void {
  if (saved === null) {
    if (!flags.save) io.stderr(tt(flags.lang, 'import.hint'));
    return;
  }
  io.stdout(`\n${tt(flags.lang, 'import.saved', { planId: saved.plan.id, tasks: saved.tasks, headings: saved.headings, assigned: saved.assigned })}`);
  if (saved.unmatchedUnits.length > 0) io.stdout(tt(flags.lang, 'import.unmatched', { units: saved.unmatchedUnits.join('; ') }));
}

function checkedTable(lang: Lang, tasks: readonly CheckedTask[]): string {
  return renderTable(
    [{ header: tt(lang, 'col.title'), max: 60 }, { header: tt(lang, 'col.plan'), max: 40 }, { header: tt(lang, 'col.due') }, { header: tt(lang, 'col.days'), align: 'right' }, { header: tt(lang, 'col.users'), align: 'right' }],
    tasks.map((task) => [task.title, task.planTitle, formatVnDate(task.dueDate), String(task.days), String(task.userIds.length)]),
  );
}

function printCheck(io: CliIo, flags: DueFlags, result: DueCheckResult): void {
  if (flags.json) {
    io.stdout(JSON.stringify({ schemaVersion: 1, ...result }, null, 2));
    return;
  }
  const lang = flags.lang;
  io.stdout(tt(lang, 'due.header', { day: formatVnDate(result.day), days: flags.days }));
  io.stdout(`\n${tt(lang, 'due.soon', { count: result.dueSoon.length })}`);
  if (result.dueSoon.length > 0) io.stdout(checkedTable(lang, result.dueSoon));
  io.stdout(`\n${tt(lang, 'due.overdue', { count: result.overdue.length })}`);
  if (result.overdue.length > 0) io.stdout(checkedTable(lang, result.overdue));
  const delivered = Object.entries(result.delivered).map(([channel, count]) => `${channel} ${count}`).join(', ') || '0';
  io.stdout(`\n${tt(lang, 'due.recorded', { recorded: result.recorded, delivered, failed: result.failed })}`);
}

/** Noon in Vietnam on `day` (05:00 UTC): the clock of a check run "as of" that day. */
function noonInVietnam(day: string): Date {
  return new Date(`${day}T05:00:00.000Z`);
}

async function runDue(env: Env, flags: DueFlags, io: CliIo): Promise<number> {
  const config = configFrom(env, io, flags.lang);
  if (config === null) return 1;
  const clock = flags.today === null ? undefined : () => noonInVietnam(flags.today ?? '');
  return withDatabase(config, flags.lang, io, async (deps) => {
    const notifiers = configuredNotifiers(config);
    try {
      const result = await runDueCheck(deps, {
        days: flags.days, notifiers,
        onError: (error) => io.stderr(`${t(flags.lang, 'error.prefix')}: ${error instanceof Error ? error.message : String(error)}`),
      });
      printCheck(io, flags, result);
      return 0;
    } finally {
      for (const notifier of notifiers) await notifier.close?.();
    }
  }, clock);
}

async function runReport(env: Env, flags: ReportFlags, io: CliIo): Promise<number> {
  if (refusesExisting(flags, io)) return 1;
  const config = configFrom(env, io, flags.lang);
  if (config === null) return 1;
  return withDatabase(config, flags.lang, io, async (deps) => {
    if (!flags.quiet) io.stderr(tt(flags.lang, 'report.writing', { format: flags.format.toUpperCase() }));
    const report = await renderTaskReport(deps, SYSTEM_ACTOR, { planId: flags.plan, format: flags.format });
    return saveReportFile(report, flags, io);
  });
}

/** Runs `tasks …`; returns the exit code. */
export async function runTasks(argv: string[], io: CliIo, env: Env): Promise<number> {
  const flags = parseTaskFlags(argv, env.RESOLUTE_LANG);
  switch (flags.sub) {
    case 'help':
      io.stdout(TASKS_HELP[flags.lang]);
      return 0;
    case 'import':
      return runImport(env, flags, io);
    case 'due':
      return runDue(env, flags, io);
    case 'report':
      return runReport(env, flags, io);
  }
}
