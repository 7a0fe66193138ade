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
