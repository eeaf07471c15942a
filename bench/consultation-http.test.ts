import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consultationHttpLines, runConsultationHttpBench, type ConsultationHttpFigures } from './consultation-http.ts';

test('20 clients for 2 s: every 201 receipt is stored, nothing else is, and no comment is spam', async () => {
  const f = await runConsultationHttpBench(20, 2);
  assert.ok(f.comments.ok > 0, `201s: ${f.comments.ok}`);
  assert.equal(f.comments.errors, 0, JSON.stringify(f.comments.byStatus));
  assert.equal(f.receipts, f.comments.ok);
  assert.equal(f.stored, f.comments.ok);
  assert.equal(f.missing, 0);
  assert.equal(f.repeated, 0);
  assert.equal(f.spam, 0);
  assert.ok(f.health.ok > 0 && f.health.errors === 0);
  assert.ok(f.comments.p50 > 0 && f.comments.p99 >= f.comments.p50);
  const lines = consultationHttpLines(f);
  assert.match(lines.at(-1) ?? '', /^consultation-http: zero lost: [\d,]+ receipts \(201\), [\d,]+ stored/);
  assert.match(lines[2] ?? '', /public comment POST: [\d,]+ req\/s.*\| baseline \(GET \/healthz/);
});

test('the report says so when a receipt is missing from the database', () => {
  const load = { requests: 3, ok: 3, errors: 0, byStatus: { 201: 3 }, rps: 1, p50: 1, p99: 2 };
  const f: ConsultationHttpFigures = { clients: 1, seconds: 1, comments: load, health: { ...load, byStatus: { 200: 3 } }, receipts: 3, repeated: 0, stored: 3, missing: 1, spam: 0 };
  assert.match(consultationHttpLines(f).at(-1) ?? '', /LOST COMMENTS: 3 × 201 with 3 distinct receipt ids, 3 stored, 1 receipt ids not in the database/);
  assert.match(consultationHttpLines({ ...f, missing: 0 }).at(-1) ?? '', /zero lost/);
  assert.match(consultationHttpLines({ ...f, missing: 0, stored: 4 }).at(-1) ?? '', /LOST COMMENTS/);
});
