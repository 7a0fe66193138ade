/**
 * The charts journey: "where does the money go, and where do rankings flip?" Charts are found by their
 * titles (each is a figure named by its heading); what they draw is counted in the SVG they render (recharts', or line-plot.tsx's).
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { importSheet, k26Route } from './bundled-sheet';
import { expect, test } from './fixtures';

const TITLES = [
  'Where the money goes',
  'What drives the bill',
  'Cost by route',
  'Cost versus monthly volume',
  'Cost versus cache hit rate',
] as const;

const chart = (page: Page, title: (typeof TITLES)[number]) =>
  page.getByRole('figure', { name: title, exact: true });
const billFigure = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Monthly bill', exact: true }).getByLabel(name, { exact: true });

async function enter(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('spinbutton', { name, exact: true }).fill(text);
}

async function showData(page: Page, title: (typeof TITLES)[number]): Promise<string[][]> {
  const figure = chart(page, title);
  await figure.getByText('Show data').click();
  const rows = figure.locator('table.chart-data').first().locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
  );
}

/** Pins routes in the comparison table by their full names. */
async function pin(page: Page, filter: string, names: readonly string[]): Promise<void> {
  await page.getByLabel('Filter routes').fill(filter);
  for (const name of names) await page.getByRole('checkbox', { name: `Pin ${name}`, exact: true }).check();
  await page.getByLabel('Filter routes').fill('');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  // Charts are drawn once they come near the viewport: bring the first and then the last near.
  await page.getByRole('region', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
  await chart(page, 'Cost versus cache hit rate').scrollIntoViewIfNeeded();
  await expect(chart(page, 'Cost versus cache hit rate').locator('svg.chart-surface')).toBeVisible();
});

test('every chart has a title, a caption with its key number, downloads and a data table', async ({
  page,
}) => {
  for (const title of TITLES) {
    const figure = chart(page, title);
    await expect(figure.getByRole('heading', { name: title, exact: true })).toBeVisible();
    await expect(figure.locator('.chart__caption')).toHaveText(/\d/);
    await expect(figure.getByRole('button', { name: `Download PNG of ${title}`, exact: true })).toBeVisible();
    await expect(figure.getByRole('button', { name: `Download SVG of ${title}`, exact: true })).toBeVisible();
    await expect(figure.getByText('Show data')).toBeVisible();
  }
  await expect(chart(page, 'Where the money goes').locator('.chart__caption')).toHaveText(
    'Output is 51% of this bill.',
  );
});

