/**
 * Downloading a chart as SVG or PNG, in the browser, with no network request: the chart's own <svg> is
 * cloned with its computed colours written in (CSS variables do not travel), framed with the title, the
 * legend and a caption naming the scenario, then saved as a file or drawn on a canvas for PNG.
 */
import type { LegendItem } from './series-styles';

export interface ChartExport {
  readonly title: string;
  /** Lines under the chart: the key sentence and the scenario. */
  readonly captions: readonly string[];
  readonly legend: readonly LegendItem[];
  readonly fileName: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAINTED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
];
const TITLE_HEIGHT = 36;
const LINE_HEIGHT = 18;
const CHAR_WIDTH = 7;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Copies each element's computed paint onto the clone as presentation attributes. */
function inlinePaint(source: SVGSVGElement, clone: SVGSVGElement): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const clones = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((node, index) => {
    const target = clones[index];
    if (!target) return;
    const style = getComputedStyle(node);
    for (const property of PAINTED) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    // An inline style (recharts writes `style="fill: var(--text)"` on labels) would win over the
    // attributes, and its variables mean nothing outside the page: write its resolved values instead.
    const inline = (target as SVGElement).style;
    for (let index = inline.length - 1; index >= 0; index -= 1) {
      const property = inline.item(index);
      inline.setProperty(property, style.getPropertyValue(property));
    }
  });
}

function wrap(text: string, width: number): string[] {
  const perLine = Math.max(20, Math.floor(width / CHAR_WIDTH));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart, framed as a standalone SVG document; returns its text and pixel size. */
export function buildChartSvg(
  surface: SVGSVGElement,
  options: ChartExport,
): { svg: string; width: number; height: number } {
  const box = surface.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const pageStyle = getComputedStyle(surface.closest('.card') ?? document.body);
  const ink = pageStyle.color;
  const paper = pageStyle.backgroundColor;
  const chart = surface.cloneNode(true) as SVGSVGElement;
  inlinePaint(surface, chart);
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(TITLE_HEIGHT));
  chart.setAttribute('width', String(Math.round(box.width)));
  chart.setAttribute('height', String(chartHeight));

  const legend = element('g', {});
  let x = 12;
  let y = TITLE_HEIGHT + chartHeight + 14;
  for (const item of options.legend) {
    const itemWidth = 40 + item.label.length * CHAR_WIDTH;
    if (x + itemWidth > width && x > 12) {
      x = 12;
      y += LINE_HEIGHT;
    }
    const sample = surface.ownerDocument.createElement('div');
    sample.style.color = item.swatch.kind === 'line' ? item.swatch.color : 'inherit';
    surface.parentElement?.append(sample);
    const color = getComputedStyle(sample).color;
    sample.remove();
    legend.append(
      item.swatch.kind === 'line'
        ? element('line', {
            x1: x,
            y1: y,
            x2: x + 26,
            y2: y,
            stroke: color,
            'stroke-width': item.strong ? 4 : 3,
            'stroke-dasharray': item.swatch.dash || 'none',
          })
        : element('rect', { x, y: y - 6, width: 26, height: 12, fill: item.swatch.fill }),
      element(
        'text',
        {
          x: x + 32,
          y: y + 4,
          fill: ink,
          'font-size': 12,
          'font-weight': item.strong ? 700 : 400,
          'font-family': 'system-ui, sans-serif',
        },
        item.label,
      ),
    );
    x += itemWidth;
  }

  const captionLines = options.captions.flatMap((caption) => wrap(caption, width - 24));
  const captionTop = y + LINE_HEIGHT + 6;
  const height = captionTop + captionLines.length * LINE_HEIGHT + 8;
  const root = element('svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}` });
  root.append(
    element('rect', { width, height, fill: paper }),
    element(
      'text',
      {
        x: 12,
        y: 24,
        fill: ink,
        'font-size': 16,
        'font-weight': 700,
        'font-family': 'system-ui, sans-serif',
      },
      options.title,
    ),
    chart,
    legend,
    ...captionLines.map((line, index) =>
      element(
        'text',
        {
          x: 12,
          y: captionTop + index * LINE_HEIGHT + 12,
          fill: ink,
          'font-size': 12,
          'font-family': 'system-ui, sans-serif',
        },
        line,
      ),
    ),
  );
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(surface: SVGSVGElement, options: ChartExport): void {
  const { svg } = buildChartSvg(surface, options);
  save(new Blob([svg], { type: 'image/svg+xml' }), `${options.fileName}.svg`);
}

/** Draws the framed SVG on a canvas at twice the size, for sharp pasting into documents. */
export async function downloadPng(surface: SVGSVGElement, options: ChartExport): Promise<void> {
  const { svg, width, height } = buildChartSvg(surface, options);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the chart as an image.');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('This browser cannot save the chart as PNG.');
    save(png, `${options.fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
