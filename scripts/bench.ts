/**
 * Prints performance figures for the calculator. It never passes or fails: it reports numbers to
 * compare between changes. Run `npm run bench` (builds dist/ and dist-bench/ first), or
 * `npx tsx scripts/bench.ts [id…]` to print only some sections (ids: bundle, engine, first-view,
 * input, profile, summary; `latency` is an alias of `input`).
 *
 * The browser sections (first-view, input, profile, summary) share one headless Chromium and one
 * static server on 127.0.0.1:BENCH_PORT (default 4500; scripts/bench-server.ts), with requests to
 * other hosts blocked. Figures on a busy machine are noisy: compare within one run.
 *
 * Each section is a function returning tables; `SECTIONS` lists them in print order. To add one,
 * write `async function mySection(): Promise<Table[]>` and add it to `SECTIONS`.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, posix, relative } from 'node:path';
import { benchBrowser, closeBenchBrowser, median, ms, spread } from './bench-browser';
import {
  type Asset,
  entryUrls,
  filesIn,
  firstViewScripts,
  inlineStyles,
  kilobytes,
  readAsset,
  sum,
  textAsset,
} from './bench-bundle';
import { measureEngine } from './bench-engine';
import { measureFirstPaintWork, medianBusy, medianPhase, PHASES } from './bench-first-paint-work';
import {
  type FirstViewResult,
  lazyChunks,
  measureFirstView,
  medianOf,
  type PageRun,
  scriptBytes,
} from './bench-first-view';
import {
  BENCH_ROUTES,
  FAST_GAP_MS,
  type InputResult,
  measureInput,
  type StepRun,
  stepPercentiles,
} from './bench-latency';
import { measureProfile } from './bench-profile';
import { DIST } from './bench-server';

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

// ─── Section: bundle size ────────────────────────────────────────────────────────────────────────

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
  const inlineCss = inlineStyles(html).map((text) => textAsset('index.html <style>', text));
  const firstViewCss = [
    ...entryUrls(html).styles.map((url) => readAsset(join(DIST, url.replace(/^\//, '')))),
    ...inlineCss,
  ];
  const cssFiles = filesIn(assetsDir, '.css').map(readAsset);
  const allCss = [...cssFiles, ...inlineCss];
  const indexHtml = readAsset(join(DIST, 'index.html'));
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
        row('index.html (prerendered page and its CSS)', [indexHtml]),
      ],
      notes: [
        'First view: the entry script and modulepreload links in dist/index.html, and their static imports.',
        'CSS: linked stylesheets and the <style> written into index.html (counted inside index.html too).',
      ],
    },
    {
      title: 'Files in dist/assets, largest first',
      columns: ['', 'raw kB', 'gzip kB'],
      rows: [...allJs, ...cssFiles]
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

// ─── Section: first view ─────────────────────────────────────────────────────────────────────────

function ratio(ours: number, bare: number): string {
  return Number.isFinite(ours) && Number.isFinite(bare) && bare > 0 ? `${(ours / bare).toFixed(2)}×` : '—';
}

/** "12.3 kB (10.1–14.0)": the median of a byte count over runs, and its range. */
function kilobyteSpread(values: readonly number[]): string {
  if (values.length === 0) return '—';
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high
    ? kilobytes(low)
    : `${kilobytes(median(values))} (${kilobytes(low)}–${kilobytes(high)})`;
}

