/**
 * Throwaway proof for the stylesheet split (issue 13, plan §8): serve a build, open the page in a few
 * states and dump getComputedStyle (every property) of every element, so two builds can be diffed.
 *
 *   tsx scripts/refactor/style-snapshot.ts <dist dir> <out dir>
 *   tsx scripts/refactor/style-snapshot.ts --diff <out dir A> <out dir B>
 *
 * Not committed: it exists to prove that nothing moved.
 */
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    response.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

const fixture = (path: string) => fileURLToPath(new URL(`../../e2e/fixtures/${path}`, import.meta.url));

const FORGED = {
  schema: 'kimi-cost-calculator/rate-sheet',
  version: 1,
  routes: [
    {
      id: 'kimi-k2.6@moonshot-ai',
      model: 'Kimi K2.6',
      provider: 'Moonshot AI',
      prices: { input: '0.01', cachedInput: '0.001', output: '0.02' },
      contextWindow: 262144,
      maxOutput: 262144,
      source: { label: 'Moonshot AI (official)', url: 'https://platform.moonshot.ai/', date: '2026-07-01' },
    },
  ],
};

interface State {
  readonly name: string;
  readonly path: string;
  readonly width: number;
  readonly height: number;
  readonly scheme: 'light' | 'dark';
  readonly busy?: boolean;
}

const STATES: readonly State[] = [
  { name: 'default-1280', path: '/', width: 1280, height: 800, scheme: 'light' },
  { name: 'default-390', path: '/', width: 390, height: 844, scheme: 'light' },
  { name: 'theme-dark-1280', path: '/?theme=dark', width: 1280, height: 800, scheme: 'light' },
  { name: 'system-dark-1280', path: '/', width: 1280, height: 800, scheme: 'dark' },
  { name: 'system-dark-390', path: '/', width: 390, height: 844, scheme: 'dark' },
  { name: 'theme-light-on-dark-1280', path: '/?theme=light', width: 1280, height: 800, scheme: 'dark' },
  {
    name: 'embed-600',
    path: '/?embed=1&panels=route,workload,endpoints,breakdown,table#v=1&n=1000&p=0.95,0.16,4',
    width: 600,
    height: 900,
    scheme: 'light',
  },
  {
    name: 'embed-dark-600',
    path: '/?embed=1&theme=dark&panels=route,workload,endpoints,breakdown,table#v=1&n=1000&p=0.95,0.16,4',
    width: 600,
    height: 900,
    scheme: 'light',
  },
  {
    name: 'busy-1280',
    path: `/#v=2&ne=3&n=1000&2.r=kimi-k2.5@moonshot-ai&2.n=1000&3.n=500&p=0.01,0.001,0.02&cr=${encodeURIComponent(JSON.stringify(FORGED))}`,
    width: 1280,
    height: 800,
    scheme: 'light',
    busy: true,
  },
  {
    name: 'busy-dark-390',
    path: `/?theme=dark#v=2&ne=3&n=1000&2.r=kimi-k2.5@moonshot-ai&2.n=1000&3.n=500&p=0.01,0.001,0.02&cr=${encodeURIComponent(JSON.stringify(FORGED))}`,
    width: 390,
    height: 844,
    scheme: 'light',
    busy: true,
  },
];

