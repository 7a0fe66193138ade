/**
 * Where the time of slider steps goes: a V8 CPU profile (CDP Profiler, 200 µs sampling) of PROFILE_STEPS
 * fast keyboard steps on the "Requests per month" slider at 4× CPU, on the benchmark page as
 * scripts/bench-latency.ts opens it (about 300 routes, table and charts on screen), from the first
 * step until SETTLE_MS after the last.
 *
 * Each sampled function is mapped back to its source through dist-bench's source maps (`npm run
 * bench` builds it with `--sourcemap`), so recharts, react-dom and our src/ are told apart: the
 * function's name from the map (else V8's, minified) and its file, shortened to the package
 * (`recharts/…`) or to `src/…`. Time V8 does not attribute to a script — style, layout, paint and other
 * browser work — is "(program)".
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { sleep } from './bench-browser';
import { openBenchPage } from './bench-latency';
import { DIST_BENCH } from './bench-server';

const PROFILE_STEPS = 30;
const GAP_MS = 60;
const SETTLE_MS = 2000;
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 12);

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileEntry {
  readonly name: string;
  readonly file: string;
  /** What the file belongs to: a package (recharts, react-dom…), our src/ folder, or the browser. */
  readonly group: string;
  readonly selfMs: number;
  readonly percent: number;
}

export interface ProfileResult {
  readonly totalMs: number;
  readonly idleMs: number;
  readonly top: readonly ProfileEntry[];
  readonly groups: readonly { readonly group: string; readonly selfMs: number; readonly percent: number }[];
  readonly mapped: boolean;
}

// ─── Source maps ─────────────────────────────────────────────────────────────────────────────────

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One generated line's segments: [column, source, line, column, name?], all absolute. */
type Segment = readonly [number, number, number, number, number | undefined];

interface SourceMap {
  readonly sources: readonly string[];
  readonly names: readonly string[];
  readonly lines: readonly (readonly Segment[])[];
}

/** Decodes a source map's `mappings` (base64 VLQ, fields relative to the previous segment). */
function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Segment[] = [];
    let generated = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      generated += fields[0] ?? 0;
      if (fields.length < 4) continue;
      source += fields[1] as number;
      line += fields[2] as number;
      column += fields[3] as number;
      if (fields.length > 4) name += fields[4] as number;
      segments.push([generated, source, line, column, fields.length > 4 ? name : undefined]);
    }
    lines.push(segments);
  }
  return lines;
}

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  const path = join(DIST_BENCH, new URL(url).pathname.replace(/^\/bench\//, ''));
  if (!maps.has(path)) {
    const file = `${path}.map`;
    if (!existsSync(file)) {
      maps.set(path, null);
    } else {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as {
        sources: string[];
        names: string[];
        mappings: string;
      };
      maps.set(path, { sources: raw.sources, names: raw.names, lines: decodeMappings(raw.mappings) });
    }
  }
  return maps.get(path) ?? null;
}

/** The original file, line and name of a generated position (0-based line and column). */
function original(
  map: SourceMap,
  line: number,
  column: number,
): { source: string; line: number; name?: string } | null {
  const segments = map.lines[line] ?? [];
  let found: Segment | undefined;
  for (const segment of segments) {
    if (segment[0] > column) break;
    found = segment;
  }
  if (!found) return null;
  const name = found[4] === undefined ? undefined : map.names[found[4]];
  return { source: map.sources[found[1]] ?? '?', line: found[2] + 1, ...(name ? { name } : {}) };
}

/** "recharts/es6/…" for a package file, "src/…" for ours. */
function shorten(source: string): string {
  const inPackage = /node_modules\/(?!.*node_modules\/)(.*)$/.exec(source);
  if (inPackage) return inPackage[1] as string;
  const ours = /(?:^|\/)(src\/.*)$/.exec(source);
  return ours ? (ours[1] as string) : source.replace(/^(\.\.\/)+/, '');
}

function groupOf(file: string): string {
  if (file.startsWith('src/')) return `our ${file.split('/').slice(0, 2).join('/')}`;
  const scoped = /^(@[^/]+\/[^/]+)/.exec(file);
  if (scoped) return scoped[1] as string;
  return file.split('/')[0] || 'browser built-ins';
}

// ─── Profile ─────────────────────────────────────────────────────────────────────────────────────

function describeFrame(frame: CallFrame): { name: string; file: string; group: string } {
  const minified = frame.functionName || '(anonymous)';
  if (frame.url === '') {
    // V8's own entries ((program), (garbage collector), (idle), (root)) and native functions.
    return { name: minified, file: '', group: minified.startsWith('(') ? minified : 'browser built-ins' };
  }
  const map = sourceMapFor(frame.url);
  const position = map ? original(map, frame.lineNumber, frame.columnNumber) : null;
  if (!position) {
    const file = new URL(frame.url).pathname.split('/').pop() ?? frame.url;
    return { name: minified, file, group: file };
  }
  const file = shorten(position.source);
  return { name: position.name ?? minified, file: `${file}:${position.line}`, group: groupOf(file) };
}

export function summariseProfile(profile: Profile, top = TOP): ProfileResult {
  const selfByNode = new Map<number, number>();
  profile.samples.forEach((node, index) => {
    selfByNode.set(node, (selfByNode.get(node) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const entries = new Map<string, { name: string; file: string; group: string; selfMs: number }>();
  let idleMs = 0;
  for (const node of profile.nodes) {
    const self = selfByNode.get(node.id) ?? 0;
    if (self === 0) continue;
    const described = describeFrame(node.callFrame);
    if (described.name === '(idle)') {
      idleMs += self;
      continue;
    }
    const key = `${described.name}\u0000${described.file}`;
    const entry = entries.get(key) ?? { ...described, selfMs: 0 };
    entry.selfMs += self;
    entries.set(key, entry);
  }
  const totalMs = [...entries.values()].reduce((total, entry) => total + entry.selfMs, 0);
  const percent = (value: number) => (totalMs > 0 ? (100 * value) / totalMs : 0);
  const groups = new Map<string, number>();
  for (const entry of entries.values())
    groups.set(entry.group, (groups.get(entry.group) ?? 0) + entry.selfMs);
  return {
    totalMs,
    idleMs,
    top: [...entries.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((entry) => ({ ...entry, percent: percent(entry.selfMs) })),
    groups: [...groups.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([group, selfMs]) => ({ group, selfMs, percent: percent(selfMs) })),
    mapped: [...maps.values()].some((map) => map !== null),
  };
}

async function profileSteps(page: Page): Promise<Profile> {
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await sleep(1000);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.getByRole('slider', { name: 'Requests per month', exact: true }).focus();
  await session.send('Profiler.start');
  let next = Date.now();
  for (let step = 0; step < PROFILE_STEPS; step += 1) {
    const wait = next - Date.now();
    if (wait > 0) await sleep(wait);
    await page.keyboard.press(step < PROFILE_STEPS / 2 ? 'ArrowRight' : 'ArrowLeft');
    next += GAP_MS;
  }
  await sleep(SETTLE_MS);
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return profile;
}

export async function measureProfile(): Promise<ProfileResult> {
  const { page, close } = await openBenchPage();
  try {
    return summariseProfile(await profileSteps(page));
  } finally {
    await close();
  }
}