/** Our page, our first screen as static HTML and the bare page side by side; see scripts/bench-first-view.ts. */
async function firstView(): Promise<Table[]> {
  const result = await measureFirstView();
  const [bare, staticCopy, ours] = result.pages;
  if (!bare || !staticCopy || !ours) return [];
  const figures = [
    { label: 'first paint', of: (run: PageRun) => run.firstPaint },
    { label: 'first contentful paint', of: (run: PageRun) => run.firstContentfulPaint },
    { label: '"Monthly cost" on screen', of: (run: PageRun) => run.figure },
  ];
  const runs = ours.runs.length;
  const sources = [...new Set(result.pages.flatMap((page) => page.runs.map((run) => run.figureSource)))].join(
    ', ',
  );
  const js = (paths: (run: PageRun) => readonly string[]) => {
    const bytes = ours.runs.map((run) => scriptBytes(result, paths(run)));
    return {
      files: ours.runs.map((run) => new Set(paths(run)).size),
      raw: bytes.map((value) => value.raw),
      gzip: bytes.map((value) => value.gzip),
    };
  };
  const before = js((run) => run.scriptsBefore);
  const all = js((run) => run.scriptsAll);
  const lazyBefore = ours.runs.map((run) => lazyChunks(result, run.scriptsBefore));
  const lazyNames = [...new Set(lazyBefore.flat())].sort();
  const staticFirstView = sum([...result.firstViewFiles].map(readAsset));
  const work = await measureFirstPaintWork();
  return [
    {
      title: `First view: ours, our first screen as static HTML, and a bare static page (1280×900, 1× CPU, fresh cache; median (min–max) of ${runs} runs each)`,
      columns: [
        '',
        'bare static page',
        'our first screen, static',
        'ours (/)',
        'ours / bare',
        'ours / static',
      ],
      rows: figures.map(({ label, of }) => [
        label,
        spread(bare.runs.map(of)),
        spread(staticCopy.runs.map(of)),
        spread(ours.runs.map(of)),
        ratio(medianOf(ours, of), medianOf(bare, of)),
        ratio(medianOf(ours, of), medianOf(staticCopy, of)),
      ]),
      notes: [
        'Goal (issue 16): "Monthly cost" on screen and first paint within 1.2× the bare page.',
        `"Monthly cost" on screen: the heading and its $ figure painted inside the viewport (read by ${sources}).`,
        'The bare page is scripts/bench-page/bare.html: the heading and a figure in plain HTML, no JS.',
        'Our first screen, static: dist/index.html with every script removed (same markup, same inline CSS);',
        '  "ours / static" is what our JavaScript adds to the first view.',
      ],
    },
    {
      title: `First view: work before the first contentful paint (Chrome trace, ms, median of ${work[0]?.runs.length ?? 0} traced loads each)`,
      columns: ['', ...work.map((page) => page.label)],
      rows: [
        ...PHASES.map((phase, index) => [phase.label, ...work.map((page) => ms(medianPhase(page, index)))]),
        ['busy in all (each moment once)', ...work.map((page) => ms(medianBusy(page)))],
      ],
      notes: [
        'Tracing slows a load down: compare the pages with each other, not with the timed runs above.',
        'A phase can run inside another (a layout forced while parsing): the last row counts each moment once.',
        'Raster is software raster here (headless, no GPU); it grows with the text and boxes on screen.',
      ],
    },
    {
      title:
        'First view: JS our page requested (Resource Timing, sizes of the dist/ files; median (min–max))',
      columns: ['', 'files', 'raw kB', 'gzip kB'],
      rows: [
        [
          'before "Monthly cost" was on screen',
          spreadCount(before.files),
          kilobyteSpread(before.raw),
          kilobyteSpread(before.gzip),
        ],
        [
          'in all, once the page settled',
          spreadCount(all.files),
          kilobyteSpread(all.raw),
          kilobyteSpread(all.gzip),
        ],
        [
          'static: index.html entry + modulepreloads',
          String(result.firstViewFiles.size),
          kilobytes(staticFirstView.raw),
          kilobytes(staticFirstView.gzip),
        ],
      ],
      notes: [
        `Lazy chunks requested before the figure: ${spreadCount(lazyBefore.map((names) => names.length))} per run${lazyNames.length > 0 ? ` (${lazyNames.join(', ')})` : ''}. Goal: 0.`,
        'Goal: first-view JS ≤ 100 kB gzip. "Settled": no request started for 1.5 s, without scrolling.',
      ],
    },
  ];
}

function spreadCount(values: readonly number[]): string {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? String(low) : `${median(values)} (${low}–${high})`;
}

// ─── Section: input (keyboard steps, drag, URL writes) ───────────────────────────────────────────

function stepLabel(run: StepRun): string {
  const pacing = run.pacing === 'fast' ? `${FAST_GAP_MS} ms apart` : '200–300 ms apart';
  return `${run.page === 'bare' ? 'bare page' : 'ours'}, ${run.steps} steps ${pacing}`;
}

function gap(value: number): string {
  return Number.isFinite(value) ? ms(value) : '—';
}

