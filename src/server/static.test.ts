import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { onBothEngines } from '../services/testing/engines.ts';
import { registerWebApp } from './static.ts';
import { errorCode, withServer } from './testing/test-server.ts';

const dist = mkdtempSync(join(tmpdir(), 'resolute-web-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>resolute</title><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("app");');
after(() => rmSync(dist, { recursive: true, force: true }));

await onBothEngines('Serving the built web application', (engine) => {
  test('the page is served at / and at the app\'s own addresses, without signing in, never cached', () =>
    withServer(engine, async ({ app }) => {
      await registerWebApp(app, dist);
      for (const url of ['/', '/indicators', '/indicators/abc?term=t1']) {
        const page = await app.inject({ url });
        assert.equal(page.statusCode, 200, url);
        assert.match(String(page.headers['content-type'] ?? ''), /^text\/html/, url);
        assert.match(page.body, /<div id="root"><\/div>/, url);
        assert.equal(page.headers['cache-control'], 'no-cache', url);
      }
    }, { demo: false }));

  test('hashed assets are cached for a year; missing assets and unknown API routes stay JSON 404s', () =>
    withServer(engine, async ({ app }) => {
      await registerWebApp(app, dist);
      const asset = await app.inject({ url: '/assets/index-abc123.js' });
      assert.equal(asset.statusCode, 200);
      assert.match(String(asset.headers['content-type'] ?? ''), /javascript/);
      assert.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable');
      for (const url of ['/assets/missing.js', '/api/nothing-here', '/favicon.ico']) {
        const missing = await app.inject({ url });
        assert.equal(missing.statusCode, 404, url);
        assert.equal(errorCode(missing), 'route_not_found', url);
      }
      const api = await app.inject({ url: '/api/session' });
      assert.equal(api.statusCode, 401);
    }, { demo: false }));

  test('without a build only the API is served, and a warning says why', () =>
    withServer(engine, async ({ app, logs }) => {
      await registerWebApp(app, join(dist, 'not-built'));
      assert.equal((await app.inject({ url: '/' })).statusCode, 404);
      assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
      assert.ok(logs().some((line) => String(line.msg).includes('not built')));
    }, { demo: false }));
});
