/**
 * How the page answers input with about 300 routes and everything on screen: the benchmark build
 * (dist-bench/, `vite build --mode bench`: the full app over a rate sheet of `?rows=N` routes, with the
 * URL writer of src/main.tsx) at 1280 px wide and tall enough that the comparison table's page and all
 * five charts are in the viewport (at least 1280×4000). The bare static page's native slider is the
 * baseline for keyboard steps.
 *
 * Scenarios, each on the "Requests per month" slider:
 * - keyboard steps, fast (one every FAST_GAP_MS) and paced like a person (every 200–300 ms, seeded),
 *   half ArrowRight then half ArrowLeft, so every step is a new value; at 1× and 4× CPU
 *   (Emulation.setCPUThrottlingRate). A step's latency is its Event Timing duration (key press to the
 *   next paint, keydown and keyup of one interaction counted as the longer), in 8 ms steps; steps
 *   under the 16 ms reporting threshold count as 16 ms (an upper bound);
 * - a 40-move mouse drag of the thumb (one move every 16 ms at most) at 4× CPU: with everything on
 *   screen, and again in a 1280×800 window scrolled back to the top after the charts were drawn (what a
 *   person who has looked at the charts meets when they go back to the sliders).
 * For each: long tasks (PerformanceObserver 'longtask', from the first input until SETTLE_MS after the
 * last), total blocking time (Σ duration − 50 ms), and the URL writes (history.replaceState and
 * pushState, wrapped by an init script): how many, the shortest gap between two, and how many came
 * after the last input (and how long after it).
 */
import type { CDPSession, Page } from '@playwright/test';
import { seededRandom } from '../e2e/hostile-link-generator';
import { benchBrowser, percentile, sleep } from './bench-browser';

export const BENCH_ROUTES = Number(process.env.BENCH_ROUTES ?? 300);
const FAST_STEPS = Number(process.env.BENCH_FAST_STEPS ?? 60);
export const FAST_GAP_MS = 60;
/** A drawn chart: recharts' surface, or a line chart drawn as plain SVG (line-plot.tsx). */
const CHART_SURFACE = 'svg.recharts-surface, svg.chart-surface';
const PACED_STEPS = Number(process.env.BENCH_PACED_STEPS ?? 30);
const DRAG_MOVES = 40;
const DRAG_RUNS = Number(process.env.BENCH_DRAG_RUNS ?? 2);
/** Unrecorded steps after each change of CPU rate. */
const WARM_UP_STEPS = 2;
/** Input has settled this long after the last step: later work still counts, then the window closes. */
const SETTLE_MS = 2000;
const MIN_HEIGHT = 4000;
const MAX_HEIGHT = 8000;
const SLIDER = 'Requests per month';

export type Pacing = 'fast' | 'paced';

export interface LongTasks {
  readonly count: number;
  readonly longest: number;
  readonly blocking: number;
}

export interface UrlWrites {
  readonly count: number;
  /** Shortest gap between two writes while input ran (NaN with fewer than two). */
  readonly shortestGap: number;
  /** Gap from the write before to the first write after the last input (NaN without both). */
  readonly settleGap: number;
  readonly afterLastInput: number;
  /** Time from the last input to the last write, when that write came after it. */
  readonly lastWriteDelay: number;
}

export interface StepRun {
  readonly page: 'bare' | 'ours';
  readonly cpu: number;
  readonly pacing: Pacing;
  readonly steps: number;
  /** Each step's input-to-paint duration, ms. */
  readonly durations: readonly number[];
  /** Steps Event Timing reported (the others took under 16 ms). */
  readonly reported: number;
  readonly longTasks: LongTasks;
  readonly url: UrlWrites;
}

export interface DragRun {
  readonly cpu: number;
  /** Everything on screen, or the charts drawn and then out of view (a 1280×800 window at the top). */
  readonly view: 'all on screen' | 'charts out of view';
  readonly moves: number;
  readonly longTasks: LongTasks;
  readonly url: UrlWrites;
}

export interface BenchPageInfo {
  readonly routes: string;
  readonly rows: number;
  readonly charts: number;
  readonly viewport: string;
}

export interface InputResult {
  readonly page: BenchPageInfo;
  readonly steps: readonly StepRun[];
  readonly drags: readonly DragRun[];
}

interface Recorded {
  writes: { at: number }[];
  longTasks: { start: number; duration: number }[];
  events: { id: number; start: number; duration: number }[];
  inputs: number[];
}

/** Runs in the page before any of its scripts. */
function instrument(): void {
  const recorded: Recorded = { writes: [], longTasks: [], events: [], inputs: [] };
  (window as unknown as { __benchInput: Recorded }).__benchInput = recorded;
  for (const name of ['replaceState', 'pushState'] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History['replaceState']>) {
      recorded.writes.push({ at: performance.now() });
      return original.apply(this, args);
    };
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      recorded.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.interactionId) {
        recorded.events.push({ id: entry.interactionId, start: entry.startTime, duration: entry.duration });
      }
    }
  }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  for (const type of ['keydown', 'pointermove'] as const) {
    addEventListener(type, (event) => recorded.inputs.push(event.timeStamp), { capture: true });
  }
}

