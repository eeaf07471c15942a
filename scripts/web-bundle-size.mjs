// Prints the gzipped size of the JavaScript the dashboard route loads first, from the build's
// manifest (web/dist/.vite/manifest.json), against the budget of the web issue (350 KB).
// `--strict` makes an over-budget build fail. Usage: node scripts/web-bundle-size.mjs [--strict]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 350;
const DIST = new URL('../web/dist/', import.meta.url).pathname;

/** The manifest keys a chunk pulls in by static import, itself included. */
function staticClosure(manifest, key, seen = new Set()) {
  if (seen.has(key) || manifest[key] === undefined) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) staticClosure(manifest, next, seen);
  return seen;
}

function gzipKb(files) {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  return bytes / 1024;
}

/** Sizes (KB gzipped) of the dashboard route: before its chart and with it. */
export function dashboardSizes() {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const page = 'src/pages/dashboard-page.tsx';
  if (entry === undefined || manifest[page] === undefined) throw new Error('the manifest has no entry or no dashboard page');
  const initial = staticClosure(manifest, page, staticClosure(manifest, entry));
  const chart = new Set(initial);
  for (const key of manifest[page].dynamicImports ?? []) staticClosure(manifest, key, chart);
  const files = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  return { initialKb: gzipKb(files(initial)), withChartKb: gzipKb(files(chart)), chunks: files(initial).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { initialKb, withChartKb, chunks } = dashboardSizes();
  const verdict = initialKb <= BUDGET_KB ? 'within budget' : 'OVER BUDGET';
  console.log(`Dashboard route, initial JavaScript: ${initialKb.toFixed(1)} KB gzipped in ${chunks} files (budget ${BUDGET_KB} KB: ${verdict})`);
  console.log(`Dashboard route with its chart (ECharts, loaded after the numbers): ${withChartKb.toFixed(1)} KB gzipped`);
  if (initialKb > BUDGET_KB && process.argv.includes('--strict')) process.exit(1);
}
