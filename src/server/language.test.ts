import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from './language.ts';

test('Vietnamese unless English is preferred', () => {
  assert.equal(languageOf(undefined), 'vi');
  assert.equal(languageOf('en'), 'en');
  assert.equal(languageOf('en-US,en;q=0.9'), 'en');
  assert.equal(languageOf('vi-VN,vi;q=0.9,en;q=0.8'), 'vi');
  assert.equal(languageOf('fr-FR, en;q=0.5, vi;q=0.7'), 'vi');
  assert.equal(languageOf('fr, de'), 'vi');
  assert.equal(languageOf('en;q=0, vi;q=0.1'), 'vi');
  assert.equal(languageOf('*'), 'vi');
});
