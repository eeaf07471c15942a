/** The dashboard chart's option: one horizontal stacked bar per group, one segment per status. */
import type { StatusCode } from '../../../src/domain/vocabulary/index.ts';
import { STATUS_COLOR, STATUSES } from '../format/status-style.ts';

export interface GroupCounts {
  name: string;
  counts: Partial<Record<StatusCode, number>>;
}

/** A chart option (plain data, so it is tested without a canvas). */
export function statusChartOption(groups: readonly GroupCounts[], statusLabel: (status: StatusCode) => string) {
  const present = STATUSES.filter((status) => groups.some((group) => (group.counts[status] ?? 0) > 0));
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: present.map(statusLabel) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: groups.map((group) => group.name),
      axisLabel: { width: 150, overflow: 'break', lineHeight: 14 },
    },
    series: present.map((status) => ({
      type: 'bar',
      name: statusLabel(status),
      stack: 'status',
      itemStyle: { color: STATUS_COLOR[status] },
      label: { show: true, color: '#fff', formatter: ({ value }: { value: number }) => (value > 0 ? String(value) : '') },
      data: groups.map((group) => group.counts[status] ?? 0),
    })),
  };
}

/** The status of the series at `seriesIndex` in an option built from `groups`. */
export function statusOfSeries(groups: readonly GroupCounts[], seriesIndex: number): StatusCode | null {
  const present = STATUSES.filter((status) => groups.some((group) => (group.counts[status] ?? 0) > 0));
  return present[seriesIndex] ?? null;
}
