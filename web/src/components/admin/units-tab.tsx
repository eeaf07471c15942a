/**
 * The units tab (admins): the tree under the organisations the admin manages, with each unit's
 * kind and code; add a unit below one, edit one. No delete is offered: a unit carries history.
 */
import { useQueryClient } from '@tanstack/react-query';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useAdminUnits } from '../../api/admin.ts';
import { DIRECTORY_KEY } from '../../api/queries.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorState, Loading } from '../page-state.tsx';
import { expandableIds, unitTree } from './admin-model.ts';
import type { UnitNode } from './admin-model.ts';
import { NoticeBar } from './feedback.tsx';
import type { Notice } from './feedback.tsx';
import { UnitDialog } from './unit-dialog.tsx';
import type { UnitEdit } from './unit-dialog.tsx';

/** The unit tree of the admin's organisations. */
export function UnitsTab({ rootIds }: { rootIds: readonly string[] }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { units, error, refetch } = useAdminUnits(rootIds);
  const [edit, setEdit] = useState<UnitEdit>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const tree = useMemo(() => unitTree(units ?? []), [units]);
  const [collapsed, setCollapsed] = useState<readonly string[]>([]);
  const expanded = expandableIds(tree).filter((id) => !collapsed.includes(id));

  const done = (name: string, mode: 'add' | 'edit'): void => {
    setEdit(null);
    setNotice({ type: 'success', text: t(mode === 'add' ? 'admin.units.created' : 'admin.units.saved', { name }) });
    void queryClient.invalidateQueries({ queryKey: ['admin'] });
    void queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY });
  };

  const columns: ColumnsType<UnitNode> = [
    { key: 'name', title: t('admin.units.name'), render: (_, unit) => <span className={unit.depth === 0 ? 'group-name' : undefined}>{unit.name}</span> },
    { key: 'kind', title: t('admin.units.kind'), width: 170, render: (_, unit) => t(`admin.kind.${unit.kind}`) },
    { key: 'code', title: t('admin.units.code'), width: 170, render: (_, unit) => <span className="admin-code">{unit.code ?? ''}</span> },
    {
      key: 'actions',
      title: t('admin.actions'),
      width: 270,
      render: (_, unit) => (
        <span className="admin-row-actions">
          <Button size="small" onClick={() => setEdit({ mode: 'add', parent: unit })} aria-label={`${t('admin.units.addUnder')}: ${unit.name}`}>
            {t('admin.units.addUnder')}
          </Button>
          {/* A unit is changed by whoever manages its parent: the top of an admin's tree only when it is a root. */}
          {unit.depth > 0 || unit.parentId === null ? (
            <Button size="small" onClick={() => setEdit({ mode: 'edit', unit })} aria-label={`${t('admin.units.edit')}: ${unit.name}`}>
              {t('admin.units.edit')}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  let body;
  if (rootIds.length === 0) body = <EmptyState text={t('admin.units.none')} />;
  else if (error !== null) body = <ErrorState error={error} onRetry={refetch} />;
  else if (units === undefined) body = <Loading />;
  else {
    body = (
      <Table<UnitNode>
        rowKey={(unit) => unit.id}
        columns={columns}
        dataSource={tree}
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        expandable={{
          expandedRowKeys: expanded,
          onExpand: (open, unit) => setCollapsed((current) => (open ? current.filter((id) => id !== unit.id) : [...current, unit.id])),
        }}
        data-testid="unit-tree"
      />
    );
  }
  return (
    <div className="admin-tab">
      <div className="admin-bar">
        <span className="muted" role="status">{units === undefined ? '' : t('admin.units.count', { count: units.length })}</span>
      </div>
      <Alert type="info" showIcon title={t('admin.units.noDelete')} />
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      {body}
      <UnitDialog edit={edit} onDone={done} onCancel={() => setEdit(null)} />
    </div>
  );
}
