/** The dashboard's bar chart of statuses per group; a click on a segment opens those indicators. */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EChartsView } from './echarts-view.tsx';
import { statusChartOption, statusOfSeries } from './status-chart-option.ts';
import type { GroupCounts } from './status-chart-option.ts';

use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface StatusChartProps {
  groups: readonly GroupCounts[];
  onSelect: (groupIndex: number, status: StatusCode) => void;
}

/** Stacked bars, one per group. */
export function StatusChart({ groups, onSelect }: StatusChartProps) {
  const { t } = useI18n();
  const option = useMemo(() => statusChartOption(groups, (status) => t(`status.${status}`)), [groups, t]);
  return (
    <EChartsView
      option={option}
      height={Math.max(220, 70 * groups.length + 60)}
      label={t('dashboard.chartLabel')}
      onClick={({ seriesIndex, dataIndex }) => {
        const status = seriesIndex === undefined ? null : statusOfSeries(groups, seriesIndex);
        if (status !== null) onSelect(dataIndex, status);
      }}
    />
  );
}
