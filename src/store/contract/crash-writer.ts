/**
 * A child process for the durability test: opens the database named on the command line,
 * then creates organisations one transaction at a time, printing "ack <id>" after each
 * commit returns, until it is killed. Usage: crash-writer.ts <url-or-file> [schema]
 */
import { createDatabase } from '../database.ts';
import { migrateToLatest } from '../migrations/index.ts';
import { createOrganisation } from '../organisation.repository.ts';

const [target = '', schema] = process.argv.slice(2);
const isUrl = /^postgres(ql)?:\/\//.test(target);
const database = await createDatabase(isUrl ? { url: target, ...(schema === undefined ? {} : { schema }) } : { file: target });
await migrateToLatest(database);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const created = await createOrganisation(database.db, { actorId: 'crash-writer', at: new Date() }, {
    parentId: null, kind: 'commune', name: `Xã thử ${i}`,
  });
  process.stdout.write(`ack ${created.id}\n`);
}
