/**
 * The monthly report's charts, drawn on the server by Apache ECharts' server-side renderer as
 * SVG (no browser, no canvas, no native module), then placed in the PDF as vectors by
 * svg-to-pdfkit (render.ts). The same library draws the charts of the web console, so a chart
 * in a report and on screen look alike.
 */
import * as echarts from 'echarts';
import type { Figures } from './figures.js';

export interface ChartSize {
  width: number;
  height: number;
}

const PALETTE = ['#1f6feb', '#2da44e', '#8250df', '#cf222e', '#bf8700', '#57606a'];

function render(option: echarts.EChartsCoreOption, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: 'sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** 每日趋势: the month's days, with accepted, approved, completed and returned per day, and overdue. */
export function dailyTrendSvg(days: { day: string; figures: Figures }[], size: ChartSize = { width: 500, height: 240 }): string {
  const series = (name: string, pick: (f: Figures) => number, type: 'line' | 'bar' = 'line') => ({ name, type, data: days.map((d) => pick(d.figures)), symbolSize: 3, ...(type === 'bar' ? { barMaxWidth: 6 } : {}) });
  return render(
    {
      title: { text: '本月每日趋势', left: 'center', textStyle: { fontSize: 12 } },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 9 } },
      grid: { left: 36, right: 16, top: 40, bottom: 44 },
      xAxis: { type: 'category', data: days.map((d) => d.day.slice(8)), axisLabel: { fontSize: 8, interval: 1 }, name: '日', nameTextStyle: { fontSize: 8 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 8 }, name: '件', nameTextStyle: { fontSize: 8 } },
      series: [
        series('受理', (f) => f.accepted),
        series('准予', (f) => f.approved),
        series('办结', (f) => f.completed),
        series('退件', (f) => f.returned, 'bar'),
        series('超期', (f) => f.overdue, 'bar'),
      ],
    },
    size,
  );
}

/** 部门排名: departments by completions (bars) with their overdue counts, best at the top; at most `limit`. */
export function departmentRankingSvg(rows: { name: string; figures: Figures }[], size: ChartSize = { width: 500, height: 300 }, limit = 15): string {
  const shown = rows.slice(0, limit).reverse(); // ECharts draws the first category at the bottom
  return render(
    {
      title: { text: `部门办结排名（前 ${Math.min(limit, rows.length)} 名）`, left: 'center', textStyle: { fontSize: 12 } },
      legend: { bottom: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 9 } },
      grid: { left: 150, right: 24, top: 40, bottom: 36 },
      xAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 8 }, name: '件', nameTextStyle: { fontSize: 8 } },
      yAxis: { type: 'category', data: shown.map((r) => (r.name.length > 14 ? `${r.name.slice(0, 13)}…` : r.name)), axisLabel: { fontSize: 8 } },
      series: [
        { name: '办结', type: 'bar', data: shown.map((r) => r.figures.completed), barMaxWidth: 10, label: { show: true, position: 'right', fontSize: 8 } },
        { name: '超期', type: 'bar', data: shown.map((r) => r.figures.overdue), barMaxWidth: 10 },
      ],
    },
    size,
  );
}
