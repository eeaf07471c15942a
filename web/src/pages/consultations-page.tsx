/**
 * The consultations on drafts (`/consultations`): each with its organisation, draft, period in
 * Vietnam time, state, comments by moderation state (the waiting ones first) and public page;
 * the secretariat opens a new consultation on a stored draft here.
 */
import { useConsultations } from '../api/consultations.ts';
import { useSession } from '../api/queries.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { ConsultationsTable } from '../components/consultations/consultations-table.tsx';
import { OpenConsultationForm } from '../components/consultations/open-consultation-form.tsx';
import { queryState } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/consultations/consultations.css';

/** The consultations page. */
export default function ConsultationsPage() {
  const { t } = useI18n();
  const session = useSession().data ?? null;
  const consultations = useConsultations();
  const canOpen = session !== null && abilitiesOf(session).manageConsultations;
  // The secretariat opens consultations for the organisations it serves.
  const organisationIds = session === null ? [] : session.grants.filter((grant) => grant.role === 'secretariat').map((grant) => grant.unitId);
  const list = queryState(consultations) ?? (
    <>
      <p className="muted" role="status">{t('consultations.count', { count: consultations.data?.length ?? 0 })}</p>
      <ConsultationsTable consultations={consultations.data ?? []} />
    </>
  );
  return (
    <div className="page consultations-area">
      <div className="page-head">
        <h1>{t('consultations.title')}</h1>
      </div>
      <section aria-label={t('consultations.title')}>{list}</section>
      {canOpen ? <OpenConsultationForm organisationIds={organisationIds} /> : null}
    </div>
  );
}
