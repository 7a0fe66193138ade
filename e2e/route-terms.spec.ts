/**
 * What a route bills besides its three token prices (issue 14): cache writes at the write price of the
 * lifetime asked for, long-context tiers per call, each provider's batch rule and tool fee, with the
 * sentence under the bill naming each figure's source. Moonshot's own prices are pinned by
 * src/data/rate-sheet.test.ts; the tiered route is picked from the bundled data and its expected
 * figures computed from it here.
 */
import type { Page } from '@playwright/test';
import { parsePrice } from '../src/domain/rates/prices';
import { pickRoute } from './bundled-sheet';
import { expect, test } from './fixtures';

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const figure = (page: Page, name: string) => bill(page).getByLabel(name, { exact: true });
const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const terms = (page: Page) => page.getByRole('list', { name: 'Terms behind these figures' });

async function chooseRoute(page: Page, model: string, provider: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: model });
  await page.getByRole('combobox', { name: 'Provider', exact: true }).selectOption({ label: provider });
  await expect(bill(page).getByText(`${model} via ${provider}`, { exact: true })).toBeVisible();
}

/** "$1,234.56" → 123456n cents. */
const cents = (text: string) => BigInt(text.replace(/[$,.]/g, ''));
/** tokens × micro-dollars per 1M tokens, in cents (exact here: the figures chosen divide evenly). */
const centsOf = (tokens: bigint, micros: bigint) => (tokens * micros) / 10_000_000_000n;
const dollars = (value: bigint) =>
  `$${(value / 100n).toLocaleString('en-US')}.${(value % 100n).toString().padStart(2, '0')}`;

async function expectLinesAddUp(page: Page, labels: readonly string[]): Promise<void> {
  let sum = 0n;
  for (const label of labels) sum += cents((await figure(page, label).textContent()) ?? '');
  expect(sum).toBe(cents((await figure(page, 'Monthly cost').textContent()) ?? ''));
}

const K31_PRO = pickRoute(
  'Kimi K3.1 Pro on Moonshot AI',
  (route) => route.id === 'kimi-k3.1-pro@moonshot-ai',
);

test('Kimi K3.1 Pro via Moonshot AI bills a cache write rate as its own "Cache write cost" line, at the lifetime asked for', async ({
  page,
}) => {
  await page.goto('/');
  await chooseRoute(page, K31_PRO.modelName, K31_PRO.providerName);
  await numberField(page, 'Requests per month').fill('10000');
  await numberField(page, 'Cache hit rate').fill('50');
  await numberField(page, 'Cache write rate').fill('10');
  // 10,000 requests × 2,000 input tokens: 10M from cache, 2M written, 8M at the input price; 5M output.
  const [short, long] = K31_PRO.cacheWrites.map((write) => parsePrice(write.price) ?? 0n);
  const input = parsePrice(K31_PRO.prices.input) ?? 0n;
  const cached = parsePrice(K31_PRO.prices.cachedInput ?? '') ?? 0n;
  const output = parsePrice(K31_PRO.prices.output) ?? 0n;
  const expectMonth = async (writePrice: bigint) => {
    const parts = {
      'Input cost': centsOf(8_000_000n, input),
      'Cached input cost': centsOf(10_000_000n, cached),
      'Cache write cost': centsOf(2_000_000n, writePrice),
      'Output cost': centsOf(5_000_000n, output),
    };
    for (const [label, amount] of Object.entries(parts))
      await expect(figure(page, label)).toHaveText(dollars(amount));
    const total = Object.values(parts).reduce((sum, part) => sum + part, 0n);
    await expect(figure(page, 'Monthly cost')).toHaveText(dollars(total));
    await expectLinesAddUp(page, Object.keys(parts));
  };
  await expectMonth(short ?? 0n);
  await expect(terms(page)).toContainText('Cache writes are billed at');
  await expect(terms(page)).toContainText('5-minute write price of Kimi K3.1 Pro via Moonshot AI');

  await page.getByRole('combobox', { name: 'Cache lifetime', exact: true }).selectOption({ label: '1 hour' });
  await expectMonth(long ?? 0n);
  await expect(terms(page)).toContainText('1-hour write price');

  // The link carries the new inputs (format 3) and opens with the same figures in a fresh browser.
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/v=3&/);
  expect(link).toMatch(/cw=10/);
  expect(link).toMatch(/cl=60/);
  const monthly = await figure(page, 'Monthly cost').textContent();
  const fresh = await page.context().browser()?.newContext();
  const other = await fresh?.newPage();
  if (!other || !fresh) throw new Error('no second browser context');
  await other.goto(link);
  await expect(figure(other, 'Monthly cost')).toHaveText(monthly ?? '');
  await expect(figure(other, 'Cache write cost')).toBeVisible();
  await fresh.close();
});

