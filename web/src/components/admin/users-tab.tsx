/**
 * The users tab (admins): every account with a role in the admin's units — login, name,
 * e-mail, roles as "Văn thư tổng hợp — Tỉnh Lai Châu", state — with a new account (its
 * password shown once), roles granted and revoked, disable / enable and password reset, each
 * confirmed where it takes something away.
 */
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd/es/button';
import Input from 'antd/es/input';
import Popconfirm from 'antd/es/popconfirm';
import Table from 'antd/es/table';
import type { ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useState } from 'react';
import { revokeRole, updateUser, useAdminUnits, USERS_KEY, useUsers } from '../../api/admin.ts';
import type { AdminUser, UserRole } from '../../api/admin.ts';
import { errorText } from '../../app/error-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState, ErrorState, Loading } from '../page-state.tsx';
import { filterUsers } from './admin-model.ts';
import { NoticeBar } from './feedback.tsx';
import type { Notice } from './feedback.tsx';
import { CreateUserDialog, EditUserDialog, GrantRoleDialog, PasswordShown, ResetPasswordDialog } from './user-dialogs.tsx';

export interface UsersTabProps {
  /** The organisations the admin manages (their trees give the units to choose from). */
  rootIds: readonly string[];
  /** The signed-in admin's own id: they cannot disable themself. */
  selfId: string;
}

