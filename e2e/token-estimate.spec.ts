/**
 * Estimating tokens from text: a user pastes a prompt, sees its token count (counted in the page with
 * the o200k_base tokenizer, loaded from our own origin only once text is counted), and uses it as
 * the workload's input or output tokens; the slider and the bill follow. The expected counts are
 * computed here with the same library the page bundles (gpt-tokenizer), never written down.
 */
import type { Page, Request } from '@playwright/test';
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { expect, test } from './fixtures';

/** The page counts "<|endoftext|>" and the like as the plain text they are. */
const expectedTokens = (text: string) => countTokens(text, { disallowedSpecial: new Set() });
const grouped = (value: number) => new Intl.NumberFormat('en-US').format(value);

const PROMPT = [
  'You are the billing assistant of a small SaaS company. Answer in at most three sentences,',
  'quote the invoice line you rely on, and never promise a refund. <|endoftext|> is plain text here.',
  'Customer: my March invoice lists 1,234,567 tokens at $0.95 per 1M — why is it $1.17?',
  '顾客：我的发票为什么这么贵？ 🙂',
].join('\n');

const section = (page: Page) => page.getByRole('region', { name: 'Estimate tokens from text', exact: true });
const textToCount = (page: Page) =>
  section(page).getByRole('textbox', { name: 'Text to count', exact: true });
const countStatus = (page: Page) => section(page).getByRole('status');
const workload = (page: Page) => page.getByRole('region', { name: 'Workload', exact: true });
const monthlyCost = (page: Page) =>
  page.getByRole('region', { name: 'Monthly bill', exact: true }).getByLabel('Monthly cost', { exact: true });

/** Every request the page (and its workers) makes. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (request) => requests.push(request));
  return requests;
}

/**
 * Pastes `text` repeated `times` into "Text to count" as one input event, as a paste does (the text
 * is built in the page: sending megabytes through fill() takes longer than the test).
 */
async function pasteRepeated(page: Page, text: string, times: number): Promise<void> {
  await textToCount(page).evaluate(
    (field: HTMLTextAreaElement, [part, count]) => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setValue?.call(field, part.repeat(count));
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [text, times] as const,
  );
}

const isTokenizer = (request: Request) => /token-count-worker|o200k/.test(request.url());

test('a pasted prompt is counted in the page and sets the input tokens; the slider and the bill follow', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto('/');
  // The default: 10,000 requests × (2,000 in × $0.95 + 500 out × $4.00) per 1M on K2.6 via Moonshot AI.
  await expect(monthlyCost(page)).toHaveText('$39.00');
  await expect(countStatus(page)).toHaveText('Paste or type a text to count its tokens.');
  await expect(section(page).getByText(/with the o200k_base byte-pair encoding/)).toBeVisible();
  await expect(
    section(page).getByText(/Kimi's count for the same text may differ by some percent/),
  ).toBeVisible();
  expect(requests.filter(isTokenizer), 'the tokenizer loads only once there is text to count').toEqual([]);

  await textToCount(page).fill(PROMPT);
  const tokens = expectedTokens(PROMPT);
  // The first count loads the 1 MB (gzip) tokenizer: on a loaded machine that takes more than 5 s.
  await expect(countStatus(page)).toHaveText(`${grouped(tokens)} tokens (estimate)`, { timeout: 20_000 });

  // Monthly: 10,000 × (tokens × $0.95 + 500 × $4.00) ÷ 1M = (95 × tokens + 200,000) hundredths of a cent.
  const hundredthsOfCent = 95 * tokens + 200_000;
  expect(hundredthsOfCent % 100, 'the text must not land on a half cent').not.toBe(50);
  const cents = Math.round(hundredthsOfCent / 100);
  await section(page).getByRole('button', { name: 'Use as input tokens', exact: true }).click();
  await expect(
    section(page).getByText(`Set “Input tokens per request” to ${grouped(tokens)} (it was 2,000).`),
  ).toBeVisible();
  await expect(
    workload(page).getByRole('spinbutton', { name: 'Input tokens per request', exact: true }),
  ).toHaveValue(grouped(tokens));
  await expect(
    workload(page).getByRole('slider', { name: 'Input tokens per request', exact: true }),
  ).toHaveAttribute('aria-valuetext', grouped(tokens));
  await expect(monthlyCost(page)).toHaveText(
    `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
  );

  await section(page).getByRole('button', { name: 'Use as output tokens', exact: true }).click();
  await expect(
    workload(page).getByRole('spinbutton', { name: 'Output tokens per request', exact: true }),
  ).toHaveValue(grouped(tokens));

  // Nothing left the page: every request went to our own origin, the tokenizer included.
  const origin = new URL(baseURL as string).origin;
  expect(requests.filter(isTokenizer).length).toBeGreaterThan(0);
  expect(requests.map((request) => request.url()).filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
});

test('for a conversation the counts go to the user and reply tokens per turn, and the page says so', async ({
  page,
}) => {
  await page.goto('/');
  await workload(page)
    .getByRole('combobox', { name: 'Workload shape', exact: true })
    .selectOption('Conversations');
  await expect(
    section(page).getByText('Input sets “User tokens per turn” and output sets “Reply tokens per turn”.'),
  ).toBeVisible();
  const question = 'How do I rotate the API key of my Kimi project without downtime?';
  await textToCount(page).fill(question);
  const tokens = expectedTokens(question);
  await expect(countStatus(page)).toHaveText(`${grouped(tokens)} tokens (estimate)`);
  await section(page).getByRole('button', { name: 'Use as input tokens', exact: true }).click();
  await expect(
    workload(page).getByRole('spinbutton', { name: 'User tokens per turn', exact: true }),
  ).toHaveValue(grouped(tokens));
  await expect(
    section(page).getByText(`Set “User tokens per turn” to ${grouped(tokens)} (it was 100).`),
  ).toBeVisible();
});

test('a 4 MB paste is counted exactly off the main thread; a text over the limit is refused, keeping the last', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const paragraph = `${PROMPT}\n\n`;
  const times = Math.ceil(4_000_000 / paragraph.length);
  const huge = paragraph.repeat(times);
  await pasteRepeated(page, paragraph, times);
  await expect(countStatus(page)).toHaveText(/^(Loading the tokenizer|Counting)…/);
  // While it counts, the page answers: the workload can be edited and the bill follows.
  await workload(page).getByRole('spinbutton', { name: 'Requests per month', exact: true }).fill('2,000');
  await workload(page).getByRole('spinbutton', { name: 'Requests per month', exact: true }).press('Enter');
  await expect(monthlyCost(page)).toHaveText('$7.80');
  await expect(countStatus(page)).toHaveText(`${grouped(expectedTokens(huge))} tokens (estimate)`, {
    timeout: 60_000,
  });

  await pasteRepeated(page, 'x', 5_000_001);
  await expect(section(page).getByRole('alert')).toHaveText(
    /^That text has 5,000,001 characters; the counter takes up to 5,000,000\./,
  );
  await expect(countStatus(page)).toHaveText(`${grouped(expectedTokens(huge))} tokens (estimate)`);
  expect(await textToCount(page).evaluate((field: HTMLTextAreaElement) => field.value.length)).toBe(
    huge.length,
  );
});
