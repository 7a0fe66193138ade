/**
 * The calculator journey, as a user finds things: by role and accessible name only. The names are a
 * contract with the app (labels of fields and figures); `exact: true` wherever one name is part of
 * another ("Input cost" / "Cached input cost", "Input price…" / "Cached input price…").
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatTokens } from '../src/domain/money/format-number';
import { providerLabel } from '../src/domain/rates/route';
import { pickRoute, plainRoutesOf } from './bundled-sheet';
import { expect, test } from './fixtures';

const WORKLOAD_NAMES = [
  'Requests per month',
  'Input tokens per request',
  'Output tokens per request',
  'Cache hit rate',
  'Retry buffer',
] as const;
type WorkloadName = (typeof WORKLOAD_NAMES)[number];

const PRICE_NAMES = [
  'Input price per 1M tokens',
  'Cached input price per 1M tokens',
  'Output price per 1M tokens',
] as const;

/** Text that must never reach the screen, whatever is typed. */
const BROKEN_NUMBER = /NaN|Infinity|-\$/;

// ---- finding things -------------------------------------------------------------------------------

const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const slider = (page: Page, name: WorkloadName) => page.getByRole('slider', { name, exact: true });
const modelPicker = (page: Page) => page.getByRole('combobox', { name: 'Model', exact: true });
const providerPicker = (page: Page) => page.getByRole('combobox', { name: 'Provider', exact: true });
const routePanel = (page: Page) => page.getByRole('region', { name: 'Route', exact: true });
const workloadPanel = (page: Page) => page.getByRole('region', { name: 'Workload', exact: true });
const billPanel = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
/** A figure of the bill ("Monthly cost", "Input cost", …): its text is exactly the amount. */
const figure = (page: Page, name: string) => billPanel(page).getByLabel(name, { exact: true });
/** The panel holding a field: prices are in the route panel, the rest in the workload panel. */
const panelOf = (page: Page, fieldName: string) =>
  fieldName.includes(' price ') ? routePanel(page) : workloadPanel(page);

// ---- doing things ---------------------------------------------------------------------------------

async function openCalculator(page: Page): Promise<void> {
  await page.goto('/');
  await expect(figure(page, 'Monthly cost')).toHaveText(/^\$/);
}

async function chooseRoute(page: Page, model: string, provider: string): Promise<void> {
  await modelPicker(page).selectOption({ label: model });
  await providerPicker(page).selectOption({ label: provider });
  await expect(billPanel(page).getByText(`${model} via ${provider}`, { exact: true })).toBeVisible();
}

/** Replaces a field's text in one edit, so no intermediate text is ever committed. */
async function enter(page: Page, name: string, text: string): Promise<void> {
  await numberField(page, name).fill(text);
}

/** Types like a person: select what is there, then key by key. */
async function typeInto(page: Page, name: string, text: string): Promise<void> {
  const field = numberField(page, name);
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text);
}

/** The article's worked example: 1,000 requests × 2,000 input and 500 output tokens on K2.6/Moonshot. */
async function enterSeedWorkload(page: Page): Promise<void> {
  await enter(page, 'Requests per month', '1000');
  await enter(page, 'Input tokens per request', '2000');
  await enter(page, 'Output tokens per request', '500');
}

/** The element's text as the DOM has it. */
async function textOf(locator: Locator): Promise<string> {
  return (await locator.textContent()) ?? '';
}

/** "$1,234.56" → 123456n; fails the test on anything that is not a plain dollar amount. */
function cents(text: string): bigint {
  const match = /^\$(\d{1,3}(?:,\d{3})*)\.(\d{2})$/.exec(text);
  if (!match) throw new Error(`“${text}” is not a dollar amount`);
  return BigInt(`${match[1]?.replaceAll(',', '')}${match[2]}`);
}

