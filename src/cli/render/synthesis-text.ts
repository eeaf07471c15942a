/**
 * The synthesis of a consultation as terminal text (`resolute consult synthesis`): the window,
 * the overall counts by stance with their shares ("66,7%"), by respondent type and channel, the
 * campaigns and duplicates, a table of counts per part of the draft, each part's main points,
 * and the counts by locality. Only published comments are counted (the synthesis service's rule).
 */
import { STANCES, type Stance } from '../../domain/consultation/types.ts';
import { formatVietnamMoment, vietnamParts } from '../../domain/consultation/consultation-window.ts';
import { formatVnDate } from '../../domain/vn-date.ts';
import { formatVnNumber } from '../../domain/vn-number.ts';
import type { Synthesis } from '../../services/consultation-synthesis.service.ts';
import { consultWord, ct, unitName } from '../consult-messages.ts';
import type { Lang } from '../messages.ts';
import { renderTable } from './text-table.ts';

/** "1.234" in Vietnamese, "1,234" in English. */
export function countText(lang: Lang, value: number): string {
  return lang === 'vi' ? formatVnNumber(value) : value.toLocaleString('en');
}

/** A share in percent with one decimal: "12,8%" ("12.8%" in English); 0% of nothing. */
export function percentText(lang: Lang, part: number, total: number): string {
  const value = total === 0 ? 0 : (part / total) * 100;
  const text = formatVnNumber(value, { decimals: 1 });
  return `${lang === 'vi' ? text : text.replaceAll('.', '').replace(',', '.')}%`;
}

/** An instant in Vietnam time: "17:00 ngày 20/12/2026" or "20/12/2026 17:00". */
export function momentText(lang: Lang, instant: string | Date): string {
  if (lang === 'vi') return formatVietnamMoment(instant);
  const { date, time } = vietnamParts(instant);
  return `${formatVnDate(date)} ${time}`;
}

function parts<K extends string>(lang: Lang, counts: Record<K, number>, word: (code: K) => string): string {
  const listed = (Object.keys(counts) as K[]).filter((code) => counts[code] > 0).map((code) => `${word(code)} ${countText(lang, counts[code])}`);
  return listed.length === 0 ? '—' : listed.join(', ');
}

function header(lang: Lang, s: Synthesis, organisationName: string, now: Date): string[] {
  const c = s.consultation;
  const early = c.closedAt !== null && Date.parse(c.closedAt) < Date.parse(c.closesAt) ? ct(lang, 'syn.closedEarly', { at: momentText(lang, c.closedAt) }) : '';
  return [
    ct(lang, 'syn.title', { title: c.title }),
    ct(lang, 'syn.draft', { draft: s.draft.title, organisation: organisationName }),
    ct(lang, 'syn.window', { opens: momentText(lang, c.opensAt), closes: momentText(lang, c.closesAt), early, state: ct(lang, `state.${s.state}`) }),
    // To the minute: the seconds of the moment the command ran say nothing.
    ct(lang, 'syn.asOf', { at: momentText(lang, new Date(Math.floor(now.getTime() / 60_000) * 60_000)) }),
  ];
}

function overall(lang: Lang, s: Synthesis): string[] {
  const o = s.overall;
  const lines = [ct(lang, 'syn.total', { total: countText(lang, o.total), comments: o.comments > o.total ? ct(lang, 'syn.comments', { count: countText(lang, o.comments) }) : '' })];
  lines.push(ct(lang, 'syn.byStance'));
  lines.push(renderTable(
    [{ header: '' }, { header: '', align: 'right' }, { header: '', align: 'right' }],
    STANCES.map((stance) => [consultWord.stance(lang, stance), countText(lang, o.byStance[stance]), percentText(lang, o.byStance[stance], o.total)]),
  ).split('\n').slice(2).map((line) => `  ${line}`).join('\n'));
  lines.push(ct(lang, 'syn.byRespondent', { parts: parts(lang, o.byRespondentType, (code) => consultWord.respondent(lang, code)) }));
  lines.push(ct(lang, 'syn.byChannel', { parts: parts(lang, o.byChannel, (code) => consultWord.channel(lang, code)) }));
  lines.push(s.campaigns.groups > 0
    ? ct(lang, 'syn.campaigns', { comments: countText(lang, s.campaigns.comments), groups: countText(lang, s.campaigns.groups) })
    : ct(lang, 'syn.noCampaigns'));
  lines.push(s.duplicateGroups.groups > 0
    ? ct(lang, 'syn.duplicates', { groups: countText(lang, s.duplicateGroups.groups), comments: countText(lang, s.duplicateGroups.comments) })
    : ct(lang, 'syn.noDuplicates'));
  return lines;
}

