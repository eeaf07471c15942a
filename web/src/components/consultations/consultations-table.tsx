/**
 * The consultations list: title (a link to the consultation), organisation, draft, period in
 * Vietnam time, state, the comments by moderation state (the waiting ones first) and the link
 * to the public page.
 */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import type { ConsultationSummary } from '../../api/consultations.ts';
import { Link } from '../../app/link.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';
import { consultationHref, publicConsultationHref } from './consultation-links.ts';
import { periodText } from './consultation-model.ts';
import { ConsultationStateTag, ModerationCounts } from './consultation-state.tsx';

/** The table of consultations, as the server lists them. */
export function ConsultationsTable({ consultations }: { consultations: readonly ConsultationSummary[] }) {
  const { t } = useI18n();
  const columns: ColumnsType<ConsultationSummary> = [
    {
      title: t('consultations.col.title'), key: 'title',
      render: (_value, row) => (
        <div className="consultation-title-cell">
          <Link to={consultationHref(row.consultation.id)}>{row.consultation.title}</Link>
          <span className="muted">{row.draftTitle}</span>
        </div>
      ),
    },
    { title: t('consultations.col.organisation'), key: 'organisation', width: 180, render: (_value, row) => row.organisationName },
    { title: t('consultations.col.period'), key: 'period', width: 170, render: (_value, row) => <span className="consultation-period">{periodText(row.consultation.opensAt, row.consultation.closesAt)}</span> },
    { title: t('consultations.col.state'), key: 'state', width: 140, render: (_value, row) => <ConsultationStateTag state={row.state} /> },
    { title: t('consultations.col.counts'), key: 'counts', width: 300, render: (_value, row) => <ModerationCounts counts={row.counts} /> },
    {
      title: t('consultations.col.public'), key: 'public', width: 130,
      render: (_value, row) => (
        <a href={publicConsultationHref(row.consultation.slug)} target="_blank" rel="noreferrer">
          {t('consultations.publicLink')}
          <span className="consultations-sr-only">{` — ${row.consultation.title} ${t('consultations.newTab')}`}</span>
        </a>
      ),
    },
  ];
  return (
    <Table<ConsultationSummary>
      rowKey={(row) => row.consultation.id}
      columns={columns}
      dataSource={[...consultations]}
      size="small"
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 1100 }}
      locale={{ emptyText: <EmptyState text={t('consultations.none')} /> }}
      data-testid="consultations-table"
    />
  );
}
