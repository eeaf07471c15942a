/**
 * `npm run bench`: the throughput of the document reader and of the evaluator, each next
 * to a baseline measured in the same run (these machines are noisy; the ratio is what to watch).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/domain/evaluate.ts';
import type { Target } from '../src/domain/target.ts';
import { structureText } from '../src/ingest/read-document.ts';
import { measure, report } from './measure.ts';
import { benchStoreWrites } from './store-writes.ts';
import { benchHttp } from './http.ts';
import { benchReports } from './reports.ts';
import { benchConsultation } from './consultation.ts';
import { benchConsultationImport } from './consultation-import.ts';
import { benchConsultationIngest } from './consultation-ingest.ts';
import { benchConsultationHttp } from './consultation-http.ts';

const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

function benchDocuments(): void {
  let files: string[];
  try {
    files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  } catch {
    console.log(`documents: skipped, no seeds at ${seedsDir}`);
    return;
  }
  const texts = files.map((name) => readFileSync(seedsDir + name, 'utf8'));
  const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const real = measure(() => texts.forEach((text) => structureText(text)), texts.length, 3);
  // Baseline: one plain pass that splits the lines and runs a regex over each.
  const baseline = measure(
    () => texts.forEach((text) => text.split('\n').filter((line) => /\d+[.,]?\d*\s*%/.test(line)).length),
    texts.length,
    1,
  );
  console.log(report('documents read', 'docs/s', real.rate, baseline.rate, 'split + regex over the same text'));
  console.log(report('text read', 'MB/s', (real.rate / texts.length) * megabytes, (baseline.rate / texts.length) * megabytes, 'split + regex'));
}

/** A deterministic mix of targets like the ones resolutions set. */
function targetMix(): Target[] {
  const common = { unit: '%', basis: null, per: null, year: null, minInclusive: true, maxInclusive: true } as const;
  return [
    { ...common, text: '53%', kind: 'point', value: 53, min: 53, max: 53, direction: 'increase' },
    { ...common, text: '9-10%/năm', kind: 'range', min: 9, max: 10, per: 'year', direction: 'increase' },
    { ...common, text: 'trên 95%', kind: 'at_least', min: 95, max: null, minInclusive: false, direction: 'increase' },
    { ...common, text: 'dưới 15%', kind: 'at_most', min: null, max: 15, maxInclusive: false, direction: 'decrease' },
    { ...common, text: 'khoảng 10%', kind: 'approx', min: 10, max: 10, direction: 'increase' },
  ];
}

function benchEvaluation(): void {
  const pairs = 1_000_000;
  const targets = targetMix();
  const values = Float64Array.from({ length: pairs }, (_, i) => ((i * 7919) % 1000) / 10);
  const real = measure(() => {
    for (let i = 0; i < pairs; i += 1) {
      evaluate(targets[i % targets.length] as Target, { value: values[i] ?? 0 }, { stage: 'final' });
    }
  }, pairs, 3);
  // Baseline: the bare comparison of each value with a number, no rules, no explanation.
  const bounds = targets.map((target) => target.min ?? target.max ?? 0);
  let sink = 0;
  const baseline = measure(() => {
    for (let i = 0; i < pairs; i += 1) sink += (values[i] ?? 0) >= (bounds[i % bounds.length] ?? 0) ? 1 : 0;
  }, pairs, 1);
  console.log(report('evaluation', 'pairs/s', real.rate, baseline.rate, `plain comparison loop${sink < 0 ? '' : ''}`));
}

/** Every benchmark by name; `npm run bench -- http reports` runs only those named. */
const BENCHMARKS: Record<string, () => void | Promise<void>> = {
  documents: benchDocuments,
  evaluation: benchEvaluation,
  'store-writes': benchStoreWrites,
  http: benchHttp,
  reports: benchReports,
  consultation: benchConsultation,
  'consultation-ingest': benchConsultationIngest,
  'consultation-import': benchConsultationImport,
  'consultation-http': benchConsultationHttp,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Choose from: ${Object.keys(BENCHMARKS).join(', ')}`);
  process.exit(2);
}
console.log(`resolute benchmarks (node ${process.version})`);
for (const [name, run] of Object.entries(BENCHMARKS)) {
  if (chosen.length === 0 || chosen.includes(name)) await run();
}
