/**
 * The hostile-links journey: "no link can break the page". Hundreds of random and edge links (huge,
 * tiny, zero, negative, NaN and Infinity values, 99.99 % and 100 % cached, every link version and key,
 * endpoint prefixes 2. … 20., ne=999, damaged z=, overlong text, unicode junk, lone surrogates, markup),
 * each opened with every panel and chart mounted. A link fails on any page error, console error or
 * warning, a contained part ("could not be shown"), a chart that drew nothing, or a missing "Monthly
 * cost". One page serves a batch of links, and each link is opened after the previous one, so what a
 * link saved in local storage is part of the next visit (a link without a fragment reopens it).
 *
 * CI runs 200 visits of a fixed seed (in the title); `npm run fuzz` (scripts/fuzz.ts) runs 2,000 on a
 * fresh seed, or FUZZ_SEED / FUZZ_COUNT, and prints the seed and every failing link.
 */
import { appendFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type HostileVisit, hostileVisits, SAVED_SCENARIO_KEY } from './hostile-link-generator';

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_512);
const COUNT = Number(process.env.FUZZ_COUNT ?? 200);
/** Visits per test (one page each); two workers share the batches. */
const BATCH_SIZE = 25;
/** Every panel of the full page, by its heading (the region's name). */
const PANELS = [
  'Route',
  'Workload',
  'Endpoints',
  'Monthly bill',
  'Compare every route',
  'Charts',
  'Calibrate from real usage',
  'Billing extras',
  'Rates',
  'Share',
];

interface PageState {
  /** Everything has rendered: the bill, and outside embeds every lazy panel and every chart. */
  readonly settled: boolean;
  readonly problems: readonly string[];
}

/**
 * Reads the page in one pass, inside it (a fuzz run opens thousands of pages, and one round trip per
 * page keeps it fast): the bill's "Monthly cost" (the first one: with several endpoints each one's
 * region has its own), the panels by their headings, every chart's SVG (each brought near the viewport,
 * where charts are drawn) or its words for nothing to plot, and any part that was contained ("could
 * not be shown").
 */
function readPageState({
  panels,
  embedded,
  waiting,
}: {
  panels: readonly string[];
  embedded: boolean;
  /** While waiting, an unsettled page reads as null (waitForFunction polls until it is truthy). */
  waiting: boolean;
}): PageState | null {
  const problems: string[] = [];
  const headings = [...document.querySelectorAll('section.card > h2.card__title')].map((h) => h.textContent);
  const bill = [...document.querySelectorAll('section.card')].find(
    (section) => section.querySelector(':scope > h2')?.textContent === 'Monthly bill',
  );
  const label = [...(bill?.querySelectorAll('dt') ?? [])].find((dt) => dt.textContent === 'Monthly cost');
  const monthly = label?.nextElementSibling?.querySelector('output')?.textContent ?? null;
  // A whole amount in cents, or "< $0.01" for a bill above zero that rounds to nothing.
  const billShown = monthly !== null && /^(\$\d{1,3}(,\d{3})*\.\d{2}|< \$0\.01)$/.test(monthly);
  if (!billShown)
    problems.push(monthly === null ? 'no "Monthly cost" figure' : `"Monthly cost" reads ${monthly}`);
  const contained = [...document.querySelectorAll('.part-failure')].map((failure) => failure.textContent);
  problems.push(...contained.map((text) => `contained: ${text}`));
  // An uncaught error (noted by the init script below) settles the page at once: it has failed.
  const crashed = Reflect.get(window, '__hostileLinkCrashed') === true;
  const result = (settled: boolean) => (waiting && !settled && !crashed ? null : { settled, problems });
  if (embedded) return result(billShown || contained.length > 0);
  const loading = [...document.querySelectorAll('p.field-hint')].filter((hint) =>
    /^Loading .*…$/.test(hint.textContent ?? ''),
  );
  const missing = panels.filter((panel) => !headings.includes(panel));
  if (loading.length > 0)
    problems.push(`still loading: ${loading.map((hint) => hint.textContent).join(', ')}`);
  else if (missing.length > 0) problems.push(`panels missing: ${missing.join(', ')}`);
  const charts = [...document.querySelectorAll('figure.chart')];
  // A chart is drawn once it comes near the viewport: while waiting, bring the first undrawn one near.
  if (waiting) document.querySelector('.chart__placeholder')?.scrollIntoView({ block: 'center' });
  const expected = document.querySelector('.charts__empty') ? 2 : 5;
  const drawn = charts.filter((chart) => {
    const svg = chart.querySelector('svg.recharts-surface, svg.chart-surface');
    return (
      chart.querySelector('.chart__empty') !== null || (svg !== null && svg.getBoundingClientRect().width > 0)
    );
  });
  if (drawn.length !== expected) problems.push(`${drawn.length} of ${expected} charts drawn`);
  return result(problems.length === 0 || contained.length > 0);
}

