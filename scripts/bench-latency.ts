/**
 * Input-to-paint latency of slider steps with every route and the full comparison table on screen,
 * measured in Chromium with the Event Timing API (the time from a key press to the next paint).
 * Serves the benchmark build (dist-bench/, `vite build --mode bench`: the full app over a rate sheet of
 * `?rows=N` routes) with `vite preview`, presses arrow keys on the "Requests per month" slider, and
 * reads `PerformanceObserver({ type: 'event' })` entries, at normal speed and with the CPU throttled 4×.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = 4179;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PAGE = `${ORIGIN}/scripts/bench-page/index.html`;
const STEPS = 40;

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`preview server did not start at ${url}`);
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

/** Presses ArrowRight `STEPS` times and returns each interaction's input-to-paint duration (ms). */
async function measureSliderSteps(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const store = window as unknown as { __latencies: Map<number, number> };
    store.__latencies = new Map();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId) {
          const previous = store.__latencies.get(entry.interactionId) ?? 0;
          store.__latencies.set(entry.interactionId, Math.max(previous, entry.duration));
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  const slider = page.getByRole('slider', { name: 'Requests per month', exact: true });
  await slider.focus();
  for (let step = 0; step < STEPS; step += 1) {
    await page.keyboard.press(step % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => [
    ...(window as unknown as { __latencies: Map<number, number> }).__latencies.values(),
  ]);
}

export interface LatencyRow {
  readonly label: string;
  /** Routes in the rate sheet and rows rendered in the table (one page). */
  readonly routes: number;
  readonly rows: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly interactions: number;
}

export async function measureInputToPaint(): Promise<LatencyRow[]> {
  const server: ChildProcess = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--outDir',
      'dist-bench',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--disable-dev-shm-usage', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    await waitForServer(PAGE, 30_000);
    const results: LatencyRow[] = [];
    for (const [routes, rate] of [
      [0, 1],
      [0, 4],
      [2000, 1],
      [2000, 4],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(routes === 0 ? PAGE : `${PAGE}?rows=${routes}`);
      await page.getByLabel('Include GPT, Claude and Gemini for comparison').check();
      const rows = await page
        .getByRole('table', { name: 'Provider comparison' })
        .locator(':scope > tbody > tr')
        .count();
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setCPUThrottlingRate', { rate });
      // Steps faster than the 16 ms threshold are not reported: count them as 16 ms (an upper bound).
      const measured = await measureSliderSteps(page);
      const durations = [...measured, ...Array(Math.max(0, STEPS - measured.length)).fill(16)].sort(
        (a, b) => a - b,
      );
      results.push({
        label: `${rate}× CPU`,
        routes: Number(
          (await page.getByText(/^\d+ routes? shown/).textContent())?.match(/^\d+/)?.[0] ?? Number.NaN,
        ),
        rows,
        p50: percentile(durations, 0.5),
        p95: percentile(durations, 0.95),
        max: durations.at(-1) ?? Number.NaN,
        interactions: measured.length,
      });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