/** Slider steps and a drag with ~300 routes and every chart on screen; see scripts/bench-latency.ts. */
async function input(): Promise<Table[]> {
  const result = await measureInput();
  const { page } = result;
  const urlRow = (label: string, run: { url: InputResult['drags'][number]['url'] }) => [
    label,
    String(run.url.count),
    gap(run.url.shortestGap),
    gap(run.url.settleGap),
    String(run.url.afterLastInput),
    Number.isFinite(run.url.lastWriteDelay) ? `+${ms(run.url.lastWriteDelay)}` : 'never',
  ];
  return [
    {
      title: `Keyboard steps on "Requests per month" (Event Timing, input to next paint)`,
      columns: ['', 'CPU', 'p50', 'p95', 'max', 'reported', 'long tasks', 'longest', 'blocking'],
      rows: result.steps.map((run) => {
        const { p50, p95, max } = stepPercentiles(run);
        return [
          stepLabel(run),
          `${run.cpu}×`,
          ms(p50),
          ms(p95),
          ms(max),
          `${run.reported} of ${run.steps}`,
          String(run.longTasks.count),
          ms(run.longTasks.longest),
          ms(run.longTasks.blocking),
        ];
      }),
      notes: [
        `Ours: the benchmark page (dist-bench/) with a ${BENCH_ROUTES}-route sheet: ${page.routes}`,
        `  ${page.rows} table rows on the page, ${page.charts} charts drawn, viewport ${page.viewport} (all on screen).`,
        'Goal: p95 ≤ 50 ms at 4× CPU. Steps Event Timing did not report took under 16 ms and count as 16 ms;',
        'durations come in 8 ms steps. Long tasks and blocking (Σ duration − 50 ms): first step to 2 s after the last.',
      ],
    },
    {
      title: `Mouse drag of "Requests per month": ${result.drags[0]?.moves ?? 40} moves, one per 16 ms at most, 4× CPU`,
      columns: ['', 'long tasks', 'longest', 'blocking'],
      rows: (['all on screen', 'charts out of view'] as const).flatMap((view) => {
        const runs = result.drags.filter((run) => run.view === view);
        return [
          ...runs.map((run) => [
            `${view}, drag ${result.drags.indexOf(run) + 1}`,
            String(run.longTasks.count),
            ms(run.longTasks.longest),
            ms(run.longTasks.blocking),
          ]),
          [
            `${view}, median`,
            String(median(runs.map((run) => run.longTasks.count))),
            ms(median(runs.map((run) => run.longTasks.longest))),
            ms(median(runs.map((run) => run.longTasks.blocking))),
          ],
        ];
      }),
      notes: [
        'Goal: no long task over 100 ms and at most 300 ms blocking in all (first move to 2 s after release).',
        '"All on screen": the viewport above. "Charts out of view": the same page with its charts drawn, in a',
        '1280×800 window scrolled back to the slider at the top.',
      ],
    },
    {
      title: 'URL writes (history.replaceState / pushState) during the input above',
      columns: [
        '',
        'writes',
        'shortest gap during input',
        'gap to the write after',
        'writes after last input',
        'last write, after last input',
      ],
      rows: [
        ...result.steps
          .filter((run) => run.page === 'ours')
          .map((run) => urlRow(`${stepLabel(run)}, ${run.cpu}×`, run)),
        ...result.drags.map((run, index) => urlRow(`drag ${index + 1} (${run.view}), ${run.cpu}×`, run)),
      ],
      notes: [
        'Goal: at most one write every 250 ms, and one when input settles. "During input": from the first input',
        'to the last; "the write after": the gap from the last write during input to the first one after it.',
      ],
    },
  ];
}

// ─── Section: CPU profile ────────────────────────────────────────────────────────────────────────

/** Where 30 keyboard steps at 4× spend their time; see scripts/bench-profile.ts. */
async function profile(): Promise<Table[]> {
  const result = await measureProfile();
  const percent = (value: number) => `${value.toFixed(1)} %`;
  return [
    {
      title: `CPU profile of 30 keyboard steps at 4× CPU (${BENCH_ROUTES} routes, charts on screen): top functions by self time`,
      columns: ['', 'group', 'file', 'self', 'share'],
      rows: result.top.map((entry) => [
        entry.name,
        entry.group,
        entry.file,
        ms(entry.selfMs),
        percent(entry.percent),
      ]),
      notes: [
        `Busy time ${ms(result.totalMs)} (idle ${ms(result.idleMs)} left out of the shares).`,
        result.mapped
          ? 'Names and files through dist-bench source maps. (program): browser work outside JS (style, layout, paint).'
          : 'dist-bench has no source maps: build it with `vite build --mode bench --sourcemap` for names and files.',
      ],
    },
    {
      title: 'CPU profile by group (self time)',
      columns: ['', 'self', 'share'],
      rows: result.groups
        .slice(0, 14)
        .map((group) => [group.group, ms(group.selfMs), percent(group.percent)]),
    },
  ];
}

