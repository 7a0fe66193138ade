/**
 * The answer first: at 1280×800 the bill and the workload's first three sliders share the first
 * screen; the sticky header's skip link, sections, "Copy link" and "Embed" work from the keyboard;
 * on a phone a one-line bill summary stays in sight while the sliders move, the page never scrolls
 * sideways and every tap target is at least 44 px; print gives one page without controls.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const THREE_SLIDERS = ['Requests per month', 'Input tokens per request', 'Output tokens per request'];

const header = (page: Page) => page.getByRole('banner');
const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const figure = (page: Page, name: string) => bill(page).getByLabel(name, { exact: true });
const summary = (page: Page) => page.getByRole('complementary', { name: 'Bill summary' });
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const copyLink = (page: Page) => page.getByRole('button', { name: 'Copy link' });

async function open(page: Page, viewport: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(viewport);
  await page.goto('/');
  await expect(figure(page, 'Monthly cost')).toHaveText('$39.00');
  // The bill is in the prerendered HTML; the page is live once it has written its canonical address.
  await expect(page).toHaveURL(/#v=\d/);
}

/** The element is wholly inside the window and not under the sticky header or the summary bar. */
async function expectUncovered(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const window = page.viewportSize();
  if (!box || !window) throw new Error('not laid out');
  const top = (await header(page).boundingBox())?.height ?? 0;
  const summaryBox = (await summary(page).isVisible()) ? await summary(page).boundingBox() : null;
  const bottom = summaryBox ? summaryBox.y : window.height;
  expect(box.y, 'below the sticky header').toBeGreaterThanOrEqual(top);
  expect(box.y + box.height, 'above the bottom of the window or the summary').toBeLessThanOrEqual(bottom);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(window.width);
}

/** Presses Tab until the target has focus; returns how many presses it took. */
async function tabsTo(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`not reached within ${limit} Tab presses`);
}

async function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

