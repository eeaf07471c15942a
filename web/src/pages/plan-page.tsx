/**
 * One plan (`/plans/:id?view=tree|timeline`): its title, number and date, draft or published,
 * how its tasks stand, and the tasks as a tree (area → task → sub-task, with lead unit, due
 * date, status and progress) or as a timeline; the task status report to download; the
 * evaluation of its tasks overall and per lead unit, with the most overdue. A draft
 * opens in review for the secretariat (edit, assign, publish); others read it as it is.
 */
import Alert from 'antd/es/alert';
import Radio from 'antd/es/radio';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { useSession } from '../api/queries.ts';
import { usePlan } from '../api/tasks.ts';
import type { PlanTree as PlanTreeData } from '../api/tasks.ts';
import { Link } from '../app/link.tsx';
import { abilitiesOf } from '../app/permissions.ts';
import { href, navigate, useLocation } from '../app/router.ts';
import { EmptyState, queryState } from '../components/page-state.tsx';
import { DraftReview } from '../components/tasks/draft-review.tsx';
import { PlanEvaluationCard } from '../components/tasks/plan-evaluation.tsx';
import { PlanReportLinks } from '../components/tasks/plan-report-links.tsx';
import { PlanTimeline } from '../components/tasks/plan-timeline.tsx';
import { PlanTree } from '../components/tasks/plan-tree.tsx';
import { TallyTags } from '../components/tasks/plans-table.tsx';
import { planHref, plansHref, planViewOf } from '../components/tasks/task-links.ts';
import { PLAN_STATUS_COLOR } from '../components/tasks/task-status-tag.tsx';
import type { PlanView } from '../components/tasks/task-links.ts';
import { serverToday } from '../components/tasks/timeline-model.ts';
import { formatDate } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/tasks/tasks.css';

/** The browser's day in Vietnam, for a plan without any dated task. */
function vietnamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function PlanBody({ tree, view, justPublished }: { tree: PlanTreeData; view: PlanView; justPublished: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {justPublished ? <Alert type="success" showIcon title={t('draft.published')} /> : null}
      {tree.plan.status === 'draft' ? <Alert type="warning" showIcon title={t('draft.readOnly')} /> : null}
      <div className="plan-bar">
        <div className="plan-tally" role="status">
          <span>{t('plan.tally', { total: tree.tally.total })}</span>
          <TallyTags counts={tree.tally.counts} />
        </div>
        <Radio.Group
          aria-label={t('plan.view')}
          optionType="button"
          value={view}
          onChange={(event) => navigate(planHref(tree.plan.id, event.target.value === 'timeline' ? 'timeline' : 'tree'), { replace: true })}
          options={[{ value: 'tree', label: t('plan.view.tree') }, { value: 'timeline', label: t('plan.view.timeline') }]}
        />
      </div>
      <PlanReportLinks planId={tree.plan.id} />
      {tree.tasks.length === 0 ? <EmptyState text={t('plan.none')} /> : null}
      {tree.tasks.length > 0 && view === 'tree' ? <PlanTree tasks={tree.tasks} /> : null}
      {tree.tasks.length > 0 && view === 'timeline' ? <PlanTimeline tasks={tree.tasks} today={serverToday(tree.tasks, vietnamToday())} planDate={tree.plan.date} /> : null}
      <PlanEvaluationCard planId={tree.plan.id} />
    </>
  );
}

/** The plan page. */
export default function PlanPage({ planId }: { planId: string }) {
  const { t } = useI18n();
  const { params } = useLocation();
  const view = planViewOf(params.get('view'));
  const plan = usePlan(planId);
  const [published, setPublished] = useState(false);
  const session = useSession();
  const readPlans = session.data !== null && session.data !== undefined && abilitiesOf(session.data).readPlans;
  const tree = plan.data;
  const body = queryState(plan) ?? (tree === undefined ? null : tree.plan.status === 'draft' && tree.canManage
    ? <DraftReview tree={tree} onPublished={() => setPublished(true)} />
    : <PlanBody tree={tree} view={view} justPublished={published} />);

  return (
    <div className="page" data-plan={planId} data-plan-status={tree?.plan.status ?? ''}>
      <div className="page-head">
        <div className="plan-head">
          {readPlans ? <Link to={plansHref(tree?.plan.termId ?? null)}>{`← ${t('plan.back')}`}</Link> : <Link to="/inbox">{`← ${t('nav.inbox')}`}</Link>}
          <h1>{tree?.plan.title ?? t('plans.title')}</h1>
          {tree === undefined ? null : (
            <span className="muted">
              <Tag color={PLAN_STATUS_COLOR[tree.plan.status]}>{t(`tasks.planStatus.${tree.plan.status}`)}</Tag>
              {tree.plan.number === null ? null : t('plan.meta', { number: tree.plan.number, date: formatDate(tree.plan.date) })}
              {tree.plan.sourceDocumentId === null ? null : (
                <>
                  {' · '}
                  <Link to={href(`/documents/${encodeURIComponent(tree.plan.sourceDocumentId)}`)}>{t('plan.source')}</Link>
                </>
              )}
            </span>
          )}
        </div>
      </div>
      {body}
    </div>
  );
}
