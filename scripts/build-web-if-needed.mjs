// Builds the browser application (web/ → web/dist) when the build is missing or older than
// its sources, so that `npm start` serves the current app on a fresh clone. Prints what it
// does; a failed build stops `npm start` with the builder's message.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const BUILT = join(ROOT, 'web/dist/index.html');
// The app's sources, and the shared formatting and vocabulary it bundles from src/domain.
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src/domain', 'package-lock.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

/** Why a build is needed, or null when web/dist is current. */
export function staleReason() {
  if (!existsSync(BUILT)) return 'web/dist is missing';
  const built = statSync(BUILT).mtimeMs;
  const changed = SOURCES.find((source) => newestChange(join(ROOT, source)) > built);
  return changed === undefined ? null : `${changed} changed since the last build`;
}

/** Builds with Vite, printing its progress. */
export async function buildWeb() {
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'info' });
  const { dashboardSizes, BUDGET_KB } = await import('./web-bundle-size.mjs');
  const { initialKb, withChartKb } = dashboardSizes();
  console.error(`Dashboard route: ${initialKb.toFixed(1)} KB gzipped at first (budget ${BUDGET_KB} KB), ${withChartKb.toFixed(1)} KB with its chart.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const reason = staleReason();
  if (reason === null) {
    console.error('Web application: web/dist is up to date.');
  } else {
    console.error(`Building the web application (${reason})…`);
    const started = Date.now();
    try {
      await buildWeb();
    } catch (error) {
      console.error(`The web application could not be built: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
    console.error(`Web application built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}
