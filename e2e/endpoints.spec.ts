/**
 * Issue 6, "Model real workloads": endpoints built from presets, conversations, agent chains with tool
 * calls, bad input that never costs the user their scenario, and a budget counted in conversations.
 * Everything is found by role and accessible name; every expected amount is computed by hand in a
 * comment, on the default route Kimi K2.6 via Moonshot AI ($0.95 input, $0.16 cached input, $4 output
 * per 1M tokens), with no caching and no retry buffer unless said otherwise.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each journey is many edits, and every edit re-renders the bill, the 100-route comparison table and
// the charts: on a busy machine that takes a second or two, so a journey gets more than 30 s.
test.describe.configure({ timeout: 90_000 });

// ---- finding things -------------------------------------------------------------------------------

const bill = (page: Page) => page.getByRole('region', { name: 'Monthly bill', exact: true });
/** A figure of the bill; "Monthly cost" is the bill's own (the first), not an endpoint's. */
const figure = (page: Page, name: string) => bill(page).getByLabel(name, { exact: true }).first();
const endpointRegion = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const endpointFigure = (page: Page, endpoint: string, name: string) =>
  endpointRegion(page, endpoint).getByLabel(name, { exact: true });
const numberField = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const shapePicker = (page: Page) => page.getByRole('combobox', { name: 'Workload shape', exact: true });
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Endpoint name', exact: true });
const endpointButton = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
/** A message the page raises beside a field (a visible alert), by its words. */
const alertSaying = (page: Page, text: string | RegExp) => page.getByRole('alert').filter({ hasText: text });

/** Text that must never reach the screen, whatever is typed. */
const BROKEN_NUMBER = /NaN|Infinity|undefined|-\$/;

// ---- doing things ---------------------------------------------------------------------------------

async function openCalculator(page: Page): Promise<void> {
  await page.goto('/');
  await expect(figure(page, 'Monthly cost')).toHaveText(/^\$/);
}

/** Replaces a field's text in one edit, so no intermediate text is ever committed. */
async function enter(page: Page, name: string, text: string): Promise<void> {
  await numberField(page, name).fill(text);
}

async function chooseShape(page: Page, shape: 'Single requests' | 'Conversations' | 'Agent chains') {
  await shapePicker(page).selectOption({ label: shape });
}

async function addPreset(page: Page, preset: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption({ label: preset });
  await page.getByRole('button', { name: 'Add preset endpoint', exact: true }).click();
  await expect(endpointButton(page, preset)).toHaveAttribute('aria-pressed', 'true');
}

/** "$1,234.56" → 123456n; fails the test on anything that is not a plain dollar amount. */
function cents(text: string | null): bigint {
  const match = /^\$(\d{1,3}(?:,\d{3})*)\.(\d{2})$/.exec(text ?? '');
  if (!match) throw new Error(`“${text}” is not a dollar amount`);
  return BigInt(`${match[1]?.replaceAll(',', '')}${match[2]}`);
}

async function expectNoBrokenNumbers(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toHaveText(BROKEN_NUMBER);
}

/** Console errors and page errors of a page the fixture does not watch (one in a context of our own). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

// ---- the journeys ---------------------------------------------------------------------------------

const TAGGING = 'Classification and tagging';
const SUPPORT = 'Multi-turn support chat';

/** What the two-preset scenario shows, in the app and in a fresh browser opened on its link. */
async function expectTwoPresetFigures(page: Page): Promise<void> {
  // Tagging: 200,000 requests × (450 × $0.95 + 10 × $4) / 1M = 200,000 × $0.0004675 = $93.50.
  await expect(endpointFigure(page, TAGGING, 'Monthly cost')).toHaveText('$93.50');
  // Support chat, 20,000 conversations of 6 turns (system prompt 1,200, user 60, reply 180 a turn):
  // turn t sends 1,200 + 60 + 240 × (t − 1), so a conversation sends 6 × 1,260 + 240 × 15 = 11,160
  // input and 6 × 180 = 1,080 output tokens: 11,160 × $0.95 + 1,080 × $4 = $0.014922 a conversation,
  // × 20,000 = $298.44.
  await expect(endpointFigure(page, SUPPORT, 'Monthly cost')).toHaveText('$298.44');
  await expect(endpointFigure(page, SUPPORT, 'Cost per conversation')).toHaveText('$0.0149');
  // Shares: 93.50 / 391.94 = 23.9% → 24%; 298.44 / 391.94 = 76.1% → 76%.
  await expect(endpointFigure(page, TAGGING, 'Share of the bill')).toHaveText('24%');
  await expect(endpointFigure(page, SUPPORT, 'Share of the bill')).toHaveText('76%');
  await expect(endpointRegion(page, TAGGING)).toContainText(
    '200,000 requests a month on Kimi K2.6 via Moonshot AI',
  );
  await expect(endpointRegion(page, SUPPORT)).toContainText(
    '20,000 conversations a month on Kimi K2.6 via Moonshot AI',
  );
  // The bill is the sum: $93.50 + $298.44 = $391.94.
  await expect(figure(page, 'Monthly cost')).toHaveText('$391.94');
  const parts = await Promise.all(
    [TAGGING, SUPPORT].map(async (name) =>
      cents(await endpointFigure(page, name, 'Monthly cost').textContent()),
    ),
  );
  expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(
    cents(await figure(page, 'Monthly cost').textContent()),
  );
  await expectNoBrokenNumbers(page);
}