test.describe('at 1280×800', () => {
  test('the monthly cost and the three sliders are on the first screen, beside each other', async ({
    page,
  }) => {
    await open(page, DESKTOP);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectUncovered(page, figure(page, 'Monthly cost'));
    await expectUncovered(page, figure(page, 'Yearly cost'));
    await expectUncovered(page, figure(page, 'Cost per request'));
    await expectUncovered(page, figure(page, 'Output cost'));
    for (const name of THREE_SLIDERS) await expectUncovered(page, slider(page, name));
    await expectUncovered(page, page.getByRole('combobox', { name: 'Model', exact: true }));
    await expectUncovered(page, page.getByRole('combobox', { name: 'Provider', exact: true }));
    // Beside: the bill's column starts to the right of the sliders'.
    const sliderBox = await slider(page, 'Requests per month').boundingBox();
    const billBox = await bill(page).boundingBox();
    expect(billBox?.x).toBeGreaterThan((sliderBox?.x ?? 0) + (sliderBox?.width ?? 0));
    // The summary bar is for narrow screens only.
    await expect(summary(page)).toBeHidden();
  });

  test('the bill stays beside the sliders lower in the workload', async ({ page }) => {
    await open(page, DESKTOP);
    await slider(page, 'Retry buffer').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expectUncovered(page, figure(page, 'Monthly cost'));
  });

  test('the skip link is the first Tab stop and moves to the calculator', async ({ page }) => {
    await open(page, DESKTOP);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the calculator' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    // The scenario's link stays in the address: the skip link does not replace its fragment.
    expect(new URL(page.url()).hash).not.toContain('main-content');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Model', exact: true })).toBeFocused();
  });

  test('"Copy link" in the header is within 15 Tab presses and copies the share link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, DESKTOP);
    await field(page, 'Requests per month').fill('4242');
    await expect(figure(page, 'Monthly cost')).toHaveText('$16.54');
    await page.reload(); // Tab from the top of the page; the tab keeps its scenario
    await expect(figure(page, 'Monthly cost')).toHaveText('$16.54');
    const button = header(page).getByRole('button', { name: 'Copy link', exact: true });
    expect(await tabsTo(page, button, 15)).toBeLessThanOrEqual(15);
    await page.keyboard.press('Enter');
    await expect(header(page).getByRole('status')).toHaveText('Link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Share link').inputValue());
    expect(copied).toContain('n=4242');
    // The one "Copy link" on the page is the header's: a plain name lookup finds exactly it.
    await expect(copyLink(page)).toHaveCount(1);
    // A changed scenario has another link: "Link copied." no longer speaks for it.
    await field(page, 'Requests per month').fill('5000');
    await expect(header(page).getByRole('status')).toHaveText('');
  });

  test('when the browser refuses to copy, "Copy link" selects the link to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
    });
    await open(page, DESKTOP);
    await copyLink(page).click();
    await expect(header(page).getByRole('status')).toHaveText(
      'Could not copy: the link is selected in "Share link"; press Ctrl+C (⌘C on a Mac) to copy it.',
    );
    const link = page.getByLabel('Share link');
    await expect(link).toBeFocused();
    await expectUncovered(page, link);
    const { start, end, length } = await link.evaluate((input: HTMLInputElement) => ({
      start: input.selectionStart,
      end: input.selectionEnd,
      length: input.value.length,
    }));
    expect([start, end]).toEqual([0, length]);
    expect(length).toBeGreaterThan(10);
  });

  test('"Embed" takes the user to the embed code, selected', async ({ page }) => {
    await open(page, DESKTOP);
    const before = page.url();
    await header(page).getByRole('button', { name: 'Embed', exact: true }).click();
    const code = page.getByLabel('Embed code');
    await expect(code).toBeFocused();
    // Smooth scrolling and lazy sections loading above it may move it for a moment: it settles in view.
    await expect(async () => expectUncovered(page, code)).toPass({ timeout: 5_000 });
    await expect(code).toHaveValue(/<iframe/);
    expect(page.url()).toBe(before);
  });

  test("the header's sections bring each one under the header and keep the scenario's address", async ({
    page,
  }) => {
    await open(page, DESKTOP);
    const before = page.url();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const sections = [
      ['Prices', 'Route'],
      ['Compare', 'Compare every route'],
      ['Share', 'Share'],
      ['Endpoints', 'Endpoints'],
    ] as const;
    for (const [button, region] of sections) {
      await nav.getByRole('button', { name: button, exact: true }).click();
      const heading = page.getByRole('region', { name: region, exact: true }).getByRole('heading').first();
      await expect(heading).toBeInViewport();
      await expectUncovered(page, heading);
    }
    expect(page.url()).toBe(before);
    // Keyboard users land in the section: the next Tab is a control inside it.
    await nav.getByRole('button', { name: 'Prices', exact: true }).press('Enter');
    await page.keyboard.press('Tab');
    const focusedIsInRoute = await page
      .getByRole('region', { name: 'Route', exact: true })
      .evaluate((region) => region.contains(document.activeElement));
    expect(focusedIsInRoute).toBe(true);
  });
});