async function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

async function recordedSince(page: Page, since: number): Promise<Recorded> {
  return page.evaluate((from) => {
    const all = (window as unknown as { __benchInput: Recorded }).__benchInput;
    return {
      writes: all.writes.filter((write) => write.at >= from),
      longTasks: all.longTasks.filter((task) => task.start >= from),
      events: all.events.filter((event) => event.start >= from),
      inputs: all.inputs.filter((input) => input >= from),
    };
  }, since);
}

function longTasksOf(recorded: Recorded): LongTasks {
  const durations = recorded.longTasks.map((task) => task.duration);
  return {
    count: durations.length,
    longest: durations.length > 0 ? Math.max(...durations) : 0,
    blocking: durations.reduce((total, duration) => total + Math.max(0, duration - 50), 0),
  };
}

function urlWritesOf(recorded: Recorded): UrlWrites {
  const times = recorded.writes.map((write) => write.at).sort((a, b) => a - b);
  const lastInput = Math.max(...recorded.inputs);
  const during = times.filter((time) => time <= lastInput);
  const after = times.filter((time) => time > lastInput);
  const gaps = during.slice(1).map((time, index) => time - (during[index] as number));
  const [firstAfter] = after;
  const before = during.at(-1);
  return {
    count: times.length,
    shortestGap: gaps.length > 0 ? Math.min(...gaps) : Number.NaN,
    settleGap: firstAfter !== undefined && before !== undefined ? firstAfter - before : Number.NaN,
    afterLastInput: after.length,
    lastWriteDelay: after.length > 0 ? (after.at(-1) as number) - lastInput : Number.NaN,
  };
}

/** Waits until `at` (Date.now() time), or not at all when already late. */
async function until(at: number): Promise<void> {
  const wait = at - Date.now();
  if (wait > 0) await sleep(wait);
}

async function keyboardSteps(
  page: Page,
  pageName: StepRun['page'],
  cpu: number,
  pacing: Pacing,
): Promise<StepRun> {
  const steps = pacing === 'fast' ? FAST_STEPS : PACED_STEPS;
  // The same seeded generator as the hostile links: every run paces the same.
  const gap = seededRandom(16);
  await page.getByRole('slider', { name: SLIDER, exact: true }).focus();
  const since = await now(page);
  let next = Date.now();
  for (let step = 0; step < steps; step += 1) {
    await until(next);
    await page.keyboard.press(step < steps / 2 ? 'ArrowRight' : 'ArrowLeft');
    next += pacing === 'fast' ? FAST_GAP_MS : 200 + gap() * 100;
  }
  await sleep(SETTLE_MS);
  const recorded = await recordedSince(page, since);
  const byInteraction = new Map<number, number>();
  for (const event of recorded.events) {
    byInteraction.set(event.id, Math.max(byInteraction.get(event.id) ?? 0, event.duration));
  }
  const reported = [...byInteraction.values()].slice(0, steps);
  return {
    page: pageName,
    cpu,
    pacing,
    steps,
    durations: [...reported, ...Array(Math.max(0, steps - reported.length)).fill(16)],
    reported: reported.length,
    longTasks: longTasksOf(recorded),
    url: urlWritesOf(recorded),
  };
}

