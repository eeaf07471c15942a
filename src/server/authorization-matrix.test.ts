/**
 * Every role against every kind of route, on the demo province: a table of expected status
 * codes, run in order (later rows see the figures earlier rows entered). The reporters are
 * of two departments, so each write row also shows that another unit cannot do it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { demoId } from '../services/demo/load-demo.ts';
import { onBothEngines } from '../services/testing/engines.ts';
import { runMatrix, upload, type MatrixRow } from './testing/route-matrix.ts';
import { withServer } from './testing/test-server.ts';

/** What rows share: the figure entered by Sở Nông nghiệp during the run. */
interface State {
  observationId: string;
  version: number;
  /** The account the admin creates during the run. */
  user?: { id: string; version: number };
  evidenceId?: string;
}

type Row = MatrixRow<State>;

const XIV = demoId('term/XIV');
const XV = demoId('term/XV');
const FOREST_XV = demoId('XV/xv-39');
const OPEN_2026 = demoId('XV/period/2026');
const TEA_END = demoId('XIV/tea-area/end');

const Versioned = z.object({ id: z.string(), version: z.number() });

const LAI_CHAU = demoId('province');

const rememberUser = (body: unknown, state: State): void => {
  state.user = Versioned.parse(body);
};

const userUrl = (state: State, rest = ''): string => `/api/users/${state.user?.id ?? 'none'}${rest}`;

const remember = (body: unknown, state: State): void => {
  const observation = Versioned.parse(body);
  state.observationId = observation.id;
  state.version = observation.version;
};

