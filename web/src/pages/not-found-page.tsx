/** An address the application does not know. */
import Result from 'antd/es/result';
import { Link } from '../app/link.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The 404 page, with a way back. */
export default function NotFoundPage() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('error.notFound')} extra={<Link to="/">{t('error.backHome')}</Link>} />;
}
