/**
 * The locale people type numbers in: the browser's language (navigator.language), which the number
 * reader in the domain takes as an argument. en-US where there is no browser.
 */
export function typingLocale(): string {
  if (typeof navigator === 'undefined') return 'en-US';
  return navigator.language || 'en-US';
}
