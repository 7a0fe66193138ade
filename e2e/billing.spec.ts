/**
 * The hidden-costs journey: "what will I really pay once the platform fee and tax are on?" Set a
 * provider's fee and tax in Billing extras, read the bill with extras, and compare routes with them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const extrasPanel = (page: Page) => page.getByRole('region', { name: 'Billing extras' });
const table = (page: Page) => page.getByRole('table', { name: 'Provider comparison' });

test('a platform fee and tax show in the bill with extras and in a "With fees and tax" column', async ({
  page,
}) => {
  // The seed example: 1,000 requests × 2,000 in / 500 out on Kimi K2.6 via Moonshot AI = $3.90.
  await page.goto('/#v=2&n=1000');
  await expect(table(page).getByRole('columnheader', { name: /With fees and tax/ })).toHaveCount(0);

  await extrasPanel(page).getByLabel('Platform fee for Moonshot AI (%)').fill('10');
  await extrasPanel(page).getByLabel('Add tax').check();
  await extrasPanel(page).getByLabel('Tax (%)').fill('20');

  // $3.90 + 10 % fee = $4.29, + 20 % tax = $5.148 → $5.15 (exact, rounded once).
  const bill = extrasPanel(page).getByRole('table', { name: 'Kimi K2.6 via Moonshot AI' });
  await expect(bill.getByRole('row', { name: /Monthly total/ })).toContainText('$5.15');

  await expect(table(page).getByRole('columnheader', { name: 'With fees and tax (USD)' })).toBeVisible();
  await page.getByLabel('Filter routes').fill('moonshot');
  const moonshot = table(page)
    .locator(':scope > tbody > tr')
    .filter({ has: page.locator('td.cell-provider', { hasText: /^Moonshot AI$/ }) })
    .filter({ has: page.locator('.model-cell__name', { hasText: /^Kimi K2\.6$/ }) });
  await expect(moonshot.locator(':scope > td.cell-monthlyCost')).toHaveText('$3.90');
  await expect(moonshot.locator(':scope > td.cell-withExtras')).toHaveText('$5.15');
});

test('the extras travel in the share link', async ({ page, browser }) => {
  await page.goto('/#v=2&n=1000');
  await extrasPanel(page).getByLabel('Platform fee for Moonshot AI (%)').fill('10');
  await expect(page.getByLabel('Share link')).toHaveValue(/bx=/);
  const link = await page.getByLabel('Share link').inputValue();
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await expect(
    other.getByRole('region', { name: 'Billing extras' }).getByLabel('Platform fee for Moonshot AI (%)'),
  ).toHaveValue('10');
  await expect(
    other
      .getByRole('table', { name: 'Provider comparison' })
      .getByRole('columnheader', { name: 'With fees and tax (USD)' }),
  ).toBeVisible();
});

test("a provider's minimum top-up covers months of everything bought there, in one bill", async ({
  page,
}) => {
  // Two endpoints at Moonshot: 1,000 seed requests on K2.6 ($3.90) and on K2.5 ($0.60 / $3.00: $2.70).
  await page.goto('/#v=2&ne=2&n=1000&2.r=kimi-k2.5@moonshot-ai&2.n=1000');
  await extrasPanel(page).getByLabel('Minimum recharge for Moonshot AI (USD)').fill('50');
  const bill = extrasPanel(page).getByRole('table', {
    name: 'Moonshot AI: Kimi K2.6 via Moonshot AI, Kimi K2.5 via Moonshot AI',
  });
  await expect(bill.getByRole('row', { name: /Monthly total/ })).toContainText('$6.60');
  await expect(extrasPanel(page).getByRole('table')).toHaveCount(1);
  // $50 ÷ $6.60 = 7.57… months, shown in tenths rounded down so it never overstates.
  await expect(
    extrasPanel(page).getByText('One top-up of $50.00 covers 7.5 months of this scenario.'),
  ).toBeVisible();
});
