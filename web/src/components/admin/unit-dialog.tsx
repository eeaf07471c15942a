/** Adding a unit under another, or editing one: name, kind and code (checked inline; a code in use is said on its field). */
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import { createUnit, updateUnit } from '../../api/admin.ts';
import type { TreeOrganisation, UnitKind } from '../../api/admin.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { isUnitCode, optionMatches } from './admin-model.ts';
import { FormDialog } from './form-dialog.tsx';

const UNIT_KINDS: readonly UnitKind[] = ['department', 'commune', 'party_body', 'other'];

/** What the dialog does: add below `parent`, or edit `unit`; null when closed. */
export type UnitEdit = { mode: 'add'; parent: TreeOrganisation } | { mode: 'edit'; unit: TreeOrganisation } | null;

interface UnitValues {
  name: string;
  kind: UnitKind;
  code: string;
}

export interface UnitDialogProps {
  edit: UnitEdit;
  onDone: (name: string, mode: 'add' | 'edit') => void;
  onCancel: () => void;
}

function isUnitKind(kind: string): kind is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(kind);
}

/** The add/edit unit dialog. */
export function UnitDialog({ edit, onDone, onCancel }: UnitDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<UnitValues>();
  const unit = edit?.mode === 'edit' ? edit.unit : null;
  // A province or the nation keeps its kind: the kind is only offered for units.
  const kindFixed = unit !== null && !isUnitKind(unit.kind);
  const initialValues: Partial<UnitValues> = unit === null ? { kind: 'department', code: '' } : { name: unit.name, code: unit.code ?? '', ...(isUnitKind(unit.kind) ? { kind: unit.kind } : {}) };
  const submit = async (values: UnitValues): Promise<void> => {
    const code = values.code.trim() === '' ? null : values.code.trim();
    if (edit?.mode === 'add') {
      const created = await createUnit({ parentId: edit.parent.id, kind: values.kind, name: values.name.trim(), code });
      onDone(created.name, 'add');
    } else if (edit?.mode === 'edit') {
      const saved = await updateUnit(edit.unit.id, { name: values.name.trim(), code, ...(kindFixed ? {} : { kind: values.kind }) });
      onDone(saved.name, 'edit');
    }
  };
  const title = edit === null ? '' : edit.mode === 'add' ? t('admin.units.addTitle', { parent: edit.parent.name }) : t('admin.units.editTitle', { name: edit.unit.name });
  return (
    <FormDialog<UnitValues>
      open={edit !== null}
      title={title}
      okText={edit?.mode === 'add' ? t('admin.create') : t('admin.save')}
      form={form}
      initialValues={initialValues}
      fields={['name', 'kind', 'code']}
      taken={{ code: 'admin.units.codeTaken' }}
      submit={submit}
      onCancel={onCancel}
    >
      <Form.Item name="name" label={t('admin.units.name')} rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }, { max: 300 }]}>
        <Input autoFocus maxLength={300} />
      </Form.Item>
      {kindFixed ? null : (
        <Form.Item name="kind" label={t('admin.units.kind')} rules={[{ required: true, message: t('admin.units.kindRequired') }]}>
          <Select showSearch={{ filterOption: optionMatches }} options={UNIT_KINDS.map((kind) => ({ value: kind, label: t(`admin.kind.${kind}`) }))} />
        </Form.Item>
      )}
      <Form.Item
        name="code"
        label={t('admin.units.code')}
        extra={t('admin.units.codeHint')}
        rules={[{ validator: async (_rule, value: unknown) => {
          if (typeof value === 'string' && value.trim() !== '' && !isUnitCode(value)) throw new Error(t('admin.units.codeInvalid'));
        } }]}
      >
        <Input maxLength={40} className="admin-code" />
      </Form.Item>
    </FormDialog>
  );
}