/** Opens one address and waits until it has rendered; returns what is wrong (empty when nothing). */
async function openAndCheck(page: Page, { address, saved }: HostileVisit): Promise<readonly string[]> {
  if (saved !== undefined) {
    // Written from the app's own origin, just before leaving it: the visit finds it there.
    if (!page.url().startsWith('http')) {
      await page.goto('/#v=2');
      await page.waitForFunction(() => document.querySelector('output') !== null);
    }
    await page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [
      SAVED_SCENARIO_KEY,
      saved,
    ] as const);
  }
  await page.goto('about:blank');
  await page.goto(address, { waitUntil: 'commit' });
  const argument = { panels: PANELS, embedded: address.includes('embed=1') };
  try {
    const settled = await page.waitForFunction(
      readPageState,
      { ...argument, waiting: true },
      {
        polling: 'raf',
        timeout: 15_000,
      },
    );
    return ((await settled.jsonValue()) as PageState).problems;
  } catch {
    const state = await page.evaluate(readPageState, { ...argument, waiting: false }).catch(() => null);
    return state ? ['never settled', ...state.problems] : ['the page never answered'];
  }
}

/** A visit as a line to report: the address, and what storage held (JSON escapes lone surrogates). */
function describeVisit({ address, saved }: HostileVisit): string {
  if (saved === undefined) return address;
  const shown = saved.length > 300 ? `${saved.slice(0, 300)}… (${saved.length} characters)` : saved;
  return `${address} with local storage holding ${JSON.stringify(shown)}`;
}

const visits = hostileVisits(SEED, COUNT);
const batchCount = Math.ceil(visits.length / BATCH_SIZE);

// A trace of hundreds of page loads costs more than the loads: each failing link is reported in words.
test.use({ trace: 'off' });

test.describe(`hostile links, seed ${SEED}`, () => {
  for (let batch = 0; batch < batchCount; batch += 1) {
    const from = batch * BATCH_SIZE;
    const links = visits.slice(from, from + BATCH_SIZE);
    test(`batch ${batch + 1} of ${batchCount}: links ${from + 1}–${from + links.length}`, async ({
      page,
    }, testInfo) => {
      test.setTimeout(links.length * 6_000);
      await page.addInitScript(() => {
        const crashed = () => Reflect.set(window, '__hostileLinkCrashed', true);
        window.addEventListener('error', crashed);
        window.addEventListener('unhandledrejection', crashed);
      });
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text().slice(0, 300)}`);
      });
      const failures: string[] = [];
      for (const [offset, visit] of links.entries()) {
        problems.length = 0;
        const wrong = await openAndCheck(page, visit);
        if (wrong.length > 0 || problems.length > 0) {
          const previous =
            offset > 0 ? describeVisit(links[offset - 1] as HostileVisit) : '(a fresh browser)';
          failures.push(
            `${describeVisit(visit)}\n    after ${previous}\n    ${[...wrong, ...problems].join('\n    ')}`,
          );
        }
      }
      for (const failure of failures) console.log(`FAILING LINK (seed ${SEED}): ${failure}`);
      // npm run fuzz collects every batch's figures and failures from here.
      if (process.env.FUZZ_REPORT)
        appendFileSync(process.env.FUZZ_REPORT, `${JSON.stringify({ tried: links.length, failures })}\n`);
      await testInfo.attach('visits', {
        body: links.map(describeVisit).join('\n'),
        contentType: 'text/plain',
      });
      expect(failures, `${failures.length} of ${links.length} links failed (seed ${SEED})`).toEqual([]);
    });
  }
});
