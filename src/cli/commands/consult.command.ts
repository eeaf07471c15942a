/**
 * `resolute consult open|close|import-comments|synthesis|export`: public consultations on a
 * draft from the command line. They run as the system on the configured database
 * (DATABASE_URL / DATA_DIR, as `serve` uses) and call the same services as the routes. A
 * consultation is named by its id or its public address (slug).
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Consultation } from '../../domain/consultation/consultation.ts';
import { ResoluteError } from '../../domain/errors.ts';
import { SYSTEM_ACTOR } from '../../services/actor.ts';
import { exportComments } from '../../services/comment-export.service.ts';
import { importComments, type ImportResult } from '../../services/comment-import.service.ts';
import type { Config } from '../../services/config.ts';
import { consultationReportData, renderConsultationReport } from '../../services/consultation-report.service.ts';
import { getSynthesis } from '../../services/consultation-synthesis.service.ts';
import { closeConsultation, getConsultationDetail, loadBySlug, loadConsultation, openConsultation, stateOf } from '../../services/consultation.service.ts';
import { createDeps, type ServiceDeps } from '../../services/deps.ts';
import { openDatabase, readiness } from '../../services/maintenance.service.ts';
import { parseConsultFlags, type ConsultFlags } from '../consult-args.ts';
import { CONSULT_HELP, consultWord, ct } from '../consult-messages.ts';
import type { CliIo } from '../io.ts';
import { t, type Lang } from '../messages.ts';
import { countText, momentText, synthesisText } from '../render/synthesis-text.ts';
import { refusesExisting, saveReportFile, type FileFlags } from '../report-file.ts';
import { configFrom } from './ops-config.ts';

type Env = Record<string, string | undefined>;
type Sub<S extends string> = Extract<ConsultFlags, { sub: S }>;

/** Opens the configured database, checks it is migrated, runs `fn`, closes it. */
async function withDatabase(env: Env, lang: Lang, io: CliIo, fn: (deps: ServiceDeps) => Promise<number>): Promise<number> {
  const config: Config | null = configFrom(env, io, lang);
  if (config === null) return 1;
  const database = await openDatabase(config);
  try {
    if ((await readiness(database)) !== null) {
      io.stderr(`${t(lang, 'error.prefix')}: ${t(lang, 'report.notReady', { location: database.location })}`);
      return 1;
    }
    return await fn(createDeps(database.db));
  } finally {
    await database.close();
  }
}

/** A consultation by id, else by its public address; `record_not_found` naming what was given. */
async function resolveConsultation(deps: ServiceDeps, key: string): Promise<Consultation> {
  try {
    return (await loadConsultation(deps.db, key)).consultation;
  } catch (error) {
    if (!(error instanceof ResoluteError) || error.code !== 'record_not_found') throw error;
  }
  return loadBySlug(deps.db, key);
}

function addressOf(consultation: Consultation): string {
  return `/gop-y/${consultation.slug}`;
}

async function runOpen(deps: ServiceDeps, flags: Sub<'open'>, io: CliIo): Promise<number> {
  const consultation = await openConsultation(deps, SYSTEM_ACTOR, {
    documentId: flags.documentId, opensOn: flags.from, closesOn: flags.to, verification: flags.verifyEmail ? 'email' : 'none',
    ...(flags.fromTime === null ? {} : { openTime: flags.fromTime }), ...(flags.toTime === null ? {} : { closeTime: flags.toTime }),
    ...(flags.title === null ? {} : { title: flags.title }), ...(flags.slug === null ? {} : { slug: flags.slug }),
  });
  if (flags.json) {
    io.stdout(JSON.stringify({ schemaVersion: 1, consultation, address: addressOf(consultation) }, null, 2));
    return 0;
  }
  const lang = flags.lang;
  io.stdout(ct(lang, 'open.done', { id: consultation.id, title: consultation.title }));
  io.stdout(ct(lang, 'open.address', { path: addressOf(consultation) }));
  io.stdout(ct(lang, 'open.window', { opens: momentText(lang, consultation.opensAt), closes: momentText(lang, consultation.closesAt) }));
  if (consultation.verification === 'email') io.stdout(ct(lang, 'open.verify'));
  return 0;
}

