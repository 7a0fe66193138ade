/**
 * Prints performance figures for the calculator. It never passes or fails: it reports numbers to
 * compare between changes. Run `npm run bench` (builds first), or `npx tsx scripts/bench.ts [id…]`
 * to print only some sections (ids: bundle, engine, latency).
 *
 * Each section is a function returning tables; `SECTIONS` lists them in print order. To add one,
 * write `async function mySection(): Promise<Table[]>` and add it to `SECTIONS`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { duration, measureEngine } from './bench-engine';
import { measureInputToPaint } from './bench-latency';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');

// ─── Printing ────────────────────────────────────────────────────────────────────────────────────

interface Table {
  readonly title: string;
  /** The first column is a label (left-aligned); the others are figures (right-aligned). */
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly notes?: readonly string[];
}

interface Section {
  readonly id: string;
  readonly title: string;
  readonly run: () => Promise<Table[]>;
}

function printTable(table: Table): void {
  const widths = table.columns.map((column, index) =>
    Math.max(column.length, ...table.rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) =>
        index === 0 ? cell.padEnd(widths[index] ?? 0) : cell.padStart(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${table.title}`);
  if (table.rows.length > 0) {
    console.log(`  ${line(table.columns)}`);
    console.log(`  ${widths.map((width) => '─'.repeat(width)).join('  ')}`);
    for (const row of table.rows) console.log(`  ${line(row)}`);
  }
  for (const note of table.notes ?? []) console.log(`  ${note}`);
}

/** kB as Vite reports them (1 kB = 1,000 bytes), one decimal. */
function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

// ─── Section: bundle size ────────────────────────────────────────────────────────────────────────

interface Asset {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
}

function readAsset(path: string): Asset {
  const bytes = readFileSync(path);
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function sum(assets: readonly Asset[]): { raw: number; gzip: number } {
  return assets.reduce((total, asset) => ({ raw: total.raw + asset.raw, gzip: total.gzip + asset.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/** Local URLs in index.html: module scripts, modulepreload links and stylesheets. */
function entryUrls(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1];
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue;
    if (/^<script/i.test(tag) && /type="module"/i.test(tag)) scripts.push(url);
    else if (/rel="modulepreload"/i.test(tag)) scripts.push(url);
    else if (/rel="stylesheet"/i.test(tag)) styles.push(url);
  }
  return { scripts, styles };
}

/**
 * Relative specifiers of a built chunk's static imports (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`). Dynamic `import("./x.js")` is not followed: it loads later, on demand.
 */
function staticImports(code: string): string[] {
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1] as string);
}

/** The entry scripts and preloads in dist/index.html and every chunk they import statically. */
function firstViewScripts(html: string): string[] {
  const queue = entryUrls(html).scripts.map((url) => join(DIST, url.replace(/^\//, '')));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const specifier of staticImports(readFileSync(path, 'utf8'))) {
      queue.push(join(dirname(path), specifier));
    }
  }
  return [...seen];
}

function filesIn(directory: string, extension: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(directory, name));
}

async function bundleSize(): Promise<Table[]> {
  let html: string;
  try {
    html = readFileSync(join(DIST, 'index.html'), 'utf8');
  } catch {
    return [{ title: 'Bundle size', columns: [], rows: [], notes: ['dist/ not found: run npm run build.'] }];
  }
  const assetsDir = join(DIST, 'assets');
  const firstViewJs = firstViewScripts(html).map(readAsset);
  const allJs = filesIn(assetsDir, '.js').map(readAsset);
  const firstViewCss = entryUrls(html).styles.map((url) => readAsset(join(DIST, url.replace(/^\//, ''))));
  const allCss = filesIn(assetsDir, '.css').map(readAsset);
  const firstViewPaths = new Set(firstViewJs.map((asset) => asset.path));

  const row = (label: string, assets: readonly Asset[]) => {
    const total = sum(assets);
    return [label, String(assets.length), kilobytes(total.raw), kilobytes(total.gzip)];
  };
  const columns = ['', 'files', 'raw kB', 'gzip kB'];
  return [
    {
      title: 'Bundle size (gzip level 9; 1 kB = 1,000 bytes)',
      columns,
      rows: [
        row('JS for the first view', firstViewJs),
        row('JS, all chunks', allJs),
        row('CSS for the first view', firstViewCss),
        row('CSS, all files', allCss),
      ],
      notes: [
        'First view: the entry script and modulepreload links in dist/index.html, and their static imports.',
      ],
    },
    {
      title: 'Files in dist/assets, largest first',
      columns: ['', 'raw kB', 'gzip kB'],
      rows: [...allJs, ...allCss]
        .sort((a, b) => b.gzip - a.gzip)
        .map((asset) => [
          `${posix.normalize(relative(DIST, asset.path))}${firstViewPaths.has(asset.path) ? ' (first view)' : ''}`,
          kilobytes(asset.raw),
          kilobytes(asset.gzip),
        ]),
    },
  ];
}

// ─── Section: cost engine ────────────────────────────────────────────────────────────────────────

/** The engine's speed in Node; see scripts/bench-engine.ts. */
async function costEngine(): Promise<Table[]> {
  return measureEngine();
}

// ─── Section: input-to-paint latency ─────────────────────────────────────────────────────────────

/** Slider steps with every route (comparison group included) costed in the table; see scripts/bench-latency.ts. */
async function inputToPaintLatency(): Promise<Table[]> {
  const results = await measureInputToPaint();
  return [
    {
      title: 'Input-to-paint latency of "Requests per month" slider steps (Chromium, Event Timing)',
      columns: ['CPU', 'routes', 'rows on page', 'p50', 'p95', 'max', 'steps over 16 ms'],
      rows: results.map((row) => [
        row.label,
        String(row.routes),
        String(row.rows),
        duration(row.p50),
        duration(row.p95),
        duration(row.max),
        `${row.interactions} of 40`,
      ]),
      notes: ['Event Timing reports durations in 8 ms steps; steps under 16 ms are counted as 16 ms.'],
    },
  ];
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────────

const SECTIONS: readonly Section[] = [
  { id: 'bundle', title: 'Bundle size', run: bundleSize },
  { id: 'engine', title: 'Cost engine', run: costEngine },
  { id: 'latency', title: 'Input-to-paint latency', run: inputToPaintLatency },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const cpu = cpus();
  console.log(
    `Benchmark: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${new Date().toISOString()}`,
  );
  for (const section of SECTIONS) {
    if (wanted.length > 0 && !wanted.includes(section.id)) continue;
    try {
      for (const table of await section.run()) printTable(table);
    } catch (error) {
      console.log(`\n${section.title}: could not be measured: ${(error as Error).message}`);
    }
  }
}

await main();
