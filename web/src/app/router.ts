/**
 * The application's pages by address, on the History API (no router package: a dozen pages do
 * not need one). The server answers every non-API address with the app (src/server/static.ts),
 * so a page can be reloaded or linked to.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'dashboard' }
  | { page: 'indicators' }
  | { page: 'indicator'; indicatorId: string }
  | { page: 'entry' }
  | { page: 'review' }
  | { page: 'documents' }
  | { page: 'document'; documentId: string }
  | { page: 'import_review' }
  | { page: 'admin' }
  | { page: 'reports' }
  | { page: 'plans' }
  | { page: 'plan'; planId: string }
  | { page: 'task'; taskId: string }
  | { page: 'inbox' }
  | { page: 'consultations' }
  | { page: 'consultation'; consultationId: string }
  /** The public consultation page: no account needed. */
  | { page: 'public_consultation'; slug: string }
  | { page: 'not_found' };

/** The page an address shows. */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/dashboard') return { page: 'dashboard' };
  if (path === '/indicators') return { page: 'indicators' };
  if (path === '/entry') return { page: 'entry' };
  if (path === '/review') return { page: 'review' };
  if (path === '/documents') return { page: 'documents' };
  if (path === '/framework/review') return { page: 'import_review' };
  if (path === '/admin') return { page: 'admin' };
  if (path === '/reports') return { page: 'reports' };
  if (path === '/plans') return { page: 'plans' };
  if (path === '/inbox') return { page: 'inbox' };
  if (path === '/consultations') return { page: 'consultations' };
  const consultation = /^\/consultations\/([^/]+)$/.exec(path);
  if (consultation?.[1] !== undefined) return { page: 'consultation', consultationId: decodeURIComponent(consultation[1]) };
  const publicConsultation = /^\/gop-y\/([^/]+)$/.exec(path);
  if (publicConsultation?.[1] !== undefined) return { page: 'public_consultation', slug: decodeURIComponent(publicConsultation[1]) };
  const plan = /^\/plans\/([^/]+)$/.exec(path);
  if (plan?.[1] !== undefined) return { page: 'plan', planId: decodeURIComponent(plan[1]) };
  const task = /^\/tasks\/([^/]+)$/.exec(path);
  if (task?.[1] !== undefined) return { page: 'task', taskId: decodeURIComponent(task[1]) };
  const indicator = /^\/indicators\/([^/]+)$/.exec(path);
  if (indicator?.[1] !== undefined) return { page: 'indicator', indicatorId: decodeURIComponent(indicator[1]) };
  const document = /^\/documents\/([^/]+)$/.exec(path);
  if (document?.[1] !== undefined) return { page: 'document', documentId: decodeURIComponent(document[1]) };
  return { page: 'not_found' };
}

/** Builds "/path?query" from a path and parameters, leaving out empty ones. */
export function href(path: string, params: Readonly<Record<string, string | null | undefined>> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(name, value);
  const text = search.toString();
  return text === '' ? path : `${path}?${text}`;
}

const NAVIGATED = 'resolute:navigate';

/** Goes to an address of the app without reloading; `replace` keeps the history entry (filters typed). */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const snapshot = (): string => window.location.pathname + window.location.search;

/** The current address as `{ pathname, params }`, re-rendering on every navigation. */
export function useLocation(): { pathname: string; params: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, window.location.origin);
  return { pathname: url.pathname, params: url.searchParams };
}
