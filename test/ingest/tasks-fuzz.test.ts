/**
 * Fuzzing the task reader: documents stitched from shuffled, cut and damaged lines of the
 * seeds (with their headings, bullets and list rows over-represented, so that task parts and
 * document lists do form), and structured documents whose outline does not match their
 * lines, never crash it, hang it, or give a malformed task.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import type { CleanLine, Section, StructuredDocument } from '../../src/domain/document.ts';
import type { ExtractedTask } from '../../src/domain/plan.ts';
import { structureText } from '../../src/ingest/read-document.ts';
import { extractTasks } from '../../src/ingest/tasks/index.ts';

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seedLines = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => readFileSync(new URL(name, seedsDir), 'utf8').split('\n'));
/** Headings, bullets, numbered items and list rows of the seeds. */
const structural = seedLines.filter((line) => /^\s*(?:[IVX]+[.-]?\s|[A-Z]-|\d+(?:\.\d+)*\.\s|\(\d+\)|[-+]\s|Phụ lục|\d+\s+Số\s)/u.test(line));

const KINDS = new Set(['thematic_resolution', 'project', 'key_programme', 'breakthrough', 'conclusion', 'regular', 'report_duty']);

const damagedLine = fc
  .tuple(fc.boolean(), fc.nat(10_000), fc.nat(120), fc.constantFrom('', '\uFFFD', '\t', '\u00A0', '%', '-', ':', ' trước ngày 31/02/2026', ' hằng quý'))
  .map(([pickStructural, index, cut, junk]) => {
    const pool = pickStructural ? structural : seedLines;
    const line = pool[index % pool.length] ?? '';
    return line.slice(0, Math.max(0, line.length - cut)) + junk;
  });

function assertWellFormed(tasks: readonly ExtractedTask[]): void {
  tasks.forEach((task, index) => {
    assert.ok(Array.isArray(task.path) && task.path.every((entry) => typeof entry === 'string'));
    assert.equal(typeof task.title, 'string');
    assert.ok(KINDS.has(task.kind), task.kind);
    assert.ok(Number.isInteger(task.sourceLine));
    assert.ok(task.parentIndex === null || task.parentIndex === undefined || (task.parentIndex >= 0 && task.parentIndex < index));
    if (task.dueDate !== null) assert.ok(!Number.isNaN(Date.parse(task.dueDate)) && /^\d{4}-\d{2}-\d{2}$/u.test(task.dueDate), task.dueDate);
    if (task.listedDocument?.date) assert.match(task.listedDocument.date, /^\d{4}-\d{2}-\d{2}$/u);
  });
}

test('documents stitched from damaged seed lines never crash the task reader', { timeout: 120_000 }, () => {
  let withTasks = 0;
  fc.assert(
    fc.property(fc.array(damagedLine, { minLength: 1, maxLength: 300, size: 'large' }), (lines) => {
      const tasks = extractTasks(structureText(lines.join('\n')));
      assertWellFormed(tasks);
      if (tasks.length > 0) withTasks += 1;
    }),
    // A fixed seed: the share of documents that form task parts varies from draw to draw, and the
    // check below must not depend on luck (the crash check holds for any seed).
    { numRuns: 60, seed: 20_261_122 },
  );
  // The stitched documents do form task parts and lists, or the test would prove little.
  assert.ok(withTasks >= 10, `only ${withTasks} of 60 documents gave tasks`);
});

const cleanLine = fc.tuple(fc.nat(200), damagedLine).map(([line, text]): CleanLine => ({ text, line: line + 1, endLine: line + 1 }));
const section = fc
  .record({ label: fc.constantFrom('I.', 'II-', '1.', '2.1.', '(1)', 'a)', 'Phụ lục 2', ''), title: damagedLine, level: fc.integer({ min: -1, max: 9 }), line: fc.nat(210), endLine: fc.nat(210) })
  .map((value): Section => value);

test('an outline that does not match the lines never crashes the task reader', { timeout: 120_000 }, () => {
  const base = structureText('');
  fc.assert(
    fc.property(fc.array(cleanLine, { maxLength: 120, size: 'large' }), fc.array(section, { maxLength: 30, size: 'large' }), (lines, sections) => {
      const document: StructuredDocument = { ...base, lines, sections, footnotes: [] };
      assertWellFormed(extractTasks(document));
    }),
    { numRuns: 300 },
  );
});
