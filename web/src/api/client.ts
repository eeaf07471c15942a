/**
 * The one way the browser talks to the server: fetch with the session cookie, the CSRF token
 * on every change (the server refuses a change made with the cookie but without it), the
 * interface language as Accept-Language (so the server's error messages match the screen),
 * and the server's error body `{ error: { code, message, details } }` turned into `ApiError`.
 */
import { parseErrorBody } from './error-body.ts';

/** A refused or failed request; `message` is ready to show (the server translated it). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

let csrfToken: string | null = null;
let language = 'vi';

/** Remembers the CSRF token of the session (given at sign-in and by GET /api/session). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language the server should answer errors in. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

/** "/api/x" plus the defined query values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

function headersFor(method: string, hasBody: boolean): Headers {
  const headers = new Headers({ accept: 'application/json', 'accept-language': language });
  if (hasBody) headers.set('content-type', 'application/json');
  if (!SAFE_METHODS.has(method) && csrfToken !== null) headers.set(CSRF_HEADER, csrfToken);
  return headers;
}

async function failure(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const body = parseErrorBody(text);
  if (body !== null) return new ApiError(response.status, body.code, body.message, body.details);
  // Not our JSON (a proxy's error page, say): the screen explains it with the status.
  return new ApiError(response.status, 'http_error', '');
}

/** Fetches and turns the answer into parsed JSON (undefined for 204) or an ApiError. */
async function send<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', ...init });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Sends one request and returns the parsed JSON answer (undefined for 204). */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  return send<T>(withQuery(path, options.query), {
    method,
    headers: headersFor(method, hasBody),
    body: hasBody ? JSON.stringify(options.body) : null,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
}

/**
 * POSTs one file as multipart/form-data (the field "file", after the text `fields`, as the
 * server's upload routes read it) and returns the parsed JSON answer. The browser writes the
 * multipart boundary, so no content type is set here.
 */
export async function apiUpload<T>(path: string, file: Blob, fileName: string, fields: Readonly<Record<string, string>> = {}, signal?: AbortSignal): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', file, fileName);
  return send<T>(path, { method: 'POST', headers: headersFor('POST', false), body: form, ...(signal === undefined ? {} : { signal }) });
}
