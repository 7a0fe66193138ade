/**
 * Each endpoint keeps the values of every workload shape it used: switching the shape away and back
 * restores them, and a share link carries them to another browser.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every edit re-renders the bill, the comparison table and the charts: on a busy machine a journey needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const monthly = (page: Page) => bill(page).getByLabel('Monthly cost', { exact: true }).first();
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const shape = (page: Page) => page.getByRole('combobox', { name: 'Workload shape', exact: true });

test('switching the shape away and back keeps its values, here and through a link', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(monthly(page)).toHaveText('$3.90');
  await shape(page).selectOption({ label: 'Conversations' });
  await field(page, 'Turns per conversation').fill('3');
  await field(page, 'Conversations per month').fill('1000');
  // 1,000 conversations of 3 turns: input 3 × 1,100 + 400 × 3 = 4,500, output 900 tokens each:
  // 1,000 × (4,500 × $0.95 + 900 × $4) / 1M = $7.875 → $7.88.
  await expect(monthly(page)).toHaveText('$7.88');
  await shape(page).selectOption({ label: 'Agent chains' });
  await shape(page).selectOption({ label: 'Single requests' });
  await expect(field(page, 'Requests per month')).toHaveValue('1,000');
  await expect(monthly(page)).toHaveText('$3.90');
  await shape(page).selectOption({ label: 'Conversations' });
  await expect(field(page, 'Turns per conversation')).toHaveValue('3');
  await expect(monthly(page)).toHaveText('$7.88');

  await shape(page).selectOption({ label: 'Single requests' });
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toContain('sh=c~cv~1000~t~3');
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(monthly(other)).toHaveText('$3.90');
  await shape(other).selectOption({ label: 'Conversations' });
  await expect(field(other, 'Turns per conversation')).toHaveValue('3');
  await expect(monthly(other)).toHaveText('$7.88');
  await fresh.close();
});
