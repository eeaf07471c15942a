/**
 * Where an indicator came from: the document's title (a link to the document at that line),
 * the headings it sits under, the line number, and the passage around it with its line
 * highlighted. Used by the indicator page and beside the import review's rows.
 */
import { useDocument } from '../../api/documents.ts';
import { Link } from '../../app/link.tsx';
import { href } from '../../app/router.ts';
import { passageAround, sectionPath } from '../../framework/source-passage.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { ErrorState, Loading } from '../page-state.tsx';
import '../../framework/framework.css';

export interface SourcePassageProps {
  documentId: string;
  /** The original line the indicator was read from. */
  line: number;
  /** Cleaned lines shown before and after it. */
  context?: number;
}

/** The link to a document at a line. */
export function documentLineHref(documentId: string, line: number): string {
  return href(`/documents/${encodeURIComponent(documentId)}`, { line: String(line) });
}

/** The source passage of one indicator. */
export function SourcePassage({ documentId, line, context = 3 }: SourcePassageProps) {
  const { t } = useI18n();
  const document = useDocument(documentId);
  if (document.isError) return <ErrorState error={document.error} onRetry={() => void document.refetch()} />;
  if (document.data === undefined) return <Loading />;
  const path = sectionPath(document.data.sections, line);
  const passage = passageAround(document.data.lines, line, context);
  return (
    <div className="source">
      <p className="source-title">
        <Link to={documentLineHref(documentId, line)} title={t('source.open')}>
          {document.data.title ?? document.data.originalName}
        </Link>
        {document.data.number === null ? null : <span className="muted"> · {document.data.number}</span>}
      </p>
      {path.length === 0 ? null : (
        <p className="source-path muted" data-testid="source-path">
          {path.join(' › ')}
        </p>
      )}
      <p className="muted">{t('source.line', { line })}</p>
      <div className="source-lines" role="group" aria-label={t('source.passageLabel', { line })}>
        {passage.map((entry) => (
          <div key={entry.line} className={entry.highlighted ? 'source-line source-hit' : 'source-line'} aria-current={entry.highlighted ? 'location' : undefined}>
            <span className="source-no" aria-hidden="true">
              {entry.line}
            </span>
            <span className="source-text" lang="vi">
              {entry.text}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