test("batched traffic follows the provider's rule until you set your own percentage", async ({ page }) => {
  await page.goto('/');
  await chooseRoute(page, K31_PRO.modelName, K31_PRO.providerName);
  await numberField(page, 'Batch share').fill('50');
  const providerRule = page.getByRole('checkbox', { name: "Use each provider's batch rule" });
  await expect(providerRule).toBeChecked();
  const percent = K31_PRO.batch?.percentOfStandard ?? '';
  await expect(numberField(page, 'Batch price (% of normal)')).toHaveValue(`${percent}%`);
  await expect(terms(page)).toContainText(
    `billed at ${percent}% of the standard prices, Moonshot AI's published rule`,
  );

  await numberField(page, 'Batch price (% of normal)').fill('50');
  await expect(providerRule).not.toBeChecked();
  await expect(terms(page)).toContainText('Batched traffic is billed at your 50% of the standard prices.');
  await providerRule.check();
  await expect(terms(page)).toContainText("Moonshot AI's published rule");
});

test("an agent chain pays Moonshot's published $web_search fee and shows the source that disagrees", async ({
  page,
}) => {
  await page.goto('/');
  await chooseRoute(page, K31_PRO.modelName, K31_PRO.providerName);
  await page.getByRole('combobox', { name: 'Workload shape' }).selectOption({ label: 'Agent chains' });
  const [first, second] = K31_PRO.toolFees;
  await expect(page.getByRole('checkbox', { name: "Use each provider's tool fee" })).toBeChecked();
  await expect(terms(page)).toContainText(`Tool calls are billed at $${first?.usdPerCall} each`);
  await expect(terms(page)).toContainText(`Sources disagree: $${second?.usdPerCall}`);
});

const TIERED = pickRoute(
  'a live route with a long-context tier',
  (route) =>
    route.longContextTiers.length > 0 &&
    route.lifecycle.status !== 'retired' &&
    route.variant === null &&
    (route.contextWindow ?? 0) > (route.longContextTiers[0]?.aboveTokens ?? 0) + 10_000,
);

test('a prompt over a long-context threshold bills the whole call at the tier, and the bill says how many calls', async ({
  page,
}) => {
  await page.goto('/');
  await chooseRoute(page, TIERED.modelName, TIERED.providerName);
  const tier = TIERED.longContextTiers[0];
  if (!tier) throw new Error('no tier');
  await numberField(page, 'Requests per month').fill('1000');
  await numberField(page, 'Output tokens per request').fill('1000');
  // Exactly the threshold: the standard prices.
  await numberField(page, 'Input tokens per request').fill(String(tier.aboveTokens));
  const price = (text: string | null) => parsePrice(text ?? '0') ?? 0n;
  // tokens × micro-dollars per 1M is 10⁻¹² $; the bill rounds the month to the cent, half up.
  const month = (inputTokens: bigint, prices: { input: string; output: string }) => {
    const exact = 1_000n * inputTokens * price(prices.input) + 1_000_000n * price(prices.output);
    return (exact + 5_000_000_000n) / 10_000_000_000n;
  };
  await expect(figure(page, 'Monthly cost')).toHaveText(
    dollars(month(BigInt(tier.aboveTokens), TIERED.prices)),
  );
  await expect(page.getByText(/^Long-context prices/)).toHaveCount(0);
  // 10,000 tokens over it: every call at the tier's prices.
  const over = BigInt(tier.aboveTokens + 10_000);
  await numberField(page, 'Input tokens per request').fill(String(over));
  await expect(figure(page, 'Monthly cost')).toHaveText(dollars(month(over, tier)));
  await expect(terms(page)).toContainText('applied to 1,000 of 1,000 calls a month');
});
