/**
 * Ranking that does not guess: a route that does not publish a limit the workload needs may not fit.
 * It is marked, ranked after the routes known to fit, never "the cheapest that fits", and the bill
 * warns when it is the route in use. A fixture sheet, so no third-party price or limit matters.
 */
import type { Page } from '@playwright/test';
import { importSheet, k26Route } from './bundled-sheet';
import { expect, test } from './fixtures';

const table = (page: Page) => page.getByRole('table', { name: 'Provider comparison' });
const summary = (page: Page) => page.getByText(/^\d[\d,]* routes? shown/);
const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });

test('a route without a published max output is marked "may not fit (limit not published)", never the cheapest, and the bill warns', async ({
  page,
}) => {
  await page.goto('/');
  // Far cheaper than any host, but its max output is not published.
  const { maxOutput: _unpublished, ...vague } = k26Route('Vague Test Host', {
    input: '0.01',
    cachedInput: null,
    output: '0.01',
  }) as Record<string, unknown>;
  const known = k26Route('Known Test Host', { input: '0.5', cachedInput: null, output: '2' });
  await importSheet(page, [vague, known]);
  await page.getByRole('searchbox', { name: 'Filter routes' }).fill('test host');

  await expect(summary(page)).toHaveText(
    /^2 routes shown\. Cheapest that fits: Kimi K2\.6 via Known Test Host\.$/,
  );
  const vagueRow = table(page).getByRole('row').filter({ hasText: 'Vague Test Host' });
  await expect(
    vagueRow.getByText('may not fit (limit not published): Max output not published.'),
  ).toBeVisible();
  await expect(vagueRow.getByText('Cheapest', { exact: true })).toHaveCount(0);
  await expect(
    table(page)
      .getByRole('row')
      .filter({ hasText: 'Known Test Host' })
      .getByText('Cheapest', { exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Use Kimi K2.6 via Vague Test Host', exact: true }).click();
  await expect(bill(page).getByRole('list', { name: 'Route limits' })).toHaveText(
    'This workload may not fit (limit not published) on Kimi K2.6 via Vague Test Host: Max output not published.',
  );
});
