/** A new Congress term of an organisation: its number and years, the last after the first (checked inline). */
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import { createTerm } from '../../api/admin.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { readYear } from './admin-model.ts';
import { FormDialog } from './form-dialog.tsx';

interface TermValues {
  congress: string;
  startYear: number;
  endYear: number;
}

export interface TermDialogProps {
  /** The organisation the term is for; null when closed. */
  organisation: { id: string; name: string } | null;
  /** Proposed values: the Congress after the latest, starting in the year it ended. */
  proposal: Partial<TermValues>;
  onCreated: (termId: string, congress: string) => void;
  onCancel: () => void;
}

/** The new-term dialog. */
export function TermDialog({ organisation, proposal, onCreated, onCancel }: TermDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<TermValues>();
  const yearRule = { validator: async (_rule: unknown, value: unknown) => {
    if (readYear(value) === null) throw new Error(t('admin.terms.yearRequired'));
  } };
  const submit = async (values: TermValues): Promise<void> => {
    if (organisation === null) return;
    const term = await createTerm(organisation.id, { congress: values.congress.trim(), startYear: values.startYear, endYear: values.endYear });
    onCreated(term.id, term.congress);
  };
  return (
    <FormDialog<TermValues>
      open={organisation !== null}
      title={t('admin.terms.createTitle', { organisation: organisation?.name ?? '' })}
      okText={t('admin.create')}
      form={form}
      initialValues={proposal}
      fields={['congress', 'startYear', 'endYear']}
      taken={{ congress: 'admin.terms.congressTaken' }}
      submit={submit}
      onCancel={onCancel}
    >
      <Form.Item name="congress" label={t('admin.terms.congress')} rules={[{ required: true, whitespace: true, message: t('admin.terms.congressRequired') }, { max: 20 }]}>
        <Input autoFocus maxLength={20} />
      </Form.Item>
      <div className="admin-years">
        <Form.Item name="startYear" label={t('admin.terms.startYear')} rules={[yearRule]}>
          <InputNumber<number> min={1900} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endYear"
          label={t('admin.terms.endYear')}
          dependencies={['startYear']}
          rules={[yearRule, ({ getFieldValue }) => ({ validator: async (_rule, value: unknown) => {
            const start = readYear(getFieldValue('startYear'));
            const end = readYear(value);
            if (start !== null && end !== null && end <= start) throw new Error(t('admin.terms.endAfterStart'));
          } })]}
        >
          <InputNumber<number> min={1900} max={2200} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
    </FormDialog>
  );
}
