/**
 * Saved work is never silently lost: a link opened over it is offered back in one click, a link pasted
 * into an open tab applies (with the same offer), two tabs follow each other and the last edit wins, a
 * reload of an old tab saves nothing over newer work, a damaged link keeps its text in the address bar,
 * and routes the user imported come back after a reload however many there are.
 */
import type { Page } from '@playwright/test';
import { SAVED_SCENARIOS_KEY } from '../src/lib/storage-keys';
import { expect, test } from './fixtures';

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill' });
const monthly = (page: Page) => bill(page).getByLabel('Monthly cost', { exact: true });
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const importStatus = (page: Page) =>
  page.getByRole('region', { name: 'Import and export prices' }).getByRole('status');
const offer = (page: Page) => page.getByRole('region', { name: 'Your previous scenario' });

test('a link opened over saved work offers it back, and one click restores it', async ({ page }) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(page).toHaveURL(/n=1000/);

  // A colleague's link, opened in the same browser.
  await page.goto('/?shared#v=2&n=4242&i=100&o=10');
  await expect(field(page, 'Requests per month')).toHaveValue('4,242');
  await expect(offer(page)).toContainText('The scenario you had here is kept in this browser.');
  await offer(page).getByRole('button', { name: 'Restore my previous scenario' }).click();
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(field(page, 'Requests per month')).toHaveValue('1,000');
  await expect(page).toHaveURL(/n=1000/);

  // And back again, in one click.
  await offer(page).getByRole('button', { name: "Back to the link's scenario" }).click();
  await expect(field(page, 'Requests per month')).toHaveValue('4,242');
});

test('opening a link saves nothing until the user edits it', async ({ page }) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(page).toHaveURL(/n=1000/);
  await page.goto('/?other#garbage');
  await expect(monthly(page)).toHaveText('$39.00');
  // Back to the calculator without a link (a new document): the saved work, untouched.
  await page.goto('/');
  await expect(monthly(page)).toHaveText('$3.90');
});

test('a link pasted into an open tab applies, with the same restore offer', async ({ page }) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(page).toHaveURL(/n=1000/);
  // A same-document navigation: only the fragment changes, as when a link is pasted into the address bar.
  await page.evaluate(() => {
    window.location.hash = '#v=2&n=20000';
  });
  await expect(monthly(page)).toHaveText('$78.00');
  await expect(page).toHaveURL(/#v=3&n=20000/);
  await offer(page).getByRole('button', { name: 'Restore my previous scenario' }).click();
  await expect(monthly(page)).toHaveText('$3.90');
});

test('two tabs follow each other; the last edit wins, never the last load', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await field(first, 'Requests per month').fill('1000');
  await expect(first).toHaveURL(/n=1000(&|$)/);
  // The address follows at once, the browser's copy a moment later (250 ms): a tab opened sooner
  // would open without it.
  await expect
    .poll(() => first.evaluate((key) => localStorage.getItem(key) ?? '', SAVED_SCENARIOS_KEY))
    .toContain('n=1000');

  const second = await context.newPage();
  await second.goto('/');
  await expect(monthly(second)).toHaveText('$3.90');
  await field(second, 'Requests per month').fill('3000');
  await expect(monthly(second)).toHaveText('$11.70');
  // The first tab follows the second's edit.
  await expect(monthly(first)).toHaveText('$11.70');
  await field(first, 'Requests per month').fill('5000');
  await expect(monthly(second)).toHaveText('$19.50');

  // Reloading either tab keeps the newest edit; loading is never saving.
  await second.reload();
  await expect(monthly(second)).toHaveText('$19.50');
  const third = await context.newPage();
  await third.goto('/');
  await expect(monthly(third)).toHaveText('$19.50');
});

