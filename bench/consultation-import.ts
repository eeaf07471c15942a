/**
 * A sheet of meeting comments imported through the service (`importComments`: rows handed
 * to the intake 250 at a time, so it writes a few transactions), next to the same rows
 * entered one after another with `enterOfflineComment` (one transaction per row: what an
 * import did before), on SQLite and on PostgreSQL when it answers. BENCH_IMPORT_ROWS sets
 * the number of rows (default 5,000); every fifth row repeats an earlier one, as meeting
 * minutes do.
 */
import { fileURLToPath } from 'node:url';
import { syntheticComments } from '../src/domain/consultation/synthetic-comments.ts';
import { STANCE_WORD, RESPONDENT_TYPE_WORD } from '../src/domain/vocabulary/index.ts';
import { importComments } from '../src/services/comment-import.service.ts';
import { enterOfflineComment } from '../src/services/comment-submission.service.ts';
import { openConsultation } from '../src/services/consultation.service.ts';
import { importDocument } from '../src/services/document-import.service.ts';
import { seedWorld } from '../src/services/testing/fixtures.ts';
import type { TestEngine } from '../src/store/contract/engines.ts';
import { countCommentsByState, migrateToLatest } from '../src/store/index.ts';
import { onBenchEngines } from './engines.ts';
import { report, sizeFromEnv } from './measure.ts';

const DEFAULT_ROWS = 5_000;
const SAMPLE_DRAFT = fileURLToPath(new URL('../examples/nghi-quyet-mau.txt', import.meta.url));

export interface ImportFigures {
  engine: string;
  rows: number;
  importRate: number;
  oneByOneRate: number;
  imported: number;
  stored: number;
  baselineStored: number;
}

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV sheet of `rows` comments ("Nội dung góp ý", "Ý kiến", "Lý do", "Đối tượng"). */
export function commentSheet(rows: number): { csv: Uint8Array; comments: ReturnType<typeof sheetRows> } {
  const comments = sheetRows(rows);
  const lines = [['Nội dung góp ý', 'Ý kiến', 'Lý do', 'Đối tượng'].join(',')];
  for (const c of comments) lines.push([c.text, STANCE_WORD[c.stance], c.reason ?? '', RESPONDENT_TYPE_WORD[c.respondentType]].map(csvCell).join(','));
  return { csv: new TextEncoder().encode(lines.join('\n')), comments };
}

function sheetRows(rows: number) {
  return [...syntheticComments(rows, { duplicateShare: 0.2 })].map((c) => ({
    text: c.text, stance: c.stance, respondentType: c.respondentType, reason: c.stance === 'disagree' ? 'Chưa sát với thực tế địa phương.' : null,
  }));
}

/** Imports `rows` comments both ways into two consultations of one fresh database. */
export async function runImportBench(engine: TestEngine, rows: number): Promise<ImportFigures> {
  const database = await engine.open();
  try {
    await migrateToLatest(database);
    const world = await seedWorld(database.db);
    const { deps } = world;
    const actor = world.actors.secretariat;
    const document = await importDocument(deps, actor, { termId: world.term.id, path: SAMPLE_DRAFT });
    const open = (title: string) => openConsultation(deps, actor, { documentId: document.id, title, opensOn: '2024-01-15', closesOn: '2024-12-31' });
    const imported = await open('Góp ý dự thảo (nhập từ tệp)');
    const oneByOne = await open('Góp ý dự thảo (nhập từng ý kiến)');
    const sheet = commentSheet(rows);

    let started = performance.now();
    const result = await importComments(deps, actor, { consultationId: imported.id, channel: 'meeting', fileName: 'gop-y-hoi-nghi.csv' }, sheet.csv);
    const importMs = performance.now() - started;

    started = performance.now();
    for (const c of sheet.comments) {
      await enterOfflineComment(deps, actor, {
        consultationId: oneByOne.id, channel: 'meeting', target: { kind: 'draft' }, stance: c.stance, text: c.text, respondentType: c.respondentType,
        ...(c.reason === null ? {} : { reason: c.reason }),
      });
    }
    const oneByOneMs = performance.now() - started;
    const total = async (id: string) => Object.values(await countCommentsByState(database.db, id)).reduce((a, b) => a + b, 0);
    return {
      engine: engine.name, rows, importRate: rows / (importMs / 1000), oneByOneRate: rows / (oneByOneMs / 1000), imported: result.imported,
      stored: await total(imported.id), baselineStored: await total(oneByOne.id),
    };
  } finally {
    await engine.dispose(database);
  }
}

/** The report lines of one run. */
export function importLines(f: ImportFigures): string[] {
  const name = `consultation-import (${f.engine})`;
  const lines = [report(`${name}: ${f.rows.toLocaleString('en-US')} sheet rows through importComments`, 'rows/s', f.importRate, f.oneByOneRate, 'enterOfflineComment one row at a time')];
  if (f.imported !== f.rows || f.stored !== f.rows || f.baselineStored !== f.rows) {
    lines.push(`${name}: COUNT MISMATCH: imported ${f.imported}, stored ${f.stored}, baseline ${f.baselineStored} (expected ${f.rows} each)`);
  }
  return lines;
}

/** `npm run bench -- consultation-import`: SQLite, then PostgreSQL when it answers. */
export async function benchConsultationImport(): Promise<void> {
  const rows = sizeFromEnv('BENCH_IMPORT_ROWS', DEFAULT_ROWS, 10);
  if (typeof rows === 'string') {
    console.log(`consultation-import: skipped, ${rows}`);
    return;
  }
  await onBenchEngines('consultation-import', async (engine) => {
    for (const line of importLines(await runImportBench(engine, rows))) console.log(line);
  });
}
