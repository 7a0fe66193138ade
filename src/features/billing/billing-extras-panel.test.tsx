import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type BillingExtrasInput, DEFAULT_BILLING_EXTRAS_INPUT } from '../../domain/billing/extras-input';
import { parseExactDecimal, toScaledInteger } from '../../domain/money/decimal';
import { BillingExtrasPanel, type RouteUsage } from './billing-extras-panel';

/** Exact Money for a dollar text: usd('1.90'). */
const usd = (text: string) => toScaledInteger(parseExactDecimal(text)!, 24)!;

/** The seed article's bill on a route: $1.90 of input and $2.00 of output a month. */
const usageOn = (providerName: string): RouteUsage => ({
  routeId: `kimi-k2.6@${providerName}`,
  name: `Kimi K2.6 via ${providerName}`,
  providerName,
  parts: [
    { key: 'input', label: 'Input', amount: usd('1.90') },
    { key: 'output', label: 'Output', amount: usd('2.00') },
  ],
});

interface HarnessProps {
  readonly providers: readonly string[];
  readonly initial: BillingExtrasInput;
  readonly onChange: (next: BillingExtrasInput) => void;
}

/** The panel with its value held in state, as the app's store would hold it. */
function Harness({ providers, initial, onChange }: HarnessProps) {
  const [value, setValue] = useState(initial);
  return (
    <BillingExtrasPanel
      value={value}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
      providers={providers}
      usage={providers.map(usageOn)}
    />
  );
}

const ONE_PROVIDER = ['OpenRouter'];

/** The panel over usage the test changes, as a slider step changes the bill; the value held in state. */
function Stepped({ usage }: { readonly usage: readonly RouteUsage[] }) {
  const [value, setValue] = useState(DEFAULT_BILLING_EXTRAS_INPUT);
  return <BillingExtrasPanel value={value} onChange={setValue} providers={ONE_PROVIDER} usage={usage} />;
}

function renderPanel(
  providers: readonly string[] = ['Moonshot AI', 'OpenRouter'],
  initial: Partial<BillingExtrasInput> = {},
) {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(
    <Harness
      providers={providers}
      initial={{ ...DEFAULT_BILLING_EXTRAS_INPUT, ...initial }}
      onChange={onChange}
    />,
  );
  return { user, onChange };
}

const field = (name: string) => screen.getByRole('textbox', { name });
/** A bill as the user reads it: "label amount" per row. */
const bill = (provider: string) =>
  within(screen.getByRole('table', { name: `Kimi K2.6 via ${provider}` }))
    .getAllByRole('row')
    .map((row) => [...row.children].map((cell) => cell.textContent).join(' '));

async function enter(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.clear(field(name));
  await user.type(field(name), text);
}

/** Replaces the field's text in one go (a paste over the selection), as one edit. */
async function replace(user: ReturnType<typeof userEvent.setup>, name: string, text: string) {
  await user.tripleClick(field(name));
  await user.paste(text);
}

