/**
 * The bottom-up counts by locality (province, then the localities below it): what was recorded
 * at each locality itself, the total of its area without double counting, and that total by
 * stance; the opinions of no locality and the grand total; then the discrepancies the server
 * found between an area's tally and the records below it, in its own words. Plain elements
 * (its test renders it).
 */
import { NO_VALUE } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { countText, localityRows } from './synthesis-model.ts';
import type { LocalityTableRow, Synthesis } from './synthesis-model.ts';
import { STANCE_WORD } from '../../../../src/domain/vocabulary/index.ts';

const STANCE_COLUMNS = ['agree', 'disagree', 'partly'] as const;

function rowClass(row: LocalityTableRow): string {
  if (row.kind === 'total') return 'synthesis-locality-total';
  if (row.kind === 'unplaced') return 'synthesis-locality-unplaced';
  return row.level === 0 ? 'synthesis-locality-province' : 'synthesis-locality-below';
}

/** The locality table and the discrepancies; nothing when no opinion has a place to count. */
export function SynthesisLocalities({ synthesis }: { synthesis: Synthesis }) {
  const { t } = useI18n();
  const rows = localityRows(synthesis, { unplaced: t('synthesis.localities.unplaced'), total: t('synthesis.localities.total') });
  return (
    <section aria-labelledby="synthesis-localities" className="synthesis-section" data-testid="synthesis-localities">
      <h3 id="synthesis-localities">{t('synthesis.localities')}</h3>
      {rows.length === 0 ? <p className="muted">{t('synthesis.localities.none')}</p> : (
        <>
          <div className="review-table-scroll">
            <table className="review-table synthesis-locality-table">
              <caption className="review-visually-hidden">{t('synthesis.localities')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('synthesis.localities.name')}</th>
                  <th scope="col" className="num">{t('synthesis.localities.own')}</th>
                  <th scope="col" className="num">{t('synthesis.localities.areaTotal')}</th>
                  {STANCE_COLUMNS.map((stance) => <th key={stance} scope="col" className="num">{STANCE_WORD[stance]}</th>)}
                  <th scope="col" className="num">{t('synthesis.localities.unspecified')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className={rowClass(row)} data-locality={row.key}>
                    <th scope="row" style={{ paddingInlineStart: `${8 + 20 * Math.min(row.level, 4)}px` }}>{row.name}</th>
                    <td className="num">{row.kind === 'total' ? NO_VALUE : countText(row.own)}</td>
                    <td className="num">{countText(row.total)}</td>
                    {STANCE_COLUMNS.map((stance) => <td key={stance} className="num">{countText(row.byStance[stance])}</td>)}
                    <td className="num">{countText(row.byStance.unspecified)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('synthesis.localities.note')}</p>
        </>
      )}
      {synthesis.discrepancies.length === 0 ? null : (
        <div className="review-warning" role="note" aria-labelledby="synthesis-discrepancies" data-testid="synthesis-discrepancies">
          <p id="synthesis-discrepancies" className="review-warning-title">{t('synthesis.discrepancies')}</p>
          <ul className="synthesis-discrepancies">
            {synthesis.discrepancies.map((item, index) => <li key={`${item.kind}-${item.localityId}-${index}`}>{item.text}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
