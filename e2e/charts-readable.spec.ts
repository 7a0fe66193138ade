/**
 * Charts a person can read, on a laptop and on a phone: your route is named and marked in every chart
 * that compares routes (even when it is not one of the cheapest), the volume chart's line labels do
 * not overlap, and neither do the cache chart's numbered markers. Boxes are measured in the page.
 */
import type { Locator, Page } from '@playwright/test';
import { importSheet, k26Route } from './bundled-sheet';
import { expect, test } from './fixtures';

/** Moonshot's own route, the default: its prices are pinned by src/data/rate-sheet.test.ts. */
const DEFAULT_ROUTE = 'Kimi K2.6 via Moonshot AI';

const chart = (page: Page, title: string) => page.getByRole('figure', { name: title, exact: true });

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

async function boxes(locator: Locator): Promise<Box[]> {
  return locator.evaluateAll((nodes) =>
    nodes.map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      return { x, y, width, height };
    }),
  );
}

/** Pairs of boxes that overlap (by more than half a pixel, to allow for anti-aliasing). */
function overlaps(all: readonly Box[]): string[] {
  const found: string[] = [];
  all.forEach((a, i) => {
    all.slice(i + 1).forEach((b, offset) => {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > 0.5 && down > 0.5) found.push(`${i} and ${i + 1 + offset}`);
    });
  });
  return found;
}

async function enter(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('spinbutton', { name, exact: true }).fill(text);
}

/** Pins made-up K2.6 hosts at 1,000 requests × 100,000 input and 100 output tokens, the first yours. */
async function compareHosts(
  page: Page,
  hosts: readonly (readonly [string, string, string])[],
): Promise<void> {
  await importSheet(
    page,
    hosts.map(([host, input, cachedInput]) =>
      k26Route(`Fixture ${host}`, { input, cachedInput, output: '1' }),
    ),
  );
  await page.getByLabel('Model version').selectOption('K2.6');
  await enter(page, 'Requests per month', '1000');
  await enter(page, 'Input tokens per request', '100000');
  await enter(page, 'Output tokens per request', '100');
  await page.getByLabel('Filter routes').fill('fixture');
  for (const [host] of hosts) {
    await page.getByRole('checkbox', { name: `Pin Kimi K2.6 via Fixture ${host}`, exact: true }).check();
  }
  await page.getByRole('button', { name: `Use Kimi K2.6 via Fixture ${hosts[0]?.[0]}`, exact: true }).click();
  await page.getByLabel('Filter routes').fill('');
}

/**
 * Four hosts whose lines cross in a bunch (input is the bill): A falls from $100.10 to $10.10 as cache
 * hits grow, B and its twin from $60.10 to $40.10, D from $70.10 to $30.10. D overtakes B and the twin
 * at 50 %, A overtakes them at 57.14 % and D at 60 %: five flips at three points within 10 % of the axis.
 */
const crowdedCrossings = (page: Page) =>
  compareHosts(page, [
    ['A', '1', '0.1'],
    ['B', '0.6', '0.4'],
    ['B twin', '0.6', '0.4'],
    ['D', '0.7', '0.3'],
  ]);

/** Six hosts whose lines all meet at 66.67 % ($40.10): fifteen flips at one point, too many for one row. */
const fifteenFlips = (page: Page) =>
  compareHosts(
    page,
    [0, 1, 2, 3, 4, 5].map(
      (i) => ['ABCDEF'.charAt(i), (0.5 + 0.1 * i).toFixed(1), (0.35 - 0.05 * i).toFixed(2)] as const,
    ),
  );

