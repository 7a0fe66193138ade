/**
 * The `test` every spec uses. Its `page` fails the test on anything a user should never cause:
 * - a console error or warning,
 * - an uncaught exception in the page (`pageerror`),
 * - a request to any origin other than the app's own (the calculator promises that nothing leaves
 *   the page); such requests are also aborted, so a leak can never reach the network.
 * Problems are recorded while the test runs and asserted empty after it, so the failure lists all.
 *
 * A test that breaks a part of the page on purpose (to see it contained) declares the console errors
 * that breaking it causes: `test.use({ expected: { consoleErrors: [/Injected failure/] } })`. Only
 * console.error lines can be expected, never warnings or page errors, and each expected pattern must
 * actually appear, so the allowance cannot hide a failure or outlive the break it was made for.
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Schemes that never reach a server and have no origin of their own. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** The docs page that embeds the calculator is served from the next port: a second origin of our own. */
export function docsOrigin(baseURL: string): string {
  const url = new URL(baseURL);
  return `${url.protocol}//${url.hostname}:${Number(url.port) + 1}`;
}

function isForeign(url: string, appOrigin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  return (
    !LOCAL_SCHEMES.has(parsed.protocol) &&
    parsed.origin !== appOrigin &&
    parsed.origin !== docsOrigin(appOrigin)
  );
}

/** What a test that breaks a part on purpose expects to see logged (an object: Playwright reads an array option as [value, options]). */
export interface ExpectedProblems {
  readonly consoleErrors: readonly RegExp[];
}

export const test = base.extend<{ page: Page; expected: ExpectedProblems }>({
  expected: [{ consoleErrors: [] }, { option: true }],
  page: async ({ page, baseURL, expected: { consoleErrors: expectedConsoleErrors } }, use, testInfo) => {
    if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
    const appOrigin = new URL(baseURL).origin;
    const problems: string[] = [];
    const unseen = new Set(expectedConsoleErrors);
    const context = page.context();

    page.on('console', (message) => {
      const expected =
        message.type() === 'error' && expectedConsoleErrors.find((pattern) => pattern.test(message.text()));
      if (expected) {
        unseen.delete(expected);
      } else if (message.type() === 'error' || message.type() === 'warning') {
        const { url, lineNumber } = message.location();
        problems.push(`console.${message.type()}: ${message.text()} (${url}:${lineNumber})`);
      }
    });
    // A Content-Security-Policy violation is a failure even where the browser would only warn.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    page.on('pageerror', (error) => {
      problems.push(`pageerror: ${error.stack ?? error.message}`);
    });
    // Context-wide, so popups and workers are covered too.
    context.on('request', (request) => {
      if (isForeign(request.url(), appOrigin)) problems.push(`foreign request: ${request.url()}`);
    });
    await context.route(
      (url) => isForeign(url.href, appOrigin),
      (route) => route.abort('blockedbyclient'),
    );

    await use(page);

    for (const pattern of unseen) problems.push(`expected console error never logged: ${pattern}`);

    if (problems.length > 0) {
      await testInfo.attach('page-problems', { body: problems.join('\n'), contentType: 'text/plain' });
    }
    expect(problems, 'console errors/warnings, page errors and foreign requests').toEqual([]);
  },
});
