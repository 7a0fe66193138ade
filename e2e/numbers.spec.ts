/**
 * Numbers as people type them, in a German browser: a decimal comma is a decimal comma, an ambiguous
 * "1.000" is refused with both readings, and every field says how it read a reinterpreted number.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ locale: 'de-DE' });

const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const billPanel = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const figure = (page: Page, name: string) => billPanel(page).getByLabel(name, { exact: true });
const extrasPanel = (page: Page) => page.getByRole('region', { name: 'Billing extras' });

// 1,000 requests × 1,000 input tokens and no output: 1M input tokens, so the bill is the input price.
const ONE_MILLION_INPUT = '/#v=2&n=1000&i=1000&o=0';

test('a decimal comma is read as a decimal point, and the field says so', async ({ page }) => {
  await page.goto(ONE_MILLION_INPUT);
  expect(await page.evaluate(() => navigator.language)).toBe('de-DE');
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.95');
  const price = numberField(page, 'Input price per 1M tokens');

  await price.fill('1,5');
  await expect(figure(page, 'Monthly cost')).toHaveText('$1.50');
  await price.fill('0,95');
  // Not $95.00: "0,95" is 0.95.
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.95');
  await expect(price).toHaveAccessibleDescription('Read as 0.95');
  await expect(page.getByText('Read as 0.95', { exact: true })).toBeVisible();

  // 1.5 % of 1M input tokens cached at $0.16: $0.93575 + $0.0024 = $0.93815 (15 % would be $0.83).
  const cacheRate = numberField(page, 'Cache hit rate');
  await cacheRate.fill('1,5');
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.94');
  await expect(cacheRate).toHaveAccessibleDescription(/Read as 1\.5/);
  await cacheRate.press('Tab');
  await expect(cacheRate).toHaveValue('1.5%');
  await expect(page.getByRole('slider', { name: 'Cache hit rate', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '1.5%',
  );
});

test('an ambiguous number is refused with how it could be read, and the bill stays', async ({ page }) => {
  await page.goto(ONE_MILLION_INPUT);
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.95');
  // The field writes a thousand so that it reads back the same here: grouped with a no-break space.
  const requests = numberField(page, 'Requests per month');
  await expect(requests).toHaveValue('1\u00A0000');

  await requests.fill('1.000');
  const message =
    '“1.000” could mean 1000 (point between thousands) or 1 (decimal point). Type 1000 or 1 instead.';
  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(requests).toHaveAttribute('aria-invalid', 'true');
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.95');

  const price = numberField(page, 'Input price per 1M tokens');
  await price.fill('1,000');
  await expect(page.getByRole('alert').filter({ hasText: '“1,000” could mean 1000' })).toBeVisible();
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.95');

  // Grouping that cannot be mistaken is read: "2.000.000" is two million, and says so.
  await requests.fill('2.000.000');
  await expect(requests).toHaveAccessibleDescription(/Read as 2000000/);
  await expect(figure(page, 'Monthly cost')).toHaveText('$1,900.00');
});

test('a bad fee or rate date keeps the value in force, and the link never carries it', async ({
  page,
  browser,
}) => {
  await page.goto('/#v=2&n=1000');
  const fee = extrasPanel(page).getByLabel('Platform fee for Moonshot AI (%)');
  await fee.fill('10,5');
  await expect(fee).toHaveAccessibleDescription('Read as 10.5');
  const bill = extrasPanel(page).getByRole('table', { name: 'Kimi K2.6 via Moonshot AI' });
  // $3.90 + 10.5 % = $4.3095 → $4.31.
  await expect(bill.getByRole('row', { name: /Monthly total/ })).toContainText('$4.31');

  await fee.fill('zehn');
  await expect(fee).toHaveAttribute('aria-invalid', 'true');
  await expect(bill.getByRole('row', { name: /Platform fee \(10\.5%\)/ })).toBeVisible();
  await expect(bill.getByRole('row', { name: /Monthly total/ })).toContainText('$4.31');

  await extrasPanel(page).getByLabel('Show figures in').selectOption('EUR');
  await extrasPanel(page).getByLabel('Exchange rate (per USD)').fill('0,92');
  const date = extrasPanel(page).getByLabel('Rate date');
  await date.fill('2026-09-01');
  await date.fill('2026-13-45');
  await expect(date).toHaveAccessibleDescription(/There is no month 13: months run from 01 to 12\./);
  await expect(
    extrasPanel(page).getByText('Figures in EUR at 0.92 EUR per US dollar, rate of 2026-09-01.'),
  ).toBeVisible();

  // The link holds the values in force, in plain notation.
  const link = await page.getByLabel('Share link').inputValue();
  const other = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await other.goto(link);
  const otherExtras = other.getByRole('region', { name: 'Billing extras' });
  await expect(otherExtras.getByLabel('Platform fee for Moonshot AI (%)')).toHaveValue('10.5');
  await expect(otherExtras.getByLabel('Exchange rate (per USD)')).toHaveValue('0.92');
  await expect(otherExtras.getByLabel('Rate date')).toHaveValue('2026-09-01');
});
