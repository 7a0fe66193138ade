/**
 * "How current are these prices?" Each price's check date is measured against the browser's today
 * (set with Playwright's clock): more than 90 days before it, the price is marked possibly stale, in the
 * Route panel and in the Rates view. The page says how far the sheet has been checked.
 */
import type { Page } from '@playwright/test';
import { BUNDLED_ROUTES, RATE_SHEET_DATE } from '../src/data/rate-sheet';
import type { Route } from '../src/domain/rates/route';
import { findRoute } from '../src/domain/rates/route-catalog';
import { DEFAULT_ROUTE_ID } from '../src/domain/scenario/endpoint';
import { expect, test } from './fixtures';

const routePanel = (page: Page) => page.getByRole('region', { name: 'Route', exact: true });
/** The definition that follows the "Checked" term in the route panel. */
const checkedInPanel = (page: Page) =>
  routePanel(page)
    .getByRole('term')
    .filter({ hasText: /^Checked$/ })
    .locator('xpath=following-sibling::dd[1]');
const ratesView = (page: Page) => page.getByRole('region', { name: 'Rates' });
const rateRows = (page: Page) =>
  ratesView(page).getByRole('table', { name: 'Route prices' }).locator(':scope > tbody > tr');

/** The default route's own check date, whatever the sheet's refresh says. */
const DEFAULT_ROUTE = findRoute(BUNDLED_ROUTES, DEFAULT_ROUTE_ID) as Route;
const CHECKED = DEFAULT_ROUTE.source.date;

/** Noon on the day `days` after `date` (noon, so the browser's time zone cannot move the day). */
const daysAfter = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000);

async function openOn(page: Page, today: Date): Promise<void> {
  await page.clock.setFixedTime(today);
  await page.goto('/');
  await expect(checkedInPanel(page).getByRole('time')).toHaveText(CHECKED);
}

test('the stale marks follow the browser’s date: fresh for 90 days, then possibly stale', async ({
  page,
}) => {
  expect(CHECKED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await openOn(page, daysAfter(CHECKED, 90));
  await expect(page.getByText(`Prices checked up to ${RATE_SHEET_DATE}.`)).toBeVisible();
  await expect(checkedInPanel(page).getByText('Possibly stale')).toHaveCount(0);
  await ratesView(page).getByRole('searchbox', { name: 'Find a route' }).fill(DEFAULT_ROUTE_ID);
  await expect(rateRows(page)).toHaveCount(1);
  // The row's own check date (its older references, listed under Sources, may be stale).
  await expect(rateRows(page).locator(':scope > td.rates__checked').getByText('Possibly stale')).toHaveCount(
    0,
  );
  await expect(ratesView(page)).toContainText(
    `A price checked more than 90 days before today (${daysAfter(CHECKED, 90).toISOString().slice(0, 10)})`,
  );

  // A day later the same price is 91 days old.
  await page.clock.setFixedTime(daysAfter(CHECKED, 91));
  await page.reload();
  await expect(checkedInPanel(page).getByRole('time')).toHaveText(CHECKED);
  await expect(checkedInPanel(page).getByText('Possibly stale')).toBeVisible();
  await expect(checkedInPanel(page)).toContainText('91 days old');
  await ratesView(page).getByRole('searchbox', { name: 'Find a route' }).fill(DEFAULT_ROUTE_ID);
  await expect(rateRows(page)).toHaveCount(1);
  await expect(
    rateRows(page).locator(':scope > td.rates__checked').getByText('Possibly stale'),
  ).toBeVisible();
});

test('a year on, every bundled price is possibly stale; the sheet’s newest date stays what it is', async ({
  page,
}) => {
  await openOn(page, daysAfter(RATE_SHEET_DATE, 366));
  await expect(page.getByText(`Prices checked up to ${RATE_SHEET_DATE}.`)).toBeVisible();
  await expect(checkedInPanel(page).getByText('Possibly stale')).toBeVisible();
  // The first page of the Rates view: every row is marked.
  const rows = rateRows(page);
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  await expect(rows.locator(':scope > td.rates__checked').getByText('Possibly stale')).toHaveCount(count);
});