async function runClose(deps: ServiceDeps, flags: Sub<'close'>, io: CliIo): Promise<number> {
  const found = await resolveConsultation(deps, flags.consultation);
  if (stateOf(found, deps.clock()).state === 'closed') {
    const at = found.closedAt !== null && Date.parse(found.closedAt) < Date.parse(found.closesAt) ? found.closedAt : found.closesAt;
    io.stderr(`${t(flags.lang, 'error.prefix')}: ${ct(flags.lang, 'close.already', { title: found.title, at: momentText(flags.lang, at) })}`);
    return 1;
  }
  const closed = await closeConsultation(deps, SYSTEM_ACTOR, { consultationId: found.id, version: found.version });
  if (flags.json) io.stdout(JSON.stringify({ schemaVersion: 1, consultation: closed, address: addressOf(closed) }, null, 2));
  else io.stdout(ct(flags.lang, 'close.done', { id: closed.id, title: closed.title, at: momentText(flags.lang, closed.closedAt ?? deps.clock()) }));
  return 0;
}

/** The file's bytes; a missing or unreadable file is a `not_found` error naming it. */
async function readSheet(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw new ResoluteError('not_found', `Cannot read ${path}`, { path });
    throw error;
  }
}

function printImport(io: CliIo, flags: Sub<'import-comments'>, consultation: Consultation, result: ImportResult): void {
  const lang = flags.lang;
  if (flags.json) {
    io.stdout(JSON.stringify({ schemaVersion: 1, consultation: { id: consultation.id, slug: consultation.slug }, file: flags.file, channel: flags.channel, ...result }, null, 2));
    return;
  }
  io.stdout(ct(lang, 'import.done', {
    imported: countText(lang, result.imported), title: consultation.title, channel: consultWord.channel(lang, flags.channel),
    spam: countText(lang, result.spam), duplicates: countText(lang, result.duplicatesFound),
  }));
  const rows = (list: ImportResult['refused']) => list.flatMap((r) => r.messages.map((message) => ct(lang, 'import.row', { row: r.row, message })));
  if (result.refused.length > 0) io.stdout([ct(lang, 'import.refused', { count: countText(lang, result.refused.length) }), ...rows(result.refused)].join('\n'));
  if (result.warnings.length > 0) io.stdout([ct(lang, 'import.warnings', { count: countText(lang, result.warnings.length) }), ...rows(result.warnings)].join('\n'));
  if (result.imported === 0) io.stdout(ct(lang, 'import.nothing'));
}

