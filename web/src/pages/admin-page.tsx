/**
 * Administration: units (the organisation tree), users and their roles — for admins — and
 * terms with their reporting periods — for admins and the secretariat. One tab at a time, the
 * tab in the address (`/admin?tab=users`), so a tab can be reloaded or linked to.
 */
import Tabs from 'antd/es/tabs';
import { useDirectory, useSession } from '../api/queries.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { href, navigate, useLocation } from '../app/router.ts';
import { topUnits } from '../components/admin/admin-model.ts';
import { TermsTab } from '../components/admin/terms-tab.tsx';
import { UnitsTab } from '../components/admin/units-tab.tsx';
import { UsersTab } from '../components/admin/users-tab.tsx';
import { EmptyState, Loading } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/admin/admin.css';

type Tab = 'units' | 'users' | 'terms';

/** The administration page. */
export default function AdminPage() {
  const { t } = useI18n();
  const session = useSession().data ?? null;
  const directory = useDirectory();
  const { params } = useLocation();
  if (session === null) return <Loading />;
  const abilities = abilitiesOf(session);
  const tabs: Tab[] = [...(abilities.manageAccounts ? (['units', 'users'] as const) : []), ...(abilities.managePeriods ? (['terms'] as const) : [])];
  const wanted = params.get('tab');
  const active = tabs.find((tab) => tab === wanted) ?? tabs[0];
  if (active === undefined) return <EmptyState text={t('home.none')} />;
  // The organisations the admin manages: their own admin units, not those below another one.
  const rootIds = directory.data === undefined ? [] : topUnits(session, directory.data.organisations, ['admin']);
  const content = (tab: Tab) => {
    if (tab === 'terms') return <TermsTab session={session} />;
    if (directory.data === undefined) return <Loading />;
    return tab === 'units' ? <UnitsTab rootIds={rootIds} /> : <UsersTab rootIds={rootIds} selfId={session.user.id} />;
  };
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('admin.title')}</h1>
      </div>
      <Tabs
        activeKey={active}
        onChange={(tab) => navigate(href('/admin', { tab }), { replace: true })}
        items={tabs.map((tab) => ({ key: tab, label: t(`admin.tab.${tab}`), children: tab === active ? content(tab) : null }))}
      />
    </div>
  );
}
