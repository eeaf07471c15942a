/**
 * The API's schema of a laid-out report (`format=layout`, src/server/schemas/report.schemas.ts)
 * and the reports' own type (src/reports/model.ts ReportDocument) describe the same thing: the
 * web preview derives its types from the schema and renders what the builders produce. Checked
 * both ways at compile time, and at run time on documents with every cell and row kind: the
 * schema accepts them and keeps every field (zod drops unknown keys, so a field missing from
 * the schema would show as a difference).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'zod';
import { appendixDocument, organisationComparisonDocument, summaryDocument, termComparisonDocument, type ReportDocument as Laid } from '../../src/reports/index.ts';
import { sampleDocument } from '../../src/reports/testing/sample-document.ts';
import { sampleAppendixData, sampleOrganisationComparisonData, sampleTermComparisonData } from '../../src/reports/testing/sample-data.ts';
import { ReportDocument } from '../../src/server/schemas/report.schemas.ts';

type Schema = z.output<typeof ReportDocument>;
// Compile-time: each is assignable to the other (a field added to one side only fails typecheck).
const toSchema = (document: Laid): Schema => document;
const toModel = (document: Schema): Laid => document;

test('every builder\'s document and the writers\' sample pass the layout schema unchanged', () => {
  const documents: Laid[] = [
    sampleDocument(),
    appendixDocument(sampleAppendixData()),
    summaryDocument(sampleAppendixData()),
    termComparisonDocument(sampleTermComparisonData()),
    organisationComparisonDocument(sampleOrganisationComparisonData()),
  ];
  const kinds = new Set(documents.flatMap((d) => d.tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).map((c) => c.kind)))));
  assert.deepEqual([...kinds].sort(), ['empty', 'number', 'percent', 'status', 'text']);
  for (const document of documents) {
    // A JSON round trip, as the preview receives it.
    const received: unknown = JSON.parse(JSON.stringify(document));
    assert.deepEqual(toModel(ReportDocument.parse(received)), toSchema(document), document.fileStem);
  }
});

test('the schema refuses a cell of an unknown kind and a row without cells', () => {
  const document = JSON.parse(JSON.stringify(sampleDocument())) as { tables: { rows: { cells: unknown }[] }[] };
  const [row] = document.tables[0]?.rows ?? [];
  assert.ok(row);
  row.cells = { name: { kind: 'image', src: 'x.png' } };
  assert.equal(ReportDocument.safeParse(document).success, false);
  delete (row as { cells?: unknown }).cells;
  assert.equal(ReportDocument.safeParse(document).success, false);
});