async function expectLinesAddUp(page: Page): Promise<void> {
  const monthly = cents(await textOf(figure(page, 'Monthly cost')));
  const lines = await Promise.all(
    ['Input cost', 'Cached input cost', 'Output cost'].map(async (name) =>
      cents(await textOf(figure(page, name))),
    ),
  );
  expect(lines.reduce((sum, line) => sum + line, 0n)).toBe(monthly);
}

async function expectNoBrokenNumbers(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toHaveText(BROKEN_NUMBER);
}

/** Presses on the thumb at `from` (0–1 along the track) and drags it to `to`. */
async function dragSlider(page: Page, target: Locator, from: number, to: number): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('slider has no box');
  const y = box.y + box.height / 2;
  const at = (fraction: number) => box.x + 8 + fraction * (box.width - 16);
  await page.mouse.move(at(from), y);
  await page.mouse.down();
  await page.mouse.move(at(to), y, { steps: 8 });
  await page.mouse.up();
}

/** `combobox "Model"` for the focused element, from the accessibility tree. */
async function focusedControl(page: Page): Promise<string> {
  const snapshot = await page.locator(':focus').ariaSnapshot();
  const match = /^- (\w+) "([^"]*)"/.exec(snapshot);
  return match ? `${match[1]} "${match[2]}"` : (snapshot.split('\n')[0] ?? '');
}

// ---- journeys -------------------------------------------------------------------------------------

test.describe('the article’s worked example', () => {
  test('K2.6 on Moonshot AI, 1,000 requests × 2,000 in / 500 out, costs $3.90 a month', async ({ page }) => {
    test.slow(); // three route picks and three fields typed key by key, each re-costing the whole sheet
    await openCalculator(page);
    // A new user looks around first (on a host of the bundled sheet that sells K2.5 and K2.6), then
    // comes back to the article's route.
    const k26Hosts = new Set(plainRoutesOf('kimi-k2.6').map((route) => route.providerName));
    const host = pickRoute(
      'host selling Kimi K2.5 and K2.6',
      (route) =>
        route.modelId === 'kimi-k2.5' &&
        route.variant === null &&
        route.providerName !== 'Moonshot AI' &&
        k26Hosts.has(route.providerName),
    ).providerName;
    await chooseRoute(page, 'Kimi K2.5', host);
    await modelPicker(page).selectOption({ label: 'Kimi K2.6' });
    // Switching model keeps the provider when it sells the new model.
    await expect(billPanel(page).getByText(`Kimi K2.6 via ${host}`, { exact: true })).toBeVisible();
    await chooseRoute(page, 'Kimi K2.6', 'Moonshot AI');

    await typeInto(page, 'Requests per month', '1000');
    await typeInto(page, 'Input tokens per request', '2000');
    await typeInto(page, 'Output tokens per request', '500');

    await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
    await expect(figure(page, 'Input cost')).toHaveText('$1.90');
    await expect(figure(page, 'Cached input cost')).toHaveText('$0.00');
    await expect(figure(page, 'Output cost')).toHaveText('$2.00');
    await expect(figure(page, 'Yearly cost')).toHaveText('$46.80');
    await expect(figure(page, 'Cost per request')).toHaveText('$0.00390');
    await expectLinesAddUp(page);
    // What was typed is shown back grouped.
    await expect(numberField(page, 'Requests per month')).toHaveValue('1,000');
  });

  test('a 10% retry buffer adds 10% to every line: $4.29 a month', async ({ page }) => {
    await openCalculator(page);
    await enterSeedWorkload(page);
    await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');

    await enter(page, 'Retry buffer', '10');

    await expect(figure(page, 'Monthly cost')).toHaveText('$4.29');
    await expect(figure(page, 'Input cost')).toHaveText('$2.09');
    await expect(figure(page, 'Output cost')).toHaveText('$2.20');
    await expect(figure(page, 'Yearly cost')).toHaveText('$51.48');
    await expect(billPanel(page).getByText(/Includes a 10% retry buffer: \$0\.39 a month/)).toBeVisible();
    await expectLinesAddUp(page);
  });
});

