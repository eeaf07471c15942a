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
  /** The units the user reports for. */
  reportingUnitIds: string[];
}

const EVALUATION_READERS: readonly Role[] = ['secretariat', 'leader', 'inspector'];

/** The abilities given by the session's grants. */
export function abilitiesOf(session: Pick<Session, 'grants'>): Abilities {
  const roles = new Set(session.grants.map((grant) => grant.role));
  const reportingUnitIds = [...new Set(session.grants.filter((grant) => grant.role === 'reporter').map((grant) => grant.unitId))];
  return {
    readEvaluation: EVALUATION_READERS.some((role) => roles.has(role)),
    enterFigures: reportingUnitIds.length > 0,
    reviewFigures: roles.has('secretariat'),
    reportingUnitIds,
  };
}

/** The page a user lands on: the dashboard for readers of evaluations, the entry form for reporters. */
export function homePage(abilities: Abilities): 'dashboard' | 'entry' | 'none' {
  if (abilities.readEvaluation) return 'dashboard';
  if (abilities.enterFigures) return 'entry';
  return 'none';
}
