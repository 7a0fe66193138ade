/**
 * Prints how fast the request-log reader is: it generates a 1,000,000-row CSV and a 1,000,000-line
 * JSON Lines log in memory (seeded, so every run reads the same bytes), reads each through the same
 * code the Web Worker runs (`readTraceSource`: 1 MiB Blob slices, streaming UTF-8 decoding, the
 * chunk-fed parser), and reports rows per second and peak memory sampled after every chunk. Each format
 * runs in a fresh Node process, so one run's memory does not colour the other's. It never passes or
 * fails. Run `npx tsx scripts/bench-trace.ts [rows]`.
 *
 * "Peak above start" is the reader's own memory: the peak minus what the process held once the log
 * was generated (the text and its Blob are not the reader's).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { formatTokens } from '../src/domain/money/format-number';
import type { TraceReport } from '../src/domain/traces/trace-report';
import { readTraceSource } from '../src/lib/trace-source';

const ROWS = Number(process.argv[2] ?? 1_000_000);
/** Set in the child process that measures one format. */
const ONLY = process.argv[3] as 'csv' | 'jsonl' | undefined;
// A full garbage collection before each run, so "above start" is the reader's own memory.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
const START_SECONDS = 1_767_225_600; // 2026-01-01T00:00:00Z
const SPAN_SECONDS = 30 * 86_400;
const TAGS = ['chat', 'search', 'summarise', 'agent', 'classify'];
const MODELS = ['kimi-k2.6', 'kimi-k2.5'];

/** mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Row {
  readonly seconds: number;
  readonly input: number;
  readonly cached: number;
  readonly output: number;
  readonly tag: string;
  readonly model: string;
}

/** Long-tailed token counts, as real traffic has: most requests small, a few very large. */
function* rows(count: number, seed: number): Generator<Row> {
  const random = seeded(seed);
  for (let index = 0; index < count; index += 1) {
    const input = Math.floor(200 + random() ** 3 * 60_000);
    yield {
      seconds: START_SECONDS + Math.floor((index / count) * SPAN_SECONDS),
      input,
      cached: Math.floor(input * random() * 0.8),
      output: Math.floor(20 + random() ** 2 * 4000),
      tag: TAGS[Math.floor(random() * TAGS.length)] as string,
      model: MODELS[Math.floor(random() * MODELS.length)] as string,
    };
  }
}

function csvLog(count: number): string {
  const lines = ['timestamp,model,endpoint,input_tokens,cached_tokens,output_tokens'];
  for (const row of rows(count, 1)) {
    const iso = new Date(row.seconds * 1000).toISOString();
    lines.push(`${iso},${row.model},${row.tag},${row.input},${row.cached},${row.output}`);
  }
  return `${lines.join('\n')}\n`;
}

function jsonlLog(count: number): string {
  const lines: string[] = [];
  for (const row of rows(count, 2)) {
    lines.push(
      JSON.stringify({
        id: 'chatcmpl-x',
        object: 'chat.completion',
        created: row.seconds,
        model: row.model,
        metadata: { endpoint: row.tag },
        usage: {
          prompt_tokens: row.input,
          completion_tokens: row.output,
          total_tokens: row.input + row.output,
          cached_tokens: row.cached,
        },
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Run {
  readonly report: TraceReport;
  readonly seconds: number;
  readonly bytes: number;
  readonly rssStart: number;
  readonly rssPeak: number;
  readonly heapStart: number;
  readonly heapPeak: number;
}

async function measure(text: string): Promise<Run> {
  const blob = new Blob([text]);
  collectGarbage();
  const start = process.memoryUsage();
  let rssPeak = start.rss;
  let heapPeak = start.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rssPeak = Math.max(rssPeak, now.rss);
    heapPeak = Math.max(heapPeak, now.heapUsed);
  };
  const began = performance.now();
  const report = await readTraceSource(blob, { onProgress: sample, isCancelled: () => false });
  sample();
  const seconds = (performance.now() - began) / 1000;
  if (report === null) throw new Error('not cancelled, so there is a report');
  return {
    report,
    seconds,
    bytes: blob.size,
    rssStart: start.rss,
    rssPeak,
    heapStart: start.heapUsed,
    heapPeak,
  };
}

function print(name: string, run: Run): void {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const { overall, badRowCount, groups } = run.report;
  console.log(`\n${name}: ${formatTokens(ROWS)} rows, ${mb(run.bytes)}`);
  console.log(`  read in             ${run.seconds.toFixed(2)} s`);
  console.log(`  rows per second     ${formatTokens(Math.round(overall.requests / run.seconds))}`);
  console.log(`  MB per second       ${(run.bytes / MB / run.seconds).toFixed(1)}`);
  console.log(`  peak RSS            ${mb(run.rssPeak)} (${mb(run.rssPeak - run.rssStart)} above start)`);
  console.log(`  peak heap used      ${mb(run.heapPeak)} (${mb(run.heapPeak - run.heapStart)} above start)`);
  console.log(
    `  check               ${formatTokens(overall.requests)} requests, ${badRowCount} bad rows, ${groups.length} tags, ` +
      `${formatTokens(overall.requestsPerMonth)} a month, p99 input ${formatTokens(overall.input.p99)}`,
  );
}

if (ONLY === undefined) {
  console.log(`Request-log reader (Node ${process.version}, 1 MiB chunks, the worker's code path)`);
  for (const format of ['csv', 'jsonl']) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), String(ROWS), format],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
} else {
  const text = ONLY === 'csv' ? csvLog(ROWS) : jsonlLog(ROWS);
  print(ONLY === 'csv' ? 'CSV' : 'JSON Lines', await measure(text));
}
