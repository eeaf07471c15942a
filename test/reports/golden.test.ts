/**
 * Golden checks of the official reports on the demo (SQLite): the XIV appendix as of the
 * mid-term read back from what resolute writes (the CSV records and the summary's laid-out
 * document) against the store and the evaluation; then the seed itself — report 443-BC/TU's
 * Phụ lục 3, read from ../shared/seeds at test time — row by row against our appendix. Every
 * difference must be one resolute means to make, each listed below with its reason, and each
 * status difference is explained in the report's own notes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { foldVietnamese } from '../../src/domain/fold.ts';
import { formatVnNumber } from '../../src/domain/vn-number.ts';
import { APPENDIX_RECORD_TITLE } from '../../src/domain/vocabulary/index.ts';
import { summaryDocument } from '../../src/reports/summary.ts';
import { SYSTEM_ACTOR } from '../../src/services/actor.ts';
import { createDeps, type ServiceDeps } from '../../src/services/deps.ts';
import { demoId, loadDemo } from '../../src/services/demo/load-demo.ts';
import { extractDocument } from '../../src/services/document.service.ts';
import { evaluateTerm } from '../../src/services/evaluation.service.ts';
import { migrate, openDatabase, type Database } from '../../src/services/maintenance.service.ts';
import { appendixData, renderReport, summaryData } from '../../src/services/report.service.ts';
import { listIndicators, listObservations } from '../../src/store/index.ts';

const XIV = demoId('term/XIV');
const MID = demoId('XIV/period/mid');
const END = demoId('XIV/period/end');

const dir = mkdtempSync(join(tmpdir(), 'resolute-golden-'));
let database: Database;
let deps: ServiceDeps;

before(async () => {
  database = await openDatabase({ databaseUrl: undefined, sqliteFile: join(dir, 'resolute.db') });
  await migrate(database);
  await loadDemo(database, new Date('2025-01-01T00:00:00.000Z'));
  deps = createDeps(database.db);
});

after(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** RFC 4180 records of a UTF-8 CSV with a BOM, keyed by the header's titles. */
function parseCsv(bytes: Buffer): Record<string, string>[] {
  const text = bytes.toString('utf8').replace(/^\uFEFF/u, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === '"' && text.charAt(i + 1) === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && char === '\n') {
      row.push(field.replace(/\r$/u, ''));
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  const [header = [], ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((title, i) => [title, cells[i] ?? ''])));
}

const column = (key: keyof typeof APPENDIX_RECORD_TITLE) => APPENDIX_RECORD_TITLE[key];

test('the XIV appendix as of the mid-term, read back from its CSV: every published indicator, the stored figures, the evaluated statuses', async () => {
  const csv = await renderReport(deps, SYSTEM_ACTOR, { kind: 'appendix', format: 'csv', termId: XIV, asOfPeriodIds: [MID] });
  const records = parseCsv(csv.body);
  const published = await listIndicators(deps.db, { termId: XIV, status: 'published' });
  assert.equal(published.length, 65);
  assert.deepEqual(records.map((r) => r[column('indicator_id')]).sort(), published.map((i) => i.id).sort());
  assert.ok(records.every((r) => r[column('period_id')] === MID));
  const stored = new Map((await listObservations(deps.db, { termId: XIV, periodId: MID })).map((o) => [o.indicatorId, o]));
  const evaluation = await evaluateTerm(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodId: MID });
  for (const record of records) {
    const id = record[column('indicator_id')] ?? '';
    const figure = stored.get(id);
    const value = record[column('value')] ?? '';
    assert.equal(value === '' ? null : Number(value), figure?.value ?? null, `${record[column('name')]}: value`);
    const status = evaluation.indicators.find((r) => r.indicator.id === id)?.status ?? null;
    assert.equal(record[column('status')] || null, status, `${record[column('name')]}: status`);
  }
});

test('the summary\'s narrative counts are the status cells of its table', async () => {
  const data = await summaryData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID, END] });
  const document = summaryDocument(data);
  const rows = document.tables[0]?.rows ?? [];
  for (const [index, period] of data.periods.entries()) {
    const cells = rows.map((row) => row.cells[`status_${index + 1}`]).flatMap((cell) => (cell?.kind === 'status' ? [cell.word] : []));
    const tally = new Map<string, number>();
    for (const word of cells) tally.set(word.toLocaleLowerCase('vi'), (tally.get(word.toLocaleLowerCase('vi')) ?? 0) + 1);
    const narrative = document.paragraphs.map((p) => p.text).find((text) => text.includes(period.label.slice(1)) && /\d+ chỉ tiêu (vượt|đạt)/u.test(text));
    assert.ok(narrative, `a narrative paragraph for ${period.label}`);
    const told = new Map([...narrative.matchAll(/(\d+) chỉ tiêu (vượt|đạt|chưa đạt|không đạt|khó đạt|theo lộ trình)(?=[,.])/gu)].map((m) => [m[2] ?? '', Number(m[1])]));
    assert.deepEqual([...told].sort(), [...tally].sort(), period.label);
    assert.match(narrative, /04 nhóm chỉ tiêu chủ yếu, 11 chỉ tiêu cụ thể và 54 chỉ tiêu thành phần/u);
  }
});

