/**
 * Share links: make a scenario, take its link to a fresh browser, get the same figures; old, hostile
 * and broken links open safely; the last scenario comes back on the next visit.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BUNDLED_ROUTES } from '../src/data/rate-sheet';
import { expect, test } from './fixtures';

const FIGURES = [
  'Monthly cost',
  'Yearly cost',
  'Cost per request',
  'Input cost',
  'Cached input cost',
  'Output cost',
];
const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill' });
const figure = (page: Page, name: string) => bill(page).getByLabel(name, { exact: true });
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });

async function figures(page: Page): Promise<string[]> {
  return Promise.all(
    FIGURES.map((name) =>
      figure(page, name)
        .textContent()
        .then((text) => text ?? ''),
    ),
  );
}

test('a link opened in a fresh browser reproduces every figure to the cent', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'Kimi K2.5' });
  await page.getByRole('combobox', { name: 'Provider', exact: true }).selectOption({ label: 'Moonshot AI' });
  await field(page, 'Requests per month').fill('123456');
  await field(page, 'Input tokens per request').fill('3333');
  await field(page, 'Cache hit rate').fill('37.5');
  await field(page, 'Retry buffer').fill('7');
  await field(page, 'Output price per 1M tokens').fill('2.345');
  await page.getByLabel('Include GPT, Claude and Gemini for comparison').check();
  await page.getByRole('checkbox', { name: 'Pin Kimi K2.5 via Moonshot AI' }).check();

  const link = await page.getByLabel('Share link').inputValue();
  expect(link.length).toBeLessThan(400);
  await expect(page).toHaveURL(link);
  const expected = await figures(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(figure(other, 'Monthly cost')).toHaveText(expected[0] as string);
  expect(await figures(other)).toEqual(expected);
  await expect(bill(other).getByText('Kimi K2.5 via Moonshot AI')).toBeVisible();
  await expect(other.getByText('custom', { exact: true })).toBeVisible();
  await expect(other.getByLabel('Include GPT, Claude and Gemini for comparison')).toBeChecked();
  await expect(other.getByRole('checkbox', { name: 'Pin Kimi K2.5 via Moonshot AI' })).toBeChecked();
  await fresh.close();
});

test('"Copy link" puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await field(page, 'Requests per month').fill('4242');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel('Share link').inputValue());
  expect(copied).toContain('n=4242');
});

test("a link made with older prices keeps its figures, says what changed, and offers the sheet's", async ({
  page,
}) => {
  await page.goto('/#v=1&n=1000&p=0.95,0.16,3.5');
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.65');
  const notice = page.getByRole('region', { name: 'Prices changed since this link was made' });
  await expect(notice).toContainText("Output price $3.50 in the link, $4.00 in today's sheet.");
  await expect(notice.getByRole('heading', { name: 'Prices from this link' })).toBeVisible();
  await notice.getByRole('button', { name: "Use the sheet's prices" }).click();
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
  await expect(notice).toHaveCount(0);
});

const HOSTILE = [
  '#v=1&r=<script>alert(1)</script>&n=1000',
  '#v=1&n=1000&i=2e99&o=-4&h=abc&b=%FF%FE',
  '#v=1&n=10',
  `#v=1&q=${'x'.repeat(9000)}`,
  '#%E0%A4%A&&&===&v=&p=,,,,&x=~~~&pin=',
  '#v=1&p=javascript:alert(1),1,1&s=<img src=x onerror=alert(1)>',
  '?n=1000&embed=0',
  '#\u0000\u0001binary\uFFFF',
];

for (const hostile of HOSTILE) {
  test(`a hostile link opens safely: ${hostile.slice(0, 50)}`, async ({ page }) => {
    page.on('dialog', (dialog) => {
      throw new Error(`a link ran code: ${dialog.message()}`);
    });
    await page.goto(`/${hostile}`);
    await expect(figure(page, 'Monthly cost')).toHaveText(/^\$[\d,]+\.\d\d$/);
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // The page's own inline script (the opening guard, allowed by its hash) is the only one.
    await expect(page.locator('script:not([src])')).toHaveCount(1);
    await expect(page.locator('script:not([src])')).toHaveId('opening-guard');
  });
}

test('says what a link could not use, as text', async ({ page }) => {
  await page.goto('/#v=1&r=<b>bold</b>&n=1000&h=abc');
  const notice = page.getByRole('region', { name: 'Parts of the link were ignored' });
  await expect(notice).toContainText('The route “<b>bold</b>” is not in this rate sheet');
  await expect(notice).toContainText('Ignored “abc” for cache hit rate');
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
});

test('updates the URL as the user works without adding history entries', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  const slider = page.getByRole('slider', { name: 'Requests per month', exact: true });
  await slider.focus();
  for (let step = 0; step < 30; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/n=\d+/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('restores the last scenario on the next visit, and Reset returns to the defaults', async ({ page }) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('1000');
  await expect(page).toHaveURL(/n=1000/);
  await page.goto('/');
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(figure(page, 'Monthly cost')).toHaveText('$39.00');
  await expect(field(page, 'Requests per month')).toHaveValue('10,000');
});

test('opens with defaults when local storage is corrupted or unavailable', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('kimi-cost-calculator:scenario', '\u0000garbage&&n=-1&r=<x>');
  });
  await page.goto('/');
  await expect(figure(page, 'Monthly cost')).toHaveText('$39.00');

  const blocked = await page.context().browser()?.newContext();
  const other = await blocked?.newPage();
  await other?.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await other?.goto('/');
  await expect(figure(other as Page, 'Monthly cost')).toHaveText('$39.00');
  await field(other as Page, 'Requests per month').fill('1000');
  await expect(figure(other as Page, 'Monthly cost')).toHaveText('$3.90');
  await blocked?.close();
});

test('a scenario file carries a scenario to another browser; a bad file is reported', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await field(page, 'Requests per month').fill('31337');
  await field(page, 'Input price per 1M tokens').fill('0.5');
  // Typed into the prerendered page, the values count once the page is live: read the figures then.
  await expect(figure(page, 'Monthly cost')).not.toHaveText('$39.00');
  const expected = await figures(page);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export scenario file' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('kimi-scenario.json');
  const path = await download.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await other.getByLabel('Import scenario file').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: readFileSync(path),
  });
  await expect(other.getByText('Opened kimi-scenario.json.')).toBeVisible();
  expect(await figures(other)).toEqual(expected);

  await other.getByLabel('Import scenario file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await expect(
    other.getByText('Could not open notes.txt: The file is not a scenario file (it is not JSON).'),
  ).toBeVisible();
  expect(await figures(other)).toEqual(expected);
  await fresh.close();
});

test('a very large scenario travels compressed and opens with the same figures', async ({
  page,
  browser,
}) => {
  // 100 routes with custom output prices: far past what chat apps keep as plain text.
  const custom = BUNDLED_ROUTES.slice(0, 100)
    .map((route, index) => `x=${route.id}~~~${index % 7}.5`)
    .join('&');
  await page.goto(`/#v=1&n=1000&p=0.95,0.16,2.25&pc=o&${custom}`);
  await expect(page.getByLabel('Share link')).toHaveValue(/#z=[A-Za-z0-9_-]+$/);
  await expect(page).toHaveURL(/#z=/);
  const link = await page.getByLabel('Share link').inputValue();
  expect(link.length).toBeLessThan(2_000);
  await expect(figure(page, 'Monthly cost')).toHaveText('$3.03');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(figure(other, 'Monthly cost')).toHaveText('$3.03');
  await other.getByLabel('Filter routes').fill('k2.5 openrouter');
  // Among the rows the filter shows (your route, custom-priced too, stays in sight above them).
  await expect(
    other
      .getByRole('table', { name: 'Provider comparison' })
      .locator(':scope > tbody > tr')
      .filter({ hasNotText: 'Your route (outside these filters' })
      .getByText('custom price'),
  ).toBeVisible();
  await fresh.close();

  await page.goto('/?reload#z=damaged!!'); // a new document, not a same-page fragment change
  await expect(page.getByRole('region', { name: 'Parts of the link were ignored' })).toContainText(
    'The compressed link is damaged',
  );
  await expect(figure(page, 'Monthly cost')).toHaveText('$39.00');
});
