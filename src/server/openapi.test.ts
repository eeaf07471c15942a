import assert from 'node:assert/strict';
import { test } from 'node:test';
import { onBothEngines } from '../services/testing/engines.ts';
import { withServer } from './testing/test-server.ts';

interface Operation {
  summary?: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
  parameters?: { in: string; name: string }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

type Paths = Record<string, Record<string, Operation>>;

/** Routes whose request has a body, and its media type. */
const BODIES: Record<string, string> = {
  'POST /api/consultations': 'application/json',
  'POST /api/consultations/{consultationId}/close': 'application/json',
  'POST /api/consultations/{consultationId}/revision': 'application/json',
  'POST /api/consultations/{consultationId}/comments': 'application/json',
  'POST /api/consultations/{consultationId}/comments/import': 'multipart/form-data',
  'POST /api/comments/{commentId}/moderation': 'application/json',
  'POST /api/consultations/{consultationId}/groups/moderation': 'application/json',
  'POST /api/consultations/{consultationId}/tallies': 'application/json',
  'PUT /api/consultations/{consultationId}/dispositions': 'application/json',
  'POST /api/public/consultations/{slug}/comments': 'application/json',
  'POST /api/public/consultations/{slug}/verification': 'application/json',
  'POST /api/public/consultations/{slug}/verification/confirm': 'application/json',
  'POST /api/session': 'application/json',
  'POST /api/tokens': 'application/json',
  'PATCH /api/indicators/{indicatorId}': 'application/json',
  'PUT /api/indicators/{indicatorId}/previous': 'application/json',
  'POST /api/terms/{termId}/framework/import': 'multipart/form-data',
  'POST /api/terms/{termId}/documents': 'multipart/form-data',
  'POST /api/terms/{termId}/periods': 'application/json',
  'PUT /api/periods/{periodId}/due-date': 'application/json',
  'POST /api/observations': 'application/json',
  'POST /api/observations/approve': 'application/json',
  'PATCH /api/observations/{observationId}': 'application/json',
  'POST /api/observations/{observationId}/submit': 'application/json',
  'POST /api/observations/{observationId}/approve': 'application/json',
  'POST /api/observations/{observationId}/return': 'application/json',
  'POST /api/observations/{observationId}/evidence': 'multipart/form-data',
  'POST /api/organisations': 'application/json',
  'PATCH /api/organisations/{organisationId}': 'application/json',
  'POST /api/organisations/{organisationId}/terms': 'application/json',
  'POST /api/users': 'application/json',
  'PATCH /api/users/{userId}': 'application/json',
  'POST /api/users/{userId}/password': 'application/json',
  'POST /api/users/{userId}/roles': 'application/json',
  'POST /api/plans': 'application/json',
  'POST /api/terms/{termId}/plans/import': 'multipart/form-data',
  'POST /api/plans/{planId}/publish': 'application/json',
  'POST /api/plans/{planId}/tasks': 'application/json',
  'PATCH /api/tasks/{taskId}': 'application/json',
  'POST /api/tasks/{taskId}/status': 'application/json',
  'POST /api/tasks/{taskId}/cancel': 'application/json',
  'POST /api/tasks/{taskId}/reopen': 'application/json',
  'POST /api/tasks/{taskId}/updates': 'application/json',
  'POST /api/tasks/{taskId}/comments': 'application/json',
  'POST /api/tasks/{taskId}/evidence': 'multipart/form-data',
};

await onBothEngines('OpenAPI document', (engine) => {
  test('lists every route with its request and response schemas and the shared error body', () =>
    withServer(engine, async ({ app }) => {
      const document = (await app.inject({ url: '/api/openapi.json' })).json<{ paths: Paths; components: { schemas: Record<string, unknown> } }>();
      const routes = app.routeTable
        .filter((r) => !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json')
        .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
      // 10 of them are the administration routes (admin.routes.ts).
      // 4 of them are the report downloads (report.routes.ts).
      // 24 of them are the plan and task routes (task.routes.ts).
      // 1 is the task status report (task-report.routes.ts).
      // 18 are the consultation routes for offices (consultation.routes.ts), 7 the public ones (public-consultation.routes.ts).
      assert.equal(routes.length, 38 + 10 + 4 + 24 + 1 + 18 + 7);
      const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((m) => `${m.toUpperCase()} ${path}`));
      assert.deepEqual([...documented].sort(), [...routes].sort());
      for (const route of routes) {
        const [method = '', path = ''] = route.split(' ');
        const operation = document.paths[path]?.[method.toLowerCase()];
        assert.ok(operation?.summary, `${route} has a summary`);
        const success = Object.keys(operation.responses).filter((code) => /^2\d\d$/.test(code));
        assert.equal(success.length, 1, `${route} documents its success response`);
        if (!route.startsWith('GET /healthz') && !route.startsWith('GET /readyz')) {
          assert.ok(operation.responses['4XX']?.content?.['application/json'], `${route} documents the error body`);
        }
        const body = BODIES[route];
        assert.deepEqual(Object.keys(operation.requestBody?.content ?? {}), body === undefined ? [] : [body], `${route} request body`);
      }
      for (const name of ['Error', 'Indicator', 'Target', 'Observation', 'Period', 'Dashboard', 'IndicatorResult', 'AuditEntry']) {
        assert.ok(document.components.schemas[name], `component ${name}`);
      }
      const login = document.paths['/api/session']?.post?.requestBody?.content['application/json']?.schema;
      assert.deepEqual(login, {
        type: 'object',
        properties: { login: { type: 'string', minLength: 1, maxLength: 200 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
        required: ['login', 'password'],
        additionalProperties: false,
      });
    }));

  test('Swagger UI is served at /api/docs without signing in', () =>
    withServer(engine, async ({ app }) => {
      const page = await app.inject({ url: '/api/docs/' });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<title>Swagger UI<\/title>/);
      const json = await app.inject({ url: '/api/docs/json' });
      assert.equal(json.json().info.title, 'resolute API');
    }, { demo: false }));
});
