/**
 * The built index.html holds the default page, rendered by React at build time: its bill paints before
 * any script runs, and the browser hydrates it. What opens anything else (a link, saved work) never
 * shows those default figures, not even for a frame; the page's one inline script and one inline
 * stylesheet are allowed by their hashes and nothing else inline is; the lazy parts load only after the first figures have painted.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DEFAULT_TOTAL = '$39.00';

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const monthlyCost = (page: Page) => bill(page).getByLabel('Monthly cost', { exact: true });
const firstTableRow = (page: Page) => page.locator('#section-compare tbody tr').first();
const requests = (page: Page) => page.getByRole('slider', { name: 'Requests per month', exact: true });

/** Serves every script of the app as an empty module: the HTML alone, with its inline script. */
async function withoutAppScripts(context: BrowserContext): Promise<void> {
  await context.route(/\/assets\/.*\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export {};' }),
  );
}

/** The app's code (and the table's too, when `alsoTheTable`) arrives 1.5 s late, as on a slow connection. */
async function withLateAppCode(page: Page, { alsoTheTable = false } = {}): Promise<void> {
  const late = alsoTheTable ? /\/assets\/(boot|comparison-table)-[^/]*\.js$/ : /\/assets\/boot-[^/]*\.js$/;
  await page.route(late, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
}

/**
 * Records, on every frame from the first, the monthly cost as it is on screen (visible or not), so a
 * test can say which amounts a reader could have seen.
 */
async function recordMonthlyCost(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seenTotals: string[] }).__seenTotals = seen;
    const look = () => {
      for (const output of document.querySelectorAll('output[aria-labelledby]')) {
        const label = document.getElementById(output.getAttribute('aria-labelledby') ?? '')?.textContent;
        const box = output.getBoundingClientRect();
        const text = output.textContent ?? '';
        if (label === 'Monthly cost' && box.width > 0 && box.height > 0 && seen.at(-1) !== text)
          seen.push(text);
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

async function seenTotals(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __seenTotals: string[] }).__seenTotals);
}

/** Presses ArrowRight on "Requests per month" until the bill leaves the default figure. */
async function stepRequestsUntilTheBillChanges(page: Page): Promise<void> {
  await requests(page).focus();
  await expect(async () => {
    await page.keyboard.press('ArrowRight');
    await expect(monthlyCost(page)).not.toHaveText(DEFAULT_TOTAL, { timeout: 500 });
  }).toPass();
}

/** A link to a scenario that is not the default one, made the way a user makes one. */
async function makeLink(page: Page): Promise<{ link: string; total: string }> {
  await page.goto('/');
  await expect(monthlyCost(page)).toHaveText(DEFAULT_TOTAL);
  await stepRequestsUntilTheBillChanges(page);
  const total = (await monthlyCost(page).textContent()) ?? '';
  await expect.poll(() => page.url()).toContain('#');
  await page.waitForTimeout(400); // the address is written at most every 250 ms
  return { link: page.url(), total };
}

test('the default page paints its bill and its sliders from the HTML, before any script runs', async ({
  page,
}) => {
  await withoutAppScripts(page.context());
  await page.goto('/');
  await expect(monthlyCost(page)).toHaveText(DEFAULT_TOTAL);
  await expect(requests(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Compare every route' })).toBeVisible();
  // The sections below the first screen come right after the first paint, app code or not.
  await expect(firstTableRow(page)).toContainText('Moonshot AI');
  await expect(page.getByRole('heading', { name: 'Share' })).toBeVisible();
});

test('the sections below the first screen are parsed only after the first paint, and shown without scripts too', async ({
  page,
  browser,
}) => {
  // When each section's content is put in the page, against the first contentful paint.
  await page.addInitScript(() => {
    const times: Record<string, number> = {};
    (window as unknown as { __shownAt: typeof times }).__shownAt = times;
    new MutationObserver(() => {
      for (const id of ['section-route', 'section-compare', 'section-share'])
        if (!(id in times) && document.querySelector(`#${id} h2`)) times[id] = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const html = await (await page.request.get('/')).text();
  expect(html.match(/<noscript data-below-first-screen>/g)?.length).toBeGreaterThanOrEqual(3);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Compare every route' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Share' })).toBeVisible();
  const { paint, shownAt } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    shownAt: (window as unknown as { __shownAt: Record<string, number> }).__shownAt,
  }));
  expect(Object.keys(shownAt).sort()).toEqual(['section-compare', 'section-route', 'section-share']);
  for (const [id, at] of Object.entries(shownAt)) expect(at, id).toBeGreaterThanOrEqual(paint);
  await stepRequestsUntilTheBillChanges(page); // and the page hydrated them (no console error)

  const noScripts = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScripts.newPage();
  await plain.goto('/');
  await expect(monthlyCost(plain)).toHaveText(DEFAULT_TOTAL);
  await expect(plain.getByRole('heading', { name: 'Compare every route' })).toBeVisible();
  await expect(firstTableRow(plain)).toContainText('Moonshot AI');
  await noScripts.close();
});

