/**
 * The account dialogs: a new account with its first role, a name or e-mail change, a role
 * granted, a password reset; and the one place a new password is shown, once.
 */
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Modal from 'antd/es/modal';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Typography from 'antd/es/typography';
import { createUser, grantRole, resetPassword, updateUser } from '../../api/admin.ts';
import type { AdminUser, TreeOrganisation } from '../../api/admin.ts';
import type { Role } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { I18n } from '../../i18n/i18n-context.tsx';
import { generatePassword, isLogin, MIN_PASSWORD, optionMatches } from './admin-model.ts';
import { FormDialog } from './form-dialog.tsx';

const ROLES: readonly Role[] = ['reporter', 'secretariat', 'leader', 'inspector', 'admin', 'public'];

/** A fresh password from the browser's cryptographic random source. */
export function newPassword(): string {
  return generatePassword((bytes) => window.crypto.getRandomValues(bytes));
}

function unitOptions(units: readonly TreeOrganisation[]) {
  return units.map((unit) => ({ value: unit.id, label: `${'\u2003'.repeat(unit.depth)}${unit.name}`, search: unit.name }));
}

function roleOptions(t: I18n['t']) {
  return ROLES.map((role) => ({ value: role, label: t(`admin.role.${role}`) }));
}

function UnitAndRole({ units }: { units: readonly TreeOrganisation[] }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="unitId" label={t('admin.users.unit')} rules={[{ required: true, message: t('admin.users.unitRequired') }]}>
        <Select showSearch={{ filterOption: optionMatches }} options={unitOptions(units)} />
      </Form.Item>
      <Form.Item name="role" label={t('admin.users.role')} rules={[{ required: true, message: t('admin.users.roleRequired') }]}>
        <Select showSearch={{ filterOption: optionMatches }} options={roleOptions(t)} />
      </Form.Item>
    </>
  );
}

function PasswordField({ label }: { label: string }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  return (
    <Form.Item label={label} required>
      <Space.Compact block>
        <Form.Item name="password" noStyle rules={[{ required: true, min: MIN_PASSWORD, message: t('admin.users.passwordShort') }]}>
          <Input className="admin-code" aria-label={label} maxLength={1024} />
        </Form.Item>
        <Button onClick={() => form.setFieldValue('password', newPassword())}>{t('admin.users.generate')}</Button>
      </Space.Compact>
    </Form.Item>
  );
}

interface NewUserValues {
  login: string;
  displayName: string;
  email: string;
  password: string;
  unitId: string;
  role: Role;
}

