/**
 * A consultation's moments (its opening, its closing, a code's expiry) as the public page
 * writes them, in Vietnam time whatever the browser's time zone: "17:00 ngày 20/12/2026" in
 * Vietnamese (the domain's formatVietnamMoment), "17:00 on 20/12/2026 (Vietnam time)" in
 * English; and the header's line saying whether it takes comments now.
 */
import { formatVietnamMoment, vietnamParts } from '../../../../src/domain/consultation/consultation-window.ts';
import type { PublicConsultation } from '../../api/public-consultation.ts';
import { formatDate } from '../../format/format.ts';
import type { I18n } from '../../i18n/i18n-context.tsx';
import type { Lang } from '../../i18n/translate.ts';

/** An instant in Vietnam time, in the interface language. */
export function momentText(instant: string, lang: Lang, t: I18n['t']): string {
  if (lang === 'vi') return formatVietnamMoment(instant);
  const { date, time } = vietnamParts(instant);
  return t('pub.moment', { time, date: formatDate(date) });
}

type Schedule = Pick<PublicConsultation, 'state' | 'stateText' | 'opensAt' | 'closesAt'>;

/** "Đang lấy ý kiến đến 17:00 ngày 20/12/2026" while open; otherwise the server's reason ("… đã kết thúc lúc …"). */
export function stateLine(consultation: Schedule, lang: Lang, t: I18n['t']): string {
  if (consultation.state === 'open') return t('pub.openUntil', { moment: momentText(consultation.closesAt, lang, t) });
  return consultation.stateText?.[lang] ?? '';
}

/** "Thời gian lấy ý kiến: từ 08:00 ngày 01/12/2026 đến 17:00 ngày 20/12/2026". */
export function periodLine(consultation: Schedule, lang: Lang, t: I18n['t']): string {
  return t('pub.period', { from: momentText(consultation.opensAt, lang, t), to: momentText(consultation.closesAt, lang, t) });
}
