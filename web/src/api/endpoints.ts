/** The API routes the screens use, one function each (paths as in src/server/routes). */
import { apiRequest } from './client.ts';
import type {
  BulkApprove, BulkResult, Dashboard, DashboardQuery, Directory, EnterObservation, Framework, Login, LoginResult, Observation, ObservationQuery,
  ObservationStep, PeriodStatus, ReturnObservation, Session, UpdateObservation,
} from './types.ts';

const id = encodeURIComponent;

/** POST /api/session: signs in and sets the session cookie. */
export function signIn(body: Login): Promise<LoginResult> {
  return apiRequest('POST', '/api/session', { body });
}

/** GET /api/session: who is signed in, with the CSRF token. */
export function readSession(signal?: AbortSignal): Promise<Session> {
  return apiRequest('GET', '/api/session', signal === undefined ? {} : { signal });
}

/** DELETE /api/session: signs out. */
export function signOut(): Promise<void> {
  return apiRequest('DELETE', '/api/session');
}

/** GET /api/directory: organisations and the terms the user may read. */
export function readDirectory(): Promise<Directory> {
  return apiRequest('GET', '/api/directory');
}

/** GET /api/terms/:termId/periods. */
export function readPeriods(termId: string): Promise<PeriodStatus[]> {
  return apiRequest('GET', `/api/terms/${id(termId)}/periods`);
}

/** GET /api/terms/:termId/framework. */
export function readFramework(termId: string): Promise<Framework> {
  return apiRequest('GET', `/api/terms/${id(termId)}/framework`);
}

/** GET /api/terms/:termId/dashboard. */
export function readDashboard(termId: string, query: DashboardQuery): Promise<Dashboard> {
  return apiRequest('GET', `/api/terms/${id(termId)}/dashboard`, { query: { ...query } });
}

/** GET /api/terms/:termId/observations. */
export function readObservations(termId: string, query: ObservationQuery = {}): Promise<Observation[]> {
  return apiRequest('GET', `/api/terms/${id(termId)}/observations`, { query: { ...query } });
}

/** POST /api/observations: a new draft figure. */
export function enterObservation(body: EnterObservation): Promise<Observation> {
  return apiRequest('POST', '/api/observations', { body });
}

/** PATCH /api/observations/:id: corrects a draft or returned figure. */
export function updateObservation(observationId: string, body: UpdateObservation): Promise<Observation> {
  return apiRequest('PATCH', `/api/observations/${id(observationId)}`, { body });
}

/** POST /api/observations/:id/submit. */
export function submitObservation(observationId: string, body: ObservationStep): Promise<Observation> {
  return apiRequest('POST', `/api/observations/${id(observationId)}/submit`, { body });
}

/** POST /api/observations/:id/return: back to the reporter with a reason. */
export function returnObservation(observationId: string, body: ReturnObservation): Promise<Observation> {
  return apiRequest('POST', `/api/observations/${id(observationId)}/return`, { body });
}

/** POST /api/observations/approve: several at once; the ones that could not be are listed. */
export function approveObservations(body: BulkApprove): Promise<BulkResult> {
  return apiRequest('POST', '/api/observations/approve', { body });
}
