/**
 * Calibrating from real usage: a user drops a request log, reads its summary, applies it to an
 * endpoint and sees the bill follow. Found by accessible names only (see src/features/trace).
 *
 * e2e/fixtures/trace/usage.csv: ten valid requests spread evenly over 2,629,800 ms (a thousandth of
 * a month of 365.25 ÷ 12 days), so 10,000 requests a month; plus one bad row (line 6, negative input).
 * Input 1,000 / 1,500 / 2,000 / 2,500 / 3,000 twice (mean 2,000, p90 3,000), cached 5,000 of 20,000
 * (25%), output 200 / 300 / 500 / 700 / 800 twice (mean 500, p90 800). Tags: chat ×6, search ×4.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/trace/${name}`, import.meta.url));

const tracePanel = (page: Page) =>
  page.getByRole('region', { name: 'Calibrate from real usage', exact: true });
const summary = (page: Page) => tracePanel(page).getByRole('region', { name: 'Log summary', exact: true });
const workloadField = (page: Page, name: string | RegExp) =>
  page.getByRole('spinbutton', { name, exact: typeof name === 'string' });
/** The workload's cache field ("Cache hit rate (%)", or "Cache hit rate" before the endpoints refactor). */
const CACHE_FIELD = /^Cache hit rate/;
/** The bill's total for the endpoint in view. */
const monthlyCost = (page: Page) => page.getByLabel('Monthly cost', { exact: true });

async function dropLog(page: Page, name: string): Promise<void> {
  await tracePanel(page).getByLabel('Log file', { exact: true }).setInputFiles(fixture(name));
  await expect(summary(page)).toBeVisible();
}

test('a CSV log sets an endpoint’s workload, with the mean or a percentile', async ({ page }) => {
  await page.goto('/');
  await dropLog(page, 'usage.csv');
  const panel = tracePanel(page);

  await expect(panel.getByLabel('Requests in the log', { exact: true })).toHaveText('10');
  await expect(panel.getByLabel('Requests a month, from the log', { exact: true })).toHaveText('10,000');
  await expect(panel.getByLabel('Observed cache hit rate', { exact: true })).toHaveText('25%');
  await expect(panel.getByText('1 bad row was skipped: it is not in any figure.')).toBeVisible();
  await expect(panel.getByText('Line 6: input tokens “-5” is negative')).toBeVisible();
  const stats = panel.getByRole('table', { name: 'Tokens per request', exact: true });
  await expect(stats.getByRole('row', { name: 'Input 2,000.0 2,000 3,000 3,000' })).toBeVisible();

  // Mean: 10,000 × (2,000 × 75% × $0.95 + 2,000 × 25% × $0.16 + 500 × $4) per 1M = $35.05 on K2.6 via Moonshot AI.
  await expect(panel.getByRole('combobox', { name: 'Use', exact: true })).toHaveValue('mean');
  await panel.getByRole('button', { name: 'Apply to endpoint', exact: true }).click();
  await expect(workloadField(page, 'Requests per month')).toHaveValue('10,000');
  await expect(workloadField(page, 'Input tokens per request')).toHaveValue('2,000');
  await expect(workloadField(page, 'Output tokens per request')).toHaveValue('500');
  await expect(workloadField(page, CACHE_FIELD)).toHaveValue('25%');
  await expect(monthlyCost(page)).toHaveText('$35.05');

  // p90: 10,000 × (3,000 × 75% × $0.95 + 3,000 × 25% × $0.16 + 800 × $4) per 1M = $54.575 → $54.58.
  await panel.getByRole('combobox', { name: 'Use', exact: true }).selectOption({ label: 'p90' });
  await expect(
    panel.getByText(/^With the p90: 10,000 requests a month × 3,000 input and 800 output tokens/),
  ).toBeVisible();
  await panel.getByRole('button', { name: 'Apply to endpoint', exact: true }).click();
  await expect(workloadField(page, 'Input tokens per request')).toHaveValue('3,000');
  await expect(workloadField(page, 'Output tokens per request')).toHaveValue('800');
  await expect(monthlyCost(page)).toHaveText('$54.58');
});

test('a log’s tags become endpoints in one step', async ({ page }) => {
  await page.goto('/');
  await dropLog(page, 'usage.csv');
  const panel = tracePanel(page);
  const groups = panel.getByRole('table', { name: 'Requests by tag or endpoint', exact: true });
  await expect(groups.getByRole('row', { name: /^chat 6 6,000 / })).toBeVisible();
  await expect(groups.getByRole('row', { name: /^search 4 4,000 / })).toBeVisible();
  await panel.getByRole('button', { name: 'Create endpoints from groups', exact: true }).click();
  const endpoints = panel.getByRole('combobox', { name: 'Apply to endpoint', exact: true });
  await expect(endpoints.getByRole('option', { name: 'chat', exact: true })).toHaveCount(1);
  await expect(endpoints.getByRole('option', { name: 'search', exact: true })).toHaveCount(1);
});

test('Kimi responses are costed request by request on every route', async ({ page }) => {
  await page.goto('/');
  await dropLog(page, 'kimi-responses.jsonl');
  const panel = tracePanel(page);
  // cached_tokens is part of prompt_tokens: 1,512 of 3,001 input tokens.
  await expect(panel.getByLabel('Observed cache hit rate', { exact: true })).toHaveText('50.38%');
  const costs = panel.getByRole('table', { name: 'Trace cost by route', exact: true });
  await expect(costs.getByRole('row', { name: /^Kimi K2\.6 via Moonshot AI \$/ })).toBeVisible();
  await expect(panel.getByText(/^On Kimi K2\.6 via Moonshot AI the log costs \$/)).toBeVisible();
});

test('a binary file is reported, not read', async ({ page }) => {
  await page.goto('/');
  await dropLog(page, 'garbage.bin');
  await expect(tracePanel(page).getByText('This is not a text log: it holds binary data.')).toBeVisible();
});

test('a large log is read off the main thread, with progress and Cancel', async ({ page }) => {
  await page.goto('/');
  // The sections around the panel load when scrolled near: let them arrive before the log does, so the
  // Cancel button is not moved while the worker reads.
  await tracePanel(page).scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  const rows = `input_tokens,cached_tokens,output_tokens\n${'12345,1234,567\n'.repeat(2_000_000)}`;
  await tracePanel(page)
    .getByLabel('Log file', { exact: true })
    .setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows) });
  await expect(tracePanel(page).getByRole('progressbar', { name: 'Reading log', exact: true })).toBeVisible();
  // The page keeps responding while the worker reads: a zero-delay timer fires promptly.
  const delay = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 0);
      }),
  );
  expect(delay).toBeLessThan(200);
  await tracePanel(page).getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(tracePanel(page).getByText('Reading cancelled; nothing was kept.')).toBeVisible();
  await expect(summary(page)).toHaveCount(0);
});
