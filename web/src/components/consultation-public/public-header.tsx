/**
 * The public page's own header (no account, no application menu): the organisation, the
 * consultation's title, whether it takes comments now — "Đang lấy ý kiến đến 17:00 ngày
 * 20/12/2026", or why not — its period in Vietnam time, and the language switch.
 */
import type { PublicConsultation } from '../../api/public-consultation.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LangSwitch } from '../lang-switch.tsx';
import { periodLine, stateLine } from './period-text.ts';

export function PublicHeader({ consultation }: { consultation: PublicConsultation | null }) {
  const { t, lang } = useI18n();
  return (
    <header className="pc-header">
      <div className="pc-header-inner">
        <div className="pc-header-top">
          <span className="pc-org">{consultation?.organisationName ?? ''}</span>
          <LangSwitch />
        </div>
        {consultation === null ? null : (
          <>
            <h1 className="pc-title">{consultation.title}</h1>
            <p className={`pc-state ${consultation.state}`}>{stateLine(consultation, lang, t)}</p>
            <p className="pc-period">{periodLine(consultation, lang, t)}</p>
          </>
        )}
      </div>
    </header>
  );
}
