/**
 * Draws the jurisdiction comparison: horizontal bars (Chart.js, only the bar pieces registered)
 * and the nation's target as a dashed line by a small plugin, so no annotation package is needed.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type Plugin, type TooltipItem } from 'chart.js';
import type { CompareChartData } from '../lib/compare.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const RELATION_COLOUR = { higher: '#9b1c1c', same: '#8a8a8a', lower: '#1f4f99' } as const;

/** The reference line and its label, and each bar's figure at its end. */
const overlay: Plugin<'bar'> = {
  id: 'compareOverlay',
  afterDatasetsDraw(chart) {
    const data = (chart.options.plugins as { compare?: CompareChartData }).compare;
    if (!data) return;
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillStyle = css('--fg');
    chart.getDatasetMeta(0).data.forEach((bar, i) => {
      const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
      ctx.fillText(data.bars[i]!.text, x + 6, y);
    });
    if (data.reference) {
      const x = scales.x!.getPixelForValue(data.reference.value);
      ctx.strokeStyle = css('--fg');
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.textBaseline = 'bottom';
      ctx.fillText(data.reference.label, x + 4, chartArea.top - 2);
    }
    ctx.restore();
  },
};

function draw(canvas: HTMLCanvasElement) {
  const data = JSON.parse(canvas.dataset.compare!) as CompareChartData;
  const max = Math.max(...data.bars.map((b) => b.valueMax ?? b.value), data.reference?.value ?? 0);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.bars.map((b) => b.label),
      datasets: [{
        data: data.bars.map((b) => (b.valueMax === null ? b.value : [b.value, b.valueMax])) as number[],
        backgroundColor: data.bars.map((b) => (b.relation ? RELATION_COLOUR[b.relation] : css('--muted'))),
        barPercentage: 0.75,
      }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      animation: false,
      layout: { padding: { right: 70, top: 18 } },
      scales: {
        x: { beginAtZero: true, suggestedMax: max * 1.1, ticks: { color: css('--muted'), callback: (v) => `${v}${data.unit}` }, grid: { color: css('--line') } },
        y: { ticks: { color: css('--fg'), autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => data.bars[item.dataIndex]!.text } },
        compare: data,
      } as never,
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (hit) location.href = data.bars[hit.index]!.url;
      },
      onHover: (event, elements) => {
        (event.native?.target as HTMLElement | undefined)?.style.setProperty('cursor', elements.length ? 'pointer' : 'default');
      },
    },
    plugins: [overlay],
  });
  canvas.dataset.drawn = '';
}

document.querySelectorAll<HTMLCanvasElement>('canvas[data-compare]').forEach(draw);
