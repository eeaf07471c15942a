/**
 * The head of a consultation's page: its title, organisation and draft (with the next version
 * once linked), state, period in Vietnam time, the public page's address, the comments by
 * moderation state and — for the secretariat — close now and link the next version.
 */
import type { ConsultationDetail } from '../../api/consultations.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { CONSULTATIONS_PATH, publicConsultationHref } from './consultation-links.ts';
import { periodText, vietnamMoment } from './consultation-model.ts';
import { ConsultationManage } from './consultation-manage.tsx';
import { ConsultationStateTag, ModerationCounts } from './consultation-state.tsx';

/** The header, with the manage actions when the reader may manage. */
export function ConsultationHeader({ detail }: { detail: ConsultationDetail }) {
  const { t } = useI18n();
  const { consultation } = detail;
  const publicHref = publicConsultationHref(consultation.slug);
  return (
    <header className="consultation-header">
      <Link to={CONSULTATIONS_PATH}>{`← ${t('consultations.back')}`}</Link>
      <div className="consultation-title-row">
        <h1>{consultation.title}</h1>
        <ConsultationStateTag state={detail.state} />
      </div>
      <dl className="consultation-facts">
        <dt>{t('consultations.col.organisation')}</dt>
        <dd>{detail.organisationName}</dd>
        <dt>{t('consultations.fact.draft')}</dt>
        <dd>{detail.draftTitle}</dd>
        {detail.revisedDraftTitle === null ? null : (
          <>
            <dt>{t('consultations.fact.revised')}</dt>
            <dd>{detail.revisedDraftTitle}</dd>
          </>
        )}
        <dt>{t('consultations.col.period')}</dt>
        <dd>
          {periodText(consultation.opensAt, consultation.closesAt)} <span className="muted">{t('consultations.vietnamTime')}</span>
        </dd>
        {consultation.closedAt === null ? null : (
          <>
            <dt>{t('consultations.fact.closedEarly')}</dt>
            <dd>{vietnamMoment(consultation.closedAt)}</dd>
          </>
        )}
        <dt>{t('consultations.fact.public')}</dt>
        <dd>
          <a href={publicHref} target="_blank" rel="noreferrer">
            {publicHref}
            <span className="consultations-sr-only">{` ${t('consultations.newTab')}`}</span>
          </a>
        </dd>
      </dl>
      <ModerationCounts counts={detail.counts} />
      {detail.can.manage ? <ConsultationManage detail={detail} /> : null}
    </header>
  );
}
