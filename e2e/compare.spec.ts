/**
 * The comparison journey: "where should I buy this?" Every route costed for the workload, ranked,
 * sortable and filterable, driven by accessible names only.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseCsv } from '../src/domain/export/csv';
import { pricesDiffer } from '../src/domain/rates/prices';
import { routeName } from '../src/domain/rates/route';
import { sourceName } from '../src/domain/rates/source-words';
import { BUNDLED_ROUTES, DEFAULT_TABLE_ROUTES, importSheet, k26Route, pickRoute } from './bundled-sheet';
import { expect, test } from './fixtures';

/** How many routes the table lists by default, and on how many pages of 50: whatever the sheet holds. */
const SHOWN = DEFAULT_TABLE_ROUTES.length;
const PAGES = Math.ceil(SHOWN / 50);

const table = (page: Page) => page.getByRole('table', { name: 'Provider comparison' });
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name, exact: true });
const summary = (page: Page) => page.getByText(/^\d+ routes? shown/);
/** The table's own rows (not the rows of a price-references table nested in a cell). */
const bodyRows = (page: Page) => table(page).locator(':scope > tbody > tr');
/** The rows in the sort's order: every row but your route's, which stays first on every page. */
const sortedRows = (page: Page) => bodyRows(page).filter({ hasNotText: 'Your route' });

async function enter(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('spinbutton', { name, exact: true }).fill(text);
}

async function monthlyCostsInOrder(page: Page): Promise<number[]> {
  const texts = await sortedRows(page).locator(':scope > td.cell-monthlyCost').allTextContents();
  return texts.map((text) => Number(text.replace(/[$,]/g, '')));
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(table(page)).toBeVisible();
});

test('costs every Kimi route for the workload, cheapest first, and marks the cheapest', async ({ page }) => {
  expect(PAGES).toBeGreaterThan(1);
  await expect(header(page, 'Monthly cost')).toHaveAttribute('aria-sort', 'ascending');
  await expect(summary(page)).toHaveText(new RegExp(`^${SHOWN.toLocaleString('en-US')} routes shown`));
  // The cheapest is marked: the first row in the sort's order, or your route above it if it is the cheapest.
  await expect(bodyRows(page).first().or(sortedRows(page).first()).getByText('Cheapest')).toBeVisible();

  // 50 rows a page and your route above them; every page continues the order of the one before.
  const costs: number[] = [];
  const models = new Set<string>();
  for (let pageNumber = 1; pageNumber <= PAGES; pageNumber += 1) {
    await expect(page.getByText(`Page ${pageNumber} of ${PAGES}`)).toBeVisible();
    costs.push(...(await monthlyCostsInOrder(page)));
    for (const name of await bodyRows(page).locator('.model-cell__name').allTextContents()) models.add(name);
    if (pageNumber < PAGES) await page.getByRole('button', { name: 'Next page' }).click();
  }
  expect(costs).toHaveLength(SHOWN - 1);
  expect(costs).toEqual([...costs].sort((a, b) => a - b));
  // Comparison models are off by default: every row is a Kimi model.
  const kimiModels = new Set(BUNDLED_ROUTES.filter((r) => r.group === 'kimi').map((r) => r.modelName));
  expect([...models].filter((name) => !kimiModels.has(name))).toEqual([]);
});

test('sorts by any column header, with aria-sort', async ({ page }) => {
  await header(page, 'Monthly cost').getByRole('button').click();
  await expect(header(page, 'Monthly cost')).toHaveAttribute('aria-sort', 'descending');
  const costs = await monthlyCostsInOrder(page);
  expect(costs).toEqual([...costs].sort((a, b) => b - a));

  await header(page, 'Provider').getByRole('button').click();
  await expect(header(page, 'Provider')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Monthly cost')).not.toHaveAttribute('aria-sort', /.+/);
  const providers = await sortedRows(page).locator(':scope > td.cell-provider').allTextContents();
  expect(providers).toEqual([...providers].sort((a, b) => a.localeCompare(b)));

  await header(page, 'Model').getByRole('button').click();
  await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'ascending');
});

