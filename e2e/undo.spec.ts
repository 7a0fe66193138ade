/**
 * Undo: each destructive action (Reset, Remove endpoint, Import scenario file, a rate-sheet import
 * that replaces routes, Delete route) leaves a notice with "Undo" for at least 10 s (longer while
 * focus is inside it), and Undo gives back exactly what was there. After Remove endpoint, focus is on
 * the endpoint now selected, so a second Enter cannot remove another one.
 * Amounts on the default route, Kimi K2.6 via Moonshot AI ($0.95 input, $4 output per 1M tokens).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const monthly = (page: Page) => bill(page).getByLabel('Monthly cost', { exact: true }).first();
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const undoNotice = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const endpointList = (page: Page) => page.getByRole('list', { name: 'Endpoints', exact: true });
const ratesView = (page: Page) => page.getByRole('region', { name: 'Rates', exact: true });
const importPanel = (page: Page) => page.getByRole('region', { name: 'Import and export prices' });

async function open(page: Page): Promise<void> {
  await page.goto('/');
  await expect(monthly(page)).toHaveText('$39.00');
}

test('Reset can be undone, and the notice stays at least 10 s, and while focus is in it', async ({
  page,
}) => {
  await page.clock.install();
  await open(page);
  // 4,242 requests × (2,000 × $0.95 + 500 × $4) / 1M = $16.5438 → $16.54.
  await field(page, 'Requests per month').fill('4242');
  await expect(monthly(page)).toHaveText('$16.54');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(monthly(page)).toHaveText('$39.00');
  await expect(undoNotice(page, 'Reset the scenario to the defaults.')).toBeVisible();
  // A second Reset changes nothing and keeps the offer of the first.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.clock.fastForward(10_000);
  await expect(undoButton(page)).toBeVisible();
  await undoButton(page).focus();
  await page.clock.fastForward(60_000);
  await expect(undoButton(page)).toBeVisible();
  await undoButton(page).press('Enter');
  await expect(field(page, 'Requests per month')).toHaveValue('4,242');
  await expect(monthly(page)).toHaveText('$16.54');
  await expect(undoButton(page)).toHaveCount(0);
  // Focus is back on Reset, where the user was.
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeFocused();
});

test('Remove endpoint moves focus to the endpoint now selected; Enter removes nothing more; Undo brings it back', async ({
  page,
}) => {
  await open(page);
  for (const name of ['Tagging', 'Search']) {
    await page.getByRole('button', { name: 'Add endpoint', exact: true }).click();
    await page.getByRole('textbox', { name: 'Endpoint name', exact: true }).fill(name);
  }
  await page.getByRole('button', { name: 'Tagging', exact: true }).click();
  await field(page, 'Requests per month').fill('1000');
  // Three endpoints: $39.00 + $3.90 + $39.00 = $81.90.
  await expect(monthly(page)).toHaveText('$81.90');

  await page.getByRole('button', { name: 'Remove endpoint', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(endpointList(page).getByRole('button')).toHaveText(['Endpoint 1', 'Search']);
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(endpointList(page).getByRole('button')).toHaveText(['Endpoint 1', 'Search']);
  await expect(monthly(page)).toHaveText('$78.00');

  await expect(undoNotice(page, 'Removed the endpoint “Tagging”.')).toBeVisible();
  await undoButton(page).click();
  await expect(endpointList(page).getByRole('button')).toHaveText(['Endpoint 1', 'Tagging', 'Search']);
  await expect(page.getByRole('button', { name: 'Tagging', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(field(page, 'Requests per month')).toHaveValue('1,000');
  await expect(monthly(page)).toHaveText('$81.90');
});

test('Import scenario file can be undone', async ({ page }, testInfo) => {
  await open(page);
  await field(page, 'Requests per month').fill('4242');
  const file = testInfo.outputPath('thousand.json');
  writeFileSync(file, JSON.stringify({ format: 'kimi-cost-calculator-scenario', scenario: 'v=2&n=1000' }));
  await page.getByLabel('Import scenario file').setInputFiles(file);
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(undoNotice(page, 'Opened the scenario file thousand.json.')).toBeVisible();
  await undoButton(page).click();
  await expect(monthly(page)).toHaveText('$16.54');
  await expect(field(page, 'Requests per month')).toHaveValue('4,242');
});

test('a rate-sheet import that replaces routes can be undone', async ({ page }, testInfo) => {
  await open(page);
  const sheet = (input: string) =>
    JSON.stringify({
      schema: 'kimi-cost-calculator/rate-sheet',
      version: 1,
      routes: [
        {
          id: 'kimi-k2.6@undo-host',
          model: 'Kimi K2.6',
          provider: 'Undo Host',
          prices: { input, output: '2' },
        },
      ],
    });
  const first = testInfo.outputPath('undo-host.json');
  const second = testInfo.outputPath('undo-host-2.json');
  writeFileSync(first, sheet('0.5'));
  writeFileSync(second, sheet('0.7'));
  await importPanel(page).getByLabel('Rate sheet file').setInputFiles(first);
  await expect(importPanel(page).getByRole('status')).toHaveText(
    'Imported 1 route; 0 entries skipped from undo-host.json.',
  );
  await page.getByRole('combobox', { name: 'Provider', exact: true }).selectOption({ label: 'Undo Host' });
  // 10,000 × (2,000 × $0.50 + 500 × $2) / 1M = $20.00.
  await expect(monthly(page)).toHaveText('$20.00');

  await importPanel(page).getByLabel('Rate sheet file').setInputFiles(second);
  await expect(importPanel(page).getByRole('status')).toContainText(
    '1 route replaces the route with the same id.',
  );
  // 10,000 × (2,000 × $0.70 + 500 × $2) / 1M = $24.00.
  await expect(monthly(page)).toHaveText('$24.00');
  await expect(undoNotice(page, 'Imported 1 route from undo-host-2.json.')).toBeVisible();
  await undoButton(page).click();
  await expect(monthly(page)).toHaveText('$20.00');
});

test('Delete route can be undone: the route and the endpoint on it come back', async ({ page }) => {
  await open(page);
  const form = page.getByRole('region', { name: 'Add a route' });
  await form.getByLabel('Model name').fill('Kimi K2.6');
  await form.getByLabel('Provider name').fill('Undo Form Host');
  await form.getByLabel('Input price ($ per 1M tokens)', { exact: true }).fill('0.5');
  await form.getByLabel('Output price ($ per 1M tokens)').fill('2');
  await form.getByRole('button', { name: 'Add route' }).click();
  await page
    .getByRole('combobox', { name: 'Provider', exact: true })
    .selectOption({ label: 'Undo Form Host' });
  await expect(monthly(page)).toHaveText('$20.00');

  await ratesView(page).getByRole('searchbox', { name: 'Find a route' }).fill('undo form host');
  await ratesView(page).getByRole('button', { name: 'Delete Kimi K2.6 via Undo Form Host' }).click();
  await ratesView(page).getByRole('button', { name: 'Yes, delete Kimi K2.6 via Undo Form Host' }).click();
  await expect(monthly(page)).toHaveText('$39.00');
  await expect(undoNotice(page, 'Deleted the route “Kimi K2.6 via Undo Form Host”.')).toBeVisible();
  await undoButton(page).click();
  await expect(monthly(page)).toHaveText('$20.00');
  await expect(page.getByRole('combobox', { name: 'Provider', exact: true })).toHaveValue(
    'custom-kimi-k2.6@undo-form-host',
  );
  await expect(
    ratesView(page).getByRole('button', { name: 'Delete Kimi K2.6 via Undo Form Host' }),
  ).toBeVisible();
});
