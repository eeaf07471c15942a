import assert from 'node:assert/strict';
import { test } from 'node:test';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { as, errorCode, signIn, withServer } from './testing/test-server.ts';

interface Result {
  indicator: { id: string; name: string };
  hasComponents: boolean;
  statusWord: string | null;
  series: { label: string; valueText: string | null }[];
}

const dashboardUrl = (period: string): string => `/api/terms/${demoId('term/XIV')}/dashboard?asOfPeriodId=${demoId(`XIV/period/${period}`)}`;

await onBothEngines('dashboard route on the demo', (engine) => {
  test('the XIV term as of the 2020-2025 estimate: the report\'s figures, statuses and at-risk list', () =>
    withServer(engine, async ({ app }) => {
      const response = await app.inject({ url: dashboardUrl('end'), headers: as(await signIn(app, 'lanhdao')) });
      assert.equal(response.statusCode, 200);
      const body = response.json<{ indicators: Result[]; rollup: { total: number; groups: { group: string }[] }; atRisk: Result[] }>();
      assert.equal(body.rollup.total, 54);
      assert.deepEqual(body.rollup.groups.map((g) => g.group), [
        'Các chỉ tiêu về kinh tế', 'Các chỉ tiêu về văn hóa, xã hội', 'Chỉ tiêu về môi trường', 'Các chỉ tiêu về xây dựng đảng và hệ thống chính trị',
      ]);
      const status = (key: string): string | null | undefined => body.indicators.find((r) => r.indicator.id === demoId(`XIV/${key}`))?.statusWord;
      // As the report judges them.
      assert.deepEqual(
        ['grdp-growth', 'grdp-per-capita', 'tea-area', 'forest-cover', 'budget-revenue', 'jobs', 'stunting'].map(status),
        ['Khó đạt', 'Khó đạt', 'Vượt', 'Đạt', 'Khó đạt', 'Vượt', 'Đạt'],
      );
      const grdp = body.indicators.find((r) => r.indicator.id === demoId('XIV/grdp-growth'));
      assert.deepEqual(grdp?.series.map((s) => [s.label, s.valueText]), [
        ['Năm 2020 (cuối nhiệm kỳ 2015-2020)', '12,8'], ['Ước thực hiện giai đoạn 2021-2023', '3,91'], ['Ước thực hiện giai đoạn 2020-2025', '6,14'],
      ]);
      assert.ok(body.atRisk.some((r) => r.indicator.name === 'Thu ngân sách trên địa bàn'));
      assert.equal(body.indicators.filter((r) => r.hasComponents).length, 11);
    }));

  test('flags where the report\'s own status word contradicts its own figure', () =>
    withServer(engine, async ({ app }) => {
      const response = await app.inject({ url: dashboardUrl('end'), headers: as(await signIn(app, 'kiemtra')) });
      const disagreements = response.json<{ disagreements: { indicatorName: string; documentFigure: string; documentWord: string; computedFromDocument: string; contradictsOwnFigure: boolean }[] }>().disagreements;
      assert.deepEqual(
        disagreements.filter((d) => d.contradictsOwnFigure).map((d) => [d.indicatorName, d.documentFigure, d.documentWord, d.computedFromDocument]),
        // Services 37,53 against 36,43 is Vượt as the report says: a services share is judged upward.
        [
          ['Cơ cấu kinh tế: Thuế sản phẩm trừ trợ cấp sản phẩm', '6,0', 'Đạt', 'Khó đạt'],
          ['Kết nạp đảng viên mới', '>1.000', 'Vượt', 'Đạt'],
        ],
      );
    }));

  test('the mid-term view as of 2021-2023; a unit reporter may not read the dashboard', () =>
    withServer(engine, async ({ app }) => {
      const mid = await app.inject({ url: dashboardUrl('mid'), headers: as(await signIn(app, 'thuky')) });
      const results = mid.json<{ indicators: Result[] }>().indicators;
      assert.equal(results.find((r) => r.indicator.id === demoId('XIV/grdp-growth'))?.statusWord, 'Chưa đạt');
      assert.equal(results.find((r) => r.indicator.id === demoId('XIV/tourist-growth'))?.statusWord, 'Vượt');
      const reporter = await app.inject({ url: dashboardUrl('mid'), headers: as(await signIn(app, 'yte')) });
      assert.deepEqual([reporter.statusCode, errorCode(reporter)], [403, 'forbidden']);
    }));
});
