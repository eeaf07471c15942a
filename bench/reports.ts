/**
 * Report writing speed: the time to produce the results appendix in each format (XLSX, DOCX,
 * PDF, CSV) for the demo's Lai Châu XIV term (two as-of periods, assembled by the report
 * service from a temporary SQLite database with the demo loaded) and for a synthetic
 * framework of 500 indicators x 4 periods (report data built directly), each next to
 * JSON.stringify of the same data in the same run: the cost of laying out and writing a
 * document over merely serialising what it says.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STATUS_ORDER, STATUS_WORD } from '../src/domain/vocabulary/index.ts';
import { renderAppendix } from '../src/reports/index.ts';
import type { AppendixData, AppendixGroup, AppendixIndicator, ReportFormat } from '../src/reports/index.ts';
import { SYSTEM_ACTOR } from '../src/services/actor.ts';
import { loadConfig } from '../src/services/config.ts';
import { demoId, loadDemo } from '../src/services/demo/load-demo.ts';
import { createDeps } from '../src/services/deps.ts';
import { migrate, openDatabase } from '../src/services/maintenance.service.ts';
import { appendixData } from '../src/services/report.service.ts';
import { measure, measureAsync, report } from './measure.ts';

const FORMATS: readonly ReportFormat[] = ['xlsx', 'docx', 'pdf', 'csv'];
/** Seconds each format is timed for (after one warm-up write). */
const SECONDS = 2;

/** The demo's XIV appendix as of the mid-term and the term end, as the report service assembles it. */
async function demoAppendix(): Promise<AppendixData> {
  const dataDir = mkdtempSync(join(tmpdir(), 'resolute-bench-reports-'));
  try {
    const database = await openDatabase(loadConfig({ DATA_DIR: dataDir }));
    try {
      await migrate(database);
      const now = new Date('2025-03-01T08:00:00.000Z');
      await loadDemo(database, now);
      const deps = createDeps(database.db, { clock: () => now });
      return await appendixData(deps, SYSTEM_ACTOR, { termId: demoId('term/XIV'), asOfPeriodIds: [demoId('XIV/period/mid'), demoId('XIV/period/end')] });
    } finally {
      await database.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * A synthetic appendix: `groups` groups of `perGroup` indicators, every fourth one a component
 * of the item before it, each with a figure, a percentage and a status for every one of `periods` periods.
 */
export function syntheticAppendix(indicatorCount = 500, periodCount = 4, groupCount = 4): AppendixData {
  const periods = Array.from({ length: periodCount }, (_, i) => ({ id: `p${i + 1}`, label: `Ước thực hiện năm ${2021 + i}`, startYear: 2021 + i, endYear: 2021 + i }));
  const perGroup = Math.ceil(indicatorCount / groupCount);
  const groups: AppendixGroup[] = [];
  let n = 0;
  for (let g = 0; g < groupCount; g += 1) {
    const indicators: AppendixIndicator[] = [];
    let parent: string | null = null;
    for (let i = 0; i < perGroup && n < indicatorCount; i += 1, n += 1) {
      const isComponent = parent !== null && i % 4 !== 0;
      const id = `i${n + 1}`;
      indicators.push({
        id,
        number: isComponent ? '-' : String(n + 1),
        parentId: isComponent ? parent : null,
        name: `Chỉ tiêu tổng hợp số ${n + 1} về phát triển kinh tế - xã hội của tỉnh`,
        unit: n % 3 === 0 ? '%' : 'tỷ đồng',
        targetText: n % 3 === 0 ? '9-10' : '≥ 1.000',
        results: periods.map((period, p) => {
          const status = STATUS_ORDER[(n + p) % STATUS_ORDER.length] ?? 'achieved';
          return {
            periodId: period.id, value: ((n * 7919 + p * 104729) % 100000) / 100, valueText: null, decimals: 2,
            percentOfTarget: ((n * 31 + p * 17) % 1500) / 10, status, statusWord: STATUS_WORD[status], explanation: null,
          };
        }),
        nextTargetText: null,
        note: null,
      });
      if (!isComponent) parent = id;
    }
    groups.push({ numeral: ['I', 'II', 'III', 'IV', 'V', 'VI'][g] ?? String(g + 1), name: `Nhóm chỉ tiêu thứ ${g + 1}`, indicators });
  }
  return {
    header: { layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH MẪU', issuer: 'TỈNH ỦY', number: null, place: 'Mẫu', date: '2025-03-01' },
    organisationName: 'Tỉnh Mẫu', congress: 'XIV', termStartYear: 2020, termEndYear: 2025, periods, groups,
    showNextTarget: false, showNote: false, summaries: [], disagreements: [],
  };
}

/** Times each format of `data`'s appendix against JSON.stringify of the same data, one line each. */
async function benchData(name: string, data: AppendixData): Promise<void> {
  const json = measure(() => JSON.stringify(data), 1, 0.5);
  const perFile = (rate: number): string => `${(1000 / rate).toLocaleString('en-US', { maximumFractionDigits: rate > 1000 ? 3 : 1 })} ms`;
  for (const format of FORMATS) {
    try {
      const real = await measureAsync(() => renderAppendix(data, format), 1, SECONDS);
      console.log(report(`reports ${format}, ${name} (${perFile(real.rate)} per file)`, 'files/s', real.rate, json.rate, `JSON.stringify of the same data, ${perFile(json.rate)}`));
    } catch (error) {
      // The PDF needs a font with Vietnamese glyphs (fonts-liberation2); without it that line is skipped, not the run.
      console.log(`reports ${format}, ${name}: skipped, ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Runs the report benchmarks: the demo term's appendix, then the synthetic 500 x 4 one. */
export async function benchReports(): Promise<void> {
  const demo = await demoAppendix();
  const demoRows = demo.groups.reduce((sum, group) => sum + group.indicators.length, 0);
  await benchData(`demo XIV appendix (${demoRows} indicators x ${demo.periods.length} periods)`, demo);
  await benchData('synthetic appendix (500 indicators x 4 periods)', syntheticAppendix());
}