async function drag(page: Page, cpu: number, direction: 1 | -1, view: DragRun['view']): Promise<DragRun> {
  const slider = page.getByRole('slider', { name: SLIDER, exact: true });
  const box = await slider.boundingBox();
  if (!box) throw new Error(`the "${SLIDER}" slider is not on screen`);
  const fraction = await slider.evaluate((input: HTMLInputElement) => {
    const min = Number(input.min || 0);
    const max = Number(input.max || 100);
    return (Number(input.value) - min) / (max - min);
  });
  // The thumb's centre; the moves stay inside the track.
  const y = box.y + box.height / 2;
  let x = box.x + 8 + fraction * (box.width - 16);
  const distance = Math.min(box.width * 0.4, direction > 0 ? box.x + box.width - 8 - x : x - box.x - 8);
  const move = (direction * Math.max(distance, 40)) / DRAG_MOVES;
  const since = await now(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  let next = Date.now();
  for (let index = 0; index < DRAG_MOVES; index += 1) {
    next += 16;
    await until(next);
    x += move;
    await page.mouse.move(x, y);
  }
  await page.mouse.up();
  await sleep(SETTLE_MS);
  const recorded = await recordedSince(page, since);
  return { cpu, view, moves: DRAG_MOVES, longTasks: longTasksOf(recorded), url: urlWritesOf(recorded) };
}

/**
 * A couple of steps nobody measures, after a change of CPU rate (they leave the value where it was),
 * then a wait until the page is idle again.
 */
async function warmUp(page: Page): Promise<void> {
  await page.getByRole('slider', { name: SLIDER, exact: true }).focus();
  for (let step = 0; step < WARM_UP_STEPS; step += 1) {
    await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await sleep(FAST_GAP_MS);
  }
  // Until what they set off (the table and the charts follow once input settles) is drawn: the
  // measured steps start on a quiet page.
  await sleep(1000);
  await waitForIdle(page);
}

async function throttle(session: CDPSession, rate: number): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Waits until no long task has started for `quiet` ms (at most `limit` ms): the page is idle. */
async function waitForIdle(page: Page, quiet = 1500, limit = 20_000): Promise<void> {
  const began = Date.now();
  while (Date.now() - began < limit) {
    const idle = await page.evaluate((window_) => {
      const tasks = (window as unknown as { __benchInput: Recorded }).__benchInput.longTasks;
      const last = tasks.at(-1);
      return !last || performance.now() - (last.start + last.duration) > window_;
    }, quiet);
    if (idle) return;
    await sleep(250);
  }
}

/**
 * Opens the benchmark page with BENCH_ROUTES routes, tall enough for the table and the five charts,
 * and waits until the charts are drawn and the page is idle.
 */
export async function openBenchPage(): Promise<{
  page: Page;
  close: () => Promise<void>;
  info: BenchPageInfo;
}> {
  const bench = await benchBrowser();
  const { context, page } = await bench.newPage({ width: 1280, height: MIN_HEIGHT });
  await page.addInitScript(instrument);
  await page.goto(`${bench.origin}/bench/scripts/bench-page/index.html?rows=${BENCH_ROUTES}`);
  await page.getByRole('slider', { name: SLIDER, exact: true }).waitFor();
  // Charts load lazily; make the viewport reach the bottom of the charts and the table.
  const bottom = async () =>
    page.evaluate(() =>
      Math.max(
        ...['section-compare', 'section-charts'].map(
          (id) => document.getElementById(id)?.getBoundingClientRect().bottom ?? 0,
        ),
      ),
    );
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page
      .locator(CHART_SURFACE)
      .nth(4)
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    const height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(await bottom()) + 40));
    if (height <= (page.viewportSize()?.height ?? 0)) break;
    await page.setViewportSize({ width: 1280, height });
  }
  await waitForIdle(page);
  const info: BenchPageInfo = {
    routes:
      (await page
        .getByText(/^\d+ routes? shown/)
        .textContent()
        .catch(() => null)) ?? '?',
    rows: await page
      .getByRole('table', { name: 'Provider comparison' })
      .locator(':scope > tbody > tr')
      .count(),
    charts: await page.locator(CHART_SURFACE).count(),
    viewport: `${page.viewportSize()?.width}×${page.viewportSize()?.height}`,
  };
  return { page, close: () => context.close(), info };
}

async function bareKeyboardSteps(): Promise<StepRun[]> {
  const bench = await benchBrowser();
  const { context, page } = await bench.newPage({ width: 1280, height: MIN_HEIGHT });
  try {
    await page.addInitScript(instrument);
    await page.goto(`${bench.origin}/bare.html`);
    const session = await context.newCDPSession(page);
    const runs: StepRun[] = [];
    for (const cpu of [1, 4]) {
      await throttle(session, cpu);
      await warmUp(page);
      runs.push(await keyboardSteps(page, 'bare', cpu, 'fast'));
    }
    return runs;
  } finally {
    await context.close();
  }
}

let measured: Promise<InputResult> | null = null;

/** Measured once per `npm run bench`; the summary reuses it. */
export function measureInput(): Promise<InputResult> {
  measured ??= (async () => {
    const steps = await bareKeyboardSteps();
    const { page, close, info } = await openBenchPage();
    try {
      const session = await page.context().newCDPSession(page);
      const drags: DragRun[] = [];
      for (const cpu of [1, 4]) {
        await throttle(session, cpu);
        await warmUp(page);
        for (const pacing of ['fast', 'paced'] as const) {
          steps.push(await keyboardSteps(page, 'ours', cpu, pacing));
          await waitForIdle(page);
        }
      }
      for (let run = 0; run < DRAG_RUNS; run += 1) {
        drags.push(await drag(page, 4, run % 2 === 0 ? 1 : -1, 'all on screen'));
        await waitForIdle(page);
      }
      // The charts stay drawn; a window of a usual size, back at the sliders.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await waitForIdle(page);
      for (let run = 0; run < DRAG_RUNS; run += 1) {
        drags.push(await drag(page, 4, run % 2 === 0 ? 1 : -1, 'charts out of view'));
        await waitForIdle(page);
      }
      await throttle(session, 1);
      return { page: info, steps, drags };
    } finally {
      await close();
    }
  })();
  return measured;
}

export function stepPercentiles(run: StepRun): { p50: number; p95: number; max: number } {
  return {
    p50: percentile(run.durations, 0.5),
    p95: percentile(run.durations, 0.95),
    max: Math.max(...run.durations),
  };
}
