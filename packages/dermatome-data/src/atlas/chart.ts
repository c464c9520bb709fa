import { CONTESTED_AREAS } from '../maps/contested.js';
import { drawnNerveName, drawViews } from '../maps/drawing.js';
import { escapeXml, renderMapSvg } from '../maps/render.js';
import { nerveStyle, patternTile, zoneStyle } from '../maps/style.js';
import type { NerveHighlight, RootHighlight } from '../maps/types.js';
import { ZONE_ROOT_IDS, type ContestedId, type MapLayer, type NerveId, type SideChoice, type ViewId } from '../types.js';

/**
 * One view of the atlas as a complete chart: the figure with every area coloured, patterned and
 * labelled, its legend, a title and the sources, in one standalone SVG document (what the atlas
 * downloads as SVG or PNG, and prints one per A4 page). Light enough for the browser.
 */

export interface AtlasChartOptions {
  view: ViewId;
  layer: MapLayer;
  side?: SideChoice;
  keyPoints?: boolean;
  landmarks?: boolean;
  /** Areas drawn strongly (the selection or a comparison); the rest stay coloured. */
  highlight?: RootHighlight[];
  highlightNerves?: NerveHighlight[];
  /** Heading of the chart; default: the view's name. */
  title?: string;
  /** Source labels printed under the chart. */
  sources?: string[];
}

export interface ChartLegendRow {
  kind: 'root' | 'nerve' | 'contested' | 'outline' | 'key-point' | 'sides';
  /** Swatch colour and pattern (root and nerve rows). */
  fill?: string;
  pattern?: ReturnType<typeof zoneStyle>['pattern'];
  label?: string;
  text: string;
}

/** The legend of a whole view: every root and nerve drawn on it, and what the marks mean. */
export function atlasChartLegend(options: Pick<AtlasChartOptions, 'view' | 'layer' | 'keyPoints'>): ChartLegendRow[] {
  const map = drawViews[options.view];
  const rows: ChartLegendRow[] = [];
  if (options.layer !== 'nerves') {
    const drawn = new Set(map.zones.map((z) => z.root));
    const roots = ZONE_ROOT_IDS.filter((root) => drawn.has(root));
    for (const root of roots) {
      const style = zoneStyle(root);
      rows.push({ kind: 'root', fill: style.fill, pattern: style.pattern, label: style.label, text: `${root} dermatome` });
    }
    for (const id of new Set(map.contested.map((c) => c.id)) as Set<ContestedId>)
      rows.push({ kind: 'contested', text: `Contested: ${CONTESTED_AREAS[id].caption}` });
  }
  if (options.layer === 'nerves') {
    const nerves = [...new Set(map.nerves.map((t) => t.nerve))] as NerveId[];
    for (const nerve of nerves) {
      const style = nerveStyle(nerve);
      rows.push({ kind: 'nerve', fill: style.fill, pattern: style.pattern, label: style.label, text: drawnNerveName(nerve) });
    }
  }
  if (options.layer === 'both')
    rows.push({ kind: 'outline', text: 'Dashed outlines: the peripheral-nerve territories over the dermatomes' });
  if (options.keyPoints) rows.push({ kind: 'key-point', text: 'Dot: an ISNCSCI key sensory point' });
  rows.push({ kind: 'sides', text: 'R and L: the patient’s right and left' });
  return rows;
}

