/**
 * The synthesis per unit of the draft (the whole draft, each section by label and title, each
 * target), one collapsible block each: its counts by stance, respondent type and channel, and
 * its main points — the representative comment (as written: escaped text, line breaks kept),
 * its reason, how many comments it stands for and their stances — then the single comments
 * left. Sections below the top level are indented. Plain elements (its test renders it).
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Disclosure } from './synthesis-disclosure.tsx';
import { breakdownText, channelRows, countText, respondentRows, stanceRows, stanceSummary, unitKey, unitText } from './synthesis-model.ts';
import type { MainPoint, SynthesisUnit } from './synthesis-model.ts';

function MainPointItem({ point }: { point: MainPoint }) {
  const { t } = useI18n();
  const stances = stanceSummary(point.byStance);
  return (
    <li className="synthesis-point" data-cluster={point.clusterId} data-size={point.size}>
      <p className="review-text">{point.representativeText}</p>
      {point.representativeReason === null || point.representativeReason.trim() === '' ? null : (
        <p className="review-text synthesis-reason">
          <span className="synthesis-reason-word">{t('synthesis.reason')}</span> {point.representativeReason}
        </p>
      )}
      <p className="synthesis-point-meta">
        <span className="synthesis-point-size">{t('synthesis.point.size', { count: countText(point.size) })}</span>
        {stances === '' ? null : <span>{stances}</span>}
      </p>
    </li>
  );
}

function UnitDetails({ unit }: { unit: SynthesisUnit }) {
  const { t } = useI18n();
  const { counts } = unit;
  return (
    <>
      <dl className="synthesis-unit-counts">
        <dt>{t('synthesis.unit.total')}</dt>
        <dd>
          {countText(counts.total)}
          {counts.comments > counts.total ? ` ${t('synthesis.unit.comments', { count: countText(counts.comments) })}` : ''}
        </dd>
        <dt>{t('synthesis.byStance')}</dt>
        <dd>{breakdownText(stanceRows(counts))}</dd>
        <dt>{t('synthesis.byRespondentType')}</dt>
        <dd>{breakdownText(respondentRows(counts))}</dd>
        <dt>{t('synthesis.byChannel')}</dt>
        <dd>{breakdownText(channelRows(counts))}</dd>
      </dl>
      {unit.mainPoints.length === 0 ? <p className="muted">{t('synthesis.points.none')}</p> : (
        <>
          <h5 className="synthesis-points-heading">{t('synthesis.points')}</h5>
          <ol className="synthesis-points">
            {unit.mainPoints.map((point) => <MainPointItem key={point.clusterId} point={point} />)}
          </ol>
        </>
      )}
      {unit.unclustered > 0 ? <p className="muted">{t('synthesis.unclustered', { count: countText(unit.unclustered) })}</p> : null}
    </>
  );
}

/** How far a unit is indented: sections by their level below the top one. */
function depthOf(unit: SynthesisUnit, top: number): number {
  return unit.unit.kind === 'section' ? Math.min(4, Math.max(0, unit.unit.level - top)) : 0;
}

/** The units of the draft with comments, each a collapsible block (`openKeys`: open at first); "open all" / "close all". */
export function SynthesisUnits({ units, openKeys = [] }: { units: readonly SynthesisUnit[]; openKeys?: readonly string[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(openKeys));
  const levels = units.flatMap((unit) => (unit.unit.kind === 'section' ? [unit.unit.level] : []));
  const top = levels.length === 0 ? 1 : Math.min(...levels);
  const allOpen = units.length > 0 && units.every((unit) => open.has(unitKey(unit.unit)));
  const toggle = (key: string): void => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };
  return (
    <section aria-labelledby="synthesis-units" className="synthesis-section" data-testid="synthesis-units">
      <div className="synthesis-section-head">
        <h3 id="synthesis-units">{t('synthesis.units')}</h3>
        {units.length === 0 ? null : (
          <button type="button" className="review-button" onClick={() => setOpen(allOpen ? new Set() : new Set(units.map((unit) => unitKey(unit.unit))))}>
            {allOpen ? t('synthesis.units.closeAll') : t('synthesis.units.openAll')}
          </button>
        )}
      </div>
      {units.length === 0 ? <p className="muted">{t('synthesis.units.none')}</p> : units.map((unit) => {
        const key = unitKey(unit.unit);
        const points = unit.mainPoints.length;
        return (
          <div key={key} className={`synthesis-unit depth-${depthOf(unit, top)}`} data-unit={key}>
            <Disclosure
              level={4}
              open={open.has(key)}
              onToggle={() => toggle(key)}
              title={unitText(unit.unit)}
              extra={(
                <>
                  <span className="synthesis-unit-count">{t('synthesis.unit.count', { count: countText(unit.counts.total) })}</span>
                  {points > 0 ? <span className="synthesis-unit-points">{t('synthesis.unit.points', { count: countText(points) })}</span> : null}
                </>
              )}
            >
              <UnitDetails unit={unit} />
            </Disclosure>
          </div>
        );
      })}
    </section>
  );
}
