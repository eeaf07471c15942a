/** The documents of a term: title (a link to the document), kind, number, date, format, size, imported at. */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import type { DocumentSummary } from '../../api/documents.ts';
import { Link } from '../../app/link.tsx';
import { formatDate, formatDateTime, NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';
import { formatSize, kindKey } from './document-format.ts';

/** The address of one document's page. */
export function documentHref(documentId: string, params: { line?: number; q?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.line !== undefined) search.set('line', String(params.line));
  if (params.q !== undefined && params.q !== '') search.set('q', params.q);
  const query = search.toString();
  return `/documents/${encodeURIComponent(documentId)}${query === '' ? '' : `?${query}`}`;
}

/** The table of a term's documents, newest first as the server lists them. */
export function DocumentsTable({ documents }: { documents: readonly DocumentSummary[] }) {
  const { t } = useI18n();
  const columns: ColumnsType<DocumentSummary> = [
    {
      title: t('documents.col.title'), key: 'title',
      render: (_value, row) => <Link to={documentHref(row.id)}>{row.title ?? t('documents.untitled', { name: row.originalName })}</Link>,
    },
    { title: t('documents.col.kind'), key: 'kind', width: 140, render: (_value, row) => t(kindKey(row.kind)) },
    { title: t('documents.col.number'), key: 'number', width: 130, render: (_value, row) => row.number ?? NO_VALUE },
    { title: t('documents.col.date'), key: 'date', width: 110, render: (_value, row) => formatDate(row.date) },
    { title: t('documents.col.format'), key: 'format', width: 90, render: (_value, row) => row.format.toUpperCase() },
    { title: t('documents.col.size'), key: 'size', width: 100, align: 'right', render: (_value, row) => formatSize(row.size) },
    { title: t('documents.col.created'), key: 'created', width: 150, render: (_value, row) => formatDateTime(row.createdAt) },
  ];
  return (
    <Table<DocumentSummary>
      rowKey="id"
      columns={columns}
      dataSource={[...documents]}
      size="small"
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 1000 }}
      locale={{ emptyText: <EmptyState text={t('documents.none')} /> }}
      data-testid="documents-table"
    />
  );
}
