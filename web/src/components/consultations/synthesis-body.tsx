/**
 * The synthesis tab's content once read: the overall counts — duplicate groups once, and every
 * comment —, the campaign sentence, the breakdowns by stance, respondent type and channel with
 * their shares and a small bar each; then the units (synthesis-units.tsx) and the localities
 * (synthesis-localities.tsx). No data fetching and no style sheet, so its test renders it.
 */
import { useI18n } from '../../i18n/i18n-context.tsx';
import { EmptyState } from '../page-state.tsx';
import { SynthesisLocalities } from './synthesis-localities.tsx';
import { channelRows, countedAnything, countText, respondentRows, stanceRows } from './synthesis-model.ts';
import type { BreakdownRow, Synthesis } from './synthesis-model.ts';
import { SynthesisUnits } from './synthesis-units.tsx';

/** A breakdown as a small table: word, count, share with a bar drawn to the largest line. */
function BreakdownTable({ caption, rows, testId }: { caption: string; rows: readonly BreakdownRow<string>[]; testId: string }) {
  const { t } = useI18n();
  return (
    <table className="review-table synthesis-breakdown" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('synthesis.col.kind')}</th>
          <th scope="col" className="num">{t('synthesis.col.count')}</th>
          <th scope="col" className="num">{t('synthesis.col.share')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} data-code={row.code} className={row.count === 0 ? 'zero' : undefined}>
            <th scope="row">{row.word}</th>
            <td className="num">{countText(row.count)}</td>
            <td className="num synthesis-share">
              <span className="synthesis-bar-track" aria-hidden="true">
                <span className={`synthesis-bar synthesis-bar-${row.code}`} style={{ width: `${row.bar}%` }} />
              </span>
              <span>{row.share}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The overall counts: tiles, the campaign and duplicate sentences, the three breakdowns. */
function Overall({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useI18n();
  const { overall, campaigns, duplicateGroups } = synthesis;
  return (
    <section aria-labelledby="synthesis-overall" className="synthesis-section">
      <h3 id="synthesis-overall">{t('synthesis.overall')}</h3>
      <ul className="synthesis-tiles" data-testid="synthesis-totals">
        <li className="synthesis-tile" data-total={overall.total}>
          <span className="synthesis-tile-value">{countText(overall.total)}</span>
          <span className="synthesis-tile-word">{t('synthesis.total')}</span>
        </li>
        <li className="synthesis-tile" data-comments={overall.comments}>
          <span className="synthesis-tile-value">{countText(overall.comments)}</span>
          <span className="synthesis-tile-word">{t('synthesis.comments')}</span>
        </li>
        <li className="synthesis-tile">
          <span className="synthesis-tile-value">{countText(duplicateGroups.groups)}</span>
          <span className="synthesis-tile-word">{t('synthesis.duplicateGroups', { comments: countText(duplicateGroups.comments) })}</span>
        </li>
      </ul>
      <p className="synthesis-sentence" data-testid="synthesis-campaigns">
        {campaigns.groups > 0
          ? t('synthesis.campaigns', { comments: countText(campaigns.comments), groups: countText(campaigns.groups) })
          : t('synthesis.campaigns.none')}
      </p>
      <div className="synthesis-breakdowns">
        <BreakdownTable caption={t('synthesis.byStance')} rows={stanceRows(overall)} testId="synthesis-by-stance" />
        <BreakdownTable caption={t('synthesis.byRespondentType')} rows={respondentRows(overall)} testId="synthesis-by-respondent" />
        <BreakdownTable caption={t('synthesis.byChannel')} rows={channelRows(overall)} testId="synthesis-by-channel" />
      </div>
      <p className="muted">{t('synthesis.shareNote')}</p>
    </section>
  );
}

/** Everything the synthesis counted, or why there is nothing. */
export function SynthesisBody({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useI18n();
  if (!countedAnything(synthesis)) return <EmptyState text={t('synthesis.none')} />;
  return (
    <>
      <Overall synthesis={synthesis} />
      <SynthesisUnits units={synthesis.units} />
      <SynthesisLocalities synthesis={synthesis} />
    </>
  );
}
