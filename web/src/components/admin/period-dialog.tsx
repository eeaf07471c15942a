/**
 * A new reporting period of a term: a year, the mid-term or the term end, with its years
 * checked inline against the kind and the term (the server's rules), opened now or later.
 */
import Checkbox from 'antd/es/checkbox';
import Form from 'antd/es/form';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { createPeriod } from '../../api/admin.ts';
import type { Term } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { periodYearsProblem, readYear, suggestedYears } from './admin-model.ts';
import type { PeriodKind } from './admin-model.ts';
import { FormDialog } from './form-dialog.tsx';

const KINDS: readonly PeriodKind[] = ['year', 'mid_term', 'term_end'];

interface PeriodValues {
  kind: PeriodKind;
  startYear: number;
  endYear: number;
  open: boolean;
}

export interface PeriodDialogProps {
  /** The term the period is for; null when closed. */
  term: Term | null;
  /** Years already taken by year periods, so the proposal skips them. */
  takenYears: readonly number[];
  onCreated: (label: string) => void;
  onCancel: () => void;
}

/** The new-period dialog. */
export function PeriodDialog({ term, takenYears, onCreated, onCancel }: PeriodDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<PeriodValues>();
  const kind = Form.useWatch('kind', form) ?? 'year';
  const span = term === null ? { startYear: 2000, endYear: 2005 } : term;
  const submit = async (values: PeriodValues): Promise<void> => {
    if (term === null) return;
    const endYear = values.kind === 'year' ? values.startYear : values.endYear;
    const period = await createPeriod(term.id, { kind: values.kind, startYear: values.startYear, endYear, open: values.open });
    onCreated(period.label);
  };
  const yearsRule = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_rule: unknown, value: unknown) => {
      const year = readYear(value);
      if (year === null) throw new Error(t('admin.terms.yearRequired'));
      const chosen = (getFieldValue('kind') ?? 'year') as PeriodKind;
      const start = readYear(getFieldValue('startYear'));
      const end = chosen === 'year' ? start : readYear(getFieldValue('endYear'));
      if (start === null || end === null) return;
      const problem = periodYearsProblem(chosen, start, end, span);
      if (problem !== null) throw new Error(t(`admin.periods.${problem}`, { start: span.startYear, end: span.endYear }));
    },
  });
  const propose = (next: PeriodKind): void => form.setFieldsValue(suggestedYears(next, span, takenYears));
  return (
    <FormDialog<PeriodValues>
      open={term !== null}
      title={t('admin.periods.createTitle', { term: term?.congress ?? '' })}
      okText={t('admin.create')}
      form={form}
      initialValues={{ kind: 'year', open: false, ...suggestedYears('year', span, takenYears) }}
      fields={['kind', 'startYear', 'endYear']}
      taken={{ startYear: 'admin.periods.taken' }}
      duplicateOn="startYear"
      submit={submit}
      onCancel={onCancel}
    >
      <Form.Item name="kind" label={t('admin.periods.kind')} rules={[{ required: true }]}>
        <Select options={KINDS.map((value) => ({ value, label: t(`admin.periodKind.${value}`) }))} onChange={propose} />
      </Form.Item>
      <div className="admin-years">
        <Form.Item name="startYear" label={kind === 'year' ? t('admin.periods.year') : t('admin.periods.startYear')} dependencies={['kind', 'endYear']} rules={[yearsRule]}>
          <InputNumber<number> min={1900} max={2200} precision={0} style={{ width: '100%' }} autoFocus />
        </Form.Item>
        {kind === 'year' ? null : (
          <Form.Item name="endYear" label={t('admin.periods.endYear')} dependencies={['kind', 'startYear']} rules={[yearsRule]}>
            <InputNumber<number> min={1900} max={2200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
      </div>
      <Form.Item name="open" valuePropName="checked">
        <Checkbox>{t('admin.periods.openNow')}</Checkbox>
      </Form.Item>
    </FormDialog>
  );
}
