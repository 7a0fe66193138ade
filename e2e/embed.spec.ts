/**
 * Embedding, as docs sites do it: real host pages on a second origin (e2e/hosts/: a plain page with
 * the "Copy embed code" snippet, a page that loads the host script late, a strict-CSP page and a
 * VitePress site built from the README's recipe). The iframe sizes itself to its content and follows
 * it, follows the site's theme switch, shows the embedded scenario, and the page posts nothing but
 * its height. Any console error or CSP violation fails a test (fixtures.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { docsOrigin, expect, test } from './fixtures';

const iframeHeight = (iframe: Locator) =>
  iframe.evaluate((element) => element.getBoundingClientRect().height);
const contentHeight = (frame: FrameLocator) =>
  frame.locator('.embed').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
const monthly = (frame: FrameLocator) => frame.getByLabel('Monthly cost', { exact: true });

async function openHost(page: Page, baseURL: string, path: string) {
  // The host page collects every message it receives, to check what the embed sends.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(`${docsOrigin(baseURL)}${path}`);
  const iframe = page.locator('iframe[data-kimi-calculator]').first();
  const frame = page.frameLocator('iframe[data-kimi-calculator] >> nth=0');
  return { iframe, frame };
}

/** The iframe is as tall as the embed's content (within a few pixels), with no inner scrollbar. */
async function expectFitted(iframe: Locator, frame: FrameLocator) {
  await expect
    .poll(async () => Math.abs((await iframeHeight(iframe)) - (await contentHeight(frame))))
    .toBeLessThanOrEqual(3);
  const scrolls = await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);
  expect(scrolls).toBe(false);
}

test('the snippet on a plain docs page: the iframe fits its content and follows it', async ({
  page,
  baseURL,
}) => {
  const { iframe, frame } = await openHost(page, baseURL as string, '/plain/');
  await expect(monthly(frame)).toHaveText('$3.90');
  // The compact layout: no page header (its heading is there for screen readers only).
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('heading', { name: 'Kimi K2 API cost calculator', level: 1 })).toHaveClass(
    'visually-hidden',
  );
  await expect.poll(() => iframeHeight(iframe)).not.toBe(760);
  await expectFitted(iframe, frame);

  // It grows when the content grows (an error message appears) and shrinks back.
  const before = await iframeHeight(iframe);
  await frame.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('abc');
  await expect.poll(() => iframeHeight(iframe)).toBeGreaterThan(before);
  await frame.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('1000');
  await expect.poll(() => iframeHeight(iframe)).toBe(before);

  // A narrow column makes the content taller; the iframe follows, and back.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => iframeHeight(iframe)).toBeGreaterThan(before);
  await expectFitted(iframe, frame);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(() => iframeHeight(iframe)).toBe(before);
});

test('a host script that attaches late still gets the height', async ({ page, baseURL }) => {
  const { iframe, frame } = await openHost(page, baseURL as string, '/late/');
  await expect(monthly(frame)).toHaveText('$3.90');
  // Until the host script arrives (4 s after load), the frame keeps its fallback height.
  expect(await iframeHeight(iframe)).toBe(760);
  await expect.poll(() => iframeHeight(iframe), { timeout: 15_000 }).not.toBe(760);
  await expectFitted(iframe, frame);
});

test('a host with a strict Content-Security-Policy: no inline script or style is needed', async ({
  page,
  baseURL,
}) => {
  const { iframe, frame } = await openHost(page, baseURL as string, '/strict/');
  await expect(monthly(frame)).toHaveText('$3.90');
  await expect.poll(() => iframeHeight(iframe)).not.toBe(760);
  await expectFitted(iframe, frame);
  const width = await iframe.evaluate((element) => element.getBoundingClientRect().width);
  const column = await page.locator('main').evaluate((element) => element.clientWidth);
  expect(Math.abs(width - (column - 32))).toBeLessThanOrEqual(1); // the column's width, less its padding
});

test('a VitePress site built from the README recipe: sized, themed with the site, and across navigation', async ({
  page,
  baseURL,
}) => {
  const { iframe, frame } = await openHost(page, baseURL as string, '/vitepress/');
  await expect(monthly(frame)).toHaveText('$3.90');
  await expectFitted(iframe, frame);

  // VitePress marks dark mode with a class on <html>; the embed follows it both ways.
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await frame.locator('html').evaluate((html) => getComputedStyle(html).colorScheme)).toBe('dark');
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'light');

  // Client-side navigation to another page with its own embed: the new iframe is sized too.
  await page.getByRole('link', { name: 'Another page' }).click();
  await expect(page).toHaveURL(/other/);
  const second = page.locator('iframe[data-kimi-calculator]');
  const secondFrame = page.frameLocator('iframe[data-kimi-calculator]');
  await expect(monthly(secondFrame)).toHaveText('$7.80');
  await expectFitted(second, secondFrame);
});

