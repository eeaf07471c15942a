import assert from 'node:assert/strict';
import { test } from 'node:test';
import { COMPARISON_RULES } from '../domain/vocabulary/index.ts';
import { readDemoData, type DemoData } from './demo/demo-data.ts';
import { matchAcrossTerms, ruleMatches, type ComparableIndicator } from './report-mapping.ts';

/** A term's leaf indicators from a demo file, ids "province/TERM/key", links to the term before. */
function leaves(data: DemoData, termKey: string): ComparableIndicator[] {
  const index = data.terms.findIndex((t) => t.key === termKey);
  const term = data.terms[index];
  const before = data.terms[index - 1]?.key;
  const province = data.province.code;
  const items = (term?.groups ?? []).flatMap((g) => g.indicators);
  type Entry = { key: string; name: string; unit: string | null; previous?: string | undefined };
  const entries = items.flatMap((i): Entry[] => ('components' in i ? i.components : [i]));
  return entries.map((c) => ({
    id: `${province}/${termKey}/${c.key}`, name: c.name, unit: c.unit,
    previousIndicatorId: c.previous === undefined ? null : `${province}/${before ?? ''}/${c.previous}`,
  }));
}

const rule = (key: string) => {
  const found = COMPARISON_RULES.find((r) => r.key === key);
  assert.ok(found, key);
  return found;
};

test('rules read folded names: diacritics, case and the way each province words it', () => {
  assert.equal(ruleMatches(rule('forest-cover'), { name: 'TỶ LỆ CHE PHỦ RỪNG', unit: '%' }), true);
  assert.equal(ruleMatches(rule('grdp-growth'), { name: 'Tăng trưởng GRDP', unit: '%/năm' }), true);
  // A sector's growth is not the province's growth.
  assert.equal(ruleMatches(rule('grdp-growth'), { name: 'Tăng trưởng GRDP: Nông, lâm nghiệp và thuỷ sản', unit: '%/năm' }), false);
  // GRDP per capita in USD is another figure than in million dong.
  assert.equal(ruleMatches(rule('grdp-per-capita'), { name: 'Bình quân GRDP/đầu người', unit: 'USD' }), false);
  assert.equal(ruleMatches(rule('grdp-per-capita'), { name: 'Bình quân GRDP/đầu người', unit: 'Triệu đồng' }), true);
  // Labour with a certificate is a narrower share than all trained labour.
  assert.equal(ruleMatches(rule('trained-labour'), { name: 'Tỷ lệ lao động qua đào tạo từ 3 tháng trở lên (có văn bằng, chứng chỉ)', unit: '%' }), false);
  // A count of communes is not the share of communes.
  assert.equal(ruleMatches(rule('ntm-communes'), { name: 'Số xã đạt chuẩn nông thôn mới', unit: 'xã' }), false);
  assert.equal(ruleMatches(rule('ntm-communes'), { name: 'Tỷ lệ xã đạt chuẩn và cơ bản đạt chuẩn nông thôn mới', unit: '%' }), true);
});