async function runImport(deps: ServiceDeps, flags: Sub<'import-comments'>, io: CliIo): Promise<number> {
  const lang = flags.lang;
  const bytes = await readSheet(flags.file);
  const consultation = await resolveConsultation(deps, flags.consultation);
  if (!flags.quiet) io.stderr(ct(lang, 'import.reading', { file: flags.file }));
  let reported = -1;
  const onProgress = (done: number, total: number): void => {
    if (flags.quiet || done === reported) return;
    reported = done;
    io.stderr(ct(lang, 'import.progress', { done: countText(lang, done), total: countText(lang, total) }));
  };
  let result: ImportResult;
  try {
    result = await importComments(deps, SYSTEM_ACTOR, { consultationId: consultation.id, channel: flags.channel, fileName: basename(flags.file) }, bytes, onProgress);
  } catch (error) {
    // The sheet reader says in both languages why a file is no comment sheet.
    const reason = error instanceof ResoluteError ? error.details[lang === 'vi' ? 'reason_vi' : 'reason_en'] : undefined;
    if (reason === undefined) throw error;
    io.stderr(`${t(lang, 'error.prefix')}: ${ct(lang, 'import.unreadable', { file: flags.file, reason: String(reason) })}`);
    return 1;
  }
  printImport(io, flags, consultation, result);
  return result.imported === 0 ? 1 : 0;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Writes a rendered file to --out (a file, or a directory: the file's own name in it) or its own name here. */
async function save(report: { fileName: string; body: Buffer }, flags: FileFlags, io: CliIo): Promise<number> {
  const out = flags.out !== null && isDirectory(flags.out) ? join(flags.out, report.fileName) : flags.out;
  return saveReportFile(report, { ...flags, out }, io);
}

/** The early refusal of an existing --out file (a directory is checked once the name is known). */
function refusesOut(flags: FileFlags, io: CliIo): boolean {
  return flags.out !== null && !isDirectory(flags.out) && refusesExisting(flags, io);
}

async function runSynthesis(deps: ServiceDeps, flags: Sub<'synthesis'>, io: CliIo): Promise<number> {
  const lang = flags.lang;
  if (refusesOut(flags, io)) return 1;
  const consultation = await resolveConsultation(deps, flags.consultation);
  if (flags.format !== null) {
    if (!flags.quiet) io.stderr(ct(lang, 'report.writing', { report: ct(lang, 'report.synthesis'), format: flags.format.toUpperCase() }));
    return save(await renderConsultationReport(deps, SYSTEM_ACTOR, { consultationId: consultation.id, report: 'synthesis', format: flags.format }), flags, io);
  }
  if (flags.json) {
    const data = await consultationReportData(deps, SYSTEM_ACTOR, { consultationId: consultation.id, report: 'synthesis' });
    io.stdout(JSON.stringify({ schemaVersion: 1, ...data }, null, 2));
    return 0;
  }
  const now = deps.clock();
  const [synthesis, detail] = await Promise.all([
    getSynthesis(deps, SYSTEM_ACTOR, { consultationId: consultation.id }), getConsultationDetail(deps, SYSTEM_ACTOR, { consultationId: consultation.id }),
  ]);
  io.stdout(synthesisText(lang, synthesis, detail.organisationName, now));
  return 0;
}

async function runExport(deps: ServiceDeps, flags: Sub<'export'>, io: CliIo): Promise<number> {
  const lang = flags.lang;
  if (refusesOut(flags, io)) return 1;
  const consultation = await resolveConsultation(deps, flags.consultation);
  const format = flags.format;
  if (flags.what === 'disposition') {
    if (!flags.quiet) io.stderr(ct(lang, 'report.writing', { report: ct(lang, 'report.disposition'), format: format.toUpperCase() }));
    return save(await renderConsultationReport(deps, SYSTEM_ACTOR, { consultationId: consultation.id, report: 'disposition', format }), flags, io);
  }
  if (format === 'docx' || format === 'pdf') throw new Error('consult-args.ts allows only csv, xlsx and json for comments');
  if (!flags.quiet) io.stderr(ct(lang, 'export.writing', { format: format.toUpperCase() }));
  const file = await exportComments(deps, SYSTEM_ACTOR, {
    consultationId: consultation.id, format, withContact: flags.withContact, ...(flags.state === null ? {} : { states: [flags.state] }),
  });
  if (!flags.quiet) io.stderr(ct(lang, 'export.count', { count: countText(lang, file.count), contact: flags.withContact ? ct(lang, 'export.contact') : '' }));
  return save(file, flags, io);
}

/** Runs `consult …`; returns the exit code. */
export async function runConsult(argv: string[], io: CliIo, env: Env): Promise<number> {
  const flags = parseConsultFlags(argv, env.RESOLUTE_LANG);
  switch (flags.sub) {
    case 'help':
      io.stdout(CONSULT_HELP[flags.lang]);
      return 0;
    case 'open':
      return withDatabase(env, flags.lang, io, (deps) => runOpen(deps, flags, io));
    case 'close':
      return withDatabase(env, flags.lang, io, (deps) => runClose(deps, flags, io));
    case 'import-comments':
      return withDatabase(env, flags.lang, io, (deps) => runImport(deps, flags, io));
    case 'synthesis':
      return withDatabase(env, flags.lang, io, (deps) => runSynthesis(deps, flags, io));
    case 'export':
      return withDatabase(env, flags.lang, io, (deps) => runExport(deps, flags, io));
  }
}
