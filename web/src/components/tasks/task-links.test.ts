import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseRoute } from '../../app/router.ts';
import { planHref, plansHref, planViewOf, taskHref } from './task-links.ts';

describe('plan and task addresses', () => {
  test('each address opens its page, ids round-trip', () => {
    assert.deepEqual(parseRoute(plansHref(null)), { page: 'plans' });
    assert.equal(plansHref('term 1'), '/plans?term=term+1');
    assert.deepEqual(parseRoute(new URL(planHref('a/b', 'timeline'), 'http://x').pathname), { page: 'plan', planId: 'a/b' });
    assert.equal(planHref('p1', 'timeline'), '/plans/p1?view=timeline');
    assert.equal(planHref('p1'), '/plans/p1');
    assert.deepEqual(parseRoute(taskHref('t 1')), { page: 'task', taskId: 't 1' });
    assert.deepEqual(parseRoute('/inbox/'), { page: 'inbox' });
    assert.deepEqual(parseRoute('/plans/p1/extra'), { page: 'not_found' });
  });

  test('the view defaults to the tree', () => {
    assert.equal(planViewOf('timeline'), 'timeline');
    assert.equal(planViewOf(null), 'tree');
    assert.equal(planViewOf('gantt'), 'tree');
  });
});
