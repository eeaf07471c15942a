import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Organisation } from '../domain/entities.ts';
import { placeOf, reportHeader } from './report-header.ts';

const AT = '2025-01-01T00:00:00.000Z';
const org = (kind: Organisation['kind'], name: string, parentId: string | null = null): Organisation => ({ id: name, parentId, kind, name, code: null, createdAt: AT, updatedAt: AT });
const province = org('province', 'Tỉnh Lai Châu');

test('a province\'s term is reported by its Party committee, in the Party layout', () => {
  assert.deepEqual(reportHeader(province, org('nation', 'Trung ương (demo)'), '2023-11-03'), {
    layout: 'party', parentIssuer: 'ĐẢNG BỘ TỈNH LAI CHÂU', issuer: 'TỈNH ỦY', number: null, place: 'Lai Châu', date: '2023-11-03',
  });
});

test('a department reports under its People\'s Committee (Decree 30 layout); a Party body under its Party organisation', () => {
  const department = reportHeader(org('department', 'Sở Kế hoạch và Đầu tư', province.id), province, '2024-01-15');
  assert.deepEqual([department.layout, department.parentIssuer, department.issuer, department.place], ['state', 'UBND TỈNH LAI CHÂU', 'SỞ KẾ HOẠCH VÀ ĐẦU TƯ', 'Lai Châu']);
  const board = reportHeader(org('party_body', 'Ban Tổ chức Tỉnh ủy', province.id), province, '2024-01-15');
  assert.deepEqual([board.layout, board.parentIssuer, board.issuer, board.place], ['party', 'ĐẢNG BỘ TỈNH LAI CHÂU', 'BAN TỔ CHỨC TỈNH ỦY', 'Lai Châu']);
  const commune = reportHeader(org('commune', 'Xã Bình Lư', province.id), province, '2024-01-15');
  assert.deepEqual([commune.layout, commune.parentIssuer, commune.issuer, commune.place], ['state', null, 'UBND XÃ BÌNH LƯ', 'Bình Lư']);
});

test('the place of the date line drops the administrative prefix, whatever its case', () => {
  assert.deepEqual(['Tỉnh Điện Biên', 'Thành phố Hà Nội', 'phường Tân Phong', 'Lai Châu'].map(placeOf), ['Điện Biên', 'Hà Nội', 'Tân Phong', 'Lai Châu']);
});
