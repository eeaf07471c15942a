/**
 * The download buttons of a report, one per format. Each is a plain link (`<a href download>`):
 * the browser fetches the file with the session cookie (a GET needs no CSRF token) and saves it
 * under the name the server gives. Disabled while the report is not fully chosen or its
 * preview failed (the file would fail the same way).
 */
import Button from 'antd/es/button';
import { REPORT_FORMATS, reportUrl } from '../../api/reports.ts';
import type { ReportKind, ReportRequest } from '../../api/reports.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

export interface ReportDownloadsProps {
  kind: ReportKind;
  request: ReportRequest | null;
  disabled: boolean;
}

/** XLSX, DOCX, PDF, CSV and JSON links for the chosen report. */
export function ReportDownloads({ kind, request, disabled }: ReportDownloadsProps) {
  const { t } = useI18n();
  const off = disabled || request === null;
  return (
    <div className="report-downloads" role="group" aria-labelledby="report-downloads-label">
      <span id="report-downloads-label" className="report-downloads-label">
        {t('reports.download')}
      </span>
      {REPORT_FORMATS.map((format) => (
        <Button
          key={format}
          href={request === null ? undefined : reportUrl(request, format)}
          download
          disabled={off}
          type={format === 'xlsx' ? 'primary' : 'default'}
          aria-label={t('reports.download.as', { report: t(`reports.kind.${kind}`), format: format.toUpperCase() })}
          title={t(`reports.format.${format}`)}
          data-testid={`download-${format}`}
        >
          {format.toUpperCase()}
        </Button>
      ))}
      {request === null ? <span className="muted">{t('reports.download.unavailable')}</span> : null}
    </div>
  );
}
