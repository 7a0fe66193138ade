/**
 * Embedding: the docs page in public/ is served from a second origin and embeds the calculator exactly
 * as a docs site would. The iframe sizes itself, shows the embedded scenario, links to the full
 * calculator with the same scenario, and the page posts nothing but its height.
 */
import type { Page } from '@playwright/test';
import { docsOrigin, expect, test } from './fixtures';

async function openDocsPage(page: Page, baseURL: string) {
  // The host page collects every message it receives, to check what the embed sends.
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { seenMessages: unknown[] }).seenMessages = seen;
    window.addEventListener('message', (event) => seen.push(event.data));
  });
  await page.goto(`${docsOrigin(baseURL)}/embed-demo.html?app=${encodeURIComponent(`${baseURL}/`)}`);
  const iframe = page.locator('iframe[data-kimi-calculator]');
  const frame = page.frameLocator('iframe[data-kimi-calculator]');
  return { iframe, frame };
}

const iframeHeight = (iframe: ReturnType<Page['locator']>) =>
  iframe.evaluate((element) => element.getBoundingClientRect().height);

test('the docs page embeds the scenario and the iframe fits its content', async ({ page, baseURL }) => {
  const { iframe, frame } = await openDocsPage(page, baseURL as string);
  await expect(frame.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
  await expect(frame.getByRole('heading', { name: 'Kimi K2 API cost calculator' })).toHaveCount(0);

  // The iframe takes the content's height (not its 760 px fallback), with no inner scrollbar.
  await expect.poll(() => iframeHeight(iframe)).not.toBe(760);
  const contentHeight = await frame
    .locator('.embed')
    .evaluate((element) => element.getBoundingClientRect().height);
  expect(Math.abs((await iframeHeight(iframe)) - Math.ceil(contentHeight))).toBeLessThanOrEqual(1);
  const scrolls = await frame.locator('html').evaluate((html) => html.scrollHeight > html.clientHeight + 1);
  expect(scrolls).toBe(false);

  // It grows when the content grows (an error message appears) and shrinks back.
  const before = await iframeHeight(iframe);
  await frame.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('abc');
  await expect.poll(() => iframeHeight(iframe)).toBeGreaterThan(before);
  await frame.getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('1000');
  await expect.poll(() => iframeHeight(iframe)).toBe(before);
});

test('"Open in full calculator" opens the same scenario in the full layout', async ({ page, baseURL }) => {
  const { frame } = await openDocsPage(page, baseURL as string);
  await frame.getByRole('spinbutton', { name: 'Output tokens per request', exact: true }).fill('250');
  await expect(frame.getByLabel('Monthly cost', { exact: true })).toHaveText('$2.90');
  const popupPromise = page.waitForEvent('popup');
  await frame.getByRole('link', { name: 'Open in full calculator' }).click();
  const full = await popupPromise;
  await expect(full.getByRole('heading', { name: 'Kimi K2 API cost calculator' })).toBeVisible();
  await expect(
    full.getByRole('region', { name: 'Monthly bill' }).getByLabel('Monthly cost', { exact: true }),
  ).toHaveText('$2.90');
});

test('the embed posts only its height to the host page', async ({ page, baseURL }) => {
  const { frame } = await openDocsPage(page, baseURL as string);
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

test('a message from the host page cannot resize or drive the embed', async ({ page, baseURL }) => {
  const { iframe, frame } = await openDocsPage(page, baseURL as string);
  await expect(frame.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
  const height = await iframeHeight(iframe);
  // A forged height message from the host window itself is ignored by the listener (wrong source),
  // and the embed accepts no incoming messages at all.
  await page.evaluate(() => window.postMessage({ type: 'kimi-calculator:height', height: 50 }, '*'));
  await iframe.evaluate((element: HTMLIFrameElement) =>
    element.contentWindow?.postMessage({ type: 'set', script: 'alert(1)', n: 5 }, '*'),
  );
  await page.waitForTimeout(300);
  expect(await iframeHeight(iframe)).toBe(height);
  await expect(frame.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
});

test('theme and panels are chosen by the embedder', async ({ page }) => {
  await page.goto('/?embed=1&theme=dark&panels=breakdown#v=1&n=1000&p=0.95,0.16,4');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('region', { name: 'Monthly bill' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workload' })).toHaveCount(0);
  await expect(page.getByLabel('Monthly cost', { exact: true })).toHaveText('$3.90');
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('.card') as Element).backgroundColor,
  );
  expect(background).toBe('rgb(24, 27, 33)');
});

test('the production page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
});
