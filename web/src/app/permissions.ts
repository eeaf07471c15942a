/**
 * What the signed-in user may do, for showing or hiding actions only: the server decides
 * (src/services/authorization.ts) and refuses anything else. Mirrors its role table for the
 * permissions the screens use.
 */
import type { Role, Session } from '../api/types.ts';

export interface Abilities {
  /** Dashboard and indicator list (evaluation.read). */
  readEvaluation: boolean;
  /** Enter and submit figures for assigned indicators (observation.edit). */
  enterFigures: boolean;
  /** Approve or return submitted figures (observation.review). */
  reviewFigures: boolean;
  /** Read the stored documents (framework.read: every role but the public). */
  readDocuments: boolean;
  /** Upload documents, review an imported framework and publish it (document.import, framework.edit). */
  importDocuments: boolean;
  /** Organisations, units, users and roles (organisation.manage, user.manage). */
  manageAccounts: boolean;
  /** Terms and periods: open, close, due dates (period.manage). */
  managePeriods: boolean;
  /** The audit trail of the framework and the figures (audit.read.framework, audit.read.collection). */
  readAudit: boolean;
  /** Plans and every task of them, the overdue board (task.read over an organisation: secretariat, leader, inspector). */
  readPlans: boolean;
  /** Import, edit, assign and publish plans; change a task's status, cancel, reopen (task.manage: the secretariat). */
  managePlans: boolean;
  /** A task's change history (audit.read.tasks: secretariat, inspector). */
  readTaskHistory: boolean;
  /** The unit's tasks and reminders: progress as lead unit, comments as supporting unit (task.update, task.comment for reporters). */
  taskInbox: boolean;
  /** Consultations on drafts: the list, synthesis, dispositions, version diff (consultation.read: secretariat, leader, inspector). */
  readConsultations: boolean;
  /** Open and close consultations, moderate, record dispositions (consultation.manage, consultation.moderate: the secretariat). */
  manageConsultations: boolean;
  /** Enter comments from meetings and paper forms, import them, enter tallies (consultation.enter: secretariat and reporting units). */
  enterConsultationComments: boolean;
  /** The units the user reports for. */
  reportingUnitIds: string[];
}

const EVALUATION_READERS: readonly Role[] = ['secretariat', 'leader', 'inspector'];
const DOCUMENT_READERS: readonly Role[] = ['admin', 'secretariat', 'reporter', 'leader', 'inspector'];
/** task.read over a whole organisation; a reporter reads only its units' tasks. */
const PLAN_READERS: readonly Role[] = ['secretariat', 'leader', 'inspector'];

/** The abilities given by the session's grants. */
export function abilitiesOf(session: Pick<Session, 'grants'>): Abilities {
  const roles = new Set(session.grants.map((grant) => grant.role));
  const reportingUnitIds = [...new Set(session.grants.filter((grant) => grant.role === 'reporter').map((grant) => grant.unitId))];
  return {
    readEvaluation: EVALUATION_READERS.some((role) => roles.has(role)),
    readConsultations: EVALUATION_READERS.some((role) => roles.has(role)),
    manageConsultations: roles.has('secretariat'),
    enterConsultationComments: roles.has('secretariat') || reportingUnitIds.length > 0,
    enterFigures: reportingUnitIds.length > 0,
    reviewFigures: roles.has('secretariat'),
    readDocuments: DOCUMENT_READERS.some((role) => roles.has(role)),
    importDocuments: roles.has('secretariat'),
    manageAccounts: roles.has('admin'),
    managePeriods: roles.has('admin') || roles.has('secretariat'),
    readAudit: roles.has('secretariat') || roles.has('inspector'),
    readPlans: PLAN_READERS.some((role) => roles.has(role)),
    managePlans: roles.has('secretariat'),
    readTaskHistory: roles.has('secretariat') || roles.has('inspector'),
    taskInbox: reportingUnitIds.length > 0,
    reportingUnitIds,
  };
}

/** The page a user lands on: the dashboard for readers of evaluations, the entry form for reporters, administration for admins. */
export function homePage(abilities: Abilities): 'dashboard' | 'entry' | 'admin' | 'none' {
  if (abilities.readEvaluation) return 'dashboard';
  if (abilities.enterFigures) return 'entry';
  if (abilities.manageAccounts) return 'admin';
  return 'none';
}
