/** The task status report of a plan as download links, one per format (the browser saves the file with the session cookie). */
import { TASK_REPORT_FORMATS, taskReportUrl } from '../../api/tasks.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** "Báo cáo tình hình thực hiện nhiệm vụ: XLSX DOCX PDF CSV". */
export function PlanReportLinks({ planId }: { planId: string }) {
  const { t } = useI18n();
  return (
    <div className="plan-report">
      <span>{t('plan.report')}:</span>
      {TASK_REPORT_FORMATS.map((format) => (
        <a key={format} href={taskReportUrl(planId, format)} download aria-label={t('plan.report.as', { format: format.toUpperCase() })} data-format={format}>
          {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
