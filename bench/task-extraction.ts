/**
 * The task reader's speed on the seeds (already structured, so only `extractTasks` is timed),
 * next to a baseline measured in the same run: one pass that folds every line and tests it
 * against a regular expression. Run alone with `node --import tsx bench/task-extraction.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { foldVietnamese } from '../src/domain/fold.ts';
import { structureText } from '../src/ingest/read-document.ts';
import { extractTasks } from '../src/ingest/tasks/index.ts';
import { measure, report } from './measure.ts';

const seedsDir = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));

/** Prints documents per second and milliseconds per document for the task reader. */
export function benchTaskExtraction(): void {
  let files: string[];
  try {
    files = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  } catch {
    console.log(`task extraction: skipped, no seeds at ${seedsDir}`);
    return;
  }
  const documents = files.map((name) => structureText(readFileSync(seedsDir + name, 'utf8')));
  const real = measure(() => documents.forEach((document) => extractTasks(document)), documents.length, 2);
  const baseline = measure(
    () => documents.forEach((document) => document.lines.filter((line) => /nhiem vu|dot pha/u.test(foldVietnamese(line.text))).length),
    documents.length,
    1,
  );
  console.log(report('task extraction', 'docs/s', real.rate, baseline.rate, 'fold + regex over every line'));
  console.log(`task extraction: ${(1000 / real.rate).toFixed(2)} ms per seed document on average`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchTaskExtraction();