test('a VitePress reader who chose dark before opening the page gets a dark embed', async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => localStorage.setItem('vitepress-theme-appearance', 'dark'));
  const { frame } = await openHost(page, baseURL as string, '/vitepress/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(monthly(frame)).toHaveText('$3.90');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('"Open in full calculator" opens the same scenario in the full layout', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL as string, '/plain/');
  await frame.getByRole('spinbutton', { name: 'Output tokens per request', exact: true }).fill('250');
  await expect(monthly(frame)).toHaveText('$2.90');
  const popupPromise = page.waitForEvent('popup');
  await frame.getByRole('link', { name: 'Open in full calculator' }).click();
  const full = await popupPromise;
  await expect(full.getByRole('heading', { name: 'Kimi K2 API cost calculator' })).toBeVisible();
  await expect(
    full.getByRole('region', { name: 'Monthly bill' }).getByLabel('Monthly cost', { exact: true }),
  ).toHaveText('$2.90');
});

test('exports download from inside the embed', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL as string, '/plain/');
  const download = page.waitForEvent('download');
  await frame.getByRole('button', { name: 'Export breakdown as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('the embed posts only its height to the host page', async ({ page, baseURL }) => {
  const { frame } = await openHost(page, baseURL as string, '/plain/');
  await frame.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('777');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages.length))
    .toBeGreaterThan(0);
  const messages = await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages);
  for (const message of messages) {
    expect(Object.keys(message as object).sort()).toEqual(['height', 'type']);
    expect(message).toMatchObject({ type: 'kimi-calculator:height', height: expect.any(Number) });
  }
});

test('messages that are not the protocol cannot resize or drive the embed', async ({ page, baseURL }) => {
  const { iframe, frame } = await openHost(page, baseURL as string, '/plain/');
  await expect(monthly(frame)).toHaveText('$3.90');
  await expectFitted(iframe, frame);
  const height = await iframeHeight(iframe);
  // Forged height messages from the host window itself (wrong source), a 1 px and a string height.
  await page.evaluate(() => {
    window.postMessage({ type: 'kimi-calculator:height', height: 150 }, '*');
    window.postMessage({ type: 'kimi-calculator:height', height: '1e3' }, '*');
  });
  // The embed accepts only its two messages, read strictly.
  await iframe.evaluate((element: HTMLIFrameElement) => {
    element.contentWindow?.postMessage({ type: 'set', script: 'alert(1)', n: 5 }, '*');
    element.contentWindow?.postMessage({ type: 'kimi-calculator:theme', theme: 'dark', extra: 1 }, '*');
  });
  await page.waitForTimeout(300);
  expect(await iframeHeight(iframe)).toBe(height);
  await expect(monthly(frame)).toHaveText('$3.90');
  await expect(frame.locator('html')).not.toHaveAttribute('data-theme', 'dark');
});

test('theme and panels are chosen by the embedder; a dark theme darkens native controls too', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?embed=1&theme=dark&panels=breakdown#v=1&n=1000&p=0.95,0.16,4');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.locator('html').evaluate((html) => getComputedStyle(html).colorScheme)).toBe('dark');
  await expect(page.getByRole('region', { name: 'Monthly bill' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workload' })).toHaveCount(0);
  await expect(page.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('.card') as Element).backgroundColor,
  );
  expect(background).toBe('rgb(24, 27, 33)');

  // Docusaurus passes its theme as ?docusaurus-theme=dark: the same.
  await page.goto('/?embed=1&docusaurus-theme=dark#v=1&n=1000');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const width of [320, 390, 800]) {
  test(`every panel in a ${width} px docs column: nothing wider than the column but the table, the bill first, no axe violation`, async ({
    page,
  }) => {
    test.slow(); // axe over a page with every route in the table
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/?embed=1&panels=table,endpoints,workload,route,breakdown#v=1&n=1000&p=0.95,0.16,4');
    await expect(page.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
    await expect(page.getByRole('table', { name: 'Provider comparison' })).toBeVisible();

    const documentWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(documentWidth).toBeLessThanOrEqual(width);
    // The table keeps its columns and scrolls inside its own box instead.
    const table = page.getByRole('table', { name: 'Provider comparison' });
    const scroller = table.locator('xpath=..');
    expect(await scroller.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);

    // The answer comes first: the bill above every input panel, whatever order the query named.
    const top = (name: string) =>
      page
        .getByRole('region', { name, exact: true })
        .evaluate((region) => region.getBoundingClientRect().top);
    const billTop = await top('Monthly bill');
    for (const name of ['Route', 'Workload', 'Compare every route']) {
      expect(billTop).toBeLessThan(await top(name));
    }

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}

test('the production page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
});
