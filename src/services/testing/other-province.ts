/**
 * For server tests on the demo database: a second province with a department and a reporter
 * who can sign in, to show that one province's records stay out of another's reach.
 */
import { addMembership, createOrganisation, createUser, type Executor } from '../../store/index.ts';
import { hashPassword } from '../password-hash.ts';

const SEED = { actorId: null, at: new Date('2024-01-01T00:00:00.000Z') };

/** Creates another province, its Sở Tài chính and their reporter `login` (password `<login>-demo`); returns the province's id. */
export async function addOtherProvinceReporter(db: Executor, login: string): Promise<string> {
  const province = await createOrganisation(db, SEED, { parentId: null, kind: 'province', name: 'Tỉnh Thử Nghiệm Khác', code: null });
  const department = await createOrganisation(db, SEED, { parentId: province.id, kind: 'department', name: 'Sở Tài chính (tỉnh thử nghiệm khác)', code: null });
  const user = await createUser(db, SEED, { login, displayName: login, passwordHash: await hashPassword(`${login}-demo`) });
  await addMembership(db, SEED, { userId: user.id, unitId: department.id, role: 'reporter' });
  return province.id;
}