/** Splits text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const CHART_WIDTH = 1000;
const MAP_X = 20;
const LEGEND_X = 650;

function swatch(x: number, y: number, row: ChartLegendRow, id: string): { defs: string; body: string } {
  const frame = `<rect x="${x}" y="${y}" width="24" height="24" fill="none" stroke="#333" stroke-width="1"/>`;
  if ((row.kind === 'root' || row.kind === 'nerve') && row.fill && row.pattern) {
    const defs = `<pattern id="${id}" width="12" height="12" patternUnits="userSpaceOnUse"><rect width="12" height="12" fill="${row.fill}"/>${patternTile(row.pattern)}</pattern>`;
    return { defs, body: `<rect x="${x}" y="${y}" width="24" height="24" fill="url(#${id})"/>${frame}` };
  }
  if (row.kind === 'contested')
    return {
      defs: '',
      body: `<rect x="${x}" y="${y}" width="24" height="24" fill="#FFF"/><path d="M${x} ${y}L${x + 24} ${y + 24}M${x + 24} ${y}L${x} ${y + 24}" stroke="#000" stroke-opacity="0.6" stroke-width="1.4"/><rect x="${x + 1}" y="${y + 1}" width="22" height="22" fill="none" stroke="#000" stroke-dasharray="4 3"/>`,
    };
  if (row.kind === 'outline')
    return {
      defs: '',
      body: `<rect x="${x + 2}" y="${y + 2}" width="20" height="20" fill="none" stroke="#222" stroke-width="1.6" stroke-dasharray="4 4"/>`,
    };
  if (row.kind === 'key-point')
    return { defs: '', body: `<circle cx="${x + 12}" cy="${y + 12}" r="6.5" fill="#111" stroke="#FFF" stroke-width="2.5"/>` };
  return {
    defs: '',
    body: `<text x="${x + 12}" y="${y + 13}" font-size="18" font-weight="800" font-family="${FONT}" text-anchor="middle" dominant-baseline="central">R L</text>`,
  };
}

/** The whole chart as a standalone SVG document. */
export function renderAtlasChartSvg(options: AtlasChartOptions): string {
  const map = drawViews[options.view];
  if (!map) throw new Error(`Unknown view: ${String(options.view)}`);
  const title = options.title ?? map.name;
  const titleLines = wrapText(title, 58);
  const subtitleY = 40 + titleLines.length * 34;
  const TOP = subtitleY + 24;
  const figure = renderMapSvg(options.view, {
    layer: options.layer,
    side: options.side,
    colourAll: true,
    showLabels: true,
    showKeyPoints: Boolean(options.keyPoints),
    showLandmarks: options.landmarks !== false,
    highlight: options.highlight,
    highlightNerves: options.highlightNerves,
    idPrefix: `chart-${options.view}`,
  }).replace(/^<svg /, `<svg x="${MAP_X}" y="${TOP}" `);

  const defs: string[] = [];
  const legend: string[] = [];
  let y = TOP;
  const layerTitle =
    options.layer === 'dermatomes'
      ? 'Dermatomes'
      : options.layer === 'nerves'
        ? 'Peripheral nerves'
        : 'Dermatomes and peripheral nerves';
  legend.push(`<text x="${LEGEND_X}" y="${y + 10}" font-size="20" font-weight="700">Legend: ${escapeXml(layerTitle)}</text>`);
  y += 34;
  atlasChartLegend(options).forEach((row, index) => {
    const mark = swatch(LEGEND_X, y, row, `chart-${options.view}-legend-${index}`);
    if (mark.defs) defs.push(mark.defs);
    legend.push(mark.body);
    const text = row.label && row.kind !== 'root' ? `${row.label}: ${row.text}` : row.text;
    const lines = wrapText(text, 34);
    lines.forEach((line, i) => {
      legend.push(
        `<text x="${LEGEND_X + 34}" y="${y + 12 + i * 20}" font-size="16" dominant-baseline="central">${escapeXml(line)}</text>`,
      );
    });
    y += Math.max(30, lines.length * 20 + 10);
  });

  const bodyBottom = Math.max(TOP + map.height, y) + 24;
  const sourceLines = options.sources?.length ? wrapText(`Sources: ${options.sources.join('; ')}.`, 120) : [];
  const footer = [
    ...sourceLines.map(
      (line, i) => `<text x="${MAP_X}" y="${bodyBottom + i * 18}" font-size="14" fill="#333">${escapeXml(line)}</text>`,
    ),
    `<text x="${MAP_X}" y="${bodyBottom + sourceLines.length * 18 + 8}" font-size="14" fill="#333">Dermatome Trainer atlas. Dermatomes and territories vary between people and overlap at their edges.</text>`,
  ];
  const height = bodyBottom + sourceLines.length * 18 + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${escapeXml(title)}" font-family="${FONT}" fill="#111">`,
    `<rect width="${CHART_WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    `<defs>${defs.join('')}</defs>`,
    ...titleLines.map(
      (line, i) => `<text x="${MAP_X}" y="${40 + i * 34}" font-size="28" font-weight="700">${escapeXml(line)}</text>`,
    ),
    `<text x="${MAP_X}" y="${subtitleY}" font-size="17" fill="#333">${escapeXml(layerTitle)}${options.side && options.side !== 'both' ? `, the patient’s ${options.side} side` : ''}</text>`,
    figure,
    ...legend,
    ...footer,
    '</svg>',
  ].join('');
}
