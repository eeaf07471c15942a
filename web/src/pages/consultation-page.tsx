/**
 * One consultation (`/consultations/:id?tab=…`): its header (title, state, period, public
 * address, counts; close and next version for the secretariat) and the tabs the reader may
 * open — the moderation queue (moderators; its filters in the address), entry of offline
 * comments, imports and tallies (those who enter comments), the synthesis and the dispositions
 * (readers), and the diff against the next version once one is linked. The tab is in the
 * address, so it can be reloaded or linked to.
 */
import Tabs from 'antd/es/tabs';
import { useConsultation } from '../api/consultations.ts';
import type { ConsultationDetail } from '../api/consultations.ts';
import { useSession } from '../api/queries.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { navigate, useLocation } from '../app/router.ts';
import { ConsultationHeader } from '../components/consultations/consultation-header.tsx';
import { consultationHref, queueFilterOf, tabOf, tabsFor } from '../components/consultations/consultation-links.ts';
import type { ConsultationTab } from '../components/consultations/consultation-links.ts';
import { DiffTab } from '../components/consultations/diff-tab.tsx';
import { DispositionTab } from '../components/consultations/disposition-tab.tsx';
import { EntryTab } from '../components/consultations/entry-tab.tsx';
import { ModerationQueue } from '../components/consultations/moderation-queue.tsx';
import { SynthesisTab } from '../components/consultations/synthesis-tab.tsx';
import { EmptyState, queryState } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/consultations/consultations.css';

function TabContent({ tab, detail, params }: { tab: ConsultationTab; detail: ConsultationDetail; params: URLSearchParams }) {
  const consultationId = detail.consultation.id;
  switch (tab) {
    case 'queue':
      return <ModerationQueue detail={detail} filter={queueFilterOf(params)} />;
    case 'entry':
      return <EntryTab detail={detail} />;
    case 'synthesis':
      return <SynthesisTab consultationId={consultationId} detail={detail} />;
    case 'disposition':
      return <DispositionTab consultationId={consultationId} detail={detail} />;
    case 'diff':
      return <DiffTab consultationId={consultationId} detail={detail} />;
  }
}

/** The consultation page. */
export default function ConsultationPage({ consultationId }: { consultationId: string }) {
  const { t } = useI18n();
  const { params } = useLocation();
  const consultation = useConsultation(consultationId);
  const session = useSession().data ?? null;
  const readsConsultations = session !== null && abilitiesOf(session).readConsultations;
  const detail = consultation.data;

  let body = queryState(consultation);
  if (body === null && detail !== undefined) {
    const tabs = tabsFor(detail.can, readsConsultations, detail.consultation.revisedDocumentId !== null);
    const active = tabOf(params.get('tab'), tabs);
    body = (
      <>
        <ConsultationHeader detail={detail} />
        {active === null ? <EmptyState text={t('home.none')} /> : (
          <Tabs
            activeKey={active}
            onChange={(tab) => navigate(consultationHref(consultationId, tabs.find((one) => one === tab)), { replace: true })}
            items={tabs.map((tab) => ({ key: tab, label: t(`consultations.tab.${tab}`), children: tab === active ? <TabContent tab={tab} detail={detail} params={params} /> : null }))}
          />
        )}
      </>
    );
  }
  return (
    <div className="page consultations-area" data-consultation={consultationId} data-consultation-state={detail?.state ?? ''}>
      {body}
    </div>
  );
}
