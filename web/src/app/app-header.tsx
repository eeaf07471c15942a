/** The header: the product's name, the pages, the language switch, who is signed in and log out. */
import Button from 'antd/es/button';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LangSwitch } from '../components/lang-switch.tsx';
import { Link } from './link.tsx';
import type { Abilities } from './permissions.ts';
import type { Route } from './router.ts';
import { href, useLocation } from './router.ts';

export interface AppHeaderProps {
  session: Session;
  route: Route;
  abilities: Abilities;
  onLogout: () => void;
}

/** The menu item a page belongs to (a detail page lights up its list). */
function currentItem(route: Route, abilities: Abilities): string {
  switch (route.page) {
    case 'indicator':
      return 'indicators';
    case 'document':
    case 'import_review':
      return 'documents';
    case 'consultation':
      return 'consultations';
    case 'plan':
    case 'task':
      return abilities.readPlans ? 'plans' : 'inbox';
    case 'dashboard':
      if (abilities.readEvaluation) return 'dashboard';
      return abilities.enterFigures ? 'entry' : 'admin';
    default:
      return route.page;
  }
}

/** The top bar of every signed-in page. */
export function AppHeader({ session, route, abilities, onLogout }: AppHeaderProps) {
  const { t } = useI18n();
  const { params } = useLocation();
  // The term and period travel from page to page.
  const keep = { term: params.get('term'), period: params.get('period') };
  const current = currentItem(route, abilities);
  // Only the pages the user's roles can use are offered.
  const items = [
    ...(abilities.readEvaluation ? [{ page: 'dashboard', path: '/', label: t('nav.dashboard') }, { page: 'indicators', path: '/indicators', label: t('nav.indicators') }] : []),
    ...(abilities.enterFigures ? [{ page: 'entry', path: '/entry', label: t('nav.entry') }] : []),
    ...(abilities.reviewFigures ? [{ page: 'review', path: '/review', label: t('nav.review') }] : []),
    ...(abilities.readDocuments ? [{ page: 'documents', path: '/documents', label: t('nav.documents') }] : []),
    ...(abilities.readEvaluation ? [{ page: 'reports', path: '/reports', label: t('nav.reports') }] : []),
    ...(abilities.readPlans ? [{ page: 'plans', path: '/plans', label: t('nav.plans') }] : []),
    ...(abilities.taskInbox ? [{ page: 'inbox', path: '/inbox', label: t('nav.inbox') }] : []),
    ...(abilities.readConsultations || abilities.enterConsultationComments ? [{ page: 'consultations', path: '/consultations', label: t('nav.consultations') }] : []),
    ...(abilities.manageAccounts || abilities.managePeriods ? [{ page: 'admin', path: '/admin', label: t('nav.admin') }] : []),
  ];
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <Link to={href('/', keep)} className="brand" title={t('app.tagline')}>
        {t('app.name')}
      </Link>
      <nav aria-label={t('nav.menu')} className="nav">
        {items.map((item) => (
          <Link key={item.page} to={href(item.path, keep)} className={current === item.page ? 'nav-link active' : 'nav-link'} aria-current={current === item.page ? 'page' : undefined}>
            {item.label}
          </Link>
        ))}
      </nav>
      <div className="header-tools">
        <LangSwitch />
        <span className="user-name" title={session.user.login}>
          {t('session.signedInAs', { name: session.user.displayName })}
        </span>
        <Button size="small" onClick={onLogout}>
          {t('session.logout')}
        </Button>
      </div>
    </header>
  );
}