test.describe('cache hits', () => {
  test('at 50% on K2.6/Moonshot, half the input is billed at the $0.16 cached price', async ({ page }) => {
    await openCalculator(page);
    await chooseRoute(page, 'Kimi K2.6', 'Moonshot AI');
    await expect(numberField(page, 'Input price per 1M tokens')).toHaveValue('0.95');
    await expect(numberField(page, 'Cached input price per 1M tokens')).toHaveValue('0.16');
    await expect(numberField(page, 'Output price per 1M tokens')).toHaveValue('4.00');
    await enterSeedWorkload(page);

    await enter(page, 'Cache hit rate', '50');
    // The field keeps the text as typed while focused, and shows the formatted value after.
    await numberField(page, 'Cache hit rate').blur();

    await expect(numberField(page, 'Cache hit rate')).toHaveValue('50%');
    await expect(figure(page, 'Input cost')).toHaveText('$0.95');
    await expect(figure(page, 'Cached input cost')).toHaveText('$0.16');
    await expect(figure(page, 'Output cost')).toHaveText('$2.00');
    await expect(figure(page, 'Monthly cost')).toHaveText('$3.11');
    await expectLinesAddUp(page);
  });

  test('a route with no cached price bills cache hits at the full input price, and says so', async ({
    page,
  }) => {
    // A K2.6 route of the bundled sheet that publishes no cached-input price.
    const uncached = pickRoute(
      'Kimi K2.6 route without a cached-input price',
      (route) => route.modelId === 'kimi-k2.6' && route.prices.cachedInput === null,
    );
    await openCalculator(page);
    await chooseRoute(page, 'Kimi K2.6', providerLabel(uncached));
    await expect(numberField(page, 'Cached input price per 1M tokens')).toHaveValue('');
    await expect(
      routePanel(page).getByText(/cache hits are billed at the full input price/, { exact: false }),
    ).toBeVisible();
    await enterSeedWorkload(page);

    await enter(page, 'Cache hit rate', '50');

    await expect(
      billPanel(page).getByText(/cache hits are billed at the full input price/, { exact: false }),
    ).toBeVisible();
    // Half the input is cache hits, billed at the full input price: the two lines are the same amount.
    await expect(figure(page, 'Cached input cost')).toHaveText(await textOf(figure(page, 'Input cost')));
    await expect(figure(page, 'Cached input cost')).not.toHaveText('$0.00');
    await expectLinesAddUp(page);
  });
});

