/**
 * The one headless Chromium and the one static server the browser sections of `npm run bench` share
 * (first view, input latency, profile), so every page is measured in the same run on the same server.
 * Requests to any host but 127.0.0.1 fail at name resolution (no request leaves the machine, and no
 * interception slows the local ones); the pages report any they attempt.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { type BenchServer, startBenchServer } from './bench-server';

function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path) => existsSync(path));
}

export interface BenchBrowser {
  readonly origin: string;
  /** A fresh context (empty cache and storage) with one page. */
  newPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  /** Requests the pages tried to send to other hosts (all blocked). */
  readonly foreignRequests: string[];
  /** Uncaught errors, console errors and failed local requests of every page: figures from a broken page mislead. */
  readonly pageProblems: string[];
  /** Chrome's trace events (the given categories) recorded while `action` runs on `page`. */
  trace(page: Page, categories: readonly string[], action: () => Promise<void>): Promise<TraceEvent[]>;
}

/** One event of Chrome's trace format (the fields the bench reads). */
export interface TraceEvent {
  readonly name: string;
  /** 'X': a complete event with a duration; 'I'/'R'/'n': an instant. */
  readonly ph: string;
  /** Microseconds, on the trace's own clock. */
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
}

let opened: Promise<{ browser: Browser; server: BenchServer; bench: BenchBrowser }> | null = null;

async function open(): Promise<{ browser: Browser; server: BenchServer; bench: BenchBrowser }> {
  const server = await startBenchServer();
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [
      '--disable-dev-shm-usage',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const foreignRequests: string[] = [];
  const pageProblems: string[] = [];
  const bench: BenchBrowser = {
    origin: server.origin,
    foreignRequests,
    pageProblems,
    async newPage(viewport) {
      const context = await browser.newContext({ viewport });
      // tsx compiles these scripts with esbuild's keepNames, which wraps named functions in __name(…);
      // the functions passed to page.evaluate and addInitScript carry that call into the page.
      await context.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
      const page = await context.newPage();
      page.on('request', (request) => {
        const url = request.url();
        if (/^https?:/.test(url) && !url.startsWith(server.origin)) foreignRequests.push(url);
      });
      const local = (url: string) => url.replace(server.origin, '');
      page.on('pageerror', (error) => pageProblems.push(`${local(page.url())}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageProblems.push(`${local(page.url())}: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) pageProblems.push(`${response.status()} ${local(response.url())}`);
      });
      return { context, page };
    },
    async trace(page, categories, action) {
      await browser.startTracing(page, { categories: [...categories] });
      let recorded: Buffer;
      try {
        await action();
      } finally {
        recorded = await browser.stopTracing();
      }
      return (JSON.parse(recorded.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
    },
  };
  return { browser, server, bench };
}

/** The shared browser and server, started on first use. */
export async function benchBrowser(): Promise<BenchBrowser> {
  opened ??= open();
  return (await opened).bench;
}

export async function closeBenchBrowser(): Promise<void> {
  if (!opened) return;
  const { browser, server } = await opened;
  opened = null;
  await browser.close();
  await server.close();
}

// ─── Statistics ──────────────────────────────────────────────────────────────────────────────────

/** Sorted-sample percentile, nearest rank. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Whole milliseconds: "1,088 ms"; "—" when not measured. */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—';
}

/** "median (min–max)" in ms. */
export function spread(values: readonly number[]): string {
  if (values.length === 0 || !values.every(Number.isFinite)) return '—';
  const low = Math.round(Math.min(...values)).toLocaleString('en-US');
  const high = Math.round(Math.max(...values)).toLocaleString('en-US');
  return `${ms(median(values))} (${low}–${high})`;
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
