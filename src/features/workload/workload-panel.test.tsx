import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CalculatorApp } from '../../app/calculator-app';
import { logPositionFromValue } from '../../components/ui/slider-scale';
import { selectedEndpoint } from '../../domain/scenario/scenario';
import { DEFAULT_WORKLOAD, WORKLOAD_RANGES, type Workload } from '../../domain/workload/workload';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { activeWorkload, oneEndpoint } from '../../testing/endpoint-builders';
import { allFigures, billRegion, combobox, figure, numberField, slider } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';
import { WorkloadPanel } from './workload-panel';

function renderApp(workload: Partial<Workload> = {}, routeId?: string) {
  return renderWithStore(<CalculatorPanels />, {
    initial: oneEndpoint({ workload, routeId }),
  });
}

describe('WorkloadPanel fields', () => {
  it('offers a number field and a slider for each input, both named by the visible label', () => {
    renderWithStore(<WorkloadPanel />);
    const shown: [string, string][] = [
      ['Requests per month', '10,000'],
      ['Input tokens per request', '2,000'],
      ['Output tokens per request', '500'],
      ['Cache hit rate', '0%'],
      ['Retry buffer', '0%'],
    ];
    for (const [name, text] of shown) {
      expect(numberField(name)).toHaveValue(text);
      expect(slider(name)).toHaveAttribute('aria-valuetext', text);
    }
  });

  it('recomputes the bill from a typed value: 1000 requests give the seed example’s $3.90', async () => {
    const { user } = renderApp();
    await user.clear(numberField('Requests per month'));
    await user.type(numberField('Requests per month'), '1000');
    expect(numberField('Requests per month')).toHaveValue('1000');
    expect(figure('Input cost')).toBe('$1.90');
    expect(figure('Output cost')).toBe('$2.00');
    expect(figure('Monthly cost')).toBe('$3.90');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.tab();
    expect(numberField('Requests per month')).toHaveValue('1,000');
  });

  // The whole app also renders the comparison table, which is slow in jsdom: one test, one event.
  it('works the same inside the whole app: 1000 requests give $3.90', { timeout: 30_000 }, async () => {
    const { user } = renderWithStore(<CalculatorApp />);
    const field = numberField('Requests per month');
    await user.clear(field);
    await user.paste('1000');
    const bill = billRegion();
    await waitFor(() => expect(figure('Monthly cost', bill)).toBe('$3.90'));
    expect(bill.getByText('Output is 51% of this bill.')).toBeInTheDocument();
  });

  it('reads numbers the way people write them: 2.5k requests', async () => {
    const { user, store } = renderApp();
    await user.clear(numberField('Requests per month'));
    await user.type(numberField('Requests per month'), '2.5k');
    expect(activeWorkload(store.getState()).requestsPerMonth).toBe(2500);
    expect(numberField('Requests per month')).toHaveValue('2.5k');
    await user.tab();
    expect(numberField('Requests per month')).toHaveValue('2,500');
  });

  describe('bad text', () => {
    const cases: [string, string, string][] = [
      ['Requests per month', 'abc', '“abc” is not a number. Type digits, e.g. 1000 or 2.5k.'],
      ['Requests per month', '1.5', 'Use a whole number.'],
      ['Requests per month', '2000000000000', 'Must be at most 1,000,000,000,000.'],
      ['Input tokens per request', '-5', 'Must be 0 or more.'],
      ['Cache hit rate', '12.345', 'Use at most 2 decimal places.'],
      ['Retry buffer', '101', 'Must be at most 100.'],
    ];

    it.each(cases)('%s: typing %j shows “%s” and keeps the figures', async (name, text, message) => {
      const { user, store } = renderApp();
      const before = allFigures();
      const field = numberField(name);
      await user.click(field);
      await user.keyboard('{Control>}a{/Control}');
      await user.paste(text);

      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(field).toHaveValue(text);
      expect(field).toBeInvalid();
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(allFigures()).toEqual(before);
      expect(activeWorkload(store.getState())).toEqual(DEFAULT_WORKLOAD);
    });

    it('asks for a number when the field is emptied', async () => {
      const { user } = renderApp();
      await user.clear(numberField('Output tokens per request'));
      expect(screen.getByRole('alert')).toHaveTextContent('Enter a number.');
      expect(figure('Monthly cost')).toBe('$39.00');
    });

    it('Escape restores the value in force and clears the message', async () => {
      const { user } = renderApp();
      const field = numberField('Input tokens per request');
      await user.clear(field);
      await user.type(field, 'lots');
      expect(screen.getByRole('alert')).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(field).toHaveValue('2,000');
      expect(field).toBeValid();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect(figure('Monthly cost')).toBe('$39.00');
    });

    it('keeps the bad text and its message when the field loses focus', async () => {
      const { user } = renderApp();
      await user.clear(numberField('Requests per month'));
      await user.type(numberField('Requests per month'), 'x');
      await user.tab();
      expect(numberField('Requests per month')).toHaveValue('x');
      expect(screen.getByRole('alert')).toBeInTheDocument();
    });
  });

  describe('in a browser set to German (de-DE)', () => {
    beforeEach(() => {
      vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE');
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('reads "1,5" in the cache hit rate as 1.5 %, not 15 %, and says so beside the field', async () => {
      const { user, store } = renderApp({ requestsPerMonth: 1000 });
      const field = numberField('Cache hit rate');
      await user.click(field);
      await user.keyboard('{Control>}a{/Control}');
      await user.paste('1,5');
      expect(activeWorkload(store.getState()).cacheHitRatePercent).toBe(1.5);
      expect(field).toBeValid();
      expect(field).toHaveAccessibleDescription(expect.stringContaining('Read as 1.5'));
      expect(screen.getByText('Read as 1.5')).toBeVisible();
      // 2M input tokens, 1.5 % (30,000) cached at $0.16: $1.8715 + $0.0048 of input, $2.00 of output,
      // $3.8763 in all (15 % would be $3.66). The lines are rounded to add up to the total.
      expect(figure('Input cost')).toBe('$1.87');
      expect(figure('Cached input cost')).toBe('$0.01');
      expect(figure('Monthly cost')).toBe('$3.88');

      await user.tab();
      expect(field).toHaveValue('1.5%');
      expect(screen.getByText('Read as 1.5')).toBeVisible();
    });

    it('reads grouping the German way: "1.000.000" requests, with a note; "250 000" with none', async () => {
      const { user, store } = renderApp();
      const field = numberField('Requests per month');
      await user.click(field);
      await user.keyboard('{Control>}a{/Control}');
      await user.paste('1.000.000');
      expect(activeWorkload(store.getState()).requestsPerMonth).toBe(1_000_000);
      expect(field).toHaveAccessibleDescription(expect.stringContaining('Read as 1000000'));

      await user.keyboard('{Control>}a{/Control}');
      await user.paste('250\u00A0000');
      expect(activeWorkload(store.getState()).requestsPerMonth).toBe(250_000);
      expect(screen.queryByText(/Read as/)).toBeNull();
      expect(field).not.toHaveAccessibleDescription(expect.stringContaining('Read as'));
    });

    it('refuses "1.000" requests, which could be a thousand or one, and keeps the figures', async () => {
      const { user, store } = renderApp();
      const before = allFigures();
      const field = numberField('Requests per month');
      await user.click(field);
      await user.keyboard('{Control>}a{/Control}');
      await user.paste('1.000');
      const message =
        '“1.000” could mean 1000 (point between thousands) or 1 (decimal point). Type 1000 or 1 instead.';
      expect(screen.getByRole('alert')).toHaveTextContent(message);
      expect(field).toBeInvalid();
      expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
      expect(allFigures()).toEqual(before);
      expect(activeWorkload(store.getState())).toEqual(DEFAULT_WORKLOAD);
    });
  });

  describe('ArrowUp and ArrowDown on a number field', () => {
    it('step a count by a tenth of its value, the step rounded to two significant digits', async () => {
      const { user } = renderApp();
      const field = numberField('Requests per month');
      await user.click(field);
      await user.keyboard('{ArrowUp}');
      expect(field).toHaveValue('11,000');
      expect(field).toHaveAttribute('aria-valuenow', '11000');
      expect(figure('Monthly cost')).toBe('$42.90');

      await user.keyboard('{ArrowDown}');
      expect(field).toHaveValue('9,900');
      await user.keyboard('{ArrowDown}');
      expect(field).toHaveValue('8,910');
    });

    it('step by half the value with Shift', async () => {
      const { user } = renderApp();
      await user.click(numberField('Output tokens per request'));
      await user.keyboard('{Shift>}{ArrowUp}{/Shift}');
      expect(numberField('Output tokens per request')).toHaveValue('750');
    });

    it('step a percentage by 1 and stop at the ends of the range', async () => {
      const { user } = renderApp({ retryBufferPercent: 99.5 });
      await user.click(numberField('Cache hit rate'));
      await user.keyboard('{ArrowDown}');
      expect(numberField('Cache hit rate')).toHaveValue('0%');
      await user.keyboard('{ArrowUp}{ArrowUp}');
      expect(numberField('Cache hit rate')).toHaveValue('2%');

      await user.click(numberField('Retry buffer'));
      await user.keyboard('{ArrowUp}');
      expect(numberField('Retry buffer')).toHaveValue('100%');
    });

    it('replace bad text with the stepped value in force', async () => {
      const { user } = renderApp();
      const field = numberField('Requests per month');
      await user.clear(field);
      await user.type(field, 'oops');
      await user.keyboard('{ArrowUp}');
      expect(field).toHaveValue('11,000');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });
  });

  describe('quick changes on different fields', () => {
    it('both land, and the second is checked against the first (users × requests per user)', async () => {
      const { user, store } = renderApp();
      await user.click(screen.getByRole('checkbox', { name: 'Count users instead of requests' }));
      // Two changes in a row, no render awaited between them: each field's check reads the shape in force.
      fireEvent.change(numberField('Users per month'), { target: { value: '2000000000' } });
      fireEvent.change(numberField('Requests per user'), { target: { value: '400' } });
      expect(selectedEndpoint(store.getState()).shape).toMatchObject({
        consumer: { usersPerMonth: 2_000_000_000, requestsPerUser: 400 },
      });
      expect(numberField('Requests per user')).not.toHaveAttribute('aria-invalid');
      // 2 billion users × 600 requests is over the monthly maximum: refused, the last valid value kept.
      fireEvent.change(numberField('Requests per user'), { target: { value: '600' } });
      expect(numberField('Requests per user')).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByText(/Users × requests per user must be at most/)).toBeVisible();
      expect(selectedEndpoint(store.getState()).shape).toMatchObject({ consumer: { requestsPerUser: 400 } });
    });
  });

  describe('sliders', () => {
    it('move a logarithmic field over its whole range', () => {
      const { store } = renderApp();
      fireEvent.change(slider('Requests per month'), { target: { value: '1000' } });
      expect(numberField('Requests per month')).toHaveValue('1,000,000,000,000');
      fireEvent.change(slider('Requests per month'), { target: { value: '0' } });
      expect(activeWorkload(store.getState()).requestsPerMonth).toBe(0);
      expect(figure('Monthly cost')).toBe('$0.00');
    });

    it('set a percentage directly and update the bill', () => {
      renderApp();
      fireEvent.change(slider('Cache hit rate'), { target: { value: '40' } });
      expect(numberField('Cache hit rate')).toHaveValue('40%');
      // 12M × $0.95 = $11.40; 8M × $0.16 = $1.28; 5M × $4 = $20.00.
      expect(figure('Monthly cost')).toBe('$32.68');
    });

    it('step a logarithmic value with the arrow keys, a tenth at a time (half with Page keys)', async () => {
      const { user } = renderApp();
      const requests = slider('Requests per month');
      await user.click(requests);
      await user.keyboard('{ArrowRight}');
      expect(requests).toHaveAttribute('aria-valuetext', '11,000');
      await user.keyboard('{ArrowLeft}');
      expect(requests).toHaveAttribute('aria-valuetext', '9,900');
      await user.keyboard('{PageUp}');
      expect(requests).toHaveAttribute('aria-valuetext', '14,900');
      expect(numberField('Requests per month')).toHaveValue('14,900');
    });

    it('step up from 0 with the arrow keys, where many slider positions share one value', async () => {
      const { user } = renderApp({ outputTokensPerRequest: 0 });
      await user.click(slider('Output tokens per request'));
      await user.keyboard('{ArrowUp}{ArrowUp}');
      expect(slider('Output tokens per request')).toHaveAttribute('aria-valuetext', '2');
    });

    it('follow a value typed in the number field', async () => {
      const { user } = renderApp();
      await user.clear(numberField('Input tokens per request'));
      await user.type(numberField('Input tokens per request'), '50000');
      expect(slider('Input tokens per request')).toHaveValue(
        String(logPositionFromValue(50_000, WORKLOAD_RANGES.inputTokensPerRequest)),
      );
      expect(slider('Input tokens per request')).toHaveAttribute('aria-valuetext', '50,000');
    });
  });

  describe('limits of the route', () => {
    const CONTEXT = "300,000 input tokens do not fit this model's 262,144-token context window.";
    const TOTAL = 'Input and output together (262,500 tokens) exceed the 262,144-token context window.';
    const MAX_OUTPUT =
      "20,000 output tokens exceed this route's maximum output of 16,384 tokens per request.";

    it('warns beside the input field when one request’s input exceeds the context window', () => {
      renderWithStore(<WorkloadPanel />, {
        initial: oneEndpoint({ workload: { inputTokensPerRequest: 300_000 } }),
      });
      expect(numberField('Input tokens per request')).toHaveAccessibleDescription(
        expect.stringContaining(CONTEXT),
      );
      expect(slider('Input tokens per request')).toHaveAccessibleDescription(
        expect.stringContaining(CONTEXT),
      );
      expect(numberField('Output tokens per request')).not.toHaveAccessibleDescription(
        expect.stringContaining('context window'),
      );
    });

    it('warns beside the input field when input and output together exceed the context window', () => {
      renderWithStore(<WorkloadPanel />, {
        initial: oneEndpoint({ workload: { inputTokensPerRequest: 262_000 } }),
      });
      expect(numberField('Input tokens per request')).toHaveAccessibleDescription(
        expect.stringContaining(TOTAL),
      );
    });

    it('warns beside the output field when output exceeds the route’s max output, and not elsewhere', async () => {
      const { user } = renderApp({}, 'kimi-k2.6@host-alpha');
      await user.clear(numberField('Output tokens per request'));
      await user.type(numberField('Output tokens per request'), '20000');
      expect(screen.getByText(MAX_OUTPUT)).toBeInTheDocument();
      expect(numberField('Output tokens per request')).toHaveAccessibleDescription(
        expect.stringContaining(MAX_OUTPUT),
      );
      expect(numberField('Input tokens per request')).not.toHaveAccessibleDescription(
        expect.stringContaining(MAX_OUTPUT),
      );
      // The bill is still computed: a warning is advice, not a refusal.
      // 10,000 requests × 20,000 output tokens × $3.41 per 1M.
      expect(figure('Output cost')).toBe('$682.00');
    });

    it('drops the warning when the user picks a route with room for the request', async () => {
      const { user } = renderApp({ outputTokensPerRequest: 20_000 }, 'kimi-k2.6@host-alpha');
      expect(screen.getByText(MAX_OUTPUT)).toBeInTheDocument();
      await user.selectOptions(combobox('Provider'), 'Moonshot AI');
      expect(screen.queryByText(MAX_OUTPUT)).not.toBeInTheDocument();
    });

    it('drops the warning when the value fits again', async () => {
      const { user } = renderApp({ inputTokensPerRequest: 300_000 });
      expect(screen.getByText(CONTEXT)).toBeInTheDocument();
      await user.clear(numberField('Input tokens per request'));
      await user.type(numberField('Input tokens per request'), '2000');
      expect(screen.queryByText(CONTEXT)).not.toBeInTheDocument();
    });
  });

  it('keeps the text as typed while the field has focus, and formats it on leaving', async () => {
    const { user, store } = renderApp();
    const field = numberField('Cache hit rate');
    await user.clear(field);
    await user.type(field, '12.50');
    expect(field).toHaveValue('12.50');
    expect(activeWorkload(store.getState()).cacheHitRatePercent).toBe(12.5);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.tab();
    expect(field).toHaveValue('12.5%');
  });
});

describe('switching the workload shape away and back', () => {
  it('brings back the values typed in each shape, for this endpoint', async () => {
    const { user } = renderWithStore(<WorkloadPanel />);
    const shape = screen.getByRole('combobox', { name: 'Workload shape' });
    await user.clear(numberField('Requests per month'));
    await user.type(numberField('Requests per month'), '4242');
    await user.selectOptions(shape, 'Conversations');
    expect(numberField('Turns per conversation')).toHaveValue('5');
    await user.clear(numberField('Turns per conversation'));
    await user.type(numberField('Turns per conversation'), '9');
    await user.selectOptions(shape, 'Agent chains');
    await user.selectOptions(shape, 'Single requests');
    expect(numberField('Requests per month')).toHaveValue('4,242');
    await user.selectOptions(shape, 'Conversations');
    expect(numberField('Turns per conversation')).toHaveValue('9');
  });
});
