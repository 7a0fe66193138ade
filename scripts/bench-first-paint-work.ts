/**
 * Where the time before the first contentful paint goes, for each first-view page (the bare page, our
 * first screen as static HTML, ours): each page is loaded TRACE_RUNS times in a fresh context at
 * 1280×900 with Chrome's tracing on, after one discarded warm-up, and the durations of the renderer's
 * work that began before the page's `firstContentfulPaint` are summed per phase. Tracing slows a page
 * down, so these loads are separate from the timed ones in bench-first-view.ts; read them as shares.
 */
import { benchBrowser, median, type TraceEvent } from './bench-browser';
import { FIRST_VIEW_PAGES } from './bench-first-view';

const TRACE_RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 5);
const VIEWPORT = { width: 1280, height: 900 };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'loading'];

/** The trace events summed into each phase. Inline scripts run inside "parse HTML". */
export const PHASES = [
  { label: 'parse HTML (and inline scripts)', events: ['ParseHTML'] },
  { label: 'scripts outside the parse', events: ['EvaluateScript', 'v8.compileModule', 'v8.evaluateModule'] },
  { label: 'style', events: ['UpdateLayoutTree'] },
  { label: 'layout', events: ['Layout'] },
  { label: 'paint (record, pre-paint, layers)', events: ['Paint', 'PrePaint', 'Layerize'] },
  { label: 'raster', events: ['RasterTask'] },
] as const;

export interface FirstPaintWork {
  readonly label: string;
  readonly runs: readonly WorkBeforeFirstPaint[];
}

export interface WorkBeforeFirstPaint {
  /** Milliseconds per phase, in PHASES order. A phase can run inside another (a forced layout in a parse). */
  readonly phases: readonly number[];
  /** Milliseconds any thread of the page's renderer spent in those events, each moment counted once. */
  readonly busy: number;
}

/** The work of the events that began before the first contentful paint, in the page's renderer. */
export function workBeforeFirstPaint(events: readonly TraceEvent[]): WorkBeforeFirstPaint | null {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) return null;
  const names = new Set<string>(PHASES.flatMap((phase) => phase.events));
  const counted = events.filter(
    (event) =>
      event.ph === 'X' &&
      event.dur !== undefined &&
      event.ts <= paint.ts &&
      event.pid === paint.pid &&
      names.has(event.name),
  );
  return {
    phases: PHASES.map(({ events: phase }) =>
      busyMs(counted.filter((event) => (phase as readonly string[]).includes(event.name))),
    ),
    busy: busyMs(counted),
  };
}

/** Milliseconds covered by the events, per thread, with overlapping (nested) events counted once. */
function busyMs(events: readonly TraceEvent[]): number {
  let total = 0;
  const threads = new Map<number, TraceEvent[]>();
  for (const event of events) threads.set(event.tid, [...(threads.get(event.tid) ?? []), event]);
  for (const thread of threads.values()) {
    let end = Number.NEGATIVE_INFINITY;
    for (const event of [...thread].sort((a, b) => a.ts - b.ts)) {
      const eventEnd = event.ts + (event.dur ?? 0);
      total += Math.max(0, eventEnd - Math.max(event.ts, end));
      end = Math.max(end, eventEnd);
    }
  }
  return total / 1000;
}

async function tracePage(path: string): Promise<WorkBeforeFirstPaint | null> {
  const bench = await benchBrowser();
  const { context, page } = await bench.newPage(VIEWPORT);
  try {
    const events = await bench.trace(page, CATEGORIES, async () => {
      await page.goto(`${bench.origin}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
    });
    return workBeforeFirstPaint(events);
  } finally {
    await context.close();
  }
}

export async function measureFirstPaintWork(): Promise<FirstPaintWork[]> {
  const runs = new Map<string, WorkBeforeFirstPaint[]>(FIRST_VIEW_PAGES.map((page) => [page.label, []]));
  for (const page of FIRST_VIEW_PAGES) await tracePage(page.path); // warm-up, discarded
  for (let run = 0; run < TRACE_RUNS; run += 1) {
    for (const page of FIRST_VIEW_PAGES) {
      const work = await tracePage(page.path);
      if (work) runs.get(page.label)?.push(work);
    }
  }
  return FIRST_VIEW_PAGES.map((page) => ({ label: page.label, runs: runs.get(page.label) ?? [] }));
}

/** The median over a page's runs of one phase (an index into PHASES). */
export function medianPhase(work: FirstPaintWork, phase: number): number {
  return median(work.runs.map((run) => run.phases[phase] ?? 0));
}

/** The median over a page's runs of its renderer's busy time before the first contentful paint. */
export function medianBusy(work: FirstPaintWork): number {
  return median(work.runs.map((run) => run.busy));
}