test('two endpoints from presets: each has its cost and share, the bill adds them up, and the link carries them', async ({
  page,
  browser,
}) => {
  await openCalculator(page);
  await addPreset(page, TAGGING);
  await addPreset(page, SUPPORT);
  await endpointButton(page, 'Endpoint 1').click();
  await page.getByRole('button', { name: 'Remove endpoint', exact: true }).click();
  await expect(endpointButton(page, 'Endpoint 1')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Endpoints' }).getByRole('button')).toHaveText([
    TAGGING,
    SUPPORT,
  ]);
  await expect(endpointRegion(page, 'Endpoint 1')).toHaveCount(0);

  await expectTwoPresetFigures(page);

  const shareLink = page.getByRole('textbox', { name: 'Share link', exact: true });
  await expect(shareLink).toHaveValue(/[?&#]ne=2(&|$)/);
  const link = await shareLink.inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const problems = watchProblems(other);
  await other.goto(link);
  await expect(other.getByRole('list', { name: 'Endpoints' }).getByRole('button')).toHaveText([
    TAGGING,
    SUPPORT,
  ]);
  await expectTwoPresetFigures(other);
  expect(problems, 'console errors and page errors in the fresh browser').toEqual([]);
  await fresh.close();
});

test('a conversation: its cost per conversation and how one conversation grows with its length', async ({
  page,
}) => {
  await openCalculator(page);
  await chooseShape(page, 'Conversations');
  await expect(numberField(page, 'Requests per month')).toHaveCount(0);
  await enter(page, 'Conversations per month', '1500');
  await enter(page, 'Turns per conversation', '4');
  await enter(page, 'System prompt tokens', '800');
  await enter(page, 'User tokens per turn', '50');
  await enter(page, 'Reply tokens per turn', '250');

  // A conversation of n turns sends n × (800 + 50) + 300 × n(n − 1)/2 input tokens (each turn re-sends
  // every earlier user message and reply) and 250n output tokens; cost = input × $0.95 + output × $4
  // per 1M:
  //   1 turn:    850 in,   250 out → $0.0008075 + $0.001 = $0.0018075 → $0.00181
  //   2 turns: 2,000 in,   500 out → $0.0019    + $0.002 = $0.0039    → $0.00390
  //   3 turns: 3,450 in,   750 out → $0.0032775 + $0.003 = $0.0062775 → $0.00628
  //   4 turns: 5,200 in, 1,000 out → $0.00494   + $0.004 = $0.00894
  // A month: 1,500 × $0.00894 = $13.41; input 7,800,000 tokens = $7.41, output 1,500,000 = $6.00.
  await expect(figure(page, 'Cost per conversation')).toHaveText('$0.00894');
  await expect(figure(page, 'Monthly cost')).toHaveText('$13.41');
  await expect(figure(page, 'Input cost')).toHaveText('$7.41');
  await expect(figure(page, 'Output cost')).toHaveText('$6.00');

  const growth = page.getByRole('table', { name: 'Cost of one conversation by length' });
  await expect(growth).toBeHidden();
  await bill(page)
    .getByText('How the cost of one conversation grows with its length', { exact: true })
    .click();
  await expect(growth).toBeVisible();
  await expect(growth.getByRole('rowheader')).toHaveText(['1 turn', '2 turns', '3 turns', '4 turns']);
  await expect(growth.getByRole('cell')).toHaveText(['$0.00181', '$0.00390', '$0.00628', '$0.00894']);

  // One more turn: 5 turns send 850 × 5 + 300 × 10 = 7,250 input and 1,250 output tokens:
  // $0.0068875 + $0.005 = $0.0118875 → $0.0119 a conversation; 1,500 × = $17.83125 → $17.83.
  await enter(page, 'Turns per conversation', '5');
  await expect(figure(page, 'Cost per conversation')).toHaveText('$0.0119');
  await expect(figure(page, 'Monthly cost')).toHaveText('$17.83');
  await expect(growth.getByRole('rowheader')).toHaveText([
    '1 turn',
    '2 turns',
    '3 turns',
    '4 turns',
    '5 turns',
  ]);
  await expect(growth.getByRole('cell').last()).toHaveText('$0.0119');
  await expectNoBrokenNumbers(page);
});

test('an agent chain with tool calls bills them as their own line: tasks × (steps − 1) × calls × fee', async ({
  page,
}) => {
  await openCalculator(page);
  await expect(figure(page, 'Tool call cost')).toHaveCount(0);
  await chooseShape(page, 'Agent chains');
  await enter(page, 'Tasks per month', '2000');
  await enter(page, 'Steps per task', '6');
  await enter(page, 'Base context tokens', '3000');
  await enter(page, 'Tool result tokens per step', '1000');
  await enter(page, 'Output tokens per step', '200');
  await enter(page, 'Tool calls per step', '2');
  await enter(page, 'Fee per tool call (USD)', '0.01');

  // Tool calls: 2,000 tasks × (6 − 1) steps that call tools × 2 calls × $0.01 = $200.00.
  await expect(figure(page, 'Tool call cost')).toHaveText('$200.00');
  // Step k sends 3,000 + (k − 1) × (200 + 1,000) tokens: a task sends 6 × 3,000 + 1,200 × 15 = 36,000
  // input and 6 × 200 = 1,200 output tokens: $0.0342 + $0.0048 + $0.10 of tool calls = $0.139 a task.
  // A month: input 2,000 × $0.0342 = $68.40, output 2,000 × $0.0048 = $9.60, total $278.00.
  await expect(figure(page, 'Input cost')).toHaveText('$68.40');
  await expect(figure(page, 'Output cost')).toHaveText('$9.60');
  await expect(figure(page, 'Monthly cost')).toHaveText('$278.00');
  await expect(figure(page, 'Cost per task')).toHaveText('$0.139');

  // No tool calls, no line.
  await enter(page, 'Tool calls per step', '0');
  await expect(figure(page, 'Tool call cost')).toHaveCount(0);
  await expect(figure(page, 'Monthly cost')).toHaveText('$78.00');
  await expectNoBrokenNumbers(page);
});

test('bad input is explained and never costs the scenario; names with markup are shown as text', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await openCalculator(page);

  // Zero turns: the default conversation (2,000 × 5 turns, 1,000 + 100 + 300 tokens) stays in force.
  // It sends 5 × 1,100 + 400 × 10 = 9,500 input and 1,500 output tokens: $0.015025 a conversation,
  // $30.05 a month.
  await chooseShape(page, 'Conversations');
  await expect(figure(page, 'Monthly cost')).toHaveText('$30.05');
  await enter(page, 'Turns per conversation', '0');
  await expect(alertSaying(page, 'Must be at least 1.')).toBeVisible();
  // The message is the field's own: it describes the field, which is marked invalid.
  await expect(numberField(page, 'Turns per conversation')).toHaveAccessibleDescription(
    /^Must be at least 1\./,
  );
  await expect(numberField(page, 'Turns per conversation')).toHaveAttribute('aria-invalid', 'true');
  await expect(figure(page, 'Monthly cost')).toHaveText('$30.05');
  await expect(figure(page, 'Cost per conversation')).toHaveText('$0.0150');
  await numberField(page, 'Turns per conversation').press('Escape');
  await expect(numberField(page, 'Turns per conversation')).toHaveValue('5');
  await expect(alertSaying(page, 'Must be at least 1.')).toHaveCount(0);

  // 501 steps, in one edit: the default chain (1,000 tasks × 5 steps) stays in force. A task sends
  // 5 × 3,000 + 1,200 × 10 = 27,000 input and 1,000 output tokens and makes 4 $0.005 tool calls:
  // $0.02565 + $0.004 + $0.02 = $0.04965; × 1,000 = $49.65.
  await chooseShape(page, 'Agent chains');
  await expect(figure(page, 'Monthly cost')).toHaveText('$49.65');
  await enter(page, 'Steps per task', '501');
  await expect(alertSaying(page, 'Must be at most 500.')).toBeVisible();
  await expect(numberField(page, 'Steps per task')).toHaveAccessibleDescription(/^Must be at most 500\./);
  await expect(figure(page, 'Monthly cost')).toHaveText('$49.65');
  await expect(figure(page, 'Tool call cost')).toHaveText('$20.00');
  // A good value afterwards still counts: 4 steps send 12,000 + 1,200 × 6 = 19,200 input, 800 output,
  // 3 tool calls: $0.01824 + $0.0032 + $0.015 = $0.03644 a task, $36.44 a month.
  await enter(page, 'Steps per task', '4');
  await expect(alertSaying(page, 'Must be at most 500.')).toHaveCount(0);
  await expect(figure(page, 'Monthly cost')).toHaveText('$36.44');

  // A second endpoint, so names show in the bill's regions and the Workload panel too.
  await addPreset(page, TAGGING);
  await endpointButton(page, 'Endpoint 1').click();

  // A name far too long is refused with the reason, and the endpoint keeps its name.
  await nameField(page).fill('y'.repeat(10_000));
  await expect(alertSaying(page, /at most 80 characters/)).toBeVisible();
  await expect(alertSaying(page, 'The endpoint keeps the name “Endpoint 1”.')).toBeVisible();
  await expect(endpointButton(page, 'Endpoint 1')).toBeVisible();
  await expect(endpointRegion(page, 'Endpoint 1')).toBeVisible();
  await nameField(page).blur();
  await expect(nameField(page)).toHaveValue('Endpoint 1');
  await expect(page.getByRole('alert').filter({ hasText: /characters/ })).toHaveCount(0);

  // Markup is just characters: shown as typed, nothing injected, nothing run.
  const markup = '<img src=x onerror="window.__injected=1"><b>Bold</b>';
  await nameField(page).fill(markup);
  await expect(endpointButton(page, markup)).toBeVisible();
  await expect(endpointRegion(page, markup)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Workload', exact: true })).toContainText(
    `For the endpoint “${markup}”.`,
  );
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    bold: [...document.querySelectorAll('b')].filter((element) => element.textContent === 'Bold').length,
    ran: 'window' in globalThis && '__injected' in window,
  }));
  expect(injected).toEqual({ images: 0, bold: 0, ran: false });
  expect(dialogs).toBe(0);

  // The figures are the scenario's all along: the chain ($36.44) and tagging ($93.50), $129.94 in all.
  await expect(endpointFigure(page, markup, 'Monthly cost')).toHaveText('$36.44');
  await expect(endpointFigure(page, TAGGING, 'Monthly cost')).toHaveText('$93.50');
  await expect(figure(page, 'Monthly cost')).toHaveText('$129.94');
  await expectNoBrokenNumbers(page);
});

