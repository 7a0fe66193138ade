import type { Theme } from '../domain/embed';

/**
 * Puts a theme on the page: `data-theme` picks the colours and `color-scheme` the native controls
 * (checkboxes, slider tracks, scrollbars), which otherwise stay light in a dark embed. Auto follows the
 * reader's system for both.
 */
export function applyTheme(theme: Theme): void {
  const html = document.documentElement;
  if (theme === 'auto') {
    delete html.dataset.theme;
    html.style.removeProperty('color-scheme');
  } else {
    html.dataset.theme = theme;
    html.style.colorScheme = theme;
  }
}
