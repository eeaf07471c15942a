import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readUnits } from './task-units.ts';

test('"X chủ trì, phối hợp với Y" names the lead and the supporting units', () => {
  assert.deepEqual(readUnits('Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan tham mưu bố trí kinh phí.'), {
    lead: 'Sở Tài chính',
    supporting: 'các sở, ngành liên quan',
  });
  assert.deepEqual(readUnits('Uỷ ban kiểm tra Đảng uỷ chủ trì, phối hợp với chi bộ Hành chính – Quản trị theo dõi, kiểm tra việc thực hiện.'), {
    lead: 'Uỷ ban kiểm tra Đảng uỷ',
    supporting: 'chi bộ Hành chính – Quản trị',
  });
  assert.deepEqual(readUnits('Sở Kế hoạch và Đầu tư chủ trì; hoàn thành trong quý III/2026.'), { lead: 'Sở Kế hoạch và Đầu tư', supporting: null });
});

test('"giao X chủ trì" starts the lead unit after "giao", but "Sở Giao thông" keeps its name', () => {
  assert.equal(readUnits('Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo xây dựng kế hoạch.').lead, 'Văn phòng Tỉnh ủy');
  assert.equal(readUnits('Giao Văn phòng Tỉnh ủy chủ trì, phối hợp với Ban Tuyên giáo xây dựng kế hoạch.').supporting, 'Ban Tuyên giáo');
  assert.equal(readUnits('Sở Giao thông vận tải chủ trì lập quy hoạch.').lead, 'Sở Giao thông vận tải');
  assert.equal(readUnits('Cải tạo tuyến đường. Giao các sở, ngành chủ trì thực hiện.').lead, 'các sở, ngành');
});

test('a unit name may hold words that fold like verbs ("chương trình", "đề án")', () => {
  assert.equal(
    readUnits('Sở Nông nghiệp chủ trì, phối hợp với Ban Quản lý chương trình đề án 06 triển khai thực hiện.').supporting,
    'Ban Quản lý chương trình đề án 06',
  );
});

test('units written as labels, the way a task table reads when flattened', () => {
  assert.deepEqual(readUnits('Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Sở Tài chính, Văn phòng UBND tỉnh.'), {
    lead: 'Sở Nội vụ',
    supporting: 'Sở Tài chính, Văn phòng UBND tỉnh',
  });
});

test('an item whose subject is a unit: the subject is the lead', () => {
  assert.deepEqual(readUnits('Đảng ủy Văn phòng lãnh đạo, chỉ đạo quán triệt và tổ chức thực hiện Kế hoạch này.'), { lead: 'Đảng ủy Văn phòng', supporting: null });
  assert.equal(readUnits('Các chi bộ theo chức năng, nhiệm vụ tổ chức tốt việc học tập.').lead, 'Các chi bộ');
  assert.equal(readUnits('Chi bộ Hành chính – Quản trị tham mưu xây dựng kế hoạch.').lead, 'Chi bộ Hành chính – Quản trị');
  assert.equal(readUnits('Ủy ban nhân dân tỉnh chỉ đạo các sở triển khai.').lead, 'Ủy ban nhân dân tỉnh');
});

test('words that fold like a unit are none: "Bảo tồn" is no "Báo", "Ban Tuyên giáo" no "giao"', () => {
  assert.deepEqual(readUnits('Bảo tồn, phát huy giá trị văn hóa truyền thống. Thực hiện hiệu quả chương trình.'), { lead: null, supporting: null });
  assert.deepEqual(readUnits('Số hóa hồ sơ, tài liệu lưu trữ.'), { lead: null, supporting: null });
  assert.equal(readUnits('Ban Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị.').lead, 'Ban Tuyên giáo Tỉnh ủy');
});

test('a task without a unit gives none', () => {
  assert.deepEqual(readUnits('Phát triển công nghiệp bền vững. Tập trung thu hút đầu tư.'), { lead: null, supporting: null });
  assert.deepEqual(readUnits('Tham mưu UBND tỉnh chỉ đạo cơ cấu lại các ngành kinh tế.'), { lead: null, supporting: null });
  assert.deepEqual(readUnits(''), { lead: null, supporting: null });
});
