import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ResoluteError } from '../domain/errors.ts';
import { assertSchemaName } from './adapters/postgres.ts';
import { createDatabase, redactUrl } from './database.ts';

const dir = mkdtempSync(join(tmpdir(), 'resolute-db-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('createDatabase', () => {
  test('a sqlite: URL and a file both open SQLite at that path', async () => {
    for (const config of [{ url: `sqlite:${join(dir, 'u.db')}` }, { file: join(dir, 'f.db') }, { url: ' ', file: join(dir, 'g.db') }]) {
      const database = await createDatabase(config);
      await database.close();
      assert.equal(database.engine, 'sqlite');
      assert.equal(database.location, config.file ?? join(dir, 'u.db'));
    }
  });

  test('an unknown scheme is invalid input, with the password hidden', async () => {
    await assert.rejects(createDatabase({ url: 'mysql://root:hunter2@db/x' }), (error: unknown) => {
      assert.ok(error instanceof ResoluteError);
      assert.equal(error.code, 'invalid_input');
      assert.equal(error.message, 'Unsupported database URL: mysql://root:***@db/x');
      return true;
    });
  });

  test('redactUrl hides only the password', () => {
    assert.equal(redactUrl('postgres://app:s3cr:et@10.0.0.1:5432/resolute'), 'postgres://app:***@10.0.0.1:5432/resolute');
    assert.equal(redactUrl('postgres://postgres@127.0.0.1:5432/test'), 'postgres://postgres@127.0.0.1:5432/test');
  });

  test('schema names that could inject connection options are refused', () => {
    assertSchemaName('resolute_test_0a1b2c');
    for (const bad of ['public -c statement_timeout=1', 'Upper', '1abc', 'a;b', '']) {
      assert.throws(() => assertSchemaName(bad), ResoluteError);
    }
  });
});