/** The accounts table with its dialogs. */
export function UsersTab({ rootIds, selfId }: UsersTabProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const users = useUsers(rootIds.length > 0);
  const { units } = useAdminUnits(rootIds);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [granting, setGranting] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [shown, setShown] = useState<{ login: string; password: string } | null>(null);

  const refresh = (text: string): void => {
    setNotice({ type: 'success', text });
    void queryClient.invalidateQueries({ queryKey: USERS_KEY });
  };
  const act = async (change: () => Promise<unknown>, text: string): Promise<void> => {
    try {
      await change();
      refresh(text);
    } catch (error) {
      setNotice({ type: 'error', text: errorText(error, t) });
    }
  };
  const roleLabel = (role: UserRole): string => `${t(`admin.role.${role.role}`)} — ${role.unitName}`;

  const columns: ColumnsType<AdminUser> = [
    { key: 'login', title: t('admin.users.login'), width: 130, render: (_, user) => <span className="admin-code">{user.login}{user.id === selfId ? ` ${t('admin.users.you')}` : ''}</span> },
    { key: 'name', title: t('admin.users.name'), width: 200, render: (_, user) => user.displayName },
    { key: 'email', title: t('admin.users.email'), width: 180, render: (_, user) => user.email ?? '' },
    {
      key: 'roles',
      title: t('admin.users.roles'),
      render: (_, user) => (
        <span className="admin-roles">
          {user.roles.map((role) => (
            <Tag key={`${role.unitId}/${role.role}`}>
              {roleLabel(role)}
              <Popconfirm
                title={t('admin.users.revokeConfirm', { role: roleLabel(role), name: user.displayName })}
                okText={t('admin.users.revokeOk')}
                cancelText={t('admin.cancel')}
                onConfirm={() => act(() => revokeRole(user.id, { unitId: role.unitId, role: role.role }), t('admin.users.revoked', { login: user.login }))}
              >
                <Button type="text" size="small" className="tag-remove" aria-label={t('admin.users.revoke', { role: roleLabel(role) })}>
                  ×
                </Button>
              </Popconfirm>
            </Tag>
          ))}
          {user.otherRoles > 0 ? <span className="muted" title={t('admin.users.notManageable')}>{t('admin.users.otherRoles', { count: user.otherRoles })}</span> : null}
        </span>
      ),
    },
    {
      key: 'state',
      title: t('admin.users.state'),
      width: 130,
      render: (_, user) => (user.disabledAt === null ? <Tag color="green">{t('admin.users.active')}</Tag> : <Tag color="red">{t('admin.users.disabled')}</Tag>),
    },
    {
      key: 'actions',
      title: t('admin.actions'),
      width: 320,
      render: (_, user) => {
        const enabled = user.disabledAt === null;
        return (
          <span className="admin-row-actions">
            <Button size="small" onClick={() => setGranting(user)} aria-label={`${t('admin.users.grant')}: ${user.login}`}>{t('admin.users.grant')}</Button>
            {user.manageable ? (
              <>
                <Button size="small" onClick={() => setEditing(user)} aria-label={`${t('admin.users.edit')}: ${user.login}`}>{t('admin.users.edit')}</Button>
                <Button size="small" onClick={() => setResetting(user)} aria-label={`${t('admin.users.reset')}: ${user.login}`}>{t('admin.users.reset')}</Button>
                {user.id === selfId ? null : (
                  <Popconfirm
                    title={t(enabled ? 'admin.users.disableConfirm' : 'admin.users.enableConfirm', { name: user.displayName })}
                    okText={t(enabled ? 'admin.users.disable' : 'admin.users.enable')}
                    okButtonProps={{ danger: enabled }}
                    cancelText={t('admin.cancel')}
                    onConfirm={() => act(() => updateUser(user.id, { version: user.version, disabled: enabled }), t(enabled ? 'admin.users.disabledNow' : 'admin.users.enabledNow', { login: user.login }))}
                  >
                    <Button size="small" danger={enabled} aria-label={`${t(enabled ? 'admin.users.disable' : 'admin.users.enable')}: ${user.login}`}>
                      {t(enabled ? 'admin.users.disable' : 'admin.users.enable')}
                    </Button>
                  </Popconfirm>
                )}
              </>
            ) : null}
          </span>
        );
      },
    },
  ];

  let body;
  if (rootIds.length === 0) body = <EmptyState text={t('admin.units.none')} />;
  else if (users.isError) body = <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  else if (users.data === undefined) body = <Loading />;
  else if (users.data.length === 0) body = <EmptyState text={t('admin.users.none')} />;
  else {
    body = (
      <Table<AdminUser>
        rowKey={(user) => user.id}
        columns={columns}
        dataSource={filterUsers(users.data, query)}
        size="small"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1200 }}
        data-testid="user-table"
      />
    );
  }
  return (
    <div className="admin-tab">
      <div className="admin-bar">
        <div className="admin-bar-tools">
          <Input.Search className="admin-search" allowClear placeholder={t('admin.users.search')} aria-label={t('admin.users.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
          <span className="muted" role="status">{users.data === undefined ? '' : t('admin.users.count', { count: users.data.length })}</span>
        </div>
        <Button type="primary" disabled={units === undefined || units.length === 0} onClick={() => setCreating(true)}>{t('admin.users.create')}</Button>
      </div>
      <NoticeBar notice={notice} onClose={() => setNotice(null)} />
      {body}
      <CreateUserDialog
        open={creating}
        units={units ?? []}
        defaultUnitId={rootIds[0] ?? null}
        onCreated={(user, password) => {
          setCreating(false);
          refresh(t('admin.users.created', { login: user.login }));
          setShown({ login: user.login, password });
        }}
        onCancel={() => setCreating(false)}
      />
      <EditUserDialog user={editing} onSaved={(user) => { setEditing(null); refresh(t('admin.users.saved', { login: user.login })); }} onCancel={() => setEditing(null)} />
      <GrantRoleDialog user={granting} units={units ?? []} onGranted={(user) => { setGranting(null); refresh(t('admin.users.granted', { login: user.login })); }} onCancel={() => setGranting(null)} />
      <ResetPasswordDialog
        user={resetting}
        onReset={(user, password) => {
          setResetting(null);
          refresh(t('admin.users.saved', { login: user.login }));
          setShown({ login: user.login, password });
        }}
        onCancel={() => setResetting(null)}
      />
      <PasswordShown shown={shown} onClose={() => setShown(null)} />
    </div>
  );
}
