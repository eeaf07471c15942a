/**
 * The indicator page's chart: the figures per period as a line, the target as a line (one
 * value) or a band (a range), and the forecast to the end of the term dashed from the last
 * figure. Plain data, so it is tested without a canvas.
 */
import { formatFigure, formatNumber, periodYears } from '../format/format.ts';

export interface SeriesPoint {
  startYear: number;
  endYear: number;
  value: number | null;
}

export interface ChartTarget {
  min: number | null;
  max: number | null;
}

export interface ChartForecast {
  projectedValue: number | null;
  projectedYear: number;
}

export interface SeriesLabels {
  actual: string;
  target: string;
  forecast: string;
}

const TARGET_COLOR = '#a8071a';
const ACTUAL_COLOR = '#0958d9';

/** A round axis range that holds every value, with some room around it. */
export function axisRange(values: readonly number[]): { min: number; max: number } | null {
  if (values.length === 0) return null;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  const exponent = Math.floor(Math.log10(span));
  const step = 10 ** exponent;
  // Rounded to the step's decimals: 7 * 0.1 is 0.7000000000000001 in floating point.
  const round = (value: number): number => Number(value.toFixed(Math.max(0, -exponent)));
  const min = round(Math.floor((low - span * 0.1) / step) * step);
  return { min: low >= 0 && min < 0 ? 0 : min, max: round(Math.ceil((high + span * 0.1) / step) * step) };
}

/** The target drawn on the figures' series: a band for a range, a line for one value, nothing without a figure. */
export function targetMarks(target: ChartTarget | null, label: string) {
  if (target === null || (target.min === null && target.max === null)) return {};
  const text = target.min !== null && target.max !== null && target.min !== target.max
    ? `${label} ${formatNumber(target.min)}-${formatNumber(target.max)}`
    : `${label} ${formatNumber(target.min ?? target.max)}`;
  if (target.min !== null && target.max !== null && target.min !== target.max) {
    return {
      markArea: {
        silent: true,
        itemStyle: { color: 'rgba(168, 7, 26, 0.08)', borderColor: TARGET_COLOR, borderWidth: 1 },
        label: { show: true, position: 'insideTopLeft', color: TARGET_COLOR, formatter: text },
        data: [[{ yAxis: target.min }, { yAxis: target.max }]],
      },
    };
  }
  return {
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: TARGET_COLOR, width: 2, type: 'solid' },
      label: { position: 'insideEndTop', color: TARGET_COLOR, formatter: text },
      data: [{ yAxis: target.min ?? target.max }],
    },
  };
}

/** The option of the series chart. */
export function seriesChartOption(points: readonly SeriesPoint[], target: ChartTarget | null, forecast: ChartForecast | null, unit: string | null, labels: SeriesLabels) {
  const categories = points.map(periodYears);
  const lastYear = points.at(-1)?.endYear ?? null;
  const lastIndex = points.findLastIndex((point) => point.value !== null);
  const projected = forecast !== null && forecast.projectedValue !== null && lastIndex >= 0 && (lastYear === null || forecast.projectedYear > lastYear);
  if (projected) categories.push(String(forecast.projectedYear));
  const actual = points.map((point) => point.value);
  const forecastData = categories.map((_, index) => (index === lastIndex ? actual[lastIndex] ?? null : index === categories.length - 1 && projected ? forecast.projectedValue : null));
  const bounds = [...actual, target?.min ?? null, target?.max ?? null, projected ? forecast.projectedValue : null].filter((v): v is number => v !== null);
  const range = axisRange(bounds);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: projected ? [labels.actual, labels.forecast] : [labels.actual] },
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => formatFigure(value, unit) },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: { type: 'value', ...(range ?? {}), axisLabel: { formatter: (value: number) => formatNumber(value) } },
    series: [
      {
        type: 'line', name: labels.actual, data: actual, connectNulls: true, symbolSize: 8,
        itemStyle: { color: ACTUAL_COLOR }, lineStyle: { color: ACTUAL_COLOR, width: 2 }, ...targetMarks(target, labels.target),
      },
      ...(projected
        ? [{ type: 'line', name: labels.forecast, data: forecastData, connectNulls: true, symbolSize: 6, itemStyle: { color: ACTUAL_COLOR }, lineStyle: { type: 'dashed', color: ACTUAL_COLOR, width: 2 } }]
        : []),
    ],
  };
}
