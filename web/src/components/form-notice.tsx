import Alert from 'antd/es/alert';

/** The outcome of a form's last action, or null before any. */
export type FormMessage = { type: 'success' | 'error' | 'warning'; text: string } | null;

/** The notice under a form: a success is read out politely ("status"), a failure at once ("alert"). */
export function FormNotice({ message, className }: { message: FormMessage; className?: string }) {
  if (message === null) return null;
  return <Alert className={className} type={message.type} showIcon title={message.text} role={message.type === 'error' ? 'alert' : 'status'} />;
}
