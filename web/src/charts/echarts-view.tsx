/**
 * An ECharts chart in React: created on mount, given each new option, resized with its box,
 * disposed on unmount. Chart modules register what they use (`use([...])`) before rendering
 * this, so each page's bundle holds only its own chart types.
 */
import { init } from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

/** What a click on a chart element reports. */
export interface ChartClick {
  seriesIndex?: number;
  dataIndex: number;
}

export interface EChartsViewProps {
  option: EChartsCoreOption;
  height: number;
  /** Read by screen readers in place of the canvas; the page shows the same data as a table. */
  label: string;
  onClick?: (event: ChartClick) => void;
}

/** Renders `option` into a canvas of the given height and the container's width. */
export function EChartsView({ option, height, label, onClick }: EChartsViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = box.current;
    if (element === null) return undefined;
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (event) => {
      const seriesIndex = event.seriesIndex;
      clickRef.current?.({ dataIndex: event.dataIndex, ...(seriesIndex === undefined ? {} : { seriesIndex }) });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart" role="img" aria-label={label} style={{ height }} />;
}
