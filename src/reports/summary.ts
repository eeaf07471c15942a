/**
 * The narrative summary: per as-of period, the paragraph a report writes about what the
 * resolution set ("03 nhóm chỉ tiêu chủ yếu, 08 chỉ tiêu cụ thể và 04 chỉ tiêu thành phần") and
 * how the indicators stand ("có 04 chỉ tiêu vượt, 05 chỉ tiêu đạt, 02 chỉ tiêu khó đạt"),
 * followed by the list of indicators at risk, then the appendix table (built by appendix.ts).
 */
import { rollupSentence, type StatusCounts } from '../domain/rollup.ts';
import { formatVnNumber } from '../domain/vn-number.ts';
import { PARTY_ORGANISATION, REPORT_FILE_STEM, REPORT_TITLE, ROLLUP_TEXT, SUMMARY_TEXT } from '../domain/vocabulary/index.ts';
import { appendixTable, disagreementNotes, reportYear, resolutionTitle, termYears } from './appendix.ts';
import type { AppendixData, Paragraph, ReportDocument, StatusCount } from './model.ts';

/** The summary report, portrait: the narrative per period, the at-risk lists, then the appendix table. */
export function summaryDocument(data: AppendixData): ReportDocument {
  return {
    fileStem: REPORT_FILE_STEM.summary(reportYear(data)),
    header: data.header,
    kindLine: REPORT_TITLE.summaryKind,
    title: [REPORT_TITLE.summaryResults, resolutionTitle(data)],
    subtitle: null,
    paragraphs: summaryParagraphs(data),
    tables: [appendixTable(data)],
    notes: disagreementNotes(data),
    orientation: 'portrait',
  };
}

/** The narrative: per period (in the order of `data.periods`), its heading, the counts paragraph and the at-risk list. */
export function summaryParagraphs(data: AppendixData): Paragraph[] {
  const resolution = SUMMARY_TEXT.resolution(PARTY_ORGANISATION.inSentence(data.organisationName), data.congress, termYears(data));
  const paragraphs: Paragraph[] = [];
  for (const period of data.periods) {
    const summary = data.summaries.find((s) => s.periodId === period.id);
    if (summary === undefined) continue;
    const scope = summary.components > 0
      ? SUMMARY_TEXT.scope(resolution, countWord(summary.groups), countWord(summary.indicators), countWord(summary.components))
      : SUMMARY_TEXT.scopeWithoutComponents(resolution, countWord(summary.groups), countWord(summary.indicators));
    paragraphs.push({ text: period.label, style: 'heading' });
    paragraphs.push({ text: `${scope} ${SUMMARY_TEXT.counts(period.label, countsSentence(summary.counts))}`, style: 'body' });
    if (summary.atRisk.length > 0) {
      paragraphs.push({ text: SUMMARY_TEXT.atRiskIntro, style: 'body' });
      for (const item of summary.atRisk) {
        paragraphs.push({ text: SUMMARY_TEXT.atRiskItem(item.name, item.figure, item.targetText, item.statusWord), style: 'list' });
      }
    }
  }
  return paragraphs;
}

/**
 * The counts as the rollup writes them ("có 01 chỉ tiêu vượt, 02 chỉ tiêu đạt"), in the
 * domain's status order, with the indicators not evaluated last.
 */
export function countsSentence(counts: readonly StatusCount[]): string {
  const byStatus: Partial<StatusCounts> = {};
  let unevaluated = 0;
  for (const { status, count } of counts) {
    if (status === null) unevaluated += count;
    else byStatus[status] = (byStatus[status] ?? 0) + count;
  }
  const evaluated = Object.values(byStatus).some((count) => count > 0);
  const unevaluatedPart = ROLLUP_TEXT.unevaluated(countWord(unevaluated), ROLLUP_TEXT.noun);
  if (unevaluated === 0) return rollupSentence(byStatus);
  return evaluated ? `${rollupSentence(byStatus)}, ${unevaluatedPart}` : ROLLUP_TEXT.there(unevaluatedPart);
}

/** Documents write counts under ten with a leading zero ("06"), larger ones with thousands dots. */
export function countWord(count: number): string {
  return count >= 0 && count < 10 ? `0${count}` : formatVnNumber(count);
}