test('a high cache hit rate lets cheap cached input overtake cheaper list input', async ({ page }) => {
  // Three hosts of a fixture sheet, so the figures do not move with the bundled sheet.
  await importSheet(page, [
    k26Route('Cache Test List', { input: '0.50', cachedInput: '0.40', output: '4' }),
    k26Route('Cache Test Cached', { input: '0.60', cachedInput: '0.10', output: '4' }),
    k26Route('Cache Test Tiny', { input: '0.70', cachedInput: '0', output: '4' }, { contextWindow: 32_768 }),
  ]);
  await page.getByLabel('Filter routes').fill('cache test');
  await page.getByLabel('Model version').selectOption('K2.6');
  await enter(page, 'Requests per month', '1000');
  await enter(page, 'Input tokens per request', '100000');
  await enter(page, 'Output tokens per request', '100');

  // No cache: the $0.50 list input wins ($50.40 against $60.40).
  await expect(summary(page)).toContainText('Cheapest that fits: Kimi K2.6 via Cache Test List.');

  // All cached: the $0.10 cached input wins ($10.40 against $40.40); Tiny's free cache cannot hold
  // 100,000 tokens, so it is never the cheapest.
  await enter(page, 'Cache hit rate', '100');
  await expect(summary(page)).toContainText('Cheapest that fits: Kimi K2.6 via Cache Test Cached.');
  const tiny = bodyRows(page).filter({ hasText: 'Cache Test Tiny' });
  await expect(tiny.getByText(/Does not fit/)).toContainText('32,768-token context window');
  await expect(tiny.getByText('Cheapest')).toHaveCount(0);
});

test('filters by text, by model version and by group', async ({ page }) => {
  await page.getByLabel('Filter routes').fill('moonshot k2.6');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(summary(page)).toHaveText(/^1 route shown/);

  await page.getByLabel('Filter routes').fill('');
  await page.getByLabel('Include GPT, Claude and Gemini for comparison').check();
  await page.getByLabel('Model version').selectOption('GPT');
  const gpt = BUNDLED_ROUTES.filter((route) => route.family === 'GPT');
  // Your route stays in sight above them, outside the filters.
  await expect(sortedRows(page)).toHaveCount(gpt.length);
  await expect(bodyRows(page).first()).toContainText('Your route (outside these filters, not ranked)');
  await expect(
    table(page)
      .getByText(gpt[0]?.modelName ?? 'GPT', { exact: true })
      .first(),
  ).toBeVisible();
});