test('a monthly budget says how many conversations it buys', async ({ page }) => {
  await openCalculator(page);
  await chooseShape(page, 'Conversations');
  // The default conversation: $0.015025 each (see above), 2,000 a month = $30.05.
  await expect(figure(page, 'Monthly cost')).toHaveText('$30.05');
  await expect(bill(page)).toContainText(
    'Set a budget to see how far this bill is from it and what it buys.',
  );

  await enter(page, 'Monthly budget', '100');
  // $100 − $30.05 = $69.95 under; $100 buys floor(100 × 2,000 / 30.05) = floor(6,655.57) = 6,655
  // conversations (6,655 × $0.015025 = $99.99; one more would be $100.01).
  await expect(figure(page, 'Budget standing')).toHaveText('$69.95 under budget');
  await expect(bill(page)).toContainText(
    'This budget buys 6,655 conversations a month on Kimi K2.6 via Moonshot AI',
  );
  await expect(bill(page)).toContainText(
    /This budget buys 6,655 conversations a month on Kimi K2\.6 via Moonshot AI(, the cheapest route that fits\.|, and [\d,]+ on the cheapest route that fits \(.+\)\.)/,
  );

  // Longer conversations buy fewer: 6 turns send 6 × 1,100 + 400 × 15 = 12,600 input and 1,800 output
  // tokens: $0.01197 + $0.0072 = $0.01917 each, $38.34 a month; $100 buys floor(100 × 2,000 / 38.34)
  // = floor(5,216.48) = 5,216.
  await enter(page, 'Turns per conversation', '6');
  await expect(figure(page, 'Monthly cost')).toHaveText('$38.34');
  await expect(figure(page, 'Budget standing')).toHaveText('$61.66 under budget');
  await expect(bill(page)).toContainText(
    'This budget buys 5,216 conversations a month on Kimi K2.6 via Moonshot AI',
  );
  await expectNoBrokenNumbers(page);
});
