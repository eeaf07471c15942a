import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AdminUser, TreeOrganisation } from '../../api/admin.ts';
import {
  expandableIds, filterUsers, generatePassword, isLogin, isUnitCode, nextCongress, optionMatches, periodYearsProblem, readYear, subtreeOf, suggestedYears, topUnits, unitTree,
} from './admin-model.ts';

const unit = (id: string, parentId: string | null, depth: number, name = id): TreeOrganisation => ({
  id, parentId, depth, name, kind: depth === 0 ? 'province' : 'department', code: null, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
});

const user = (login: string, displayName: string): AdminUser => ({
  id: login, login, displayName, email: null, disabledAt: null, version: 1, createdAt: '', updatedAt: '', roles: [], otherRoles: 0, manageable: true,
});

describe('administration rules', () => {
  test('the flat tree becomes nested rows; leaves have no children; parents are opened', () => {
    const tree = unitTree([unit('lch', null, 0), unit('nn', 'lch', 1), unit('xa', 'lch', 1), unit('thon', 'xa', 2)]);
    assert.equal(tree.length, 1);
    assert.deepEqual(tree[0]?.children?.map((node) => [node.id, node.children?.map((c) => c.id) ?? null]), [['nn', null], ['xa', ['thon']]]);
    assert.ok(!('children' in (tree[0]?.children?.[0] ?? {})), 'a leaf has no children key, so no expand button');
    assert.deepEqual(expandableIds(tree), ['lch', 'xa']);
  });

  test('an admin of a province and of one of its departments manages one tree: the province', () => {
    const organisations = [{ id: 'tw', parentId: null }, { id: 'lch', parentId: 'tw' }, { id: 'nn', parentId: 'lch' }, { id: 'dbn', parentId: 'tw' }];
    const grants = [{ role: 'admin' as const, unitId: 'nn' }, { role: 'admin' as const, unitId: 'lch' }, { role: 'leader' as const, unitId: 'tw' }, { role: 'secretariat' as const, unitId: 'dbn' }];
    assert.deepEqual(topUnits({ grants }, organisations, ['admin']), ['lch']);
    assert.deepEqual(topUnits({ grants }, organisations, ['admin', 'secretariat']), ['lch', 'dbn']);
    assert.deepEqual(topUnits({ grants }, organisations, ['inspector']), []);
    assert.deepEqual(subtreeOf(organisations, ['lch']).map((o) => o.id), ['lch', 'nn']);
  });

  test('form checks mirror the server: codes, logins, years, period spans', () => {
    assert.deepEqual(['LCH-NAMTAM', 'a.b_c', 'SỞ Y TẾ', '', 'x'.repeat(41)].map(isUnitCode), [true, true, false, false, false]);
    assert.deepEqual(['nguyen.van.a', 'nva@laichau.gov.vn', 'a', 'nguyễn', 'hai tu'].map(isLogin), [true, true, false, false, false]);
    assert.deepEqual([2025, '2030', ' 2031 ', '20', 1800, 2025.5, null].map(readYear), [2025, 2030, 2031, null, null, null, null]);
    const term = { startYear: 2025, endYear: 2030 };
    assert.equal(periodYearsProblem('year', 2026, 2026, term), null);
    assert.equal(periodYearsProblem('year', 2031, 2031, term), 'withinTerm');
    assert.equal(periodYearsProblem('mid_term', 2026, 2026, term), 'spanYears');
    assert.equal(periodYearsProblem('term_end', 2026, 2030, term), null);
    assert.deepEqual(suggestedYears('year', term, [2026, 2027]), { startYear: 2028, endYear: 2028 });
    assert.deepEqual(suggestedYears('mid_term', term, []), { startYear: 2026, endYear: 2028 });
    assert.deepEqual(suggestedYears('term_end', term, []), { startYear: 2026, endYear: 2030 });
  });

  test('the next Congress follows the latest in Roman numerals', () => {
    assert.deepEqual(['XIV', 'xv', 'XIX', 'XXXIX', 'IV', 'Đại hội', null].map(nextCongress), ['XV', 'XVI', 'XX', 'XL', 'V', '', '']);
  });

  test('a proposed password has 16 characters from 32 without look-alikes, in four groups', () => {
    const fixed = generatePassword((bytes) => bytes.map((_, index) => index * 17));
    assert.match(fixed, /^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$/);
    assert.equal(fixed, 'atcv-exgz-i3k5-n7q9');
    const everyByte = new Set<string>();
    for (let start = 0; start < 256; start += 16) for (const char of generatePassword((bytes) => bytes.map((_, i) => start + i)).replaceAll('-', '')) everyByte.add(char);
    assert.equal(everyByte.size, 32);
    assert.ok(![...everyByte].some((char) => 'lo01'.includes(char)));
  });

  test('select options are found by any of their words, with or without diacritics', () => {
    assert.equal(optionMatches('xa phuong', { label: 'Xã, phường' }), true);
    assert.equal(optionMatches('van thu', { label: 'Văn thư tổng hợp' }), true);
    assert.equal(optionMatches('nam tam', { label: '\u2003Xã Nậm Tăm', search: 'Xã Nậm Tăm' }), true);
    assert.equal(optionMatches('so y te', { label: 'Xã Nậm Tăm' }), false);
  });

  test('users are found by login or name, with or without diacritics', () => {
    const users = [user('nva', 'Nguyễn Văn A'), user('ttb', 'Trần Thị Bình'), user('admin', 'Quản trị')];
    assert.deepEqual(filterUsers(users, 'nguyen van').map((u) => u.login), ['nva']);
    assert.deepEqual(filterUsers(users, 'BÌNH').map((u) => u.login), ['ttb']);
    assert.deepEqual(filterUsers(users, 'adm').map((u) => u.login), ['admin']);
    assert.equal(filterUsers(users, '  ').length, 3);
  });
});
