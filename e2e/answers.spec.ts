/**
 * The plain answers and your route in the comparison: "could this cost less, and where?" The expected
 * figures are computed here by hand from the bundled sheet's prices, so the spec holds whatever the
 * sheet's third-party prices are; driven by accessible names only.
 */
import type { Page } from '@playwright/test';
import { parsePrice } from '../src/domain/rates/prices';
import { type Route, routeName } from '../src/domain/rates/route';
import { DEFAULT_ROUTE_ID } from '../src/domain/scenario/endpoint';
import { DEFAULT_WORKLOAD } from '../src/domain/workload/workload';
import { BUNDLED_ROUTES } from './bundled-sheet';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

const { requestsPerMonth, inputTokensPerRequest, outputTokensPerRequest } = DEFAULT_WORKLOAD;
const OWN = BUNDLED_ROUTES.find((route) => route.id === DEFAULT_ROUTE_ID) as Route;

/** The default workload's monthly bill on a route, in cents rounded half up: requests × (in × price + out × price). */
function monthlyCents(route: Route): bigint {
  const input = parsePrice(route.prices.input) as bigint;
  const output = parsePrice(route.prices.output) as bigint;
  // tokens × micro-dollars per 1M tokens = 10⁻¹² $; a cent is 10¹⁰ of them.
  const pico =
    BigInt(requestsPerMonth) *
    (BigInt(inputTokensPerRequest) * input + BigInt(outputTokensPerRequest) * output);
  return (pico + 5n * 10n ** 9n) / 10n ** 10n;
}

/** Known to fit the default request: its context window and max output are published and hold it. */
const knownToFit = (route: Route) =>
  route.contextWindow !== null &&
  inputTokensPerRequest + outputTokensPerRequest <= route.contextWindow &&
  route.maxOutput !== null &&
  outputTokensPerRequest <= route.maxOutput;

/** The cheapest other, still served host of the default route's model known to fit; ties to the name first. */
function cheapestSameModelHost(): { route: Route; cents: bigint } {
  const [best] = BUNDLED_ROUTES.filter(
    (route) =>
      route.modelId === OWN.modelId &&
      route.id !== OWN.id &&
      route.lifecycle.status !== 'retired' &&
      knownToFit(route),
  )
    .map((route) => ({ route, cents: monthlyCents(route) }))
    .sort((a, b) =>
      a.cents === b.cents ? routeName(a.route).localeCompare(routeName(b.route)) : a.cents < b.cents ? -1 : 1,
    );
  if (!best) throw new Error('The bundled sheet has no other host of the default model; pick another spec.');
  return best;
}

const dollars = (cents: bigint) =>
  `$${(cents / 100n).toLocaleString('en-US')}.${(cents % 100n).toString().padStart(2, '0')}`;
/** The saving's share in whole percent, rounded half up. */
const percent = (part: bigint, whole: bigint) => (part * 200n + whole) / (2n * whole);

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const answers = (page: Page) => page.getByRole('region', { name: 'Could it cost less?', exact: true });
const table = (page: Page) => page.getByRole('table', { name: 'Provider comparison' });
const firstRow = (page: Page) => table(page).locator(':scope > tbody > tr').first();

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(table(page)).toBeVisible();
});

test('says what the cheapest host of the same model saves, and switches to it', async ({ page }) => {
  const own = monthlyCents(OWN);
  const best = cheapestSameModelHost();
  await expect(bill(page).getByLabel('Monthly cost', { exact: true })).toHaveText(dollars(own));

  if (best.cents >= own) {
    await expect(answers(page)).toContainText(
      `You are already on the cheapest host of ${OWN.modelName} that fits.`,
    );
    return;
  }
  const saving = own - best.cents;
  const name = routeName(best.route);
  await expect(answers(page)).toContainText(
    `Cheapest host of the same model: ${name} costs ${dollars(best.cents)} — saves ${dollars(saving)} a month (${percent(saving, own)} %).`,
  );

  await answers(page)
    .getByRole('button', { name: `Switch to ${name}`, exact: true })
    .click();
  await expect(bill(page).getByText(name).first()).toBeVisible();
  await expect(bill(page).getByLabel('Monthly cost', { exact: true })).toHaveText(dollars(best.cents));
  await expect(answers(page)).toContainText(
    `You are already on the cheapest host of ${OWN.modelName} that fits.`,
  );
  await expect(answers(page).getByRole('button', { name: `Switch to ${name}` })).toHaveCount(0);
});

test('keeps your route first in the table, marked, whatever the sort and page', async ({ page }) => {
  const mine = routeName(OWN);
  const isMine = async () => {
    await expect(firstRow(page).getByText('Your route', { exact: true })).toBeVisible();
    await expect(firstRow(page).getByRole('button', { name: `Use ${mine}`, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  };
  await isMine();
  await table(page)
    .getByRole('columnheader', { name: 'Monthly cost', exact: true })
    .getByRole('button')
    .click();
  await isMine();
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText(/^Page 2 of /)).toBeVisible();
  await isMine();

  // "Same model" leaves only hosts of your route's model, yours first.
  await page.getByRole('checkbox', { name: 'Same model' }).check();
  const sameModel = BUNDLED_ROUTES.filter(
    (route) => route.modelId === OWN.modelId && route.lifecycle.status !== 'retired',
  );
  await expect(page.getByText(/^\d+ routes? shown/)).toHaveText(
    new RegExp(`^${sameModel.length} routes shown`),
  );
  await isMine();
});

test('the table fits 1280 px without scrolling sideways; more columns wait under "Columns"', async ({
  page,
}) => {
  const frame = page.getByRole('region', { name: 'Provider comparison, scrolls sideways' });
  const fits = () =>
    frame.evaluate(
      (element) => (element.querySelector('table') as HTMLElement).scrollWidth <= element.clientWidth,
    );
  expect(await fits()).toBe(true);
  await expect(table(page).getByRole('columnheader', { name: /Max output/ })).toHaveCount(0);

  const columns = page.getByRole('button', { name: 'Columns', exact: true });
  await columns.focus();
  await page.keyboard.press('Enter');
  const maxOutput = page.getByRole('checkbox', { name: 'Max output', exact: true });
  await maxOutput.focus();
  await page.keyboard.press('Space');
  await expect(table(page).getByRole('columnheader', { name: /Max output/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(columns).toBeFocused();
  await expect(columns).toHaveAttribute('aria-expanded', 'false');
});
