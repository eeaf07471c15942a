/**
 * The download buttons of a consultation report (the synthesis or the disposition report),
 * one per format. Each is a plain link (`<a href download>`): the browser fetches the file with
 * the session cookie (a GET needs no CSRF token) and saves it under the server's file name.
 */
import Button from 'antd/es/button';
import { consultationReportUrl } from '../../api/consultations.ts';
import type { ConsultationReportFormat, ConsultationReportKind } from '../../api/consultations.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface ConsultationReportLinksProps {
  consultationId: string;
  kind: ConsultationReportKind;
  formats: readonly ConsultationReportFormat[];
}

/** "Tải báo cáo: DOCX PDF XLSX …", the first format as the primary button. */
export function ConsultationReportLinks({ consultationId, kind, formats }: ConsultationReportLinksProps) {
  const { t } = useI18n();
  const labelId = `consultation-report-${kind}`;
  const report = t(`consultationReport.${kind}`);
  return (
    <div className="review-report-links" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="review-report-label">{t('consultationReport.download', { report })}</span>
      {formats.map((format, index) => (
        <Button
          key={format}
          href={consultationReportUrl(consultationId, kind, format)}
          download
          size="small"
          type={index === 0 ? 'primary' : 'default'}
          aria-label={t('consultationReport.as', { report, format: format.toUpperCase() })}
          data-testid={`${kind}-download-${format}`}
        >
          {format.toUpperCase()}
        </Button>
      ))}
    </div>
  );
}