test('a damaged link keeps its text in the address bar and says what was wrong', async ({ page }) => {
  for (const link of ['#z=damaged!!', '#v=99&n=5', `#v=2&q=${'a'.repeat(9_000)}`]) {
    await page.goto(`/?fresh=${link.length}${link}`);
    await expect(page.getByRole('region', { name: 'Parts of the link were ignored' })).toBeVisible();
    await expect(monthly(page)).toHaveText(/^\$[\d,]+\.\d\d$/);
    await page.waitForTimeout(600); // longer than the URL writer waits
    expect(new URL(page.url()).hash).toBe(link);
  }
});

test('routes the user imported come back after a reload, however many there are', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  // 30 routes go past what a link carries, 400 fill local storage's blob, 4,000 more (2 MB) go to
  // IndexedDB; a scenario holds at most 5,000 added routes.
  for (const count of [30, 400, 4_000]) {
    await page
      .getByRole('region', { name: 'Import and export prices' })
      .getByLabel('Rate sheet file')
      .evaluate((input: HTMLInputElement, total) => {
        const routes = Array.from({ length: total }, (_, index) => ({
          model: 'Kimi K2.6',
          provider: `Saved Host ${total}-${index}`,
          prices: { input: '0.9', output: '3.9' },
          note: 'n'.repeat(400),
        }));
        const text = JSON.stringify({ schema: 'kimi-cost-calculator/rate-sheet', version: 1, routes });
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], `sheet-${total}.json`, { type: 'application/json' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, count);
    await expect(importStatus(page)).toContainText(`Imported ${count.toLocaleString('en-US')} routes`, {
      timeout: 30_000,
    });
    // Saved once the newest scenario refers to a blob of this many routes (written after the import).
    await page.waitForFunction(
      (total) => {
        const saved = localStorage.getItem('kimi-cost-calculator:scenarios') ?? '';
        const key = /"routes":\{"key":"([^"]+)"/.exec(saved)?.[1];
        const previous = sessionStorage.getItem('test:last-blob');
        if (total <= 20 || !key || key === previous) return false;
        sessionStorage.setItem('test:last-blob', key);
        return true;
      },
      count,
      { timeout: 30_000, polling: 250 },
    );
    await page.reload();
    await page.getByLabel('Filter routes').fill(`saved host ${count}-${count - 1}`);
    await expect(
      // The rows the filter shows (your route stays in sight above them, outside the filter).
      page
        .getByRole('table', { name: 'Provider comparison' })
        .locator(':scope > tbody > tr')
        .filter({ hasNotText: 'Your route (outside these filters' }),
    ).toHaveCount(1, { timeout: 20_000 });
  }
});

test('a scenario file of 400 added routes exports and imports again', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page
    .getByRole('region', { name: 'Import and export prices' })
    .getByLabel('Rate sheet file')
    .evaluate((input: HTMLInputElement) => {
      const routes = Array.from({ length: 400 }, (_, index) => ({
        model: 'Kimi K2.6',
        provider: `File Host ${index}`,
        prices: { input: '0.9', output: '3.9' },
        note: 'n'.repeat(400),
      }));
      const text = JSON.stringify({ schema: 'kimi-cost-calculator/rate-sheet', version: 1, routes });
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'sheet.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  await expect(importStatus(page)).toContainText('Imported 400 routes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario file' }).click();
  const path = await (await download).path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByLabel('Import scenario file').setInputFiles(path);
  await expect(other.getByRole('listitem').filter({ hasText: /^Opened [0-9a-f-]+\.$/ })).toBeVisible();
  await other.getByLabel('Filter routes').fill('file host 399');
  await expect(
    other
      .getByRole('table', { name: 'Provider comparison' })
      .locator(':scope > tbody > tr')
      .filter({ hasNotText: 'Your route (outside these filters' }),
  ).toHaveCount(1);
  await fresh.close();
});

test('a lone surrogate in saved text never blanks the page', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('kimi-cost-calculator:scenario', 'v=2&nm=\uD800&n=4242');
  });
  await page.goto('/');
  await expect(field(page, 'Requests per month')).toHaveValue('4,242');
  await field(page, 'Requests per month').fill('1000');
  await expect(page).toHaveURL(/n=1000/);
  await page.reload();
  await expect(monthly(page)).toHaveText('$3.90');
});