test('shows unknown values as "—" with a reason, never as 0', async ({ page }) => {
  const unknown = pickRoute(
    'Kimi route without a cached price or a speed figure',
    (route) =>
      route.group === 'kimi' &&
      route.lifecycle.status !== 'retired' &&
      route.prices.cachedInput === null &&
      route.speed === null,
  );
  await page.getByLabel('Filter routes').fill(`${unknown.modelId} ${unknown.providerName}`);
  // Few routes measure speed, so the column waits under "Columns" until asked for.
  await page.getByRole('button', { name: 'Columns', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Output tokens/s', exact: true }).check();
  const row = bodyRows(page).filter({
    has: page.getByRole('button', { name: `Use ${routeName(unknown)}`, exact: true }),
  });
  await expect(row.locator('td.cell-cachedInputPrice')).toContainText('— billed at input price');
  await expect(row.locator('td.cell-speed')).toContainText('—');
  await expect(row.locator('td.cell-speed')).not.toContainText('0');
});

test('choosing a row makes it the breakdown route; pinning keeps it marked', async ({ page }) => {
  await page.getByLabel('Filter routes').fill('moonshot');
  await page.getByRole('button', { name: 'Use Kimi K2.5 via Moonshot AI', exact: true }).click();
  const bill = page.getByRole('region', { name: 'Monthly bill' });
  await expect(bill.getByText('Kimi K2.5 via Moonshot AI')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use Kimi K2.5 via Moonshot AI' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByLabel('Filter routes').fill('moonshot');
  const pin = page.getByRole('checkbox', { name: 'Pin Kimi K2.6 via Moonshot AI' });
  await pin.check();
  await expect(pin).toBeChecked();
});

test('shows where sources disagree, with the alternatives on demand', async ({ page }) => {
  const disputed = pickRoute(
    'third-party Kimi route whose sources disagree',
    (route) =>
      route.group === 'kimi' &&
      route.lifecycle.status !== 'retired' &&
      route.disagrees &&
      route.providerName !== 'Moonshot AI',
  );
  const other = disputed.references.find((reference) => pricesDiffer(reference.prices, disputed.prices));
  await page.getByLabel('Filter routes').fill(`${disputed.modelId} ${disputed.providerName}`);
  const row = bodyRows(page).filter({
    has: page.getByRole('button', { name: `Use ${routeName(disputed)}`, exact: true }),
  });
  await expect(row).toHaveCount(1);
  await row.getByText('Sources disagree').click();
  await expect(row.getByRole('table')).toContainText(
    other ? sourceName(other.source.label) : 'a differing source',
  );
});

test('at 375 px the monthly cost of each route is readable without scrolling the page sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const firstCost = bodyRows(page).locator(':scope > td.cell-monthlyCost').first();
  await firstCost.scrollIntoViewIfNeeded();
  await expect(firstCost).toBeInViewport();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(375);
});

/** A screen figure as the plain number a file carries: "$2,873.40" → "2873.40". */
const plain = (text: string | null) => (text ?? '').replace(/[$,]/g, '');

test('exports the table and the breakdown as CSV that match the screen, as plain numbers', async ({
  page,
}) => {
  const tablePromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export table as CSV' }).click();
  const tableText = readFileSync(await (await tablePromise).path(), 'utf8');
  expect(tableText.startsWith('\uFEFF')).toBe(true);
  const tableRows = parseCsv(tableText);
  expect(tableRows[0]?.slice(0, 3)).toEqual(['Model', 'Provider', 'Monthly cost (USD)']);
  const summary = await page.getByText(/\d+ routes? shown/).textContent();
  expect(tableRows).toHaveLength(1 + Number(summary?.match(/(\d+) routes? shown/)?.[1]));
  const shown = await bodyRows(page).locator(':scope > td.cell-monthlyCost').allTextContents();
  expect(tableRows.slice(1, 1 + shown.length).map((row) => row[2])).toEqual(shown.map(plain));
  for (const row of tableRows.slice(1)) expect(Number.isNaN(Number(row[2])), row[2]).toBe(false);
  const checked = tableRows[0]?.indexOf('Price checked') ?? -1;
  for (const row of tableRows.slice(1)) expect(row[checked]).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const billPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export breakdown as CSV' }).click();
  const billRows = parseCsv(readFileSync(await (await billPromise).path(), 'utf8'));
  const bill = page.getByRole('region', { name: 'Monthly bill' });
  for (const name of ['Input cost', 'Cached input cost', 'Output cost', 'Monthly cost']) {
    const onScreen = await bill.getByLabel(name, { exact: true }).textContent();
    expect(billRows.find((row) => row[0] === name)?.[1], name).toBe(plain(onScreen));
  }
});

test('"Copy as Markdown table" puts the shown routes on the clipboard with the screen figures', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Filter routes').fill('moonshot');
  // The table may still be the prerendered one, where the filter is applied once its code has arrived.
  await expect(summary(page)).not.toHaveText(new RegExp(`^${SHOWN} routes`));
  const costs = await bodyRows(page).locator(':scope > td.cell-monthlyCost').allTextContents();
  await page.getByRole('button', { name: 'Copy as Markdown table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Markdown table copied' })).toHaveText(
    `Markdown table copied (${costs.length} ${costs.length === 1 ? 'route' : 'routes'}).`,
  );
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const lines = markdown.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^\| Model \| Provider \| Monthly cost \|/);
  expect(lines[1]).toMatch(/^\| --- \| --- \| ---: \|/);
  expect(lines.slice(2).map((line) => line.split(' | ')[2])).toEqual(costs);
});