test('each chart draws the right number of series and points', async ({ page }) => {
  // Defaults: 10,000 requests; no pins, so the five cheapest fitting Kimi routes are compared, and
  // the default route (Moonshot's K2.6, dearer than those five) with them.
  await expect(chart(page, 'Where the money goes').locator('.recharts-bar')).toHaveCount(3);
  await expect(chart(page, 'What drives the bill').locator('.recharts-bar')).toHaveCount(2);
  // Seven inputs; with no cache hits the cache hit rate and the cached price move nothing (no bar drawn).
  const tornado = chart(page, 'What drives the bill');
  await expect(tornado.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(7);
  await expect(tornado.locator('.recharts-bar-rectangle')).toHaveCount(5 * 2);
  // Six routes, each with an input and an output part (cached input is $0.00 with no cache hits).
  const byRoute = chart(page, 'Cost by route');
  await expect(byRoute.locator('.recharts-bar')).toHaveCount(3);
  await expect(byRoute.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(6);
  await expect(byRoute.locator('.recharts-bar-rectangle')).toHaveCount(6 * 2);
  // The volume chart: your route and the three cheapest others.
  const volume = chart(page, 'Cost versus monthly volume');
  await expect(volume.locator('.chart-line')).toHaveCount(4);
  await expect(volume.locator('.chart-line__dot')).toHaveCount(4 * 13);
  const cache = chart(page, 'Cost versus cache hit rate');
  await expect(cache.locator('.chart-line')).toHaveCount(6);
  await expect(cache.locator('.chart-line__dot')).toHaveCount(6 * 11);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axis numbers read as the axis writes them, in the page's muted text colour (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const volume = chart(page, 'Cost versus monthly volume');
    const ticks = (axis: 'x' | 'y') => volume.locator(`.line-plot__axis--${axis} .line-plot__tick-label`);
    await expect(ticks('x')).toHaveText(['100', '1K', '10K', '100K', '1M']);
    await expect(ticks('y').first()).toHaveText('$0.01');
    await expect(ticks('y').last()).toHaveText('$10K');
    // The colour the page gives muted text (the charts' intro sentence), not a fixed grey that the dark
    // scheme would leave too faint.
    const muted = await page.locator('.charts__intro').evaluate((node) => getComputedStyle(node).color);
    for (const axis of ['x', 'y'] as const) {
      const fills = await ticks(axis).evaluateAll((nodes) =>
        nodes.map((node) => getComputedStyle(node).fill),
      );
      expect(new Set(fills)).toEqual(new Set([muted]));
    }
  });
}

test('pinned routes replace the five cheapest in the comparison charts', async ({ page }) => {
  await pin(page, 'moonshot', ['Kimi K2.6 via Moonshot AI', 'Kimi K2.7 Code via Moonshot AI']);
  await expect(page.getByText(/compares your 2 routes pinned/)).toBeVisible();
  await expect(chart(page, 'Cost versus monthly volume').locator('.chart-line')).toHaveCount(2);
  await expect(chart(page, 'Cost by route').locator('.recharts-bar-rectangle')).toHaveCount(2 * 2);
});

test('"Show data" matches the bill and the comparison table to the cent', async ({ page }) => {
  const split = await showData(page, 'Where the money goes');
  expect(split.map((row) => row.slice(0, 2))).toEqual([
    ['Input', await billFigure(page, 'Input cost').textContent()],
    ['Cached input', await billFigure(page, 'Cached input cost').textContent()],
    ['Output', await billFigure(page, 'Output cost').textContent()],
    ['Total', await billFigure(page, 'Monthly cost').textContent()],
  ]);
  expect(split.at(-1)?.[1]).toBe('$39.00');

  const byRoute = await showData(page, 'Cost by route');
  expect(byRoute).toHaveLength(6);
  expect(byRoute.at(-1)?.[0]).toBe('Kimi K2.6 via Moonshot AI (your route)');
  const table = page.getByRole('table', { name: 'Provider comparison' });
  for (const row of byRoute) {
    const [marked, , , , total] = row;
    const label = (marked ?? '').replace(/ \(your route\)$/, '');
    const [model = '', provider = ''] = (label ?? '').split(' via ');
    await page.getByLabel('Filter routes').fill(`${model} ${provider.split(' · ')[0]}`);
    const tableRow = table
      .locator(':scope > tbody > tr')
      .filter({ has: page.getByRole('button', { name: `Use ${label}`, exact: true }) });
    await expect(tableRow.locator('td.cell-monthlyCost')).toHaveText(total ?? '');
  }
});

test('the crossover marker moves when a price is edited', async ({ page }) => {
  // Two hosts of a fixture sheet: one with the cheaper list input, one with the cheaper cached input.
  await importSheet(page, [
    k26Route('Chart Test Cached', { input: '0.75', cachedInput: '0.15', output: '3.5' }),
    k26Route('Chart Test List', { input: '0.5472', cachedInput: '0.292', output: '2.728' }),
  ]);
  await page.getByLabel('Model version').selectOption('K2.6');
  await enter(page, 'Requests per month', '1000');
  await enter(page, 'Input tokens per request', '100000');
  await enter(page, 'Output tokens per request', '100');
  await pin(page, 'chart test', ['Kimi K2.6 via Chart Test Cached', 'Kimi K2.6 via Chart Test List']);
  // Your route among the pinned ones, so the charts compare these two alone.
  await page.getByLabel('Filter routes').fill('chart test');
  await page.getByRole('button', { name: 'Use Kimi K2.6 via Chart Test List', exact: true }).click();
  await page.getByLabel('Filter routes').fill('');

  const cache = chart(page, 'Cost versus cache hit rate');
  const flips = cache.getByRole('list', { name: 'Where rankings flip' }).getByRole('listitem');
  await expect(flips).toHaveCount(1);
  // Cached $75.35 → $15.35, List $54.99 → $29.47: they cross at 20.3572 / 34.48 = 59.04 %.
  await expect(flips).toContainText(
    'Kimi K2.6 via Chart Test Cached overtakes Kimi K2.6 via Chart Test List (your route) at 59.04%',
  );
  // A chart redraws while it is near the view: bring it back from the table and the price fields.
  await cache.scrollIntoViewIfNeeded();
  const marker = cache.locator('.crossover-marker circle, circle.crossover-marker').first();
  const before = Number(await marker.getAttribute('cx'));

  await page.getByRole('button', { name: 'Use Kimi K2.6 via Chart Test Cached', exact: true }).click();
  await enter(page, 'Cached input price per 1M tokens', '0.05');
  // Cached now falls to $5.35 at 100 %: 20.3572 / 44.48 = 45.77 %.
  await expect(flips).toContainText('at 45.77% cache hits');
  await cache.scrollIntoViewIfNeeded();
  await expect.poll(async () => Number(await marker.getAttribute('cx'))).toBeLessThan(before);
  const data = await showData(page, 'Cost versus cache hit rate');
  expect(data).toHaveLength(11);
});

test('a chart with no crossing says so', async ({ page }) => {
  await pin(page, 'k2.6 moonshot', ['Kimi K2.6 via Moonshot AI']);
  await chart(page, 'Cost versus cache hit rate').scrollIntoViewIfNeeded();
  await expect(chart(page, 'Cost versus cache hit rate').locator('.chart__caption')).toHaveText(
    'With fewer than two routes there is no ranking to flip.',
  );
  await expect(chart(page, 'Cost versus cache hit rate').locator('.crossover-marker')).toHaveCount(0);
});

test('a chart far from the view keeps its old drawing hidden, and redraws with the new figures when it comes near', async ({
  page,
}) => {
  const volume = chart(page, 'Cost versus monthly volume');
  await volume.scrollIntoViewIfNeeded();
  const drawing = volume.locator('.chart__figure');
  const costTicks = volume.locator('.line-plot__axis--y .line-plot__tick-label');
  const before = await costTicks.allTextContents();
  // Back at the top of the page, far from the charts: ten times the requests.
  await page.getByRole('spinbutton', { name: 'Requests per month', exact: true }).scrollIntoViewIfNeeded();
  await enter(page, 'Requests per month', '100000');
  await expect(billFigure(page, 'Monthly cost')).toHaveText('$390.00');
  // Its words follow at once; the drawing made with 10,000 requests is not shown with them.
  await expect(volume.locator('.chart__caption')).toContainText('100,000');
  await expect(drawing).toHaveClass(/chart__figure--stale/);
  await expect(volume.locator('svg.chart-surface')).toBeHidden();
  await volume.scrollIntoViewIfNeeded();
  await expect(volume.locator('svg.chart-surface')).toBeVisible();
  await expect(drawing).not.toHaveClass(/chart__figure--stale/);
  // The cost axis spans ten times the dollars: each tick a decade up ("$10K" becomes "$100K").
  await expect.poll(() => costTicks.allTextContents()).not.toEqual(before);
  expect((await costTicks.allTextContents()).at(-1)).not.toBe(before.at(-1));
});

test('every chart downloads as an SVG that stands alone: no CSS variable and no pattern it does not define', async ({
  page,
}) => {
  for (const title of TITLES) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart(page, title)
        .getByRole('button', { name: `Download SVG of ${title}`, exact: true })
        .click(),
    ]);
    const text = (await readFile(await download.path())).toString('utf8');
    expect(text, title).toContain(title);
    expect(text.match(/var\(--[\w-]+\)/g) ?? [], title).toEqual([]);
    const used = [...text.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
    const defined = new Set([...text.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    expect(
      used.filter((id) => !defined.has(id)),
      title,
    ).toEqual([]);
  }
});

for (const format of ['SVG', 'PNG'] as const) {
  test(`Download ${format} saves a non-empty image with the title and the scenario`, async ({ page }) => {
    const figure = chart(page, 'Where the money goes');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: `Download ${format} of Where the money goes`, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`where-the-money-goes.${format.toLowerCase()}`);
    const bytes = await readFile(await download.path());
    expect(bytes.length).toBeGreaterThan(1000);
    if (format === 'SVG') {
      const text = bytes.toString('utf8');
      expect(text).toMatch(/^<svg/);
      expect(text).toContain('Where the money goes');
      expect(text).toContain('10,000 requests a month');
      expect(text).not.toContain('var(--');
    } else {
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
  });
}

test('the charts follow a slider', async ({ page }) => {
  const caption = chart(page, 'Cost versus monthly volume').locator('.chart__caption');
  const before = (await caption.textContent()) ?? '';
  await page.getByRole('slider', { name: 'Requests per month', exact: true }).press('End');
  await expect(caption).not.toHaveText(before);
  await expect(caption).toContainText('1,000,000,000,000 requests');
});

test('once a slider settles, the charts show the bill’s own route and workload', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Requests per month', exact: true });
  for (let step = 0; step < 5; step += 1) await slider.press('ArrowRight');
  const requests = await slider.getAttribute('aria-valuetext');
  const monthly = await billFigure(page, 'Monthly cost').textContent();
  expect(monthly).not.toBe('$39.00');
  // The charts wait for the slider to settle, then draw the same bill as the panel above.
  const split = chart(page, 'Where the money goes');
  await split.getByText('Show data').click();
  const total = split
    .getByRole('table', { name: 'Data: Where the money goes', exact: true })
    .getByRole('row', { name: /^Total / });
  await expect(total.getByRole('cell').first()).toHaveText(monthly ?? '');
  await expect(chart(page, 'Cost versus monthly volume').locator('.chart__caption')).toContainText(
    `At ${requests} requests a month`,
  );
  const byRoute = await showData(page, 'Cost by route');
  expect(byRoute.at(-1)?.[0]).toBe('Kimi K2.6 via Moonshot AI (your route)');
  expect(byRoute.at(-1)?.[4]).toBe(monthly);
});