test.describe('sliders', () => {
  test('every workload input has a number field and a slider with the same name', async ({ page }) => {
    await openCalculator(page);
    for (const name of WORKLOAD_NAMES) {
      await expect(numberField(page, name)).toBeVisible();
      await expect(slider(page, name)).toBeVisible();
    }
  });

  /** Where End and Home take each field, as shown in the number field. */
  const ENDS: Record<WorkloadName, { readonly max: string; readonly min: string }> = {
    'Requests per month': { max: '1,000,000,000,000', min: '0' },
    'Input tokens per request': { max: '10,000,000', min: '0' },
    'Output tokens per request': { max: '10,000,000', min: '0' },
    'Cache hit rate': { max: '100%', min: '0%' },
    'Retry buffer': { max: '100%', min: '0%' },
  };

  for (const name of WORKLOAD_NAMES) {
    test(`${name}: End and Home on the slider move the number field and the monthly cost live`, async ({
      page,
    }) => {
      await openCalculator(page);
      const monthly = figure(page, 'Monthly cost');
      const before = await textOf(monthly);

      await slider(page, name).focus();
      await page.keyboard.press('End');
      await expect(numberField(page, name)).toHaveValue(ENDS[name].max);
      await expect(monthly).not.toHaveText(before);
      await expect(slider(page, name)).toBeFocused();
      const atEnd = await textOf(monthly);

      await page.keyboard.press('Home');
      await expect(numberField(page, name)).toHaveValue(ENDS[name].min);
      await expect(monthly).not.toHaveText(atEnd);
      await expectLinesAddUp(page);
      await expectNoBrokenNumbers(page);
    });
  }

  // Log-scale sliders step the value by ~10 % per arrow key, so a step never rounds back to the same value.
  for (const name of WORKLOAD_NAMES) {
    test(`${name}: ArrowRight on the slider steps the value up from the default`, async ({ page }) => {
      await openCalculator(page);
      const field = numberField(page, name);
      const monthly = figure(page, 'Monthly cost');
      const beforeValue = await field.inputValue();
      const beforeCost = await textOf(monthly);

      await slider(page, name).focus();
      await page.keyboard.press('ArrowRight');

      await expect(field).not.toHaveValue(beforeValue, { timeout: 2_000 });
      await expect(monthly).not.toHaveText(beforeCost);
    });
  }

  test('dragging a slider with the mouse changes the monthly cost', async ({ page }) => {
    await openCalculator(page);
    const monthly = figure(page, 'Monthly cost');
    await expect(monthly).toHaveText('$39.00');

    await dragSlider(page, slider(page, 'Cache hit rate'), 0, 0.5);
    const cacheText = await numberField(page, 'Cache hit rate').inputValue();
    const cachePercent = Number(cacheText.replace('%', ''));
    expect(cachePercent).toBeGreaterThan(30);
    expect(cachePercent).toBeLessThan(70);
    await expect(monthly).not.toHaveText('$39.00');
    const afterCache = await textOf(monthly);
    expect(cents(afterCache)).toBeLessThan(cents('$39.00'));

    // The requests slider sits a third of the way along (10,000 on a 0–10^12 log scale).
    await dragSlider(page, slider(page, 'Requests per month'), 1 / 3, 0.5);
    await expect(monthly).not.toHaveText(afterCache);
    expect(cents(await textOf(monthly))).toBeGreaterThan(cents(afterCache));
    await expectLinesAddUp(page);
  });
});

test.describe('typing key by key', () => {
  /** A valid keystroke is committed at once, but the field keeps the text as typed until it loses focus. */
  const CASES = [
    { name: 'Retry buffer', text: '10', monthly: '$4.29' },
    { name: 'Cache hit rate', text: '12.5', monthly: '$3.70' },
    { name: 'Output price per 1M tokens', text: '2.5', monthly: '$3.15' },
  ] as const;

  for (const { name, text, monthly } of CASES) {
    test(`typing “${text}” into ${name} keeps what was typed`, async ({ page }) => {
      await openCalculator(page);
      await enterSeedWorkload(page);

      await typeInto(page, name, text);

      await expect(numberField(page, name)).toHaveValue(text, { timeout: 2_000 });
      await expect(panelOf(page, name).getByRole('alert')).toHaveCount(0);
      await expect(figure(page, 'Monthly cost')).toHaveText(monthly);
    });
  }
});

test.describe('editing a price', () => {
  test('a typed output price is marked custom and can be reset', async ({ page }) => {
    await openCalculator(page);
    await enterSeedWorkload(page);
    const outputPrice = numberField(page, 'Output price per 1M tokens');
    const reset = routePanel(page).getByRole('button', { name: 'Reset output price' });
    await expect(reset).toHaveCount(0);

    await outputPrice.fill('2');

    await expect(figure(page, 'Output cost')).toHaveText('$1.00');
    await expect(figure(page, 'Monthly cost')).toHaveText('$2.90');
    await expect(routePanel(page).getByText('custom', { exact: true })).toBeVisible();
    await expect(reset).toBeVisible();
    await expectLinesAddUp(page);

    await reset.click();

    await expect(outputPrice).toHaveValue('4.00');
    await expect(figure(page, 'Output cost')).toHaveText('$2.00');
    await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
    await expect(routePanel(page).getByText('custom', { exact: true })).toHaveCount(0);
    await expect(reset).toHaveCount(0);
  });
});

