/**
 * Chart.js, with only the parts the stats page draws registered (tree-shaken). The stats page loads
 * this module with a dynamic import, so no other page carries the library.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
} from 'chart.js';

Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
Chart.defaults.font.size = 13;
Chart.defaults.color = '#4a5360';
Chart.defaults.borderColor = '#d5dae0';
Chart.defaults.animation = false;

/** Writes each line's name at its last point, nudged apart so that names never overlap. */
export const lineEndLabels: Plugin<'line'> = {
  id: 'lineEndLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    const labels: { text: string; x: number; y: number; colour: string }[] = [];
    chart.data.datasets.forEach((dataset, index) => {
      const meta = chart.getDatasetMeta(index);
      if (meta.hidden || !dataset.label || (dataset as { endLabel?: boolean }).endLabel === false) return;
      const last = [...meta.data].reverse().find((point) => !(point as unknown as { skip?: boolean }).skip);
      if (!last) return;
      labels.push({ text: dataset.label, x: last.x + 8, y: last.y, colour: String(dataset.borderColor ?? '#000') });
    });
    labels.sort((a, b) => a.y - b.y);
    const gap = 14;
    for (let i = 1; i < labels.length; i++) {
      if (labels[i]!.y - labels[i - 1]!.y < gap) labels[i]!.y = labels[i - 1]!.y + gap;
    }
    // lines that end together near the bottom push their names below the chart: move them up into it
    const { top, bottom } = chart.chartArea;
    const overflow = (labels.at(-1)?.y ?? 0) - bottom;
    if (overflow > 0) for (const label of labels) label.y = Math.max(top, label.y - overflow);
    ctx.save();
    ctx.font = `700 12px ${Chart.defaults.font.family}`;
    ctx.textBaseline = 'middle';
    for (const label of labels) {
      ctx.lineWidth = 4;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(label.text, label.x, label.y);
      ctx.fillStyle = '#1b1f24';
      ctx.fillText(label.text, label.x, label.y);
    }
    ctx.restore();
  },
};

export { Chart };
