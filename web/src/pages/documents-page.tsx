/**
 * The documents of a term: the list (title, kind, number, date, format, size, imported at),
 * the upload for the secretariat (a resolution into the draft framework, or a report filed
 * under the term), and the search across the term's documents, with or without diacritics.
 */
import { useSession } from '../api/queries.ts';
import { useTermDocuments } from '../api/documents.ts';
import { abilitiesOf } from '../app/permissions.ts';
import { href, navigate, useLocation } from '../app/router.ts';
import { useTermPeriod } from '../app/use-term-period.ts';
import { DocumentSearch } from '../components/documents/document-search.tsx';
import { DocumentsTable } from '../components/documents/documents-table.tsx';
import { TermPeriodSelect } from '../components/term-period-select.tsx';
import { UploadForm } from '../components/documents/upload-form.tsx';
import { EmptyState, ErrorState, Loading, queryState } from '../components/page-state.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import '../components/documents/documents.css';

/** The documents page. */
export default function DocumentsPage() {
  const { t } = useI18n();
  const { pathname, params } = useLocation();
  const session = useSession();
  const canUpload = session.data === null || session.data === undefined ? false : abilitiesOf(session.data).importDocuments;
  // Documents belong to a term; the term of the latest round is the default, as on the other pages.
  const selection = useTermPeriod('open');
  const termId = selection.term?.id ?? null;
  const documents = useTermDocuments(termId);
  const q = params.get('q') ?? '';

  const setQuery = (next: string): void => {
    const search = new URLSearchParams(params);
    if (next === '') search.delete('q');
    else search.set('q', next);
    navigate(href(pathname, Object.fromEntries(search)), { replace: true });
  };

  let body;
  if (selection.error !== null) body = <ErrorState error={selection.error} onRetry={selection.refetch} />;
  else if (selection.loading) body = <Loading />;
  else if (termId === null) body = <EmptyState text={t('documents.noTerm')} />;
  else {
    const list = queryState(documents) ?? (
      <>
        <p className="muted" role="status">{t('documents.count', { count: documents.data?.length ?? 0 })}</p>
        <DocumentsTable documents={documents.data ?? []} />
      </>
    );
    body = (
      <>
        {canUpload ? <UploadForm termId={termId} /> : null}
        <DocumentSearch termId={termId} q={q} onSearch={setQuery} />
        <section className="doc-list" aria-label={t('documents.title')}>{list}</section>
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('documents.title')}</h1>
        {selection.terms.length > 0 ? <TermPeriodSelect withPeriod={false} value={selection} /> : null}
      </div>
      {body}
    </div>
  );
}