test.describe('at 390×844', () => {
  test('the summary shows the bill and the three sliders are on the first screen; no sideways scroll', async ({
    page,
  }) => {
    await open(page, PHONE);
    await expect(summary(page)).toBeVisible();
    await expect(summary(page)).toContainText('Monthly cost$39.00');
    await expect(summary(page)).toContainText('Cost per request$0.00390');
    for (const name of [
      'Requests per month',
      'Input tokens per request',
      'Output tokens per request',
    ] as const)
      await expectUncovered(page, slider(page, name));
    await expectUncovered(page, page.getByRole('combobox', { name: 'Model', exact: true }));
    expect(await pageScrollWidth(page)).toBe(PHONE.width);
  });

  test('the summary stays in sight and follows a slider lower down', async ({ page }) => {
    await open(page, PHONE);
    const output = slider(page, 'Output tokens per request');
    await output.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await expectUncovered(page, output);
    await expect(summary(page)).toBeInViewport({ ratio: 1 });
    // The summary is not a live region: the bill announces changes, once.
    expect(await summary(page).evaluate((element) => element.closest('[aria-live]'))).toBeNull();

    await output.focus();
    await page.keyboard.press('ArrowRight'); // 500 → 550 (a tenth, on the log scale)
    await expect(field(page, 'Output tokens per request')).toHaveValue('550');
    // 10,000 × (2,000 × $0.95 + 550 × $4.00) / 1M = $41.00; per request $0.0041.
    await expect(summary(page)).toContainText('Monthly cost$41.00');
    await expect(summary(page)).toContainText('Cost per request$0.00410');
    await expect(figure(page, 'Monthly cost')).toHaveText('$41.00');
    await expect(summary(page)).toBeInViewport({ ratio: 1 });
  });

  test('the largest bill still fits without sideways scroll', async ({ page }) => {
    await open(page, PHONE);
    await field(page, 'Requests per month').fill('1000000000000');
    await field(page, 'Input tokens per request').fill('10000000');
    await field(page, 'Output tokens per request').fill('10000000');
    await expect(summary(page)).toContainText('$49,500,000,000,000.00');
    await expect(summary(page)).toBeInViewport({ ratio: 1 });
    expect(await pageScrollWidth(page)).toBe(PHONE.width);
  });

  test('"Copy link" is within 15 Tab presses on a phone too, and stays in the sticky header', async ({
    page,
  }) => {
    await open(page, PHONE);
    expect(await tabsTo(page, copyLink(page), 15)).toBeLessThanOrEqual(15);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect(copyLink(page)).toBeInViewport({ ratio: 1 });
  });

  test('tap targets are at least 44 px: buttons, selects, sliders and checkbox labels', async ({ page }) => {
    await open(page, PHONE);
    const small = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          'main button, header button, main select, main input[type="range"]',
        ),
        // A checkbox is tapped through its label, around it or named by its id.
        ...[...document.querySelectorAll<HTMLInputElement>('main input[type="checkbox"]')].map(
          (box) => box.closest('label') ?? box.labels?.[0] ?? box,
        ),
      ];
      return targets
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => {
          const { width, height } = element.getBoundingClientRect();
          return { what: element.outerHTML.slice(0, 80), width, height };
        })
        .filter(({ width, height }) => width < 44 || height < 44);
    });
    expect(small).toEqual([]);
  });
});

for (const viewport of [DESKTOP, PHONE]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations at ${viewport.width}×${viewport.height} in ${colorScheme}`, async ({
      page,
    }) => {
      test.slow(); // axe walks the whole page, comparison table included
      await page.emulateMedia({ colorScheme });
      await open(page, viewport);
      await page.getByRole('link', { name: 'Skip to the calculator' }).focus();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }
}

test('print gives one page: the scenario, the bill, the top routes and the prices with their dates', async ({
  page,
}) => {
  await open(page, DESKTOP);
  await expect(page.getByRole('region', { name: 'Compare every route' }).getByRole('row')).not.toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(figure(page, 'Monthly cost')).toBeVisible();
  await expect(field(page, 'Requests per month')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Route', exact: true }).getByText('Checked')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Compare every route' })).toBeVisible();
  for (const hidden of [
    copyLink(page),
    page.getByRole('navigation', { name: 'Sections' }),
    slider(page, 'Requests per month'),
    page.getByRole('region', { name: 'Charts', exact: true }),
    page.getByRole('region', { name: 'Share', exact: true }),
    page.getByRole('button', { name: 'Export breakdown as CSV' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const rows = page.getByRole('region', { name: 'Compare every route' }).locator('tbody tr');
  const shownRows = await rows.evaluateAll(
    (all) => all.filter((row) => (row as HTMLElement).getClientRects().length > 0).length,
  );
  expect(shownRows).toBe(5);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
