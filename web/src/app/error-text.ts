/** What to tell the user about a failed request: the server's own (translated) message when it sent one. */
import { ApiError } from '../api/client.ts';
import type { I18n } from '../i18n/i18n-context.tsx';

/** A sentence for the screen describing `error`. */
export function errorText(error: unknown, t: I18n['t']): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return t('error.network');
    if (error.message !== '') return error.message;
    return t('error.unexpected', { status: error.status });
  }
  return t('state.error');
}
