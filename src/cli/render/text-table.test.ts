import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTable } from './text-table.ts';

test('pads columns to the widest cell and right-aligns numbers', () => {
  const out = renderTable(
    [{ header: 'Chỉ tiêu' }, { header: 'Mục tiêu', align: 'right' }],
    [
      ['Tỷ lệ che phủ rừng', '53'],
      ['GRDP', '9-10'],
    ],
  );
  assert.equal(
    out,
    ['Chỉ tiêu            Mục tiêu', '──────────────────  ────────', 'Tỷ lệ che phủ rừng        53', 'GRDP                    9-10'].join('\n'),
  );
});

test('cuts long cells with an ellipsis', () => {
  const out = renderTable([{ header: 'A', max: 5 }], [['abcdefgh']]);
  assert.equal(out.split('\n')[2], 'abcd…');
});
