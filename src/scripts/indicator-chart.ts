/**
 * Draws the indicator charts. Chart.js is registered piece by piece (bar chart, two scales,
 * tooltip) instead of `chart.js/auto`, so only what a bar chart needs is shipped.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type TooltipItem } from 'chart.js';
import type { ChartSeries } from '../lib/chart-data.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const LEVEL_COLOR = { province: '--c-province', city: '--c-city', county: '--c-county', national: '--c-national' } as const;

/** Writes "≥ 5.5%" at the end of each bar: the comparator is part of the value. */
const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const series = (chart.options.plugins as { series?: ChartSeries }).series;
    if (!series) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = css('--fg');
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(series.bars[i]!.text, x + 6, y);
    });
    ctx.restore();
  },
};

function draw(canvas: HTMLCanvasElement) {
  const series = JSON.parse(canvas.dataset.series!) as ChartSeries;
  const colour = (bar: ChartSeries['bars'][number]) => css(LEVEL_COLOR[bar.level]);
  const max = Math.max(...series.bars.map((b) => b.valueMax ?? b.value));
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: series.bars.map((b) => b.label),
      datasets: [{
        data: series.bars.map((b) => (b.valueMax === null ? b.value : [b.value, b.valueMax])) as number[],
        backgroundColor: series.bars.map((b) => (b.kind === 'target' ? colour(b) : 'transparent')),
        borderColor: series.bars.map(colour),
        borderWidth: 2,
        borderSkipped: false,
        barPercentage: 0.8,
      }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 80 } },
      scales: {
        x: { beginAtZero: true, suggestedMax: max * 1.1, ticks: { color: css('--muted') }, grid: { color: css('--line') } },
        y: { ticks: { color: css('--fg') }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => series.bars[item.dataIndex]!.text } },
        series,
      } as never,
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (hit) location.href = series.bars[hit.index]!.url;
      },
      onHover: (event, elements) => {
        (event.native?.target as HTMLElement | undefined)?.style.setProperty('cursor', elements.length ? 'pointer' : 'default');
      },
    },
    plugins: [valueLabels],
  });
  canvas.dataset.drawn = '';
}

document.querySelectorAll<HTMLCanvasElement>('canvas[data-series]').forEach(draw);
