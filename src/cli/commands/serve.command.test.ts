/** `resolute serve` for real: a child process on an ephemeral loopback port, reached over the network. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';

const bin = fileURLToPath(new URL('../../../bin/resolute.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'resolute-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const baseEnv = { ...process.env, RESOLUTE_LANG: '', DATABASE_URL: '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0' };

/** Starts `serve` and resolves with the URL it prints; rejects if it exits first. */
function start(dataDir: string, args: string[] = []): Promise<{ url: string; stderr: () => string; stop: () => Promise<number | null> }> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { env: { ...baseEnv, DATA_DIR: dataDir } });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const url = /đang chạy tại (http:\/\/\S+)/.exec(stderr)?.[1];
      if (url !== undefined && /Ctrl\+C/.test(stderr)) {
        resolve({ url, stderr: () => stderr, stop: () => (child.kill('SIGTERM'), exited) });
      }
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

test('serve migrates, loads the demo, prints the URL and the logins, answers /healthz, stops on SIGTERM', { timeout: 60_000 }, async () => {
  const dataDir = join(dir, 'first');
  const server = await start(dataDir);
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${server.url}/healthz`);
  assert.deepEqual([health.status, await health.json()], [200, { status: 'ok' }]);
  const login = await fetch(`${server.url}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'lanhdao', password: 'lanhdao-demo' }),
  });
  assert.equal(login.status, 200);
  assert.match(server.stderr(), /Đã nạp dữ liệu mẫu tỉnh Lai Châu và tỉnh Điện Biên: 31 đơn vị, 288 chỉ tiêu, 247 số liệu, 9 tài khoản; đợt lấy ý kiến mẫu vào dự thảo Báo cáo chính trị đang mở với 39 ý kiến\./);
  assert.match(server.stderr(), /lanhdao\s+lanhdao-demo\s+lãnh đạo/);
  assert.match(server.stderr(), /tonghop\s+tonghop-demo\s+lãnh đạo/);
  assert.equal(await server.stop(), 0);
  assert.ok(existsSync(join(dataDir, 'resolute.db')));
  // A second start finds the data and loads nothing more.
  const again = await start(dataDir);
  assert.doesNotMatch(again.stderr(), /Đã nạp dữ liệu mẫu/);
  assert.equal(await again.stop(), 0);
});

test('serve --no-demo starts empty and prints no logins', { timeout: 60_000 }, async () => {
  const server = await start(join(dir, 'empty'), ['--no-demo']);
  assert.doesNotMatch(server.stderr(), /Tài khoản mẫu/);
  const refused = await fetch(`${server.url}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'lanhdao', password: 'lanhdao-demo' }),
  });
  assert.equal(refused.status, 401);
  assert.equal(await server.stop(), 0);
});

test('a bad configuration variable stops the start with a message naming it', () => {
  const run = spawnSync(process.execPath, [bin, 'serve', '--lang', 'en'], { env: { ...baseEnv, DATA_DIR: join(dir, 'bad'), COOKIE_SECURE: 'sometimes' }, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), 'Error: Invalid configuration (environment variables): COOKIE_SECURE: must be auto, true or false');
});