// ─── Section: summary ────────────────────────────────────────────────────────────────────────────

/** The table of issue 16, from the first-view and input sections' measurements (one run). */
async function summary(): Promise<Table[]> {
  const first: FirstViewResult = await measureFirstView();
  const inputs = await measureInput();
  const p95 = (page: StepRun['page'], cpu: number) => {
    const run = inputs.steps.find((step) => step.page === page && step.cpu === cpu && step.pacing === 'fast');
    return run ? Math.round(stepPercentiles(run).p95) : Number.NaN;
  };
  const steps = (page: StepRun['page']) => `${p95(page, 1)} / ${p95(page, 4)} ms`;
  const fast = inputs.steps.find((step) => step.pacing === 'fast');
  const fastSteps = fast ? `${fast.steps} steps ${FAST_GAP_MS} ms apart` : 'not measured';
  const [bare, staticCopy, ours] = first.pages;
  const row = (page: FirstViewResult['pages'][number] | undefined, js: string, keyboard: string) =>
    page
      ? [
          page.label,
          ms(medianOf(page, (run) => run.firstPaint)),
          ms(medianOf(page, (run) => run.figure)),
          js,
          keyboard,
        ]
      : ['—'];
  const gzip = (paths: (run: PageRun) => readonly string[]) =>
    kilobytes(median(ours?.runs.map((run) => scriptBytes(first, paths(run)).gzip) ?? []));
  return [
    {
      title: 'Summary (issue 16): medians of the sections above, one run',
      columns: ['page', 'first paint', '"Monthly cost" on screen', 'JS', 'keyboard step p95, 1× / 4× CPU'],
      rows: [
        row(bare, '0', steps('bare')),
        row(staticCopy, '0', 'not measured'),
        row(
          ours,
          `${gzip((run) => run.scriptsBefore)} kB gz before the bill, ${gzip((run) => run.scriptsAll)} kB in all`,
          steps('ours'),
        ),
      ],
      notes: [
        "llm-prices (vanilla JS), the issue's third row, is not available offline: not measured.",
        `Keyboard steps: ${fastSteps}, the bare page's native slider and ours on the ${BENCH_ROUTES}-route benchmark page`,
        '  with the table and all charts on screen (see "Keyboard steps" above).',
      ],
    },
  ];
}

// ─── Run ─────────────────────────────────────────────────────────────────────────────────────────

const SECTIONS: readonly Section[] = [
  { id: 'bundle', title: 'Bundle size', run: bundleSize },
  { id: 'engine', title: 'Cost engine', run: costEngine },
  { id: 'first-view', title: 'First view', run: firstView },
  { id: 'input', title: 'Input latency', run: input },
  { id: 'profile', title: 'CPU profile', run: profile },
  { id: 'summary', title: 'Summary', run: summary },
];
const ALIASES: Readonly<Record<string, string>> = { latency: 'input' };

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).map((id) => ALIASES[id] ?? id);
  const cpu = cpus();
  console.log(
    `Benchmark: Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${new Date().toISOString()}`,
  );
  try {
    for (const section of SECTIONS) {
      if (wanted.length > 0 && !wanted.includes(section.id)) continue;
      const began = Date.now();
      try {
        for (const table of await section.run()) printTable(table);
        console.log(`  (${section.title}: ${((Date.now() - began) / 1000).toFixed(0)} s)`);
      } catch (error) {
        console.log(`\n${section.title}: could not be measured: ${(error as Error).message}`);
      }
    }
    const bench =
      wanted.some((id) => ['first-view', 'input', 'profile', 'summary'].includes(id)) || wanted.length === 0;
    if (bench) {
      const { foreignRequests, pageProblems } = await benchBrowser();
      console.log(
        `\nRequests to other hosts (all blocked): ${foreignRequests.length === 0 ? 'none' : foreignRequests.join(', ')}`,
      );
      const problems = [...new Set(pageProblems)];
      console.log(`Page errors, console errors and failed requests: ${problems.length === 0 ? 'none' : ''}`);
      for (const problem of problems.slice(0, 10)) console.log(`  ${problem}`);
      if (problems.length > 10) console.log(`  … and ${problems.length - 10} more`);
    }
  } finally {
    await closeBenchBrowser();
  }
}

await main();
