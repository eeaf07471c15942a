import Alert from 'antd/es/alert';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { errorText } from '../app/error-text.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The outcome of a form's last action, or null before any. */
export type FormMessage = { type: 'success' | 'error' | 'warning'; text: string } | null;

/** The notice under a form: a success is read out politely ("status"), a failure at once ("alert"). */
export function FormNotice({ message, className }: { message: FormMessage; className?: string }) {
  if (message === null) return null;
  return <Alert className={className} type={message.type} showIcon title={message.text} role={message.type === 'error' ? 'alert' : 'status'} />;
}

/**
 * A form's action with its busy flag and notice: `run(work)` clears the notice, runs `work`
 * and shows the text it resolves to as a success, or the error (`conflict`'s text for a stale
 * version, when given) as a failure. It resolves to whether the work succeeded.
 */
export function useFormAction(): {
  busy: boolean;
  message: FormMessage;
  setMessage: (message: FormMessage) => void;
  run: (work: () => Promise<string>, options?: { conflict?: string }) => Promise<boolean>;
} {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<FormMessage>(null);
  const run = async (work: () => Promise<string>, options: { conflict?: string } = {}): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ type: 'success', text: await work() });
      return true;
    } catch (error) {
      const stale = options.conflict !== undefined && error instanceof ApiError && error.code === 'conflict';
      setMessage({ type: 'error', text: stale ? (options.conflict ?? '') : errorText(error, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, message, setMessage, run };
}
