import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readProduct } from './task-product.ts';

test('a document asked for after a verb, up to the deadline or the purpose', () => {
  assert.deepEqual(readProduct('Xây dựng đề án phát triển du lịch cộng đồng, hoàn thành trong quý III/2026.'), {
    text: 'Đề án phát triển du lịch cộng đồng',
    kind: 'project',
    index: 9,
  });
  assert.equal(readProduct('Tham mưu ban hành nghị quyết chuyên đề về chuyển đổi số trước ngày 30/6/2026.')?.text, 'Nghị quyết chuyên đề về chuyển đổi số');
  assert.equal(readProduct('Tham mưu ban hành nghị quyết chuyên đề về chuyển đổi số.')?.kind, 'thematic_resolution');
  assert.equal(readProduct('Sở Nội vụ chủ trì xây dựng kế hoạch tinh giản biên chế để trình UBND tỉnh.')?.text, 'Kế hoạch tinh giản biên chế');
  assert.equal(readProduct('Sở Nội vụ chủ trì xây dựng kế hoạch tinh giản biên chế.')?.kind, null);
});

test('report duties and documents named at the start', () => {
  const report = readProduct('Văn phòng Tỉnh ủy tham mưu báo cáo sơ kết giữa nhiệm kỳ; gửi Ban Thường vụ.');
  assert.equal(report?.text, 'Báo cáo sơ kết giữa nhiệm kỳ');
  assert.equal(report?.kind, 'report_duty');
  assert.equal(readProduct('Đề án của Ban Chấp hành Đảng bộ tỉnh về mở rộng đối ngoại.')?.kind, 'project');
  assert.equal(readProduct('- Nghị quyết chuyên đề về phát triển nông nghiệp hàng hóa')?.text, 'Nghị quyết chuyên đề về phát triển nông nghiệp hàng hóa');
});

test('"để" ends a product, the "đề" of "chuyên đề" does not', () => {
  assert.equal(
    readProduct('triển khai, xây dựng các đề án, nghị quyết chuyên đề và các nhiệm vụ cụ thể để thực hiện Nghị quyết')?.text,
    'Đề án, nghị quyết chuyên đề và các nhiệm vụ cụ thể',
  );
  assert.equal(readProduct('Xây dựng kế hoạch thực hiện chương trình mục tiêu quốc gia.')?.text, 'Kế hoạch thực hiện chương trình mục tiêu quốc gia');
});

test('no product in a plain task; long names are cut at a word', () => {
  assert.equal(readProduct('Phát triển công nghiệp bền vững, khai thác hiệu quả năng lượng tái tạo.'), null);
  assert.equal(readProduct('Triển khai hiệu quả Chương trình hành động của Tỉnh ủy.'), null);
  const long = readProduct(`Xây dựng đề án ${'phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi '.repeat(3)}`);
  assert.ok(long && long.text.length <= 121 && long.text.endsWith('…'), long?.text);
});