test('the prerendered page comes alive: a slider step changes the bill, with no hydration error', async ({
  page,
}) => {
  await page.goto('/');
  await expect(monthlyCost(page)).toHaveText(DEFAULT_TOTAL);
  await stepRequestsUntilTheBillChanges(page);
  // The table hydrated too and follows the new workload (the fixture fails on any console error).
  await expect(page.getByRole('heading', { name: 'Compare every route' })).toBeVisible();
});

test('a link never shows the default figures, not even before its scripts run', async ({ page, browser }) => {
  const { link, total } = await makeLink(page);
  expect(total).not.toBe(DEFAULT_TOTAL);

  const bare = await browser.newContext();
  await withoutAppScripts(bare);
  const bareTab = await bare.newPage();
  await bareTab.goto(link);
  await expect(monthlyCost(bareTab)).toBeHidden();
  await bare.close();

  const fresh = await browser.newContext();
  await recordMonthlyCost(fresh);
  const tab = await fresh.newPage();
  await tab.goto(link);
  await expect(monthlyCost(tab)).toHaveText(total);
  expect(await seenTotals(tab)).toEqual([total]);
  await fresh.close();
});

test('saved work opened without a link never flashes the default figures', async ({ page }) => {
  const { total } = await makeLink(page);
  await recordMonthlyCost(page.context());
  await page.goto('/'); // no link: the newest saved scenario
  await expect(monthlyCost(page)).toHaveText(total);
  expect(await seenTotals(page)).toEqual([total]);
});