/** A new account with its first role; on success the password goes back to be shown once. */
export function CreateUserDialog({ open, units, defaultUnitId, onCreated, onCancel }: {
  open: boolean;
  units: readonly TreeOrganisation[];
  defaultUnitId: string | null;
  onCreated: (user: AdminUser, password: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<NewUserValues>();
  const submit = async (values: NewUserValues): Promise<void> => {
    const email = values.email.trim();
    const user = await createUser({
      login: values.login.trim(), displayName: values.displayName.trim(), email: email === '' ? null : email, password: values.password,
      unitId: values.unitId, role: values.role,
    });
    onCreated(user, values.password);
  };
  return (
    <FormDialog<NewUserValues>
      open={open}
      title={t('admin.users.createTitle')}
      okText={t('admin.create')}
      form={form}
      initialValues={{ email: '', password: newPassword(), role: 'reporter', ...(defaultUnitId === null ? {} : { unitId: defaultUnitId }) }}
      fields={['login', 'displayName', 'email', 'password', 'unitId', 'role']}
      taken={{ login: 'admin.users.loginTaken' }}
      submit={submit}
      onCancel={onCancel}
    >
      <Form.Item name="login" label={t('admin.users.login')} rules={[
        { required: true, whitespace: true, message: t('admin.users.loginRequired') },
        { validator: async (_rule, value: unknown) => {
          if (typeof value === 'string' && value.trim() !== '' && !isLogin(value)) throw new Error(t('admin.users.loginInvalid'));
        } },
      ]}>
        <Input autoFocus autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="displayName" label={t('admin.users.name')} rules={[{ required: true, whitespace: true, message: t('admin.users.nameRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t('admin.users.email')} rules={[{ type: 'email', message: t('admin.users.emailInvalid') }]}>
        <Input type="email" maxLength={320} />
      </Form.Item>
      <PasswordField label={t('admin.users.password')} />
      <UnitAndRole units={units} />
    </FormDialog>
  );
}

interface EditValues {
  displayName: string;
  email: string;
}

/** The name and e-mail of an account. */
export function EditUserDialog({ user, onSaved, onCancel }: { user: AdminUser | null; onSaved: (user: AdminUser) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<EditValues>();
  const submit = async (values: EditValues): Promise<void> => {
    if (user === null) return;
    const email = values.email.trim();
    onSaved(await updateUser(user.id, { version: user.version, displayName: values.displayName.trim(), email: email === '' ? null : email }));
  };
  return (
    <FormDialog<EditValues>
      open={user !== null}
      title={t('admin.users.editTitle', { name: user?.displayName ?? '' })}
      okText={t('admin.save')}
      form={form}
      initialValues={{ displayName: user?.displayName ?? '', email: user?.email ?? '' }}
      fields={['displayName', 'email']}
      submit={submit}
      onCancel={onCancel}
    >
      <Form.Item name="displayName" label={t('admin.users.name')} rules={[{ required: true, whitespace: true, message: t('admin.users.nameRequired') }]}>
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item name="email" label={t('admin.users.email')} rules={[{ type: 'email', message: t('admin.users.emailInvalid') }]}>
        <Input type="email" maxLength={320} />
      </Form.Item>
    </FormDialog>
  );
}

interface GrantValues {
  unitId: string;
  role: Role;
}

/** A role in one of the admin's units. */
export function GrantRoleDialog({ user, units, onGranted, onCancel }: {
  user: AdminUser | null;
  units: readonly TreeOrganisation[];
  onGranted: (user: AdminUser) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<GrantValues>();
  const submit = async (values: GrantValues): Promise<void> => {
    if (user !== null) onGranted(await grantRole(user.id, values));
  };
  return (
    <FormDialog<GrantValues>
      open={user !== null}
      title={t('admin.users.grantTitle', { name: user?.displayName ?? '' })}
      okText={t('admin.users.grant')}
      form={form}
      initialValues={{ role: 'reporter', ...(user?.roles[0] === undefined ? {} : { unitId: user.roles[0].unitId }) }}
      fields={['unitId', 'role']}
      taken={{ role: 'admin.users.roleTaken' }}
      submit={submit}
      onCancel={onCancel}
    >
      <UnitAndRole units={units} />
    </FormDialog>
  );
}

/** A new password for an account; on success it goes back to be shown once. */
export function ResetPasswordDialog({ user, onReset, onCancel }: { user: AdminUser | null; onReset: (user: AdminUser, password: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ password: string }>();
  const submit = async (values: { password: string }): Promise<void> => {
    if (user === null) return;
    await resetPassword(user.id, { password: values.password });
    onReset(user, values.password);
  };
  return (
    <FormDialog<{ password: string }>
      open={user !== null}
      title={t('admin.users.resetTitle', { name: user?.displayName ?? '' })}
      okText={t('admin.users.reset')}
      form={form}
      initialValues={{ password: newPassword() }}
      fields={['password']}
      submit={submit}
      onCancel={onCancel}
    >
      <p className="muted">{t('admin.users.resetNote')}</p>
      <PasswordField label={t('admin.users.newPassword')} />
    </FormDialog>
  );
}

/** The new password, shown this once (it is not kept anywhere readable). */
export function PasswordShown({ shown, onClose }: { shown: { login: string; password: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      open={shown !== null}
      title={t('admin.users.passwordTitle', { login: shown?.login ?? '' })}
      onOk={onClose}
      onCancel={onClose}
      okText={t('admin.users.done')}
      cancelButtonProps={{ style: { display: 'none' } }}
      destroyOnHidden
    >
      <p>{t('admin.users.shownOnce')}</p>
      <Typography.Paragraph copyable={{ text: shown?.password ?? '' }}>
        <span className="admin-password" data-testid="new-password">{shown?.password ?? ''}</span>
      </Typography.Paragraph>
    </Modal>
  );
}
