// Finds every *.test.ts under src/, test/, bench/ and web/ and hands them to node's test runner
// (Node 20 has no glob support in `node --test`), in two runs:
//   1. every file but the browser suites, two files at a time (the machines have two cores);
//   2. the browser suites (test/e2e), one at a time: each drives Chromium against its own
//      server, and two of them side by side on two cores would race their own timeouts.
// Each run prints node's summary; the last lines add them up. Files named on the command
// line run alone, in one run.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

function findTests(dir) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found = found.concat(findTests(path));
    else if (entry.isFile() && entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

const COUNTS = ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

/** Runs node's test runner on `files`; resolves to its exit code and the summary counts it printed. */
function run(files, concurrency) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...files],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const counts = {};
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^ℹ (\w+) (\d+)$/.exec(line.trim());
        if (match !== null && COUNTS.includes(match[1])) counts[match[1]] = Number(match[2]);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? 1, counts }));
  });
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : ['src', 'test', 'bench', 'web'].flatMap(findTests).sort();
if (files.length === 0) {
  console.error('No test files found.');
  process.exit(1);
}
const isBrowserSuite = (file) => file.includes(`test${sep}e2e${sep}`);
const runs = only.length > 0
  ? [{ files, concurrency: 1 }]
  : [
      { files: files.filter((file) => !isBrowserSuite(file)), concurrency: 2 },
      { files: files.filter(isBrowserSuite), concurrency: 1 },
    ].filter((group) => group.files.length > 0);

const started = Date.now();
const results = [];
for (const group of runs) results.push(await run(group.files, group.concurrency));
if (results.length > 1) {
  console.log(`\nAll ${files.length} test files, ${results.length} runs:`);
  for (const name of COUNTS) console.log(`ℹ ${name} ${results.reduce((sum, result) => sum + (result.counts[name] ?? 0), 0)}`);
  console.log(`ℹ duration_ms ${Date.now() - started}`);
}
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