test.describe('bad input', () => {
  const CASES = [
    { text: 'abc', message: /not a number/ },
    { text: '-5', message: /0 or more/ },
    { text: '1.5', message: /whole number/ },
    { text: '2000000000000', message: /at most 1,000,000,000,000/ },
  ] as const;

  for (const { text, message } of CASES) {
    test(`“${text}” in Requests per month is refused beside the field and changes nothing`, async ({
      page,
    }) => {
      await openCalculator(page);
      await enterSeedWorkload(page);
      const field = numberField(page, 'Requests per month');
      const monthly = figure(page, 'Monthly cost');
      const alerts = workloadPanel(page).getByRole('alert');
      await expect(monthly).toHaveText('$3.90');
      await expect(alerts).toHaveCount(0);

      await field.fill(text);

      const alert = alerts;
      await expect(alert).toBeVisible();
      await expect(alert).toHaveText(message);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(message);
      await expect(field).toHaveValue(text);
      // Beside the field: right under it, not somewhere else on the page.
      const fieldBox = await field.boundingBox();
      const alertBox = await alert.boundingBox();
      if (!fieldBox || !alertBox) throw new Error('field or message has no box');
      expect(Math.abs(alertBox.y - (fieldBox.y + fieldBox.height))).toBeLessThan(80);
      await expect(monthly).toHaveText('$3.90');
      await expectNoBrokenNumbers(page);

      await field.fill('1,000');

      await expect(alerts).toHaveCount(0);
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await expect(monthly).toHaveText('$3.90');
    });
  }

  test('a bad price is refused beside the field and the bill keeps the last valid price', async ({
    page,
  }) => {
    await openCalculator(page);
    await enterSeedWorkload(page);
    const outputPrice = numberField(page, 'Output price per 1M tokens');

    const alerts = routePanel(page).getByRole('alert');

    await outputPrice.fill('abc');

    await expect(alerts).toHaveText(/not a number/);
    await expect(outputPrice).toHaveAccessibleDescription(/not a number/);
    await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
    await expectNoBrokenNumbers(page);

    await outputPrice.fill('4');
    await expect(alerts).toHaveCount(0);
    await expect(figure(page, 'Monthly cost')).toHaveText('$3.90');
  });

  test('the largest workload the fields accept still shows exact, finite amounts', async ({ page }) => {
    await openCalculator(page);
    await enter(page, 'Requests per month', '1000000000000');
    await enter(page, 'Input tokens per request', '10000000');
    await expect(figure(page, 'Monthly cost')).toHaveText('$9,502,000,000,000.00');
    await expectNoBrokenNumbers(page);

    await enter(page, 'Output tokens per request', '10000000');
    await enter(page, 'Cache hit rate', '100');
    await enter(page, 'Retry buffer', '100');

    // 10^19 cached tokens × $0.16 + 10^19 output tokens × $4.00, per 1M, doubled by the retry buffer.
    await expect(figure(page, 'Monthly cost')).toHaveText('$83,200,000,000,000.00');
    await expect(figure(page, 'Yearly cost')).toHaveText('$998,400,000,000,000.00');
    await expect(figure(page, 'Cost per request')).toHaveText('$83.20');
    await expect(workloadPanel(page).getByRole('alert')).toHaveCount(0);
    await expectLinesAddUp(page);
    await expectNoBrokenNumbers(page);
  });
});

