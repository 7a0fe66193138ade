import { fieldText } from '../domain/money/quantity';

/**
 * The locale people type numbers in: the browser's language (navigator.language), which the number
 * reader in the domain takes as an argument. en-US where there is no browser.
 */
export function typingLocale(): string {
  if (typeof navigator === 'undefined') return 'en-US';
  return navigator.language || 'en-US';
}

/**
 * How the user types numbers, for the number fields in components/ui (which know no number rules):
 * their locale, and the value in force written so it reads back the same there (see fieldText).
 */
export function numberTyping(): { readonly locale: string; readonly write: (text: string) => string } {
  const locale = typingLocale();
  return { locale, write: (text) => fieldText(text, locale) };
}
