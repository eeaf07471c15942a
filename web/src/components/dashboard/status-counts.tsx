/** The dashboard's count tiles: all indicators, each status, not evaluated; each opens the indicators it counts. */
import { useEffect } from 'react';
import type { Rollup } from '../../api/types.ts';
import { Link } from '../../app/link.tsx';
import { indicatorsHref } from '../../app/links.ts';
import type { Scope } from '../../app/links.ts';
import { NO_STATUS_COLOR, STATUS_COLOR, STATUSES } from '../../format/status-style.ts';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface TileProps {
  to: string;
  count: number;
  label: string;
  color: string;
  testId: string;
}

function Tile({ to, count, label, color, testId }: TileProps) {
  return (
    <Link to={to} className="count-tile" style={{ borderTopColor: color }} data-testid={testId}>
      <span className="count-value" style={{ color }}>
        {formatNumber(count)}
      </span>
      <span className="count-label">{label}</span>
    </Link>
  );
}

/** The performance mark set when the dashboard's numbers are first on screen (read by the browser tests). */
export const NUMBERS_SHOWN_MARK = 'resolute:dashboard-numbers';

/** One tile per count of the rollup. */
export function StatusCounts({ rollup, scope }: { rollup: Rollup; scope: Scope }) {
  const { t } = useI18n();
  useEffect(() => {
    if (performance.getEntriesByName(NUMBERS_SHOWN_MARK).length === 0) performance.mark(NUMBERS_SHOWN_MARK);
  }, []);
  return (
    <section className="count-tiles" aria-label={t('dashboard.total')}>
      <Tile to={indicatorsHref(scope)} count={rollup.total} label={t('dashboard.total')} color="#1f1f1f" testId="count-total" />
      {STATUSES.map((status) => (
        <Tile
          key={status}
          to={indicatorsHref(scope, { status })}
          count={rollup.counts[status] ?? 0}
          label={t(`status.${status}`)}
          color={STATUS_COLOR[status]}
          testId={`count-${status}`}
        />
      ))}
      <Tile to={indicatorsHref(scope, { status: 'none' })} count={rollup.unevaluated} label={t('dashboard.unevaluated')} color={NO_STATUS_COLOR} testId="count-none" />
    </section>
  );
}
