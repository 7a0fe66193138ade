/**
 * Links, files and logs are untrusted: a junk endpoint count is listed and ignored, a link cannot
 * replace a bundled route's prices or source (they show as "Prices from this link", one click from
 * the sheet's), and text with lone surrogates or bidirectional controls never breaks the page.
 * Amounts on the default route, Kimi K2.6 via Moonshot AI ($0.95 input, $0.16 cached, $4 output per 1M).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every edit re-renders the bill, the comparison table and the charts: on a busy machine a journey needs more than 30 s.
test.describe.configure({ timeout: 90_000 });

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const monthly = (page: Page) => bill(page).getByLabel('Monthly cost', { exact: true }).first();
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const ignored = (page: Page) => page.getByRole('region', { name: 'Parts of the link were ignored' });
const endpointList = (page: Page) => page.getByRole('list', { name: 'Endpoints', exact: true });

test('a link with ne=999 opens one endpoint at a sane bill and says what it ignored', async ({ page }) => {
  await page.goto('/#v=2&ne=999&n=1000');
  // One endpoint of 1,000 requests: the seed's $3.90, not 20 endpoints and a $780 bill.
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(endpointList(page).getByRole('button')).toHaveText(['Endpoint 1']);
  await expect(ignored(page)).toContainText(
    'Ignored the endpoint count “999”: a scenario has 1 to 20 endpoints',
  );
});

test("a link that carries a bundled route's id in cr shows 'Prices from this link', and one click restores the sheet's", async ({
  page,
}) => {
  const forged = {
    schema: 'kimi-cost-calculator/rate-sheet',
    version: 1,
    routes: [
      {
        id: 'kimi-k2.6@moonshot-ai',
        model: 'Kimi K2.6',
        provider: 'Moonshot AI',
        prices: { input: '0.01', cachedInput: '0.001', output: '0.02' },
        contextWindow: 262144,
        maxOutput: 262144,
        source: { label: 'Moonshot AI (official)', url: 'https://platform.moonshot.ai/', date: '2026-07-01' },
      },
    ],
  };
  await page.goto(`/#v=2&n=1000&p=0.01,0.001,0.02&cr=${encodeURIComponent(JSON.stringify(forged))}`);
  // The link's prices: 1,000 × (2,000 × $0.01 + 500 × $0.02) / 1M = $0.03.
  await expect(monthly(page)).toHaveText('$0.03');
  const notice = page.getByRole('region', { name: 'Prices changed since this link was made' });
  await expect(notice.getByRole('heading', { name: 'Prices from this link' })).toBeVisible();
  await expect(notice).toContainText(
    "Kimi K2.6 via Moonshot AI: Input price $0.01 in the link, $0.95 in today's sheet.",
  );
  await expect(notice).toContainText("Output price $0.02 in the link, $4.00 in today's sheet.");
  await expect(notice).toContainText(
    "The sheet's prices for Kimi K2.6 via Moonshot AI: Pydantic genai-prices, 2026-05-22",
  );
  await expect(ignored(page)).toContainText('added as a route of your own (custom-kimi-k2.6@moonshot-ai)');

  // The copy is a route of the user's own in the table, never the bundled route.
  const table = page.getByRole('table', { name: 'Provider comparison' });
  await page.getByLabel('Filter routes').fill('k2.6 moonshot');
  await expect(table.locator(':scope > tbody > tr').filter({ hasText: 'added route' })).toHaveCount(1);

  await notice.getByRole('button', { name: "Use the sheet's prices" }).click();
  // 1,000 requests at the sheet's prices: the seed's $3.90.
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(field(page, 'Input price per 1M tokens')).toHaveValue('0.95');
  await expect(notice).toHaveCount(0);
});

test('a scenario file and a request log with lone surrogates and bidi controls keep the page working', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  await expect(monthly(page)).toHaveText('$39.00');
  const file = testInfo.outputPath('surrogate.json');
  // JSON escapes, as any JSON writer emits a lone surrogate: "\ud800".
  writeFileSync(
    file,
    '{"format":"kimi-cost-calculator-scenario","scenario":"v=2&nm=A\\ud800B\\u202e&n=4242"}',
  );
  await page.getByLabel('Import scenario file').setInputFiles(file);
  await expect(endpointList(page).getByRole('button')).toHaveText(['A\uFFFDB']);
  // 4,242 × (2,000 × $0.95 + 500 × $4) / 1M = $16.54; the page still follows every edit.
  await expect(monthly(page)).toHaveText('$16.54');
  await field(page, 'Requests per month').fill('1000');
  await expect(monthly(page)).toHaveText('$3.90');
  await expect(page).toHaveURL(/nm=A%EF%BF%BDB/);

  const log = testInfo.outputPath('surrogate-tags.jsonl');
  writeFileSync(
    log,
    [
      '{"usage":{"prompt_tokens":1000,"completion_tokens":100},"tag":"chat\\ud800"}',
      '{"usage":{"prompt_tokens":2000,"completion_tokens":200},"tag":"se\\u202earch"}',
    ].join('\n'),
  );
  const trace = page.getByRole('region', { name: 'Calibrate from real usage', exact: true });
  await trace.getByLabel('Log file', { exact: true }).setInputFiles(log);
  await trace.getByRole('button', { name: 'Create endpoints from groups', exact: true }).click();
  await expect(endpointList(page).getByRole('button')).toHaveText(['A\uFFFDB', 'chat\uFFFD', 'search']);
  await field(page, 'Requests per month').fill('5');
  await expect(page).toHaveURL(/n=5/);
});
