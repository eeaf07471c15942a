/**
 * The e-mail step of a consultation that asks for one: the address, "Gửi mã" (a 6-digit code
 * goes to it), the code, "Xác nhận" — which gives the verification token the comment carries.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { commentProblemMessage } from '../../../../src/domain/consultation/comment-rules.ts';
import { confirmVerificationCode, requestVerificationCode } from '../../api/public-consultation.ts';
import type { CodeRequested, CommentLimits } from '../../api/public-consultation.ts';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { cleanCode, emailProblem } from './comment-form-model.ts';
import { momentText } from './period-text.ts';
import type { Verification } from './public-page-context.tsx';

export interface EmailStepProps {
  id: string;
  slug: string;
  limits: CommentLimits;
  onVerified: (verification: Verification) => void;
}

export function EmailStep({ id, slug, limits, onVerified }: EmailStepProps) {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<CodeRequested | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sendCode = async (event?: FormEvent): Promise<void> => {
    event?.preventDefault();
    const typed = email.trim();
    const invalid = typed === '' ? t('pub.verify.emailRequired') : (() => {
      const found = emailProblem(typed, limits);
      return found === null ? null : commentProblemMessage(found, lang);
    })();
    setProblem(invalid);
    if (invalid !== null) return;
    setBusy(true);
    try {
      setSent(await requestVerificationCode(slug, typed));
      setCode('');
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setProblem(t('pub.verify.codeInvalid'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const confirmed = await confirmVerificationCode(slug, email.trim(), code);
      onVerified({ token: confirmed.verificationToken, email: confirmed.email });
    } catch (error) {
      setProblem(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  const problemLine = problem === null ? null : <p id={`${id}-problem`} className="pc-error" role="alert">{problem}</p>;
  return (
    <div className="pc-email-step">
      <p className="pc-step-title">{t('pub.verify.title')}</p>
      <p className="pc-muted">{t('pub.verify.hint')}</p>
      {sent === null ? (
        <form className="pc-form-body" noValidate onSubmit={(event) => void sendCode(event)}>
          <div className="pc-field">
            <label htmlFor={`${id}-email`}>{t('pub.verify.email')}</label>
            <input
              id={`${id}-email`}
              className={problem === null ? 'pc-input' : 'pc-input invalid'}
              type="email"
              inputMode="email"
              autoComplete="email"
              value={email}
              aria-invalid={problem !== null}
              aria-describedby={problem === null ? undefined : `${id}-problem`}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          {problemLine}
          <button type="submit" className="pc-button primary large" disabled={busy}>{t('pub.verify.send')}</button>
        </form>
      ) : (
        <form className="pc-form-body" noValidate onSubmit={(event) => void confirm(event)}>
          <p className="pc-message success" role="status">{t('pub.verify.sent', { email: sent.sentTo, time: momentText(sent.expiresAt, lang, t) })}</p>
          <div className="pc-field">
            <label htmlFor={`${id}-code`}>{t('pub.verify.code')}</label>
            <input
              id={`${id}-code`}
              className={problem === null ? 'pc-input code' : 'pc-input code invalid'}
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              aria-invalid={problem !== null}
              aria-describedby={problem === null ? undefined : `${id}-problem`}
              onChange={(event) => setCode(cleanCode(event.target.value))}
            />
          </div>
          {problemLine}
          <button type="submit" className="pc-button primary large" disabled={busy}>{t('pub.verify.confirm')}</button>
          <div className="pc-actions">
            <button type="button" className="pc-button link" disabled={busy} onClick={() => void sendCode()}>{t('pub.verify.resend')}</button>
            <button type="button" className="pc-button link" disabled={busy} onClick={() => { setSent(null); setProblem(null); }}>{t('pub.verify.change')}</button>
          </div>
        </form>
      )}
    </div>
  );
}