test('no chart, rates, calibrate or billing code is requested before the first figures have painted', async ({
  page,
}) => {
  await page.goto('/');
  const lazyChunks = () =>
    page.evaluate(
      () =>
        performance
          .getEntriesByType('resource')
          .filter((entry) =>
            /(charts-panel|rates-section|trace-section|billing-section)-[^/]*\.js$/.test(entry.name),
          ).length,
    );
  await expect.poll(lazyChunks, { timeout: 15_000 }).toBe(4);
  const { paint, lazy } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    lazy: performance
      .getEntriesByType('resource')
      .filter((entry) =>
        /(charts-panel|rates-section|trace-section|billing-section)-[^/]*\.js$/.test(entry.name),
      )
      .map((entry) => ({ name: entry.name.replace(/.*\//, ''), start: entry.startTime })),
  }));
  // A file's name ends in "-" and its 8-character hash, which may itself hold a "-" ("charts-panel-zfYZ-fla.js").
  expect(lazy.map((entry) => entry.name.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual([
    'billing-section',
    'charts-panel',
    'rates-section',
    'trace-section',
  ]);
  for (const entry of lazy) expect(entry.start, entry.name).toBeGreaterThan(paint);
});

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

test('the one inline script and the one inline stylesheet are allowed by their hashes; nothing else inline is', async ({
  page,
}) => {
  const response = await page.request.get('/');
  const html = await response.text();
  const policy = (
    /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
  ).replaceAll('&#39;', "'");
  const sources = (directive: string) =>
    new RegExp(`${directive} ([^;]+)`).exec(policy)?.[1]?.split(' ') ?? [];
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([^<]*)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  expect(inline).toHaveLength(1);
  expect(sources('script-src')).toEqual(["'self'", sha256(inline[0] ?? '')]);
  // The page's CSS is in the HTML (a linked stylesheet would hold the first paint until it arrived).
  const styles = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].map((match) => match[1] ?? '');
  expect(styles).toHaveLength(1);
  expect(styles[0]).toContain('.page__main');
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  expect(sources('style-src')).toEqual(["'self'", sha256(styles[0] ?? '')]);
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes/);
  expect(html).not.toMatch(/<[^>]+\sstyle="/);
  // The prerendered bill is in the HTML itself.
  expect(html).toContain(DEFAULT_TOTAL);
});

test('what a reader types or presses before the page is live is not lost', async ({ page }) => {
  await withLateAppCode(page, { alsoTheTable: true });
  await page.goto('/');
  await page.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('4242');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export table as CSV' }).click();
  await expect(monthlyCost(page)).toHaveText('$16.54');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(page.getByRole('spinbutton', { name: 'Requests per month', exact: true })).toHaveValue(
    '4,242',
  );
});

test('a scenario file chosen before the page is live is opened once it is', async ({ page, browser }) => {
  // The file, exported the way a user exports one, in a browser of its own.
  const maker = await browser.newContext();
  const source = await maker.newPage();
  await source.goto('/');
  await source.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('31337');
  // Typed into the prerendered page, the value counts once the page is live.
  await expect(monthlyCost(source)).not.toHaveText(DEFAULT_TOTAL);
  const total = (await monthlyCost(source).textContent()) ?? '';
  const downloaded = source.waitForEvent('download');
  await source.getByRole('button', { name: 'Export scenario file' }).click();
  const file = readFileSync(await (await downloaded).path());
  await maker.close();

  await withLateAppCode(page);
  await page.goto('/');
  await page.getByLabel('Import scenario file').setInputFiles({
    name: 'kimi-scenario.json',
    mimeType: 'application/json',
    buffer: file,
  });
  await expect(page.getByText('Opened kimi-scenario.json.')).toBeVisible();
  await expect(monthlyCost(page)).toHaveText(total);
});

test('an arrow key pressed on a slider before the page is live steps it once the page is', async ({
  page,
}) => {
  await withLateAppCode(page);
  await page.goto('/');
  await requests(page).focus();
  await page.keyboard.press('ArrowRight');
  const field = page.getByRole('spinbutton', { name: 'Requests per month', exact: true });
  await expect(field).not.toHaveValue('10,000');
  await expect(monthlyCost(page)).not.toHaveText(DEFAULT_TOTAL);
});

test('a model and then a provider chosen before the page is live give that model via that provider', async ({
  page,
}) => {
  await withLateAppCode(page);
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Kimi K2.5' });
  // The provider list still shows the default model's hosts: the reader picks one by its name.
  await page.getByRole('combobox', { name: 'Provider', exact: true }).selectOption({ label: 'Moonshot AI' });
  await expect(bill(page).getByText('Kimi K2.5 via Moonshot AI')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toHaveValue(/k2\.5/i);
});

test('a route chosen while React takes the pickers over, then a price typed, gives that price on that route', async ({
  page,
}) => {
  await withLateAppCode(page);
  await page.goto('/');
  // As when React has hydrated the pickers but does not handle their events yet (it hydrates the page
  // in slices): the guard leaves them to React, which drops them. The price field below is not React's.
  await page.evaluate(() => {
    for (const select of document.querySelectorAll('select'))
      Object.assign(select, { __reactFiber$taking: {} });
  });
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Kimi K2.5' });
  await page.getByRole('combobox', { name: 'Provider', exact: true }).selectOption({ label: 'Moonshot AI' });
  await page.getByRole('spinbutton', { name: 'Output price per 1M tokens', exact: true }).fill('2.345');
  await expect(bill(page).getByText('Kimi K2.5 via Moonshot AI')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Output price per 1M tokens', exact: true })).toHaveValue(
    '2.345',
  );
  await expect(page.getByLabel('Share link')).toHaveValue(/p=[^&]*2\.345/);
});

test('the skip link pressed before the page is live moves focus, and the address stays free of "#main-content"', async ({
  page,
}) => {
  await withLateAppCode(page);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the calculator' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  // Once live, the page is still the default one: the address was never read as a broken link.
  await stepRequestsUntilTheBillChanges(page);
  await expect(page.getByText('Some parts of the link could not be used')).toHaveCount(0);
});

test('a field typed into before the page is live keeps what is typed on after it is', async ({ page }) => {
  await withLateAppCode(page);
  await page.goto('/');
  const field = page.getByRole('spinbutton', { name: 'Cache hit rate', exact: true });
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially('1');
  // The page goes live and counts the "1": the bill leaves the default figure.
  await expect(monthlyCost(page)).not.toHaveText(DEFAULT_TOTAL);
  await field.pressSequentially('2.5');
  await expect(field).toHaveValue('12.5');
  await field.press('Tab');
  await expect(field).toHaveValue('12.5%');
});

test('endpoints added and named before the page is live keep their names once it is', async ({ page }) => {
  await withLateAppCode(page);
  await page.goto('/');
  for (const name of ['Tagging', 'Search']) {
    await page.getByRole('button', { name: 'Add endpoint', exact: true }).click();
    await page.getByRole('textbox', { name: 'Endpoint name', exact: true }).fill(name);
  }
  await expect(page.getByRole('button', { name: 'Tagging', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Endpoint name', exact: true })).toHaveValue('Search');
});
