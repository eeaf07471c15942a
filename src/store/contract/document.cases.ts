/** Contract: documents keep their text, line spans, outline and footnotes exactly. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DocumentMeta } from '../../domain/document.ts';
import { listAudit } from '../audit.repository.ts';
import type { NewDocument } from '../document.repository.ts';
import { createDocument, findDocumentBySha256, getDocument, listDocuments } from '../document.repository.ts';
import type { TestEngine } from './engines.ts';
import { withStore } from './engines.ts';
import { rejectsWithCode } from './expect-error.ts';
import { at, seedFramework, T0 } from './fixtures.ts';

const META: DocumentMeta = {
  title: 'Báo cáo sơ kết giữa nhiệm kỳ',
  kind: 'report',
  issuer: 'TỈNH UỶ LAI CHÂU',
  number: '443-BC/TU',
  date: '2023-11-03',
  place: 'Lai Châu',
  term: { start: 2020, end: 2025 },
};

function sample(organisationId: string, termId: string | null, sha256: string): NewDocument {
  return {
    organisationId, termId, meta: META, originalName: 'bao-cao.txt', format: 'txt', sha256, size: 4096,
    lines: [
      { text: 'TỈNH UỶ LAI CHÂU'.normalize('NFD'), line: 1, endLine: 1 },
      { text: '', line: 2, endLine: 2 },
      { text: 'Tỷ lệ che phủ rừng đạt 53%', line: 3, endLine: 5, sources: [{ offset: 0, line: 3 }, { offset: 11, line: 5 }] },
    ],
    sections: [{ label: 'I-', title: 'KẾT QUẢ', level: 1, line: 3, endLine: 5 }],
    footnotes: [{ number: 1, text: 'Số liệu ước', line: 9, citedAtLines: [3, 4] }],
    warnings: ['2 ký tự bị mất (U+FFFD)'],
  };
}

/** Registers the document cases for one engine. */
export function documentCases(engine: TestEngine): void {
  describe('documents', () => {
    test('text, line spans with source offsets, outline, footnotes and metadata round-trip, in NFC', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const created = await createDocument(db, at('2024-01-20T00:00:00.000Z', 'u-sec'), sample(f.province.id, f.term.id, 'a'.repeat(64)));
        const read = await getDocument(db, created.id);
        assert.deepEqual(read?.lines, [
          { text: 'TỈNH UỶ LAI CHÂU', line: 1, endLine: 1 },
          { text: '', line: 2, endLine: 2 },
          { text: 'Tỷ lệ che phủ rừng đạt 53%', line: 3, endLine: 5, sources: [{ offset: 0, line: 3 }, { offset: 11, line: 5 }] },
        ]);
        assert.deepEqual(read?.sections, sample('', null, '').sections);
        assert.deepEqual(read?.footnotes, sample('', null, '').footnotes);
        assert.deepEqual(read?.warnings, ['2 ký tự bị mất (U+FFFD)']);
        assert.deepEqual([read?.number, read?.date, read?.termStartYear, read?.termEndYear, read?.createdBy], ['443-BC/TU', '2023-11-03', 2020, 2025, 'u-sec']);
        assert.deepEqual(read, created);
        const audit = await listAudit(db, { entity: 'document' });
        assert.equal(audit.length, 1);
        assert.equal(JSON.stringify(audit[0]?.after).includes('che phủ'), false);
      }));

    test('lists summaries; finds a re-import by hash; refuses it as a duplicate', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const first = await createDocument(db, T0, sample(f.province.id, f.term.id, 'a'.repeat(64)));
        const second = await createDocument(db, at('2024-02-01T00:00:00.000Z'), sample(f.province.id, null, 'b'.repeat(64)));
        assert.deepEqual((await listDocuments(db, { organisationId: f.province.id })).map((d) => d.id), [second.id, first.id]);
        assert.deepEqual((await listDocuments(db, { termId: f.term.id })).map((d) => d.id), [first.id]);
        assert.equal((await findDocumentBySha256(db, f.province.id, 'b'.repeat(64)))?.id, second.id);
        assert.equal(await findDocumentBySha256(db, f.finance.id, 'b'.repeat(64)), null);
        await rejectsWithCode(createDocument(db, T0, sample(f.province.id, null, 'a'.repeat(64))), 'duplicate');
        await createDocument(db, T0, sample(f.finance.id, null, 'a'.repeat(64)));
      }));

    test('an empty document stays empty', () =>
      withStore(engine, async ({ db }) => {
        const f = await seedFramework(db);
        const created = await createDocument(db, T0, { ...sample(f.province.id, null, 'c'.repeat(64)), lines: [], sections: [], footnotes: [], warnings: [] });
        assert.deepEqual((await getDocument(db, created.id))?.lines, []);
      }));
  });
}
