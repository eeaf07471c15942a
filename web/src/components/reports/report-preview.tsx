/**
 * The preview of a laid-out report — any report: the server's `ReportDocument`, the very
 * document its files are written from. It shows the kind line and title lines, the subtitle,
 * the paragraphs (headings bold, lists as bullets), each table with its caption, and the notes.
 * It knows no report kind: what its rows count and what a highlighted row means come from the
 * page. The document's words are Vietnamese in either interface language.
 */
import type { ReactNode } from 'react';
import type { LayoutParagraph, ReportLayout } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';
import { entryCount } from './report-cells.ts';
import { ReportTable } from './report-table.tsx';

export interface ReportPreviewProps {
  document: ReportLayout;
  /** The preview's accessible name ("Xem trước: Phụ lục kết quả thực hiện chỉ tiêu"). */
  caption: string;
  /** What the entry rows of the tables count ("55 chỉ tiêu"); none: no count is shown. */
  countLabel?: (count: number) => string;
  /** What a highlighted row means: the legend above the tables and the words read out on each such row. */
  highlight?: { legend: string; row: string };
  /** Marks the preview for styling and tests (the report's kind, say). */
  name?: string;
}

/** Paragraphs in order, consecutive list paragraphs gathered into one bulleted list. */
function Paragraphs({ paragraphs }: { paragraphs: readonly LayoutParagraph[] }) {
  const blocks: ReactNode[] = [];
  let list: string[] = [];
  const closeList = (): void => {
    if (list.length === 0) return;
    const items = list;
    blocks.push(
      <ul key={`list-${blocks.length}`} className="report-list">
        {items.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>,
    );
    list = [];
  };
  for (const paragraph of paragraphs) {
    if (paragraph.style === 'list') {
      list.push(paragraph.text);
      continue;
    }
    closeList();
    blocks.push(
      <p key={`p-${blocks.length}`} className={`report-paragraph report-paragraph-${paragraph.style ?? 'body'}`}>
        {paragraph.text}
      </p>,
    );
  }
  closeList();
  return <>{blocks}</>;
}

/** A report laid out as its files are. */
export function ReportPreview({ document, caption, countLabel, highlight, name }: ReportPreviewProps) {
  const { t } = useI18n();
  const count = document.tables.reduce((sum, table) => sum + entryCount(table), 0);
  const highlighted = document.tables.some((table) => table.rows.some((row) => row.highlight === true));
  return (
    <section className="report-preview" aria-label={caption} data-name={name}>
      <header className="report-heading" lang="vi">
        {document.kindLine === null ? null : <p className="report-kind-line">{document.kindLine}</p>}
        {document.title.map((line, i) => (
          <p key={i} className="report-title-line">
            {line}
          </p>
        ))}
        {document.subtitle === null ? null : <p className="report-subtitle">{document.subtitle}</p>}
      </header>
      {document.paragraphs.length === 0 ? null : (
        <div className="report-paragraphs" lang="vi" data-testid="report-paragraphs">
          <Paragraphs paragraphs={document.paragraphs} />
        </div>
      )}
      {countLabel === undefined && !(highlighted && highlight !== undefined) ? null : (
        <p className="muted" role="status" data-testid="report-row-count">
          {countLabel === undefined ? null : countLabel(count)}
          {highlighted && highlight !== undefined ? (
            <span className="report-highlight-legend">
              <span className="report-highlight-swatch" aria-hidden="true" />
              {highlight.legend}
            </span>
          ) : null}
        </p>
      )}
      {document.tables.map((table, i) => (
        <div key={i} className="report-table-block" lang="vi">
          {table.caption === null ? null : <h2 className="report-section-title">{table.caption}</h2>}
          {table.rows.length === 0 ? (
            <EmptyState text={t('reports.empty')} />
          ) : (
            <ReportTable table={table} caption={table.caption ?? caption} {...(highlight === undefined ? {} : { highlightLabel: highlight.row })} />
          )}
        </div>
      ))}
      {document.notes.length === 0 ? null : (
        <div className="report-notes" data-testid="report-notes">
          <h2 className="report-section-title">{t('reports.notes')}</h2>
          <ul lang="vi">
            {document.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
