/**
 * Routes that are no longer served. Left out of the comparison table, the charts and every "cheapest"
 * unless "Include retired routes" is ticked; the Rates view says when each was retired (or shuts
 * down) and what replaces it; a link on a retired route still opens with its prices, says so, and
 * switches to the successor in one click. Moonshot's own prices are pinned by rate-sheet.test.ts; the
 * other expectations are computed from the bundled sheet with the domain's own rules.
 */
import type { Page } from '@playwright/test';
import { RATE_SHEET_DATE } from '../src/data/rate-sheet';
import { DEFAULT_ROUTE_FILTER, filterRoutes } from '../src/domain/rates/route-filter';
import { describeLifecycle } from '../src/domain/rates/route-lifecycle';
import { BUNDLED_ROUTES, pickRoute } from './bundled-sheet';
import { expect, test } from './fixtures';

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const figure = (page: Page, name: string) => bill(page).getByLabel(name, { exact: true });
const notice = (page: Page) => page.getByRole('region', { name: 'Retired route' });
const summary = (page: Page) => page.getByText(/^\d[\d,]* routes? shown/);
const table = (page: Page) => page.getByRole('table', { name: 'Provider comparison' });
const ratesView = (page: Page) => page.getByRole('region', { name: 'Rates' });
const retiredBox = (page: Page) => page.getByRole('checkbox', { name: 'Include retired routes' });

/** Noon on the day the sheet was checked up to, so "today" is the same for the page and the spec. */
const TODAY = RATE_SHEET_DATE;
const atToday = (page: Page) => page.clock.setFixedTime(new Date(`${TODAY}T12:00:00Z`));

test('a link on a retired route opens with its prices, says so, and switches to the successor in one click', async ({
  page,
}) => {
  await atToday(page);
  // Kimi K2 (0905) on Moonshot AI, retired on 2026-05-25: 2M input × $0.60 + 0.5M output × $2.50.
  await page.goto('/#v=2&r=kimi-k2-0905%40moonshot-ai&n=1000&i=2000&o=500');
  await expect(bill(page).getByText('Kimi K2 (0905) via Moonshot AI', { exact: true })).toBeVisible();
  await expect(figure(page, 'Monthly cost')).toHaveText('$2.45');
  await expect(notice(page)).toContainText('Kimi K2 (0905) via Moonshot AI was retired on 2026-05-25');

  await notice(page).getByRole('button', { name: 'Switch to Kimi K2.6 via Moonshot AI' }).click();
  await expect(bill(page).getByText('Kimi K2.6 via Moonshot AI', { exact: true })).toBeVisible();
  // 2M × $0.95 + 0.5M × $4.00, the workload kept.
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByLabel('Share link')).not.toHaveValue(/kimi-k2-0905/);
});

test('the table leaves retired routes out until "Include retired routes" is ticked, and says how many it shows', async ({
  page,
}) => {
  await atToday(page);
  await page.goto('/');
  const query = 'moonshot';
  await page.getByRole('searchbox', { name: 'Filter routes' }).fill(query);
  const count = (includeRetired: boolean) =>
    filterRoutes(BUNDLED_ROUTES, { ...DEFAULT_ROUTE_FILTER, query, includeRetired }).length;
  expect(count(true)).toBeGreaterThan(count(false));

  await expect(summary(page)).toHaveText(new RegExp(`^${count(false)} routes shown\\.`));
  await expect(table(page).getByText(/^Retired /)).toHaveCount(0);
  await expect(retiredBox(page)).not.toBeChecked();

  await retiredBox(page).check();
  await expect(summary(page)).toHaveText(new RegExp(`^${count(true)} routes shown\\.`));
  const retiredRow = table(page).getByRole('row').filter({ hasText: 'Kimi K2 (0905)' });
  await expect(retiredRow.getByText('Retired 2026-05-25')).toBeVisible();
  // The filter travels in the link.
  await expect(page.getByLabel('Share link')).toHaveValue(/[#&]ret=1(&|$)/);

  await retiredBox(page).uncheck();
  await expect(summary(page)).toHaveText(new RegExp(`^${count(false)} routes shown\\.`));
});

test('the Rates view says when a route was retired or shuts down, and what replaces it', async ({ page }) => {
  await atToday(page);
  await page.goto('/');
  const find = ratesView(page).getByRole('searchbox', { name: 'Find a route' });
  await find.fill('kimi-k2-0905@moonshot-ai');
  // The list follows the search a moment after it is typed: wait for the one route it finds.
  const retired = ratesView(page).getByText('Retired on 2026-05-25 — successor Kimi K2.6');
  await expect(retired).toHaveCount(1);
  await expect(retired).toBeVisible();

  const closing = pickRoute(
    'deprecated route with a shutdown date after the sheet date',
    (route) =>
      route.lifecycle.status === 'deprecated' &&
      route.lifecycle.date !== null &&
      route.lifecycle.date > TODAY,
  );
  const words = describeLifecycle(closing.lifecycle, TODAY) as string;
  expect(words).toMatch(/^Shuts down on \d{4}-\d{2}-\d{2}/);
  await find.fill(closing.id);
  const closingRow = ratesView(page).getByRole('rowheader', { name: new RegExp(closing.modelName) });
  await expect(closingRow).toHaveCount(1);
  await expect(closingRow).toBeVisible();
  await expect(ratesView(page).getByText(words, { exact: true })).toBeVisible();
});
