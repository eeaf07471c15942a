/**
 * The public consultation page (`/gop-y/:slug`), for anyone, without an account and without
 * the application's header: the draft as a collapsible outline and its targets, each with
 * its published comments and, while the consultation is open, a comment form opened in place.
 * Phones first: one column, large tap targets, 16px text; at most ~820px wide on a desktop.
 * Not open (yet, or any more): the page still reads, and says why it takes no comments.
 */
import { useEffect } from 'react';
import { ApiError } from '../api/client.ts';
import { usePublicConsultation } from '../api/public-consultation.ts';
import type { PublicConsultation } from '../api/public-consultation.ts';
import { ErrorState, Loading } from '../components/page-state.tsx';
import { DraftOutline } from '../components/consultation-public/draft-outline.tsx';
import { draftKey } from '../components/consultation-public/draft-model.ts';
import { IndicatorList } from '../components/consultation-public/indicator-list.tsx';
import { PublicHeader } from '../components/consultation-public/public-header.tsx';
import { PublicPageProvider } from '../components/consultation-public/public-page-context.tsx';
import { TargetPanel } from '../components/consultation-public/target-panel.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/consultation-public/consultation-public.css';

function Consultation({ consultation }: { consultation: PublicConsultation }) {
  const { t, lang } = useI18n();
  const open = consultation.state === 'open';
  return (
    <>
      {open ? <p className="pc-intro">{t('pub.intro')}</p> : (
        <div className="pc-closed" role="note">
          <p><strong>{consultation.stateText?.[lang] ?? ''}</strong></p>
          <p>{t('pub.readOnly')}</p>
        </div>
      )}
      <section className="pc-card" aria-labelledby="pc-draft-heading">
        <h2 id="pc-draft-heading">{t('pub.target.draft')}</h2>
        <p className="pc-draft-title">{consultation.draftTitle}</p>
        <p className="pc-muted">{t('pub.draft.hint')}</p>
        <TargetPanel target={{ key: draftKey, ref: { kind: 'draft' }, name: t('pub.target.draft') }} />
      </section>
      <section className="pc-block" aria-labelledby="pc-outline-heading">
        <h2 id="pc-outline-heading">{t('pub.outline.heading')}</h2>
        <DraftOutline sections={consultation.sections} />
      </section>
      {consultation.indicators.length === 0 ? null : (
        <section className="pc-block" aria-labelledby="pc-indicators-heading">
          <h2 id="pc-indicators-heading">{t('pub.indicators.heading')}</h2>
          <IndicatorList indicators={consultation.indicators} />
        </section>
      )}
    </>
  );
}

/** The public page of one consultation. */
export default function PublicConsultationPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const query = usePublicConsultation(slug);
  const consultation = query.data ?? null;
  useEffect(() => {
    if (consultation !== null) document.title = consultation.title;
  }, [consultation]);
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <div className="pc-page">
      <PublicHeader consultation={consultation} />
      <main className="pc-main" id="main">
        {consultation !== null ? (
          <PublicPageProvider slug={slug} consultation={consultation}>
            <Consultation consultation={consultation} />
          </PublicPageProvider>
        ) : notFound ? <p className="pc-closed" role="alert">{t('pub.notFound')}</p>
          : query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          : <Loading />}
      </main>
    </div>
  );
}
