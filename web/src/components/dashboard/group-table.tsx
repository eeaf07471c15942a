/** Counts per group of the resolution, each count a link to the indicators behind it. */
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import type { GroupRollup } from '../../api/types.ts';
import { Link } from '../../app/link.tsx';
import { indicatorsHref } from '../../app/links.ts';
import type { Scope } from '../../app/links.ts';
import { formatNumber } from '../../format/format.ts';
import { STATUSES } from '../../format/status-style.ts';
import type { StatusFilter } from '../../search/indicator-filters.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

function CountLink({ scope, group, status, count }: { scope: Scope; group: string | null; status: StatusFilter | null; count: number }) {
  if (count === 0) return <span className="zero">0</span>;
  return <Link to={indicatorsHref(scope, { group, status })}>{formatNumber(count)}</Link>;
}

/** The table of groups × statuses. */
export function GroupTable({ groups, scope }: { groups: readonly GroupRollup[]; scope: Scope }) {
  const { t } = useI18n();
  const columns: ColumnsType<GroupRollup> = [
    {
      key: 'group',
      title: t('col.group'),
      render: (_, row) => (
        <div>
          <div className="group-name">{row.group ?? t('group.none')}</div>
          <div className="group-sentence" lang="vi">
            {row.sentence}
          </div>
        </div>
      ),
    },
    { key: 'total', title: t('dashboard.total'), align: 'right', render: (_, row) => <CountLink scope={scope} group={row.group} status={null} count={row.total} /> },
    ...STATUSES.map((status) => ({
      key: status,
      title: t(`status.${status}`),
      align: 'right' as const,
      render: (_: unknown, row: GroupRollup) => <CountLink scope={scope} group={row.group} status={status} count={row.counts[status] ?? 0} />,
    })),
    { key: 'none', title: t('dashboard.unevaluated'), align: 'right', render: (_, row) => <CountLink scope={scope} group={row.group} status="none" count={row.unevaluated} /> },
  ];
  return (
    <Table<GroupRollup>
      rowKey={(row) => row.group ?? ''}
      columns={columns}
      dataSource={[...groups]}
      pagination={false}
      size="small"
      scroll={{ x: 820 }}
    />
  );
}