/** The cache chart's numbered badges and "Now", none overlapping another; returns the badges' boxes. */
async function expectMarkersApart(cache: Locator, flips: number): Promise<Box[]> {
  await expect(cache.locator('.crossover-marker')).toHaveCount(flips);
  const badges = await boxes(cache.locator('.crossover-marker circle'));
  const now = await boxes(cache.locator('.now-label'));
  expect(overlaps([...badges, ...now]), 'overlapping markers').toEqual([]);
  await expect(cache.locator('.crossover-marker text')).toHaveText(
    Array.from({ length: flips }, (_, index) => String(index + 1)),
  );
  // Every badge inside the chart, not cut off at its edge.
  const [surface] = await boxes(cache.locator('svg.chart-surface'));
  for (const box of badges) {
    expect(box.x).toBeGreaterThanOrEqual((surface?.x ?? 0) - 0.5);
    expect(box.x + box.width).toBeLessThanOrEqual((surface?.x ?? 0) + (surface?.width ?? 0) + 0.5);
    expect(box.y).toBeGreaterThanOrEqual((surface?.y ?? 0) - 0.5);
  }
  return badges;
}

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test.beforeEach(async ({ page }) => {
      await page.goto('/');
      // Charts are drawn once they come near the viewport: bring the first and then the last near.
      await page.getByRole('region', { name: 'Charts', exact: true }).scrollIntoViewIfNeeded();
      await chart(page, 'Cost versus cache hit rate').scrollIntoViewIfNeeded();
      await expect(chart(page, 'Cost versus cache hit rate').locator('svg.chart-surface')).toBeVisible();
    });

    test('your route is named and marked in every comparison chart, though it is not among the cheapest', async ({
      page,
    }) => {
      // The default route ($39.00 a month) is dearer than the five cheapest that fit: it is added.
      await expect(page.locator('.charts__intro')).toContainText('and your route, marked “Your route”');
      const byRoute = chart(page, 'Cost by route');
      await expect(byRoute.locator('.route-tick')).toHaveCount(6);
      await expect(byRoute.locator('.route-tick--active')).toHaveCount(1);
      await expect(byRoute.locator('.route-tick--active')).toHaveText('Your routeKimi K2.6via Moonshot AI');
      await expect(byRoute.locator('.recharts-bar-rectangle')).toHaveCount(6 * 2);

      const volume = chart(page, 'Cost versus monthly volume');
      await expect(volume.locator('.line-end-label--active')).toHaveText(
        'Your routeKimi K2.6via Moonshot AI',
      );

      for (const title of ['Cost by route', 'Cost versus monthly volume', 'Cost versus cache hit rate']) {
        const figure = chart(page, title);
        await figure.getByText('Show data').click();
        await expect(figure.locator('table.chart-data').first(), title).toContainText(
          `${DEFAULT_ROUTE} (your route)`,
        );
      }
      for (const title of ['Cost versus monthly volume', 'Cost versus cache hit rate']) {
        const figure = chart(page, title);
        // Named in bold in the legend, and drawn as the one thicker line.
        await expect(figure.locator('.chart-legend strong'), title).toHaveText(
          `${DEFAULT_ROUTE} (your route)`,
        );
        await expect(figure.locator('.route-line--active'), title).toHaveCount(1);
      }
    });

    test('your route is marked once when it is one of the cheapest', async ({ page }) => {
      const byRoute = chart(page, 'Cost by route');
      await byRoute.getByText('Show data').click();
      const name =
        (await byRoute
          .locator('table.chart-data tbody tr')
          .first()
          .locator('th, td')
          .first()
          .textContent()) ?? '';
      const [model = '', provider = ''] = name.split(' via ');
      await page.getByLabel('Filter routes').fill(`${model} ${provider.split(' · ')[0]}`);
      await page.getByRole('button', { name: `Use ${name}`, exact: true }).click();
      await page.getByLabel('Filter routes').fill('');
      // A chart redraws while it is near the view: bring it back from the table.
      await byRoute.scrollIntoViewIfNeeded();
      await expect(byRoute.locator('.route-tick')).toHaveCount(5);
      await expect(byRoute.locator('.route-tick--active')).toHaveCount(1);
      await expect(byRoute.locator('.route-tick').first()).toHaveClass(/route-tick--active/);
      await expect(page.locator('.charts__intro')).not.toContainText('and your route');
    });

    test('the volume chart names each line at its end, and no two names overlap', async ({ page }) => {
      for (const scenario of ['default', 'crowded'] as const) {
        if (scenario === 'crowded') await crowdedCrossings(page);
        const volume = chart(page, 'Cost versus monthly volume');
        await volume.scrollIntoViewIfNeeded();
        const labels = volume.locator('.line-end-label__text');
        // Your route and the three cheapest others.
        await expect(labels, scenario).toHaveCount(4);
        await expect(volume.locator('.chart-line'), scenario).toHaveCount(4);
        // The charts follow the inputs once they settle: measure the crowded lines, not the ones before.
        if (scenario === 'crowded') await expect(labels).toContainText([/Your route/, /via Fixture B twin/]);
        const placed = await boxes(labels);
        expect(overlaps(placed), `${scenario}: overlapping labels`).toEqual([]);
        // Every label is inside the chart, not cut off at its edge.
        const [surface] = await boxes(volume.locator('svg.chart-surface'));
        for (const box of placed) {
          expect(box.x + box.width, scenario).toBeLessThanOrEqual(
            (surface?.x ?? 0) + (surface?.width ?? 0) + 0.5,
          );
          expect(box.y, scenario).toBeGreaterThanOrEqual((surface?.y ?? 0) - 0.5);
        }
      }
      // The twins want the same place: both are named, apart.
      await expect(chart(page, 'Cost versus monthly volume').locator('.line-end-label__text')).toContainText([
        /Your route/,
        /via Fixture B$/,
        /via Fixture B twin/,
        /via Fixture D/,
      ]);
    });

    test('the cache chart’s markers do not overlap, even where flips bunch together', async ({ page }) => {
      await crowdedCrossings(page);
      const cache = chart(page, 'Cost versus cache hit rate');
      await cache.scrollIntoViewIfNeeded();
      const flips = cache.getByRole('list', { name: 'Where rankings flip' }).getByRole('listitem');
      await expect(flips).toHaveCount(5);
      await expect(flips.first()).toContainText('at 50% cache hits');
      // One dot for each place lines cross: 50 %, 57.14 % and 60 %.
      await expect(cache.locator('.crossover-point')).toHaveCount(3);
      const badges = await expectMarkersApart(cache, 5);
      // One row is enough, and the badges keep the order of the flips, left to right.
      expect(new Set(badges.map((box) => Math.round(box.y))).size).toBe(1);
      const xs = badges.map((box) => box.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    });

    test('fifteen flips at one point take two rows of markers, none overlapping', async ({ page }) => {
      await fifteenFlips(page);
      const cache = chart(page, 'Cost versus cache hit rate');
      await cache.scrollIntoViewIfNeeded();
      await expect(
        cache.getByRole('list', { name: 'Where rankings flip' }).getByRole('listitem'),
      ).toHaveCount(15);
      await expect(cache.locator('.crossover-point')).toHaveCount(1);
      const badges = await expectMarkersApart(cache, 15);
      expect(new Set(badges.map((box) => Math.round(box.y))).size).toBe(2);
    });
  });
}