/** The seed's Phụ lục 3 read by the document reader at test time. */
async function seedAppendix() {
  const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
  const file = readdirSync(seeds).find((name) => name.startsWith('002_'));
  assert.ok(file, 'seed 002 is in ../shared/seeds');
  const document = await extractDocument(join(seeds, file));
  return document.indicators.filter((i) => i.source === 'table');
}

/** A name as the seed writes it matches ours when its folded words appear in ours (a lost character matches any). */
function sameName(seed: string, ours: string): boolean {
  const pattern = foldVietnamese(seed).split('\uFFFD').map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('.');
  return new RegExp(pattern, 'u').test(foldVietnamese(ours));
}

/** Every difference between the seed's appendix and ours, in table order, with why resolute differs. */
const EXPECTED_DIFFERENCES: { row: string; period: string; field: 'figure' | 'status'; seed: string; ours: string; reason: string }[] = [
  {
    row: 'Cơ cấu kinh tế: Dịch vụ', period: 'Ước thực hiện giai đoạn 2021-2023', field: 'status', seed: 'Chưa đạt', ours: 'Vượt',
    reason: 'the services share should grow: 40,14% is above the 36,43% target, so the figure exceeds it; the report wrote Chưa đạt',
  },
  {
    row: 'Cơ cấu kinh tế: Thuế sản phẩm trừ trợ cấp sản phẩm', period: 'Ước thực hiện giai đoạn 2020-2025', field: 'status', seed: 'Đạt', ours: 'Khó đạt',
    reason: '6,0% against the 8,71% target is a shortfall outside the share tolerance; an estimate of the term end that falls short is Khó đạt',
  },
  {
    row: 'Kết nạp đảng viên mới', period: 'Ước thực hiện giai đoạn 2021-2023', field: 'status', seed: 'Đạt', ours: 'Vượt',
    reason: '2.840 new members against "more than 1.000" is far past the target (Vượt); the report\'s own figure says so too',
  },
  {
    row: 'Kết nạp đảng viên mới', period: 'Ước thực hiện giai đoạn 2020-2025', field: 'status', seed: 'Vượt', ours: 'Đạt',
    reason: '">1.000" against ">1.000" shows the target met but not by how much: Đạt, not Vượt',
  },
];

test('the seed\'s Phụ lục 3 against our appendix: same rows, same figures, status words differing only where resolute says why', async () => {
  const seedRows = await seedAppendix();
  // The reader gets all 54 rows of the table, each with its two periods (seed-002.test.ts checks it row by row).
  assert.equal(seedRows.length, 54);
  const data = await appendixData(deps, SYSTEM_ACTOR, { termId: XIV, asOfPeriodIds: [MID, END] });
  const rows = data.groups.flatMap((g) => g.indicators);
  const items = rows.filter((r) => r.parentId === null);
  const ours = items.flatMap((item) => rows.filter((r) => r.parentId === item.id).map((row) => ({ item: item.number, row })));
  assert.equal(ours.length, seedRows.length);
  const differences: (typeof EXPECTED_DIFFERENCES)[number][] = [];
  for (const [index, seed] of seedRows.entries()) {
    const pair = ours[index];
    assert.ok(pair !== undefined && pair.item === seed.code && sameName(seed.name, pair.row.name), `row ${index + 1}: "${seed.name}" is "${pair?.row.name}"`);
    assert.equal(seed.observations.length, 2, seed.name);
    for (const [p, observed] of seed.observations.entries()) {
      const result = pair.row.results[p];
      const period = data.periods[p]?.label ?? '';
      assert.ok(result !== undefined);
      const figure = result.valueText ?? (result.value === null ? '' : formatVnNumber(result.value, { decimals: result.decimals, minDecimals: result.decimals }));
      const base = { row: pair.row.name, period, reason: '' };
      if (figure !== observed.text.trim()) differences.push({ ...base, field: 'figure', seed: observed.text.trim(), ours: figure });
      if ((result.statusWord ?? '') !== (observed.documentStatus ?? '')) differences.push({ ...base, field: 'status', seed: observed.documentStatus ?? '', ours: result.statusWord ?? '' });
    }
  }
  assert.deepEqual(differences.map(({ reason: _, ...d }) => d), EXPECTED_DIFFERENCES.map(({ reason: _, ...d }) => d));
  // Each one is explained in the report's notes (the stored report's word against ours).
  for (const d of EXPECTED_DIFFERENCES) {
    assert.ok(data.disagreements.some((note) => note.startsWith(`${d.row} (${d.period}):`) && note.includes(`ghi "${d.seed}"`) && note.includes(`là "${d.ours}"`)), `${d.row}, ${d.period}: noted`);
  }
  assert.equal(data.disagreements.length, EXPECTED_DIFFERENCES.length);
});
