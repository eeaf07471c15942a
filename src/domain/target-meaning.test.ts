import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shareDirectionOf } from './target-meaning.ts';

test('a sector share moves away from agriculture towards industry and services', () => {
  assert.equal(shareDirectionOf('Nông, lâm nghiệp, thủy sản'), 'decrease');
  assert.equal(shareDirectionOf('Cơ cấu kinh tế: Nông, lâm nghiệp và thuỷ sản'), 'decrease');
  assert.equal(shareDirectionOf('Công nghiệp, xây dựng'), 'increase');
  assert.equal(shareDirectionOf('Dịch vụ'), 'increase');
  assert.equal(shareDirectionOf('Thuế sản phẩm trừ trợ cấp sản phẩm'), null);
});
