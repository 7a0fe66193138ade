/**
 * The parts of the page that load after the first paint (the token estimate, the charts, the
 * request-log reader, the billing extras, the rates) hold about their own room while they load: a
 * reader who has scrolled to the comparison table, or to any part below one still loading, does not
 * see it jump away under the pointer when the part above arrives.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
/** A part still loading says so in one line: "Loading the token estimate…", "Loading charts…". */
const loadingNotes = (page: Page) => page.locator('p.field-hint').filter({ hasText: /^Loading / });
/** What the parts arriving may still move a control in view: a line of text. */
const MOST_MOVE_PX = 48;

async function topOf(page: Page, name: string): Promise<number> {
  const box = await page.getByLabel(name, { exact: true }).boundingBox();
  if (!box) throw new Error(`"${name}" is not laid out`);
  return box.y;
}

/** A control in the comparison table, below the token estimate, and the last one, below every part. */
const TARGETS = ['Filter routes', 'Share link'];

for (const viewport of VIEWPORTS) {
  for (const target of TARGETS) {
    test(`at ${viewport.width}×${viewport.height}, "${target}" stays where it is while the parts above it load`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      // The parts' code arrives late, as on a slow connection: the reader is there first.
      await page.route(
        /\/assets\/(token-estimate-section|charts-panel|trace-section|billing-section|rates-section)-[^/]*\.js$/,
        async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          await route.continue();
        },
      );
      await page.goto('/');
      await expect(page).toHaveURL(/#v=\d/);
      await page.getByLabel(target, { exact: true }).scrollIntoViewIfNeeded();
      await expect(loadingNotes(page).first()).toBeAttached();
      const before = await topOf(page, target);

      await expect(loadingNotes(page)).toHaveCount(0, { timeout: 15_000 });
      const after = await topOf(page, target);
      expect(Math.abs(after - before), `moved from ${before} to ${after}`).toBeLessThanOrEqual(MOST_MOVE_PX);
    });
  }
}
