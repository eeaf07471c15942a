/**
 * The session gate and the page switch: nobody signed in → the login page; otherwise the
 * header and the page of the address. Pages load on demand (React.lazy), so the first
 * screen downloads only its own code.
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { setCsrfToken } from '../api/client.ts';
import { signOut } from '../api/endpoints.ts';
import { SESSION_KEY, useSession } from '../api/queries.ts';
import type { Session } from '../api/types.ts';
import { EmptyState, ErrorState, Loading } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AppHeader } from './app-header.tsx';
import { abilitiesOf, homePage } from './permissions.ts';
import type { Abilities } from './permissions.ts';
import { parseRoute, useLocation } from './router.ts';
import type { Route } from './router.ts';
import { prefetchTermPeriod } from './use-term-period.ts';

// Each page is a chunk of its own. The current page's chunk is requested at start-up, in
// parallel with the session check, rather than after it.
const load = {
  login: () => import('../pages/login-page.tsx'),
  dashboard: () => import('../pages/dashboard-page.tsx'),
  indicators: () => import('../pages/indicators-page.tsx'),
  indicator: () => import('../pages/indicator-page.tsx'),
  entry: () => import('../pages/entry-page.tsx'),
  review: () => import('../pages/review-page.tsx'),
  documents: () => import('../pages/documents-page.tsx'),
  document: () => import('../pages/document-page.tsx'),
  import_review: () => import('../pages/import-review-page.tsx'),
  admin: () => import('../pages/admin-page.tsx'),
  reports: () => import('../pages/reports-page.tsx'),
  plans: () => import('../pages/plans-page.tsx'),
  plan: () => import('../pages/plan-page.tsx'),
  task: () => import('../pages/task-page.tsx'),
  inbox: () => import('../pages/inbox-page.tsx'),
  consultations: () => import('../pages/consultations-page.tsx'),
  consultation: () => import('../pages/consultation-page.tsx'),
  public_consultation: () => import('../pages/public-consultation-page.tsx'),
  not_found: () => import('../pages/not-found-page.tsx'),
} as const;
void load[parseRoute(window.location.pathname).page]().catch(() => undefined);

const LoginPage = lazy(load.login);
const DashboardPage = lazy(load.dashboard);
const IndicatorsPage = lazy(load.indicators);
const IndicatorPage = lazy(load.indicator);
const EntryPage = lazy(load.entry);
const ReviewPage = lazy(load.review);
const DocumentsPage = lazy(load.documents);
const DocumentPage = lazy(load.document);
const ImportReviewPage = lazy(load.import_review);
const AdminPage = lazy(load.admin);
const ReportsPage = lazy(load.reports);
const PlansPage = lazy(load.plans);
const PlanPage = lazy(load.plan);
const TaskPage = lazy(load.task);
const InboxPage = lazy(load.inbox);
const ConsultationsPage = lazy(load.consultations);
const ConsultationPage = lazy(load.consultation);
const PublicConsultationPage = lazy(load.public_consultation);
const NotFoundPage = lazy(load.not_found);

export type LoginNotice = 'loggedOut' | 'expired' | null;

function NoWorkspace() {
  const { t } = useI18n();
  return <EmptyState text={t('home.none')} />;
}

/** The page of the route, or a note when the user's roles give no access to it (the server would refuse its data anyway). */
function Page({ route, abilities }: { route: Route; abilities: Abilities }) {
  switch (route.page) {
    case 'dashboard':
      switch (homePage(abilities)) {
        case 'dashboard':
          return <DashboardPage />;
        case 'entry':
          return <EntryPage />;
        case 'admin':
          return <AdminPage />;
        case 'none':
          return <NoWorkspace />;
      }
      break;
    case 'indicators':
      return abilities.readEvaluation ? <IndicatorsPage /> : <NoWorkspace />;
    case 'indicator':
      return abilities.readEvaluation ? <IndicatorPage indicatorId={route.indicatorId} /> : <NoWorkspace />;
    case 'entry':
      return abilities.enterFigures ? <EntryPage /> : <NoWorkspace />;
    case 'review':
      return abilities.reviewFigures ? <ReviewPage /> : <NoWorkspace />;
    case 'documents':
      return abilities.readDocuments ? <DocumentsPage /> : <NoWorkspace />;
    case 'document':
      return abilities.readDocuments ? <DocumentPage documentId={route.documentId} /> : <NoWorkspace />;
    case 'import_review':
      return abilities.importDocuments ? <ImportReviewPage /> : <NoWorkspace />;
    case 'admin':
      return abilities.manageAccounts || abilities.managePeriods ? <AdminPage /> : <NoWorkspace />;
    case 'reports':
      return abilities.readEvaluation ? <ReportsPage /> : <NoWorkspace />;
    case 'plans':
      return abilities.readPlans ? <PlansPage /> : <NoWorkspace />;
    case 'plan':
      return abilities.readPlans || abilities.taskInbox ? <PlanPage planId={route.planId} /> : <NoWorkspace />;
    case 'task':
      return abilities.readPlans || abilities.taskInbox ? <TaskPage taskId={route.taskId} /> : <NoWorkspace />;
    case 'inbox':
      return abilities.taskInbox ? <InboxPage /> : <NoWorkspace />;
    case 'consultations':
      return abilities.readConsultations || abilities.enterConsultationComments ? <ConsultationsPage /> : <NoWorkspace />;
    case 'consultation':
      return abilities.readConsultations || abilities.enterConsultationComments ? <ConsultationPage consultationId={route.consultationId} /> : <NoWorkspace />;
    case 'public_consultation':
      return <PublicConsultationPage slug={route.slug} />;
    case 'not_found':
      return <NotFoundPage />;
  }
}

function Shell({ session, onLogout }: { session: Session; onLogout: () => void }) {
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  const abilities = abilitiesOf(session);
  const queryClient = useQueryClient();
  useEffect(() => {
    // Every page starts from the directory and the periods; ask for them while the page's code loads.
    prefetchTermPeriod(queryClient);
  }, [queryClient]);
  return (
    <div className="shell">
      <AppHeader session={session} route={route} abilities={abilities} onLogout={onLogout} />
      <main className="content" id="main">
        <Suspense fallback={<Loading />}>
          <Page route={route} abilities={abilities} />
        </Suspense>
      </main>
    </div>
  );
}

/** The whole application. */
export function App() {
  const session = useSession();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<LoginNotice>(null);
  const signedIn = useRef(false);

  useEffect(() => {
    // The session vanishing without a logout means it expired (a 401 on some request).
    if (session.data === null && signedIn.current) setNotice((current) => current ?? 'expired');
    signedIn.current = session.data !== undefined && session.data !== null;
  }, [session.data]);

  const logout = (): void => {
    setNotice('loggedOut');
    void signOut()
      .catch(() => undefined)
      .finally(() => {
        setCsrfToken(null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
        queryClient.setQueryData(SESSION_KEY, null);
      });
  };
  const signedInNow = (): void => {
    setNotice(null);
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  };

  // The public consultation page needs no account: it shows before (and whatever) the session check says.
  const route = parseRoute(window.location.pathname);
  if (route.page === 'public_consultation') {
    return (
      <Suspense fallback={<Loading />}>
        <PublicConsultationPage slug={route.slug} />
      </Suspense>
    );
  }
  if (session.isPending) return <Loading />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (session.data === null) {
    return (
      <Suspense fallback={<Loading />}>
        <LoginPage notice={notice} onSignedIn={signedInNow} />
      </Suspense>
    );
  }
  return <Shell session={session.data} onLogout={logout} />;
}
