/** Log in: login and password, with clear messages for a wrong password, a locked account and too many attempts. */
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { ApiError, setCsrfToken } from '../api/client.ts';
import { signIn } from '../api/endpoints.ts';
import type { LoginNotice } from '../app/app.tsx';
import { errorText } from '../app/error-text.ts';
import { LangSwitch } from '../components/lang-switch.tsx';
import { formatDateTime } from '../format/format.ts';
import type { I18n } from '../i18n/i18n-context.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

interface Credentials {
  login: string;
  password: string;
}

/** The sentence for a refused login. */
function loginErrorText(error: unknown, t: I18n['t']): string {
  if (!(error instanceof ApiError)) return errorText(error, t);
  if (error.code === 'invalid_credentials') return t('login.wrongPassword');
  if (error.code === 'login_locked') {
    const until = error.details.until;
    return typeof until === 'string' ? t('login.locked', { time: formatDateTime(until) }) : t('login.lockedNoTime');
  }
  if (error.code === 'rate_limited') return t('login.rateLimited', { seconds: error.details.retryAfterSeconds ?? 60 });
  return errorText(error, t);
}

export interface LoginPageProps {
  notice: LoginNotice;
  onSignedIn: () => void;
}

/** The login form. */
export default function LoginPage({ notice, onSignedIn }: LoginPageProps) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Credentials): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn({ login: values.login.trim(), password: values.password });
      setCsrfToken(result.csrfToken);
      onSignedIn();
    } catch (failure) {
      setError(loginErrorText(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login" id="main">
      <Card className="login-card">
        <div className="login-lang">
          <LangSwitch />
        </div>
        <h1 className="login-brand">{t('app.name')}</h1>
        <p className="login-tagline">{t('app.tagline')}</p>
        <h2 className="login-title">{t('login.title')}</h2>
        {notice !== null && error === null ? (
          <Alert className="login-alert" type={notice === 'expired' ? 'warning' : 'info'} showIcon title={t(notice === 'expired' ? 'session.expired' : 'session.loggedOut')} />
        ) : null}
        {error === null ? null : <Alert className="login-alert" type="error" showIcon title={error} role="alert" />}
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} disabled={busy}>
          <Form.Item name="login" label={t('login.login')} rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}>
            <Input autoComplete="username" autoFocus autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