function unitsTable(lang: Lang, s: Synthesis): string {
  return renderTable(
    [
      { header: ct(lang, 'col.no'), align: 'right' }, { header: ct(lang, 'col.unit'), max: 50 }, { header: ct(lang, 'col.total'), align: 'right' },
      ...STANCES.map((stance) => ({ header: consultWord.stance(lang, stance), align: 'right' as const })),
    ],
    s.units.map((u, i) => [
      String(i + 1), `${u.unit.kind === 'section' && u.unit.level > 1 ? '  ' : ''}${unitName(lang, u.unit)}`, countText(lang, u.counts.total),
      ...STANCES.map((stance) => countText(lang, u.counts.byStance[stance])),
    ]),
  );
}

function stanceParts(lang: Lang, byStance: Record<Stance, number>): string {
  return STANCES.filter((stance) => byStance[stance] > 0).map((stance) => `${consultWord.stance(lang, stance)} ${countText(lang, byStance[stance])}`).join(', ');
}

/** One line per main point (its representative text, one line), then its reason when it has one. */
function mainPoints(lang: Lang, s: Synthesis): string[] {
  const lines: string[] = [];
  for (const u of s.units) {
    if (u.mainPoints.length === 0) continue;
    lines.push('', `${ct(lang, 'syn.points')} — ${unitName(lang, u.unit)}:`);
    u.mainPoints.forEach((p, i) => {
      const text = oneLine(p.representativeText);
      lines.push(ct(lang, 'syn.point', { n: i + 1, text: text === '' ? '—' : text, size: countText(lang, p.size), stances: stanceParts(lang, p.byStance) }));
      if (p.representativeReason !== null && p.representativeReason.trim() !== '') lines.push(ct(lang, 'syn.reason', { reason: oneLine(p.representativeReason) }));
    });
    if (u.unclustered > 0) lines.push(ct(lang, 'syn.unclustered', { count: countText(lang, u.unclustered) }));
  }
  return lines;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length <= 240 ? flat : `${chars.slice(0, 239).join('')}…`;
}

function tallyTotal(t: { agree: number; disagree: number; partly: number; unspecified: number }): number {
  return t.agree + t.disagree + t.partly + t.unspecified;
}

function localities(lang: Lang, s: Synthesis): string[] {
  const unplaced = tallyTotal(s.unplaced);
  if (s.localities.length === 0 && unplaced === 0) return [];
  const rows = s.localities.map((l) => [`${'  '.repeat(l.level)}${l.name}`, countText(lang, tallyTotal(l.own)), countText(lang, tallyTotal(l.total))]);
  if (unplaced > 0) rows.push([ct(lang, 'syn.unplaced'), countText(lang, unplaced), countText(lang, unplaced)]);
  return ['', ct(lang, 'syn.localities'), renderTable(
    [{ header: ct(lang, 'col.locality'), max: 40 }, { header: ct(lang, 'col.own'), align: 'right' }, { header: ct(lang, 'col.area'), align: 'right' }],
    rows,
  )];
}

/** The whole synthesis as text lines. */
export function synthesisText(lang: Lang, s: Synthesis, organisationName: string, now: Date): string {
  const lines = [...header(lang, s, organisationName, now), ''];
  if (s.overall.comments === 0) return [...lines, ct(lang, 'syn.none')].join('\n');
  lines.push(...overall(lang, s), '', ct(lang, 'syn.units'), unitsTable(lang, s), ...mainPoints(lang, s), ...localities(lang, s));
  return lines.join('\n');
}
