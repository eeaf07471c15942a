/**
 * Fuzzing the whole reader: arbitrary text, and documents stitched from shuffled,
 * cut and damaged lines of the seeds, never crash it or hang it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { structureText } from '../../src/ingest/read-document.ts';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seedLines = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(new URL(name, seedsDir), 'utf8').split('\n'));

/** A line of a seed, possibly cut short or with a character replaced by converter damage. */
const damagedLine = fc
  .tuple(fc.integer({ min: 0, max: seedLines.length - 1 }), fc.nat(200), fc.constantFrom('', '\uFFFD', '\t', '\u00A0', '\n', '%', '-'))
  .map(([index, cut, junk]) => {
    const line = seedLines[index] ?? '';
    return line.slice(0, Math.max(0, line.length - cut)) + junk;
  });

function assertWellFormed(text: string): void {
  const document = structureText(text);
  for (const line of document.lines) assert.ok(line.line >= 1 && line.endLine >= line.line);
  for (const indicator of document.indicators) assert.equal(typeof indicator.name, 'string');
}

test('arbitrary text never crashes the reader', { timeout: 120_000 }, () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), assertWellFormed), { numRuns: 300 });
});

test('documents stitched from damaged seed lines never crash the reader', { timeout: 120_000 }, () => {
  fc.assert(fc.property(fc.array(damagedLine, { minLength: 1, maxLength: 400 }), (lines) => assertWellFormed(lines.join('\n'))), { numRuns: 150 });
});
