/**
 * The containment journey: "a part of the page that fails never takes the rest with it, and nothing a
 * link or a saved scenario holds can blank the page". Parts are broken on purpose from outside the app
 * (the production bundle is patched or its chunk refused in flight), so nothing test-only ships.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/** The link that froze the tab and then blanked the page for good: 1 request × 1 input token, 0 output, 99.99 % cached. */
const BRICKING_LINK = 'v=2&n=1&i=1&o=0&h=99.99';
/** Where the app keeps the last scenario (src/lib/safe-storage.ts). */
const STORAGE_KEY = 'kimi-cost-calculator:scenario';
const CHART_TITLES = [
  'Where the money goes',
  'What drives the bill',
  'Cost by route',
  'Cost versus monthly volume',
  'Cost versus cache hit rate',
] as const;

const monthlyCost = (page: Page) =>
  page.getByRole('region', { name: 'Monthly bill', exact: true }).getByLabel('Monthly cost', { exact: true });
const chart = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });
const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });

/** Every chart drawn: the lazy chunk loaded and each figure holds its SVG. */
async function expectChartsDrawn(page: Page, titles: readonly string[] = CHART_TITLES): Promise<void> {
  await page.getByRole('region', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
  for (const title of titles)
    await expect(chart(page, title).locator('svg.recharts-surface, svg.chart-surface')).toBeVisible();
}

test.describe('a link or saved scenario that once blanked the page', () => {
  test('the link opens with its figures and every chart drawn', async ({ page }) => {
    await page.goto(`/#${BRICKING_LINK}`);
    await expect(monthlyCost(page)).toHaveText('< $0.01');
    await expect(numberField(page, 'Cache hit rate')).toHaveAttribute('aria-valuenow', '99.99');
    await expectChartsDrawn(page);
  });

  test('typing 7 / 3 / 0 / 99.99 into the workload keeps every chart drawn', async ({ page }) => {
    await page.goto('/');
    await expectChartsDrawn(page);
    for (const [name, text] of [
      ['Requests per month', '7'],
      ['Input tokens per request', '3'],
      ['Output tokens per request', '0'],
      ['Cache hit rate', '99.99'],
    ] as const) {
      await numberField(page, name).fill(text);
    }
    await expect(monthlyCost(page)).toHaveText('< $0.01');
    await expectChartsDrawn(page);
    await expect(chart(page, 'Cost versus monthly volume').locator('.chart__caption')).toContainText(
      'At 7 requests a month',
    );
  });

  test('saved in local storage, it opens on the next visit', async ({ page }) => {
    await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      STORAGE_KEY,
      BRICKING_LINK,
    ] as const);
    await page.goto('/');
    await expect(monthlyCost(page)).toHaveText('< $0.01');
    // It is the saved scenario that opened, not the defaults.
    await expect(numberField(page, 'Requests per month')).toHaveAttribute('aria-valuenow', '1');
    await expect(numberField(page, 'Cache hit rate')).toHaveAttribute('aria-valuenow', '99.99');
    await expectChartsDrawn(page);
  });
});

/**
 * Serves the charts chunk with the volume chart patched to throw while `window.__breakVolumeChart` is
 * true. The patch point is the chart's download file name, a literal in its render; if the bundle no
 * longer holds it, the test fails rather than passing without a break.
 */
async function breakVolumeChart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Reflect.set(window, '__breakVolumeChart', true);
  });
  await page.route('**/assets/charts-panel-*.js', async (route: Route) => {
    const response = await route.fetch();
    const source = await response.text();
    const patchPoint = /fileName:(["'`])cost-versus-volume\1/;
    if (!patchPoint.test(source)) {
      await route.fulfill({ response, body: 'throw new Error("patch point not found")' });
      return;
    }
    const patched = source.replace(
      patchPoint,
      'fileName:(window.__breakVolumeChart?(()=>{throw new Error("Injected failure of the volume chart")})():"cost-versus-volume")',
    );
    await route.fulfill({ response, body: patched });
  });
}

test.describe('a chart that throws', () => {
  test.use({ expected: { consoleErrors: [/Injected failure of the volume chart/] } });

  test('is replaced by one line naming it; the rest of the page works; "Try again" draws it', async ({
    page,
  }) => {
    await breakVolumeChart(page);
    await page.goto('/');
    const failure = page.getByRole('alert').filter({ hasText: 'Cost versus monthly volume' });
    await expect(failure).toHaveText(
      'The chart “Cost versus monthly volume” could not be shown because of an error. Try again to show the chart “Cost versus monthly volume”',
    );
    await expect(chart(page, 'Cost versus monthly volume')).toHaveCount(0);
    await expectChartsDrawn(
      page,
      CHART_TITLES.filter((title) => title !== 'Cost versus monthly volume'),
    );
    // The rest of the page keeps working: the bill follows the workload.
    const before = await monthlyCost(page).textContent();
    await numberField(page, 'Requests per month').fill('20000');
    await expect(monthlyCost(page)).not.toHaveText(before ?? '');
    await expect(page.getByRole('region', { name: 'Compare every route', exact: true })).toBeVisible();

    await page.evaluate(() => Reflect.set(window, '__breakVolumeChart', false));
    await failure.getByRole('button', { name: /^Try again/ }).click();
    await expect(failure).toHaveCount(0);
    await expectChartsDrawn(page);
    await expect(chart(page, 'Cost versus monthly volume').locator('.chart__caption')).toContainText(
      'At 20,000 requests a month',
    );
  });
});

test.describe('a chunk that fails to load', () => {
  test.use({
    expected: { consoleErrors: [/Failed to load resource/, /Failed to fetch dynamically imported module/] },
  });

  test('shows "Try again" for the charts, which loads them once the network is back', async ({ page }) => {
    let offline = true;
    await page.route('**/assets/charts-panel-*.js', (route) => (offline ? route.abort() : route.continue()));
    await page.goto('/');
    const failure = page.getByRole('alert').filter({ hasText: 'The charts could not be shown' });
    await expect(failure).toBeVisible();
    await expect(monthlyCost(page)).toHaveText(/^\$/);
    await expect(page.getByRole('region', { name: 'Share', exact: true })).toBeVisible();

    offline = false;
    await failure.getByRole('button', { name: 'Try again to show the charts', exact: true }).click();
    await expect(failure).toHaveCount(0);
    await expectChartsDrawn(page);
  });
});
