import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../domain/rates/route';
import { findRoute } from '../../domain/rates/route-catalog';
import { decodeScenario } from '../../domain/share-link/decode-scenario';
import { CalculatorPanels } from '../../testing/calculator-panels';
import { billRegion, figure } from '../../testing/queries';
import { renderWithStore } from '../../testing/render-with-store';
import { FIXTURE_SHEET } from '../../testing/route-fixtures';
import { LinkNotices } from './link-notices';

/** A link that carries a copy of Kimi K2.6 via Moonshot AI under its bundled id, at forged prices. */
const FORGED_CR = encodeURIComponent(
  JSON.stringify({
    routes: [
      {
        id: 'kimi-k2.6@moonshot-ai',
        model: 'Kimi K2.6',
        provider: 'Moonshot AI',
        prices: { input: '0.01', cachedInput: '0.001', output: '0.02' },
        source: { label: 'Moonshot AI (official)', url: 'https://platform.moonshot.ai/', date: '2026-07-01' },
      },
    ],
  }),
);

/** The sheet's own source for the route (the fixture sheet renderWithStore uses). */
const SHEET_SOURCE = (findRoute(FIXTURE_SHEET, 'kimi-k2.6@moonshot-ai') as Route).source;

function openLink(link: string) {
  const decoded = decodeScenario(link, { routes: FIXTURE_SHEET });
  return renderWithStore(
    <>
      <LinkNotices problems={decoded.problems} priceChanges={decoded.priceChanges} />
      <CalculatorPanels />
    </>,
    { initial: decoded.scenario },
  );
}

describe('"Prices from this link"', () => {
  it("shows a link's prices for a bundled route beside the sheet's, with the sheet's source, and one click restores the sheet", async () => {
    const { user, store } = openLink(`v=2&n=1000&p=0.01,0.001,0.02&cr=${FORGED_CR}`);
    // 1,000 × (2,000 × $0.01 + 500 × $0.02) / 1M = $0.03 with the link's prices.
    expect(figure('Monthly cost', billRegion())).toBe('$0.03');
    const notice = within(screen.getByRole('region', { name: 'Prices changed since this link was made' }));
    expect(notice.getByRole('heading', { name: 'Prices from this link' })).toBeInTheDocument();
    expect(notice.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "Kimi K2.6 via Moonshot AI: Input price $0.01 in the link, $0.95 in today's sheet.",
      "Kimi K2.6 via Moonshot AI: Cached input price $0.001 in the link, $0.16 in today's sheet.",
      "Kimi K2.6 via Moonshot AI: Output price $0.02 in the link, $4.00 in today's sheet.",
      `The sheet's prices for Kimi K2.6 via Moonshot AI: ${SHEET_SOURCE.label}, ${SHEET_SOURCE.date}`,
    ]);
    // The forged copy is listed as a route of the user's own, never as the bundled route.
    const ignored = within(screen.getByRole('region', { name: 'Parts of the link were ignored' }));
    expect(
      ignored.getByText(/added as a route of your own \(custom-kimi-k2\.6@moonshot-ai\)/),
    ).toBeInTheDocument();

    await user.click(notice.getByRole('button', { name: "Use the sheet's prices" }));
    // 1,000 requests at the sheet's $0.95 / $4.00: the seed's $3.90.
    expect(figure('Monthly cost', billRegion())).toBe('$3.90');
    expect(store.getState().priceOverrides).toEqual({});
    expect(screen.queryByRole('region', { name: 'Prices changed since this link was made' })).toBeNull();
  });

  it("keeps the link's prices when asked", async () => {
    const { user } = openLink('v=1&n=1000&p=0.95,0.16,3.5');
    await user.click(screen.getByRole('button', { name: "Keep the link's prices" }));
    expect(figure('Monthly cost', billRegion())).toBe('$3.65');
    expect(screen.queryByRole('heading', { name: 'Prices from this link' })).toBeNull();
  });
});