describe('BillingExtrasPanel', () => {
  it('labels every control and starts in US dollars with no extras', () => {
    renderPanel();
    expect(screen.getByRole('region', { name: 'Billing extras' })).toBeInTheDocument();
    for (const provider of ['Moonshot AI', 'OpenRouter']) {
      expect(field(`Platform fee for ${provider} (%)`)).toHaveValue('');
      expect(field(`Minimum recharge for ${provider} (USD)`)).toHaveValue('');
    }
    expect(screen.getByRole('checkbox', { name: 'Add tax' })).not.toBeChecked();
    expect(field('Tax (%)')).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Show figures in' })).toHaveValue('USD');
    expect(screen.queryByRole('textbox', { name: 'Exchange rate (per USD)' })).not.toBeInTheDocument();
    expect(field('Promotional credit (USD)')).toHaveValue('');
    expect(
      screen.getByRole('checkbox', { name: 'Count promotional credit in the monthly cost' }),
    ).not.toBeChecked();
    expect(bill('Moonshot AI')).toEqual(['Input $1.90', 'Output $2.00', 'Monthly total $3.90']);
  });

  it('applies a platform fee once, to its own provider only, and tax on usage plus fee, to the cent', async () => {
    const { user } = renderPanel();
    await enter(user, 'Platform fee for OpenRouter (%)', '5.5');
    // $3.90 × 5.5 % = $0.2145.
    expect(bill('OpenRouter')).toEqual([
      'Input $1.90',
      'Output $2.00',
      'Platform fee (5.5%) $0.21',
      'Monthly total $4.11',
    ]);
    expect(bill('Moonshot AI')).toEqual(['Input $1.90', 'Output $2.00', 'Monthly total $3.90']);

    await user.click(screen.getByRole('checkbox', { name: 'Add tax' }));
    await enter(user, 'Tax (%)', '19');
    // $4.1145 × 19 % = $0.781755; total $4.896255 → $4.90. The lines above tax stay as they were
    // ($4.11 before tax), and tax is what it adds to the rounded total: $4.90 − $4.11 = $0.79.
    expect(bill('OpenRouter')).toEqual([
      'Input $1.90',
      'Output $2.00',
      'Platform fee (5.5%) $0.21',
      'Tax (19%) $0.79',
      'Monthly total $4.90',
    ]);
    expect(bill('Moonshot AI')).toEqual([
      'Input $1.90',
      'Output $2.00',
      'Tax (19%) $0.74',
      'Monthly total $4.64',
    ]);
  });

  it('follows new usage (a workload step) in the bills, and keeps the fees as typed', async () => {
    const user = userEvent.setup();
    const doubled: RouteUsage = {
      ...usageOn('OpenRouter'),
      parts: [
        { key: 'input', label: 'Input', amount: usd('3.80') },
        { key: 'output', label: 'Output', amount: usd('4.00') },
      ],
    };
    const { rerender } = render(<Stepped usage={[usageOn('OpenRouter')]} />);
    await enter(user, 'Platform fee for OpenRouter (%)', '5.5');
    rerender(<Stepped usage={[doubled]} />);
    // $7.80 × 5.5 % = $0.429.
    expect(bill('OpenRouter')).toEqual([
      'Input $3.80',
      'Output $4.00',
      'Platform fee (5.5%) $0.43',
      'Monthly total $8.23',
    ]);
    expect(field('Platform fee for OpenRouter (%)')).toHaveValue('5.5');
  });

  it('shows figures in another currency at the rate the user gives, with its date', async () => {
    const { user, onChange } = renderPanel(['Moonshot AI']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures in' }), 'EUR');
    expect(field('Exchange rate (per USD)')).toHaveAccessibleDescription(
      'Enter how many EUR one US dollar buys. How many EUR one US dollar buys, up to 6 decimals.',
    );
    expect(
      screen.getByText('Figures stay in US dollars until the exchange rate is given.'),
    ).toBeInTheDocument();

    await enter(user, 'Exchange rate (per USD)', '0.92');
    expect(field('Rate date')).toBeInvalid();
    await enter(user, 'Rate date', '2026-09-01');
    expect(field('Rate date')).toBeValid();
    // $1.90 × 0.92 = €1.748, $2.00 × 0.92 = €1.84; total €3.588 → €3.59.
    expect(bill('Moonshot AI')).toEqual(['Input EUR 1.75', 'Output EUR 1.84', 'Monthly total EUR 3.59']);
    expect(
      screen.getByText('Figures in EUR at 0.92 EUR per US dollar, rate of 2026-09-01.'),
    ).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ currency: { code: 'EUR', perUsd: '0.92', date: '2026-09-01' } }),
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures in' }), 'USD');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ currency: null }));
    expect(bill('Moonshot AI').at(-1)).toBe('Monthly total $3.90');
  });

  it('uses whole yen', async () => {
    const { user } = renderPanel(['Moonshot AI']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures in' }), 'JPY');
    await enter(user, 'Exchange rate (per USD)', '147.25');
    // ¥279.775 + ¥294.5 = ¥574.275 → ¥574.
    expect(bill('Moonshot AI')).toEqual(['Input JPY 280', 'Output JPY 294', 'Monthly total JPY 574']);
  });

  it('says how many months of this scenario one minimum top-up covers', async () => {
    const { user } = renderPanel(['Moonshot AI']);
    await enter(user, 'Minimum recharge for Moonshot AI (USD)', '5');
    // $5 ÷ $3.90 = 1.28… months, shown in tenths rounded down.
    expect(screen.getByText('One top-up of $5.00 covers 1.2 months of this scenario.')).toBeInTheDocument();
  });

  it('shows promotional credit apart, and takes it off the monthly cost only when asked', async () => {
    const { user } = renderPanel(['Moonshot AI']);
    await enter(user, 'Promotional credit (USD)', '5');
    expect(bill('Moonshot AI')).toEqual([
      'Input $1.90',
      'Output $2.00',
      'Monthly total $3.90',
      'Promotional credit (one-time, not in the monthly total) $5.00',
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Count promotional credit in the monthly cost' }));
    expect(bill('Moonshot AI')).toEqual([
      'Input $1.90',
      'Output $2.00',
      'Monthly total $3.90',
      'Promotional credit used −$3.90',
      'Monthly cost after credit $0.00',
    ]);
    expect(screen.getByText('$1.10 of the credit is left for later months.')).toBeInTheDocument();
  });

  it('shows what is wrong next to the field, and keeps the last valid value and its line meanwhile', async () => {
    const { user, onChange } = renderPanel(['Moonshot AI']);
    await enter(user, 'Platform fee for Moonshot AI (%)', '10');
    await user.click(screen.getByRole('checkbox', { name: 'Add tax' }));
    await enter(user, 'Tax (%)', '20');
    // $3.90 + 10 % = $4.29; + 20 % tax = $5.148 → $5.15.
    const withExtras = [
      'Input $1.90',
      'Output $2.00',
      'Platform fee (10%) $0.39',
      'Tax (20%) $0.86',
      'Monthly total $5.15',
    ];
    expect(bill('Moonshot AI')).toEqual(withExtras);

    await replace(user, 'Platform fee for Moonshot AI (%)', 'abc');
    expect(field('Platform fee for Moonshot AI (%)')).toBeInvalid();
    expect(field('Platform fee for Moonshot AI (%)')).toHaveAccessibleDescription(
      '“abc” is not a number. Type digits, e.g. 1000 or 2.5k.',
    );
    await replace(user, 'Tax (%)', '150');
    expect(field('Tax (%)')).toHaveAccessibleDescription(
      'Must be at most 100. Charged on usage plus platform fee.',
    );
    expect(bill('Moonshot AI')).toEqual(withExtras);
    // The scenario (and so the link) keeps the valid texts.
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ platformFeePercent: { 'Moonshot AI': '10' }, taxPercent: '20' }),
    );

    // Escape gives the field back its value in force.
    await user.type(field('Tax (%)'), '{Escape}');
    expect(field('Tax (%)')).toHaveValue('20');
    expect(field('Tax (%)')).toBeValid();
  });

  it('reads a decimal comma in the fees, says how it read it, and keeps plain notation', async () => {
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    const { user, onChange } = renderPanel(['Moonshot AI']);
    await enter(user, 'Platform fee for Moonshot AI (%)', '5,5');
    expect(field('Platform fee for Moonshot AI (%)')).toHaveAccessibleDescription('Read as 5.5');
    expect(screen.getByText('Read as 5.5')).toBeVisible();
    expect(bill('Moonshot AI')).toContain('Platform fee (5.5%) $0.21');
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ platformFeePercent: { 'Moonshot AI': '5.5' } }),
    );

    // In de-DE, "1.000" could be a thousand or one: refused, and the top-up in force stays.
    await enter(user, 'Minimum recharge for Moonshot AI (USD)', '50');
    await replace(user, 'Minimum recharge for Moonshot AI (USD)', '1.000');
    expect(field('Minimum recharge for Moonshot AI (USD)')).toHaveAccessibleDescription(
      '“1.000” could mean 1000 (point between thousands) or 1 (decimal point). Type 1000 or 1 instead.',
    );
    expect(screen.getByText(/One top-up of \$50\.00 covers/)).toBeInTheDocument();
    language.mockRestore();
  });

  it('refuses a rate date that is not on the calendar, and keeps the one in force', async () => {
    const { user, onChange } = renderPanel(['Moonshot AI']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show figures in' }), 'EUR');
    await enter(user, 'Exchange rate (per USD)', '0.92');
    await enter(user, 'Rate date', '2026-09-01');
    await replace(user, 'Rate date', '2026-13-45');
    expect(field('Rate date')).toBeInvalid();
    expect(field('Rate date')).toHaveAccessibleDescription(
      'There is no month 13: months run from 01 to 12. The day the rate was taken, YYYY-MM-DD.',
    );
    await replace(user, 'Rate date', '2027-02-29');
    expect(field('Rate date')).toHaveAccessibleDescription(
      'February 2027 has 28 days: there is no day 29. The day the rate was taken, YYYY-MM-DD.',
    );
    expect(
      screen.getByText('Figures in EUR at 0.92 EUR per US dollar, rate of 2026-09-01.'),
    ).toBeInTheDocument();
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ currency: { code: 'EUR', perUsd: '0.92', date: '2026-09-01' } }),
    );
  });

  it('keeps provider names from files as plain keys and text', async () => {
    const { user, onChange } = renderPanel(['constructor', '__proto__', '<b>Host</b>']);
    expect(field('Platform fee for constructor (%)')).toHaveValue('');
    expect(field('Platform fee for __proto__ (%)')).toHaveValue('');
    await enter(user, 'Platform fee for __proto__ (%)', '10');
    const [last] = onChange.mock.lastCall ?? [];
    expect(Object.keys((last as BillingExtrasInput).platformFeePercent)).toEqual(['__proto__']);
    expect(bill('__proto__')).toContain('Platform fee (10%) $0.39');
    expect(screen.getByText('<b>Host</b>', { selector: 'legend' })).toBeInTheDocument();
  });

  it('asks for a route when there is none to bill', () => {
    render(
      <BillingExtrasPanel
        value={DEFAULT_BILLING_EXTRAS_INPUT}
        onChange={vi.fn()}
        providers={[]}
        usage={[]}
      />,
    );
    expect(screen.getByText('Choose a route to see its bill with these extras.')).toBeInTheDocument();
  });
});
