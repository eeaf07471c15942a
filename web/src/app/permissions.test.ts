import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { abilitiesOf, homePage } from './permissions.ts';

describe('what the screens offer each role', () => {
  test('a leader reads the dashboard but neither enters nor reviews figures', () => {
    const leader = abilitiesOf({ grants: [{ role: 'leader', unitId: 'province' }] });
    assert.deepEqual(leader, {
      readEvaluation: true, enterFigures: false, reviewFigures: false, readDocuments: true, importDocuments: false, manageAccounts: false,
      managePeriods: false, readAudit: false, readPlans: true, managePlans: false, readTaskHistory: false, taskInbox: false, reportingUnitIds: [],
      readConsultations: true, manageConsultations: false, enterConsultationComments: false,
    });
    assert.equal(homePage(leader), 'dashboard');
  });

  test('a reporter enters figures for their own units and lands on the entry form', () => {
    const reporter = abilitiesOf({ grants: [{ role: 'reporter', unitId: 'nn' }, { role: 'reporter', unitId: 'nn' }, { role: 'reporter', unitId: 'tnmt' }] });
    assert.deepEqual(reporter, {
      readEvaluation: false, enterFigures: true, reviewFigures: false, readDocuments: true, importDocuments: false, manageAccounts: false,
      managePeriods: false, readAudit: false, readPlans: false, managePlans: false, readTaskHistory: false, taskInbox: true, reportingUnitIds: ['nn', 'tnmt'],
      readConsultations: false, manageConsultations: false, enterConsultationComments: true,
    });
    assert.equal(homePage(reporter), 'entry');
  });

  test('the secretariat reads and reviews; the public and the admin get neither here', () => {
    const secretariat = abilitiesOf({ grants: [{ role: 'secretariat', unitId: 'province' }] });
    assert.equal(secretariat.reviewFigures && secretariat.readEvaluation, true);
    assert.equal(homePage(abilitiesOf({ grants: [{ role: 'public', unitId: 'province' }] })), 'none');
    assert.equal(homePage(abilitiesOf({ grants: [{ role: 'admin', unitId: 'province' }] })), 'admin');
  });

  test('the audit trail is offered to the secretariat and the inspector only', () => {
    const reads = (role: 'admin' | 'secretariat' | 'reporter' | 'leader' | 'inspector' | 'public') => abilitiesOf({ grants: [{ role, unitId: 'province' }] }).readAudit;
    assert.deepEqual(
      (['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public'] as const).filter(reads),
      ['secretariat', 'inspector'],
    );
  });

  test('plans and tasks mirror the server: task.read over the organisation, task.manage, audit.read.tasks, and the units\' inbox', () => {
    const roles = ['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public'] as const;
    const having = (ability: 'readPlans' | 'managePlans' | 'readTaskHistory' | 'taskInbox') =>
      roles.filter((role) => abilitiesOf({ grants: [{ role, unitId: 'province' }] })[ability]);
    assert.deepEqual(having('readPlans'), ['secretariat', 'leader', 'inspector']);
    assert.deepEqual(having('managePlans'), ['secretariat']);
    assert.deepEqual(having('readTaskHistory'), ['secretariat', 'inspector']);
    assert.deepEqual(having('taskInbox'), ['reporter']);
  });

  test('consultations mirror the server: consultation.read, manage and moderate for the secretariat, units enter meeting comments', () => {
    const roles = ['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public'] as const;
    const having = (ability: 'readConsultations' | 'manageConsultations' | 'enterConsultationComments') =>
      roles.filter((role) => abilitiesOf({ grants: [{ role, unitId: 'province' }] })[ability]);
    assert.deepEqual(having('readConsultations'), ['secretariat', 'leader', 'inspector']);
    assert.deepEqual(having('manageConsultations'), ['secretariat']);
    assert.deepEqual(having('enterConsultationComments'), ['secretariat', 'reporter']);
  });
});