const ROWS: Row[] = [
  { name: 'directory', request: () => ({ url: '/api/directory' }), expect: [401, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'read the XIV framework', request: () => ({ url: `/api/terms/${XIV}/framework` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  { name: 'list periods', request: () => ({ url: `/api/terms/${XV}/periods` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  {
    name: 'dashboard of XIV as of the term-end estimate',
    request: () => ({ url: `/api/terms/${XIV}/dashboard?asOfPeriodId=${demoId('XIV/period/end')}` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 403],
  },
  {
    name: 'the XIV appendix as of the mid-term and the term end (report.routes.ts): readers of evaluations',
    request: () => ({ url: `/api/terms/${XIV}/reports/appendix?asOf=${demoId('XIV/period/mid')}&asOf=${demoId('XIV/period/end')}&format=json` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 403],
  },
  { name: 'the XIV summary: readers of evaluations', request: () => ({ url: `/api/terms/${XIV}/reports/summary?asOf=${demoId('XIV/period/end')}&format=json` }), expect: [401, 403, 403, 200, 200, 403, 200, 403] },
  { name: 'compare XIV with XV: readers of evaluations', request: () => ({ url: `/api/terms/${XV}/reports/compare-terms?format=json` }), expect: [401, 403, 403, 200, 200, 403, 200, 403] },
  {
    name: 'compare Lai Châu with Điện Biên: nobody of Lai Châu reads the other province',
    request: () => ({ url: `/api/reports/compare-orgs?term=${XIV}&term=${demoId('dien-bien/term/XIV')}&format=json` }),
    expect: [401, 403, 403, 403, 403, 403, 403, 403],
  },
  { name: 'audit of figures', request: () => ({ url: '/api/audit?entity=observation&limit=5' }), expect: [401, 403, 403, 403, 200, 403, 200, 403] },
  { name: 'audit of accounts', request: () => ({ url: '/api/audit?entity=user&limit=5' }), expect: [401, 403, 200, 403, 200, 403, 403, 403] },
  {
    name: 'enter a figure for XV forest cover (Sở Nông nghiệp\'s indicator); Sở Y tế cannot',
    request: () => ({ method: 'POST', url: '/api/observations', payload: { indicatorId: FOREST_XV, periodId: OPEN_2026, kind: 'estimate', value: 55.2 } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 201],
    after: remember,
  },
  {
    name: 'read that figure; another unit cannot',
    request: (_who, state) => ({ url: `/api/observations/${state.observationId}` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 200],
  },
  {
    name: 'list Sở Nông nghiệp\'s figures; another unit cannot',
    request: () => ({ url: `/api/terms/${XV}/observations?unitId=${demoId('unit/nn')}` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 200],
  },
  {
    name: 'correct the draft; another unit cannot',
    request: (_who, state) => ({ method: 'PATCH', url: `/api/observations/${state.observationId}`, payload: { version: state.version, value: 55.4 } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 200],
    after: remember,
  },
  {
    name: 'attach evidence; another unit cannot',
    request: (_who, state) => upload(`/api/observations/${state.observationId}/evidence`, 'bien-ban.pdf', '%PDF-1.4 demo'),
    expect: [401, 403, 403, 403, 403, 403, 403, 201],
    after: (body, state) => {
      state.evidenceId = z.object({ id: z.string() }).parse(body).id;
    },
  },
  {
    name: 'download that evidence: whoever reads the figure; another unit cannot',
    request: (_who, state) => ({ url: `/api/evidence/${state.evidenceId ?? 'none'}/file` }),
    expect: [401, 403, 403, 200, 200, 403, 200, 200],
  },
  {
    name: 'submit; another unit cannot',
    request: (_who, state) => ({ method: 'POST', url: `/api/observations/${state.observationId}/submit`, payload: { version: state.version } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 200],
    after: remember,
  },
  {
    name: 'approve: the secretariat only (a reporter cannot approve its own figure)',
    request: (_who, state) => ({ method: 'POST', url: `/api/observations/${state.observationId}/approve`, payload: { version: state.version } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
    after: remember,
  },
  {
    name: 'an approved figure is locked, even for its own unit',
    request: (_who, state) => ({ method: 'PATCH', url: `/api/observations/${state.observationId}`, payload: { version: state.version, value: 1 } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 409],
  },
  {
    name: 'a closed period takes nothing (XIV tea area, approved)',
    request: () => ({ method: 'PATCH', url: `/api/observations/${TEA_END}`, payload: { version: 1, value: 1 } }),
    expect: [401, 403, 403, 403, 403, 403, 403, 409],
  },
  {
    name: 'edit an indicator: the secretariat only',
    request: () => ({ method: 'PATCH', url: `/api/indicators/${FOREST_XV}`, payload: { version: 1, code: '(16)' } }),
    expect: [401, 403, 403, 403, 403, 403, 200, 403],
  },
  { name: 'the organisation tree: admins', request: () => ({ url: `/api/organisations/${LAI_CHAU}/tree` }), expect: [401, 403, 200, 403, 403, 403, 403, 403] },
  {
    name: 'create a commune: admins',
    request: (who) => ({ method: 'POST', url: '/api/organisations', payload: { parentId: LAI_CHAU, kind: 'commune', name: `Xã Thử ${who}`, code: `LCH-THU-${who}` } }),
    expect: [401, 403, 201, 403, 403, 403, 403, 403],
  },
  {
    name: 'rename a department: admins',
    request: () => ({ method: 'PATCH', url: `/api/organisations/${demoId('unit/nn')}`, payload: { name: 'Sở Nông nghiệp và Môi trường' } }),
    expect: [401, 403, 200, 403, 403, 403, 403, 403],
  },
  {
    name: 'create a term: admin and secretariat',
    request: (who) => ({ method: 'POST', url: `/api/organisations/${LAI_CHAU}/terms`, payload: { congress: who === 'admin' ? 'XVI' : 'XVII', startYear: who === 'admin' ? 2030 : 2035, endYear: who === 'admin' ? 2035 : 2040 } }),
    expect: [401, 403, 201, 403, 403, 403, 201, 403],
  },
  { name: 'list users: admins', request: () => ({ url: '/api/users' }), expect: [401, 403, 200, 403, 403, 403, 403, 403] },
  {
    name: 'create a user with a role: admins',
    request: (who) => ({ method: 'POST', url: '/api/users', payload: { login: `thu-${who}`, displayName: 'Người thử', password: 'mat-khau-thu-nghiem', unitId: demoId('unit/nn'), role: 'reporter' } }),
    expect: [401, 403, 201, 403, 403, 403, 403, 403],
    after: rememberUser,
  },
  {
    name: 'grant that user a role: admins',
    request: (_who, state) => ({ method: 'POST', url: userUrl(state, '/roles'), payload: { unitId: LAI_CHAU, role: 'leader' } }),
    expect: [401, 403, 201, 403, 403, 403, 403, 403],
  },
  {
    name: 'revoke it: admins',
    request: (_who, state) => ({ method: 'DELETE', url: userUrl(state, `/roles?unitId=${LAI_CHAU}&role=leader`) }),
    expect: [401, 403, 200, 403, 403, 403, 403, 403],
  },
  {
    name: 'disable the account: admins',
    request: (_who, state) => ({ method: 'PATCH', url: userUrl(state), payload: { version: state.user?.version ?? 1, disabled: true } }),
    expect: [401, 403, 200, 403, 403, 403, 403, 403],
  },
  {
    name: 'reset its password: admins',
    request: (_who, state) => ({ method: 'POST', url: userUrl(state, '/password'), payload: { password: 'mat-khau-dat-lai-1' } }),
    expect: [401, 403, 204, 403, 403, 403, 403, 403],
  },
  {
    name: 'create a period: admin and secretariat',
    request: (who) => ({ method: 'POST', url: `/api/terms/${XV}/periods`, payload: { kind: 'year', startYear: who === 'admin' ? 2027 : 2028, endYear: who === 'admin' ? 2027 : 2028 } }),
    expect: [401, 403, 201, 403, 403, 403, 201, 403],
  },
  {
    name: 'open a period: admin and secretariat',
    request: (who) => ({ method: 'POST', url: `/api/periods/${demoId(who === 'admin' ? 'XIV/period/2020' : 'XIV/period/mid')}/open` }),
    expect: [401, 403, 200, 403, 403, 403, 200, 403],
  },
  { name: 'list the XIV documents', request: () => ({ url: `/api/terms/${XIV}/documents` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  { name: 'read the XIV report', request: () => ({ url: `/api/documents/${demoId('XIV/report')}` }), expect: [401, 403, 200, 200, 200, 200, 200, 200] },
  {
    name: 'search the XIV documents',
    request: () => ({ url: `/api/documents/search?termId=${XIV}&q=${encodeURIComponent('che phu rung')}` }),
    expect: [401, 403, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'download the XIV report: readers get 404 (the demo keeps no original file)',
    request: () => ({ url: `/api/documents/${demoId('XIV/report')}/file` }),
    expect: [401, 403, 404, 404, 404, 404, 404, 404],
  },
  {
    name: 'file a report under the term: the secretariat',
    request: () => upload(`/api/terms/${XV}/documents`, 'bao-cao.txt', 'BÁO CÁO\nTình hình thực hiện chỉ tiêu năm 2026\n'),
    expect: [401, 403, 403, 403, 403, 403, 201, 403],
  },
];

await onBothEngines('role × route matrix', (engine) => {
  test('every role gets the status the authorization table gives it, row after row', () =>
    withServer(engine, async ({ app }) => {
      const mismatches = await runMatrix(app, ROWS, { observationId: 'none', version: 0 });
      assert.deepEqual(mismatches, []);
    }));
});
