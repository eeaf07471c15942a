/** Reading stored documents on both engines: list, read with citations, search, original file, and who may. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CleanLine } from '../domain/document.ts';
import { rejectsWithCode } from '../store/contract/expect-error.ts';
import { createDocument } from '../store/index.ts';
import { importDocument } from './document-import.service.ts';
import { getDocumentFile, listTermDocuments, readDocument, searchDocuments, SEARCH_LIMIT } from './document-read.service.ts';
import { onBothEngines, withDatabase } from './testing/engines.ts';
import { seedWorld, type World } from './testing/fixtures.ts';

const REPORT = fileURLToPath(new URL('../../examples/bao-cao-so-ket-mau.txt', import.meta.url));
const RESOLUTION = fileURLToPath(new URL('../../examples/nghi-quyet-mau.txt', import.meta.url));
const AT = { actorId: null, at: new Date('2024-03-01T00:00:00.000Z') };

async function storeLines(w: World, termId: string | null, lines: CleanLine[], sha: string) {
  return createDocument(w.deps.db, AT, {
    organisationId: w.province.id, termId, originalName: 'ghi-chu.txt', format: 'txt', sha256: sha.repeat(64), size: 10,
    meta: { title: 'Ghi chú', kind: 'other', issuer: null, number: null, date: null, place: null, term: null },
    lines, sections: [], footnotes: [], warnings: [],
  });
}

await onBothEngines('document read service', (engine) => {
  test('lists the term\'s documents newest first, without their text', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const report = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REPORT });
      w.clock.set('2024-02-02T00:00:00.000Z');
      const resolution = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: RESOLUTION, storageKey: `files/${'e'.repeat(64)}` });
      const { documents } = await listTermDocuments(w.deps, w.actors.leader, { termId: w.term.id });
      assert.deepEqual(documents.map((d) => d.id), [resolution.id, report.id]);
      assert.deepEqual([documents[1]?.number, documents[1]?.date, documents[1]?.kind], ['120-BC/TU', '2027-11-15', 'report']);
      assert.equal('lines' in (documents[0] ?? {}), false);
    }));

  test('reads a document: lines with their original numbers, outline, footnotes with their citations placed', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const stored = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REPORT });
      const document = await readDocument(w.deps, w.actors.communeReporter, { documentId: stored.id });
      assert.equal(document.title, stored.title);
      assert.deepEqual(document.lines[0], { text: 'TỈNH ỦY HÒA SƠN', line: 1, endLine: 1 });
      assert.deepEqual(document.sections.slice(0, 2).map((s) => [s.label, s.level, s.line]), [['A-', 1, 13], ['I-', 2, 14]]);
      const [first, second] = document.footnotes;
      assert.deepEqual([first?.number, first?.line, first?.citedAtLines], [1, 17, [15]]);
      const line15 = document.lines.find((l) => l.line === 15)?.text ?? '';
      const citation = first?.citations[0];
      assert.ok(citation);
      assert.equal(citation.line, 15);
      assert.equal(line15.slice(citation.start - 4, citation.end), '8,7%1');
      assert.deepEqual(second?.citations.map((c) => c.line), [20]);
      assert.deepEqual(document.warnings, []);
    }));

  test('searches a term\'s documents without diacritics: hits with the line, the match and the headings', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const report = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REPORT });
      const resolution = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: RESOLUTION });
      const result = await searchDocuments(w.deps, w.actors.leader, { termId: w.term.id, q: 'che phu rung' });
      assert.ok(result.total >= 2);
      assert.deepEqual(new Set(result.hits.map((h) => h.documentId)), new Set([report.id, resolution.id]));
      const row = result.hits.find((h) => h.documentId === report.id);
      assert.ok(row);
      assert.equal(row.text.slice(row.matches[0]?.start, row.matches[0]?.end), 'che phủ rừng');
      assert.deepEqual(row.sectionPath, ['Phụ lục KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2027']);
      const one = await searchDocuments(w.deps, w.actors.leader, { documentId: report.id, q: 'ĐẢNG VIÊN' });
      assert.ok(one.hits.length >= 2 && one.hits.every((h) => h.documentId === report.id && h.title === report.title));
      assert.deepEqual((await searchDocuments(w.deps, w.actors.leader, { termId: w.term.id, q: 'rung ngap man' })).total, 0);
    }));

  test('search lists at most 200 hits and counts them all', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const lines = Array.from({ length: 250 }, (_, i) => ({ text: `Dòng ${i + 1}: trồng rừng`, line: i + 1, endLine: i + 1 }));
      await storeLines(w, w.term.id, lines, 'a');
      const result = await searchDocuments(w.deps, w.actors.secretariat, { termId: w.term.id, q: 'trong rung' });
      assert.deepEqual([result.hits.length, result.total, result.limit], [SEARCH_LIMIT, 250, 200]);
      assert.deepEqual(result.hits.slice(0, 2).map((h) => h.line), [1, 2]);
    }));

  test('another province, the public and nobody cannot read; a document without a term follows its organisation', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const stored = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REPORT });
      const loose = await storeLines(w, null, [{ text: 'Tỷ lệ che phủ rừng', line: 1, endLine: 1 }], 'b');
      for (const actor of [w.actors.otherSecretariat, w.actors.publicMember]) {
        await rejectsWithCode(listTermDocuments(w.deps, actor, { termId: w.term.id }), 'forbidden');
        await rejectsWithCode(readDocument(w.deps, actor, { documentId: stored.id }), 'forbidden');
        await rejectsWithCode(readDocument(w.deps, actor, { documentId: loose.id }), 'forbidden');
        await rejectsWithCode(searchDocuments(w.deps, actor, { termId: w.term.id, q: 'rung' }), 'forbidden');
        await rejectsWithCode(searchDocuments(w.deps, actor, { documentId: stored.id, q: 'rung' }), 'forbidden');
        await rejectsWithCode(getDocumentFile(w.deps, actor, { documentId: stored.id }), 'forbidden');
      }
      assert.equal((await readDocument(w.deps, w.actors.financeReporter, { documentId: loose.id })).lines.length, 1);
      await rejectsWithCode(readDocument(w.deps, w.actors.secretariat, { documentId: 'nope' }), 'record_not_found');
      await rejectsWithCode(searchDocuments(w.deps, w.actors.secretariat, { q: 'rung' }), 'invalid_input');
      await rejectsWithCode(searchDocuments(w.deps, w.actors.secretariat, { termId: w.term.id, q: '   ' }), 'invalid_input');
      await rejectsWithCode(searchDocuments(w.deps, w.actors.secretariat, { termId: 'other', documentId: stored.id, q: 'rung' }), 'invalid_input');
    }));

  test('the original file: its store key, name and type when kept; record_not_found when not', () =>
    withDatabase(engine, async ({ db }) => {
      const w = await seedWorld(db);
      const kept = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: REPORT, originalName: 'Báo cáo sơ kết.txt', storageKey: `files/${'c'.repeat(64)}` });
      const notKept = await importDocument(w.deps, w.actors.secretariat, { termId: w.term.id, path: RESOLUTION });
      assert.deepEqual(await getDocumentFile(w.deps, w.actors.inspector, { documentId: kept.id }), {
        storageKey: `files/${'c'.repeat(64)}`, fileName: 'Báo cáo sơ kết.txt', mediaType: 'text/plain; charset=utf-8',
      });
      await rejectsWithCode(getDocumentFile(w.deps, w.actors.inspector, { documentId: notKept.id }), 'record_not_found');
    }));
});
