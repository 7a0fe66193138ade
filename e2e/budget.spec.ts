/** A monthly budget: how far the bill is from it, and how many requests it buys here and at the cheapest. */
import type { Page } from '@playwright/test';
import { routeName } from '../src/domain/rates/route';
import { cheapestFitting, DEFAULT_TABLE_ROUTES } from './bundled-sheet';
import { expect, test } from './fixtures';

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill' });
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });

test('a budget shows the distance from the bill and what it buys, and travels in the link', async ({
  page,
}) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(bill(page).getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');

  await field(page, 'Monthly budget').fill('10');
  await expect(bill(page).getByLabel('Budget standing')).toHaveText('$6.10 under budget');
  // $10 ÷ $0.0039 a request = 2,564 on Moonshot. The cheapest route the table shows comes from the
  // bundled sheet: $10 ÷ its cost of 2,000 input and 500 output tokens, rounded down.
  const cheapest = cheapestFitting(DEFAULT_TABLE_ROUTES, 2000, 500);
  const buys = (10n * 10n ** 12n) / cheapest.costPerRequest;
  const names = cheapest.routes.map((route) => routeName(route).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await expect(bill(page)).toContainText(
    new RegExp(
      `This budget buys 2,564 requests a month on Kimi K2\\.6 via Moonshot AI, and ${buys.toLocaleString('en-US')} on the cheapest route that fits \\((${names.join('|')})\\)\\.`,
    ),
  );
  await expect(page).toHaveURL(/bud=10/);

  await field(page, 'Monthly budget').fill('1');
  await expect(bill(page).getByLabel('Budget standing')).toHaveText('$2.90 over budget');

  await field(page, 'Monthly budget').fill('-3');
  await expect(page.getByRole('alert').filter({ hasText: 'Must be 0 or more.' })).toBeVisible();
  await expect(bill(page).getByLabel('Budget standing')).toHaveText('$2.90 over budget');

  await field(page, 'Monthly budget').fill('');
  await expect(bill(page).getByLabel('Budget standing')).toHaveCount(0);
});
