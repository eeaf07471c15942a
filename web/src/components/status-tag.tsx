/** A status as a coloured tag with its word ("Khó đạt"), or "not evaluated". */
import Tag from 'antd/es/tag';
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { NO_STATUS_COLOR, STATUS_COLOR } from '../format/status-style.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** The tag of `status` (null: not evaluated). */
export function StatusTag({ status }: { status: StatusCode | null }) {
  const { t } = useI18n();
  if (status === null) return <Tag color={NO_STATUS_COLOR}>{t('status.none')}</Tag>;
  return <Tag color={STATUS_COLOR[status]}>{t(`status.${status}`)}</Tag>;
}