async function settle(page: Page, embed: boolean): Promise<void> {
  await page.getByLabel('Monthly cost', { exact: true }).first().waitFor();
  if (!embed) {
    await page.getByRole('region', { name: 'Calibrate from real usage', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Rates' }).waitFor();
    await page.getByRole('region', { name: 'Import and export prices' }).waitFor();
    await page.locator('.chart__figure svg').first().waitFor();
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
}

async function busy(page: Page): Promise<void> {
  const soft = async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      console.warn(`  (${what} failed: ${(error as Error).message.split('\n')[0]})`);
    }
  };
  await soft('budget', () =>
    page.getByRole('spinbutton', { name: 'Monthly budget', exact: true }).fill('0.01'),
  );
  await soft('invalid requests', () =>
    page.getByRole('spinbutton', { name: 'Output tokens per request', exact: true }).fill('abc'),
  );
  await soft('trace', async () => {
    await page
      .getByRole('region', { name: 'Calibrate from real usage', exact: true })
      .getByLabel('Log file', { exact: true })
      .setInputFiles(fixture('trace/usage.csv'));
    await page.getByRole('region', { name: 'Log summary', exact: true }).waitFor();
  });
  await soft('rate sheet', async () => {
    const panel = page.getByRole('region', { name: 'Import and export prices' });
    await panel.getByLabel('Rate sheet file').setInputFiles(fixture('rates/rate-sheet-one-bad-row.json'));
    await panel.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  });
  await soft('undo', async () => {
    await page
      .getByRole('button', { name: 'Remove endpoint', exact: false })
      .first()
      .click({ timeout: 3000 });
  });
}

async function dump(page: Page): Promise<string[]> {
  // Every <details> open, so what it hides is measured too; then let layout settle.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  await page.waitForTimeout(800);
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  // Each distinct "property: value" is sent once; an element is its path and the ids of its values.
  const { dict, rows } = (await page.evaluate(`(() => {
    const ids = new Map();
    const dict = [];
    const rows = [];
    const key = (element) => {
      const parts = [];
      for (let node = element; node; node = node.parentElement) {
        const parent = node.parentElement;
        const index = parent ? Array.prototype.indexOf.call(parent.children, node) : 0;
        const cls = typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\\s+/).join('.') : '';
        parts.unshift(node.tagName.toLowerCase() + cls + ':' + index);
      }
      return parts.join('>');
    };
    const skip = new Set(['d', 'transition', 'animation']);
    for (const element of document.querySelectorAll('*')) {
      const style = getComputedStyle(element);
      const values = [];
      for (let i = 0; i < style.length; i += 1) {
        const property = style.item(i);
        if (skip.has(property)) continue;
        const text = property + ': ' + style.getPropertyValue(property);
        let id = ids.get(text);
        if (id === undefined) {
          id = dict.length;
          dict.push(text);
          ids.set(text, id);
        }
        values.push(id);
      }
      rows.push([key(element), values]);
    }
    return { dict, rows };
  })()`)) as { dict: string[]; rows: [string, number[]][] };
  return rows.map(([k, values]) => `${k}\t${values.map((id) => dict[id]).join('\u0001')}`);
}

async function snapshot(dist: string, out: string): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : undefined,
    args: [
      '--disable-dev-shm-usage',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    for (const state of STATES) {
      const context = await browser.newContext({
        viewport: { width: state.width, height: state.height },
        colorScheme: state.scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.warn(`  pageerror: ${error.message}`));
      await page.goto(`${server.url}${state.path}`);
      await settle(page, state.path.includes('embed=1'));
      if (state.busy) await busy(page);
      await page.waitForTimeout(800);
      const lines = await dump(page);
      writeFileSync(join(out, `${state.name}.txt`), `${lines.join('\n')}\n`);
      await page.screenshot({ path: join(out, `${state.name}.png`), fullPage: false });
      console.log(`${state.name}: ${lines.length} elements`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** React's useId ids (in url(#…) references) differ from run to run: not a style. */
const normalise = (line: string) => line.replace(/_r_[0-9a-z]+_/g, '_r_ID_');

function diff(a: string, b: string): void {
  let total = 0;
  for (const state of STATES) {
    const read = (dir: string) =>
      new Map(
        readFileSync(join(dir, `${state.name}.txt`), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => {
            const [k = '', values = ''] = normalise(line).split('\t');
            return [k, values] as const;
          }),
      );
    const left = read(a);
    const right = read(b);
    const lines: string[] = [];
    for (const [k, values] of left) {
      // recharts' text-measuring span, left in <body> with whatever it measured last.
      if (k.startsWith('html:0>body:1>span:')) continue;
      const other = right.get(k);
      if (other === undefined) lines.push(`  - element ${k}`);
      else if (other !== values) {
        const mine = new Set(values.split('\u0001'));
        const theirs = new Set(other.split('\u0001'));
        for (const value of mine) if (!theirs.has(value)) lines.push(`  - ${k} | ${value}`);
        for (const value of theirs) if (!mine.has(value)) lines.push(`  + ${k} | ${value}`);
      }
    }
    for (const k of right.keys()) if (!left.has(k)) lines.push(`  + element ${k}`);
    total += lines.length;
    console.log(`${state.name}: ${left.size} vs ${right.size} elements, ${lines.length} differences`);
    // By property: how many elements differ in it; then the first lines other than color-scheme.
    const byProperty = new Map<string, number>();
    for (const line of lines) {
      const property = line.includes(' | ') ? (line.split(' | ')[1] as string).split(':')[0] : 'element';
      byProperty.set(property as string, (byProperty.get(property as string) ?? 0) + 1);
    }
    if (lines.length)
      console.log(`  by property: ${[...byProperty].map(([p, n]) => `${p} ×${n}`).join(', ')}`);
    // Custom properties (--*) are the token plumbing: what they resolve to is in the properties that use them.
    const real = lines.filter((l) => !l.includes('| color-scheme:') && !l.includes('| --'));
    console.log(`  other than color-scheme and custom properties: ${real.length}`);
    for (const line of real.slice(0, 40)) console.log(line);
  }
  console.log(total === 0 ? 'NO DIFFERENCES' : `${total} differences`);
}

const [first, second, third] = process.argv.slice(2);
if (first === '--diff' && second && third) diff(second, third);
else if (first && second) await snapshot(first, second);
else throw new Error('usage: style-snapshot.ts <dist> <out> | --diff <a> <b>');