test.describe('route limits', () => {
  test('input beyond the context window is flagged on the input field', async ({ page }) => {
    await openCalculator(page);
    await chooseRoute(page, 'Kimi K2.6', 'Moonshot AI');
    const input = numberField(page, 'Input tokens per request');

    await enter(page, 'Input tokens per request', '300000');

    const warning = workloadPanel(page).getByText(
      /300,000 input tokens do not fit .*262,144-token context window/,
    );
    await expect(warning).toBeVisible();
    await expect(input).toHaveAccessibleDescription(/context window/);
    await expect(slider(page, 'Input tokens per request')).toHaveAccessibleDescription(/context window/);
    // A warning, not an error: the value is taken and priced.
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
    await expect(figure(page, 'Input cost')).toHaveText('$2,850.00');

    await enter(page, 'Input tokens per request', '2000');
    await expect(warning).toHaveCount(0);
  });

  test('output beyond the route’s max output is flagged on the output field', async ({ page }) => {
    // An active route of the bundled sheet whose max output is well inside its context window.
    const limited = pickRoute(
      'active Kimi route with a small max output',
      (route) =>
        route.group === 'kimi' &&
        route.lifecycle.status === 'active' &&
        route.maxOutput !== null &&
        route.maxOutput <= 100_000 &&
        (route.contextWindow ?? 0) >= route.maxOutput + 10_000,
    );
    const maxOutput = limited.maxOutput as number;
    const tooMuch = maxOutput + 1_000;
    await openCalculator(page);
    await chooseRoute(page, limited.modelName, providerLabel(limited));
    await expect(
      routePanel(page).getByText(`${formatTokens(maxOutput)} tokens`, { exact: true }),
    ).toBeVisible();
    const output = numberField(page, 'Output tokens per request');

    await enter(page, 'Output tokens per request', String(tooMuch));

    const warning = workloadPanel(page).getByText(
      `${formatTokens(tooMuch)} output tokens exceed this route's maximum output of ${formatTokens(maxOutput)} tokens per request.`,
    );
    await expect(warning).toBeVisible();
    await expect(output).toHaveAccessibleDescription(/maximum output/);
    await expect(output).not.toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('where prices come from', () => {
  /** The definition that follows the "Prices from" term in the route panel. */
  const pricesFrom = (page: Page) =>
    routePanel(page)
      .getByRole('term')
      .filter({ hasText: /^Prices from$/ })
      .locator('xpath=following-sibling::dd[1]');

  test('the route panel names the source of its prices, with a link and a date', async ({ page }) => {
    await openCalculator(page);
    await chooseRoute(page, 'Kimi K2.6', 'Moonshot AI');

    const source = pricesFrom(page);
    const link = source.getByRole('link');
    await expect(link).toHaveAccessibleName(/\S/);
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(source.getByRole('time')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('providers of K2.6 across the list show a source and a date for their prices', async ({ page }) => {
    test.slow(); // one pick per provider
    await openCalculator(page);
    await modelPicker(page).selectOption({ label: 'Kimi K2.6' });
    const options = await providerPicker(page).getByRole('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    // Eight providers spread over the list, first and last included, so the time taken does not grow
    // with the sheet (that every bundled route has a source and a date is src/data/rate-sheet.test.ts's).
    const picks = Math.min(8, options.length);
    const providers = [
      ...new Set(
        Array.from(
          { length: picks },
          (_, k) => options[Math.round((k * (options.length - 1)) / (picks - 1))],
        ),
      ),
    ].filter((provider): provider is string => provider !== undefined);

    for (const provider of providers) {
      await providerPicker(page).selectOption({ label: provider });
      await expect(billPanel(page).getByText(`Kimi K2.6 via ${provider}`, { exact: true })).toBeVisible();
      await expect(pricesFrom(page), provider).toHaveText(/^\S.*, \d{4}(-\d{2}){0,2}$/);
      await expect(pricesFrom(page).getByRole('time'), provider).toBeVisible();
    }
  });

  test('“Sources disagree” opens a list of the other figures, the article’s among them', async ({ page }) => {
    await openCalculator(page);
    await chooseRoute(page, 'Kimi K2.6', 'Moonshot AI');
    const table = page.getByRole('table', { name: 'Other published prices for Kimi K2.6' });
    await expect(table).toBeHidden();

    await routePanel(page)
      .getByText(/^Sources disagree/)
      .click();

    await expect(table).toBeVisible();
    const articleRow = table.getByRole('row').filter({ hasText: '$0.55' });
    await expect(articleRow).toHaveCount(1);
    await expect(articleRow.getByRole('cell')).toHaveText(['$0.55', '—', '$2.65', 'Use this figure']);
    await expect(articleRow.getByRole('rowheader')).toContainText('2026');
    // Every other figure has a source and a date too.
    for (const header of await table.getByRole('rowheader').all()) {
      await expect(header).toHaveText(/\S.*, \S/);
    }
  });
});

test.describe('keyboard only', () => {
  test('Tab reaches the route pickers, every workload field and slider, then the prices, in order', async ({
    page,
  }) => {
    await openCalculator(page);
    // The answer-first page: the pickers' row, the workload beside the bill, the route's prices below.
    const expected = [
      'combobox "Model"',
      'combobox "Provider"',
      'combobox "Workload shape"',
      ...WORKLOAD_NAMES.flatMap((name) => [`spinbutton "${name}"`, `slider "${name}"`]),
      ...PRICE_NAMES.map((name) => `spinbutton "${name}"`),
    ];
    const last = expected.at(-1);
    const reached: string[] = [];
    for (let presses = 0; presses < 120 && reached.at(-1) !== last; presses += 1) {
      await page.keyboard.press('Tab');
      const control = await focusedControl(page);
      if (expected.includes(control) && !reached.includes(control)) reached.push(control);
    }
    expect(reached).toEqual(expected);
  });

  test('the model can be changed with the keyboard alone', async ({ page }) => {
    await openCalculator(page);
    const model = modelPicker(page);
    // The first Tab stop is the skip link; it leads straight to the route pickers.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the calculator' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(model).toBeFocused();
    const routeLine = billPanel(page).getByText(' via ', { exact: false });
    await expect(routeLine).toHaveText('Kimi K2.6 via Moonshot AI');

    await page.keyboard.press('ArrowDown');
    await expect(routeLine).not.toHaveText(/^Kimi K2\.6 via/);
    await expect(model).toBeFocused();

    await page.keyboard.press('ArrowUp');
    await expect(routeLine).toHaveText('Kimi K2.6 via Moonshot AI');
    await expect(figure(page, 'Monthly cost')).toHaveText('$39.00');
  });
});

test.describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations in the ${colorScheme} color scheme`, async ({ page }) => {
      test.slow(); // axe walks the whole page, comparison table included
      await page.emulateMedia({ colorScheme });
      await openCalculator(page);
      // Show the optional parts too: the disclosure, a custom price, an error and a warning.
      await routePanel(page)
        .getByText(/^Sources disagree/)
        .click();
      await numberField(page, 'Output price per 1M tokens').fill('3');
      await enter(page, 'Requests per month', 'abc');
      await enter(page, 'Input tokens per request', '300000');
      await expect(workloadPanel(page).getByRole('alert')).toBeVisible();

      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('at 375px wide there is no horizontal scroll and the monthly cost is visible', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openCalculator(page);
    await expect(figure(page, 'Monthly cost')).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(scrollWidth).toBeLessThanOrEqual(375);
  });

  /** The largest amounts wrap rather than push a 375px page sideways. */
  test('at 375px wide the largest amounts still fit without horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await openCalculator(page);
    await enter(page, 'Requests per month', '1000000000000');
    await enter(page, 'Input tokens per request', '10000000');
    await enter(page, 'Output tokens per request', '10000000');
    await enter(page, 'Retry buffer', '100');
    await expect(figure(page, 'Monthly cost')).toHaveText('$99,000,000,000,000.00');
    await expect(figure(page, 'Monthly cost')).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(scrollWidth).toBeLessThanOrEqual(375);
  });
});
