/** The indicator page's chart of figures, target and forecast. */
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { EChartsView } from './echarts-view.tsx';
import { seriesChartOption } from './series-chart-option.ts';
import type { ChartForecast, ChartTarget, SeriesPoint } from './series-chart-option.ts';

use([LineChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export interface SeriesChartProps {
  points: readonly SeriesPoint[];
  target: ChartTarget | null;
  forecast: ChartForecast | null;
  unit: string | null;
}

/** A line chart 280 px high. */
export function SeriesChart({ points, target, forecast, unit }: SeriesChartProps) {
  const { t } = useI18n();
  const option = useMemo(
    () => seriesChartOption(points, target, forecast, unit, { actual: t('chart.actual'), target: t('chart.target'), forecast: t('chart.forecast') }),
    [points, target, forecast, unit, t],
  );
  return <EChartsView option={option} height={280} label={t('indicator.seriesLabel')} />;
}
