/**
 * How the administration screens answer: a notice above the tab after a change (success or
 * the server's own message, in the user's language), and server refusals placed on the form
 * field they concern (a login or code already taken, a bad field) instead of a generic banner.
 */
import Alert from 'antd/es/alert';
import type { FormInstance } from 'antd/es/form';
import { ApiError } from '../../api/client.ts';
import { errorText } from '../../app/error-text.ts';
import type { I18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/translate.ts';

export type Notice = { type: 'success' | 'error'; text: string } | null;

/** The notice line of a tab (announced to screen readers), closable. */
export function NoticeBar({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  if (notice === null) return null;
  return <Alert type={notice.type} showIcon closable={{ onClose }} title={notice.text} role={notice.type === 'error' ? 'alert' : 'status'} />;
}

/**
 * The form field a refusal concerns: `details.field` of a duplicate (else `duplicateOn`, for
 * records whose key spans several fields), `details.path` of invalid input.
 */
export function fieldOf(error: unknown, duplicateOn?: string): string | null {
  if (!(error instanceof ApiError)) return null;
  const field = error.code === 'duplicate' ? (error.details.field ?? duplicateOn) : error.code === 'invalid_input' ? error.details.path : undefined;
  return typeof field === 'string' && field !== '' ? field : null;
}

/**
 * Puts a refusal on its field when the form has it (with our own wording for a taken key,
 * from `taken`), and returns true; false when the caller should show it as a notice.
 */
export function showOnField(
  form: FormInstance, error: unknown, fields: readonly string[], taken: Partial<Record<string, MessageKey>>, t: I18n['t'], duplicateOn?: string,
): boolean {
  const field = fieldOf(error, duplicateOn);
  if (field === null || !fields.includes(field)) return false;
  const key = error instanceof ApiError && error.code === 'duplicate' ? taken[field] : undefined;
  form.setFields([{ name: field, errors: [key === undefined ? errorText(error, t) : t(key)] }]);
  return true;
}