test('Lai Châu XIV against Điện Biên XIV: the curated rows, each pairing the two provinces\' own indicators', () => {
  const rows = matchAcrossTerms([leaves(readDemoData(), 'XIV'), leaves(readDemoData('dien-bien.json'), 'XIV')]);
  assert.deepEqual(rows.map((r) => [r.key, ...r.indicatorIds]), [
    ['grdp-growth', 'LCH/XIV/grdp-growth', 'DBN/XIV/grdp-growth'],
    ['grdp-per-capita', 'LCH/XIV/grdp-per-capita', 'DBN/XIV/grdp-per-capita'],
    ['structure-agriculture', 'LCH/XIV/structure-agri', 'DBN/XIV/structure-agri'],
    ['structure-industry', 'LCH/XIV/structure-industry', 'DBN/XIV/structure-industry'],
    ['structure-services', 'LCH/XIV/structure-services', 'DBN/XIV/structure-services'],
    ['budget-revenue', 'LCH/XIV/budget-revenue', 'DBN/XIV/budget-revenue'],
    ['grain-output', 'LCH/XIV/grain-output', 'DBN/XIV/grain-output'],
    ['ntm-communes', 'LCH/XIV/ntm-communes', 'DBN/XIV/ntm-communes'],
    ['forest-cover', 'LCH/XIV/forest-cover', 'DBN/XIV/forest-cover'],
    ['electricity', 'LCH/XIV/grid-electricity', 'DBN/XIV/electricity'],
    ['rural-clean-water', 'LCH/XIV/rural-clean-water', 'DBN/XIV/rural-clean-water'],
    ['urban-clean-water', 'LCH/XIV/urban-clean-water', 'DBN/XIV/urban-clean-water'],
    ['national-standard-schools', 'LCH/XIV/national-standard-schools', 'DBN/XIV/national-standard-schools'],
    ['doctors', 'LCH/XIV/doctors', 'DBN/XIV/doctors'],
    ['jobs', 'LCH/XIV/jobs', 'DBN/XIV/jobs'],
    ['vocational-training', 'LCH/XIV/vocational-training', 'DBN/XIV/vocational-training'],
    ['cultured-households', 'LCH/XIV/cultured-households', 'DBN/XIV/cultured-households'],
    ['urban-waste', 'LCH/XIV/urban-waste', 'DBN/XIV/urban-waste'],
    ['new-party-members', 'LCH/XIV/new-party-members', 'DBN/XIV/new-party-members'],
  ]);
  // Poverty: Lai Châu sets a yearly reduction, Điện Biên a level to reach; neither row pairs them.
  assert.equal(rows.some((r) => r.key.startsWith('poverty')), false);
});

test('lineage fills a rule\'s row when a term words the indicator differently, then adds the other lineages', () => {
  const rows = matchAcrossTerms([leaves(readDemoData(), 'XIV'), leaves(readDemoData(), 'XV')]);
  // XV's "Tỷ lệ hộ nghèo" (reduce 3-4%/year) follows XIV's "Mức giảm tỷ lệ hộ nghèo".
  assert.deepEqual(rows.find((r) => r.key === 'poverty-reduction')?.indicatorIds, ['LCH/XIV/poverty-reduction', 'LCH/XV/xv-23']);
  const lineage = rows.filter((r) => r.key === 'lineage');
  assert.deepEqual(lineage.find((r) => r.indicatorIds[0] === 'LCH/XIV/stunting'), {
    key: 'lineage', name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', unit: '%', indicatorIds: ['LCH/XIV/stunting', 'LCH/XV/xv-25'],
  });
  // Every XV indicator linked to XIV is in exactly one row.
  const linked = leaves(readDemoData(), 'XV').filter((i) => i.previousIndicatorId !== null).map((i) => i.id);
  assert.deepEqual(rows.flatMap((r) => r.indicatorIds.slice(1)).filter((id) => id !== null).sort(), [...linked].sort());
});

test('an indicator found in one term only makes no row; no indicator is used twice', () => {
  const a: ComparableIndicator[] = [
    { id: 'a1', name: 'Tỷ lệ che phủ rừng', unit: '%', previousIndicatorId: null },
    { id: 'a2', name: 'Tỷ lệ che phủ rừng (rừng trồng)', unit: '%', previousIndicatorId: null },
  ];
  const b: ComparableIndicator[] = [{ id: 'b1', name: 'Độ che phủ rừng', unit: '%', previousIndicatorId: null }];
  const c: ComparableIndicator[] = [{ id: 'c1', name: 'Số bác sỹ/1 vạn dân', unit: 'bác sỹ', previousIndicatorId: null }];
  assert.deepEqual(matchAcrossTerms([a, b, c]), [{ key: 'forest-cover', name: 'Tỷ lệ che phủ rừng', unit: '%', indicatorIds: ['a1', 'b1', null] }]);
});
