import { keepInView } from '../lib/keep-in-view';

/**
 * The sections below the first screen, in page order, as the header's navigation names them. Each id
 * is on the element that holds the section (the part that fails alone stays inside it).
 */
export const PAGE_SECTIONS = [
  { id: 'section-route', label: 'Prices' },
  { id: 'section-endpoints', label: 'Endpoints' },
  { id: 'section-compare', label: 'Compare' },
  { id: 'section-charts', label: 'Charts' },
  { id: 'section-calibrate', label: 'Calibrate' },
  { id: 'section-billing', label: 'Billing extras' },
  { id: 'section-rates', label: 'Rates' },
  { id: 'section-share', label: 'Share' },
] as const;

export type PageSectionId = (typeof PAGE_SECTIONS)[number]['id'];

export const MAIN_CONTENT_ID = 'main-content';

/**
 * Scrolls to a part of the page and moves focus there, without touching the address: the fragment
 * after "#" is the scenario's link, so an in-page "#id" would replace it. The part stays in view while
 * the parts above it finish loading (lib/keep-in-view.ts).
 */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  target.focus({ preventScroll: true });
  keepInView(target, 'start');
}
