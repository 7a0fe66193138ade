/**
 * The figures and the words of the bill (issue 15): unit costs to three significant digits, "< $0.01"
 * for a bill under half a cent, huge figures on one line, "Show exact amounts", and the glossary by
 * keyboard. The prices are in the links (p=…), so no figure depends on the bundled sheet.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const billPanel = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
const figure = (page: Page, name: string) => billPanel(page).getByLabel(name, { exact: true });

/** A scenario at $0.95 input, $0.16 cached, $4.00 output per 1M tokens, all three typed in the link. */
const at = (workload: string) => `/#v=2&${workload}&p=0.95,0.16,4&pc=ico`;

/** Whether an element's text sits on a single line: one line box, no taller than its line height. */
async function onOneLine(element: Locator): Promise<{ rects: number; height: number; lineHeight: number }> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    const style = getComputedStyle(node);
    const lineHeight =
      style.lineHeight === 'normal'
        ? Number.parseFloat(style.fontSize) * 1.5
        : Number.parseFloat(style.lineHeight);
    return { rects: lines.size, height: node.getBoundingClientRect().height, lineHeight };
  });
}

test('2,000 in / 2,500 out at $0.95 / $4.00 per 1M costs $0.0119 a request, not "$0.01"', async ({
  page,
}) => {
  await page.goto(at('n=1000&i=2000&o=2500'));
  // 2,000 × $0.95 + 2,500 × $4.00 per 1M = $0.0019 + $0.01 = $0.0119; × 1,000 = $11.90; × 12 = $142.80.
  await expect(figure(page, 'Cost per request')).toHaveText('$0.0119');
  await expect(figure(page, 'Monthly cost')).toHaveText('$11.90');
  await expect(figure(page, 'Yearly cost')).toHaveText('$142.80');
});

test('a bill of a fraction of a cent reads "< $0.01", its one token "1 token"', async ({ page }) => {
  // 1 request × 1 input token × $0.95 per 1M = $0.00000095.
  await page.goto(at('n=1&i=1&o=0'));
  await expect(figure(page, 'Monthly cost')).toHaveText('< $0.01');
  await expect(figure(page, 'Input cost')).toHaveText('< $0.01');
  await expect(figure(page, 'Output cost')).toHaveText('$0.00');
  await expect(figure(page, 'Cost per request')).toHaveText('$0.000000950');
  await expect(billPanel(page).getByText(/· 1 token$/)).toBeVisible();
});

for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`at ${width}×${height} a 10¹² × 10M-token bill shows its figures each on one line`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(at('n=1000000000000&i=10000000&o=10000000&h=100&b=100'));
    // 10^19 cached tokens × $0.16 + 10^19 output tokens × $4.00, per 1M, doubled by the retry buffer.
    const monthly = figure(page, 'Monthly cost');
    await expect(monthly).toHaveText('$83,200,000,000,000.00');
    for (const name of [
      'Monthly cost',
      'Yearly cost',
      'Cost per request',
      'Output cost',
      'Cached input cost',
    ]) {
      const line = await onOneLine(figure(page, name));
      expect(line.rects, name).toBe(1);
      expect(line.height, name).toBeLessThanOrEqual(line.lineHeight + 1);
    }
    // And it fits its panel: nothing is cut off or pushes the page sideways.
    const panel = await billPanel(page).boundingBox();
    const box = await monthly.boundingBox();
    expect(box && panel && box.x + box.width <= panel.x + panel.width).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity)).toBeLessThanOrEqual(
      width,
    );
  });
}

test('"Show exact amounts" reveals every line unrounded and why the rounded lines add up', async ({
  page,
}) => {
  // 1 request × 10,000 input tokens, half cached, and 5,000 output tokens at $1 per 1M each: three
  // parts of exactly $0.005, a total of $0.015 → $0.02, so one part must show no cent.
  await page.goto('/#v=2&n=1&i=10000&o=5000&h=50&p=1,1,1&pc=ico');
  await expect(figure(page, 'Monthly cost')).toHaveText('$0.02');
  const toggle = billPanel(page).getByRole('checkbox', { name: 'Show exact amounts' });
  await expect(billPanel(page).getByText(/^exactly /)).toHaveCount(0);
  await toggle.check();
  await expect(billPanel(page).getByText(/^exactly /)).toHaveText([
    'exactly $0.005',
    'exactly $0.005',
    'exactly $0.005',
  ]);
  await expect(figure(page, 'Output cost')).toHaveText('< $0.01');
  await expect(billPanel(page).getByText(/^The exact monthly total is \$0\.015\./)).toContainText(
    'Rounded on their own the lines would add up to $0.03, but the exact total rounds to $0.02',
  );
  await toggle.uncheck();
  await expect(billPanel(page).getByText(/^exactly /)).toHaveCount(0);
});

test('the glossary opens and closes by keyboard, and a screen reader hears its state', async ({ page }) => {
  await page.goto('/');
  const question = page.getByRole('button', { name: 'What is cached input?', exact: true });
  await expect(question).toHaveAttribute('aria-expanded', 'false');
  const explanation = page.getByText(/^Input tokens a provider has seen recently/);
  await expect(explanation).toBeHidden();

  await question.focus();
  await page.keyboard.press('Enter');
  await expect(question).toHaveAttribute('aria-expanded', 'true');
  await expect(explanation).toBeVisible();
  await expect(question).toHaveAttribute('aria-controls', (await explanation.getAttribute('id')) ?? 'none');

  // Tab goes on to the next term, which Space opens.
  await page.keyboard.press('Tab');
  const next = page.getByRole('button', { name: 'What is the retry buffer?', exact: true });
  await expect(next).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^A percentage added on top of the whole bill/)).toBeVisible();

  await question.focus();
  await page.keyboard.press('Enter');
  await expect(explanation).toBeHidden();
  for (const name of [
    'What is blended 3:1?',
    'What is a context window?',
    'What is time to first token?',
    'What is a cache write?',
    'What is batch?',
    'What is a long-context tier?',
  ]) {
    await expect(page.getByRole('button', { name, exact: true })).toHaveCount(1);
  }
});
