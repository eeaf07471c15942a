/** The rule table in src/domain/README.md lists every evaluation rule, so the docs cannot drift from the code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EVALUATION_RULES } from '../../src/domain/evaluation-rules.ts';

test('every evaluation rule is documented in src/domain/README.md', () => {
  const readme = readFileSync(new URL('../../src/domain/README.md', import.meta.url), 'utf8');
  const missing = EVALUATION_RULES.filter((rule) => !readme.includes(`| \`${rule.id}\` |`)).map((rule) => rule.id);
  assert.deepEqual(missing, []);
});
