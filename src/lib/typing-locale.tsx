import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { fieldText } from '../domain/money/quantity';

/**
 * The locale people type numbers in: the browser's language (navigator.language), which the number
 * reader in the domain takes as an argument. en-US where there is no browser.
 */
export function typingLocale(): string {
  if (typeof navigator === 'undefined') return 'en-US';
  return navigator.language || 'en-US';
}

/** The locale the page shell read (main.tsx); the prerendered page is written in en-US. */
const TypingLocaleContext = createContext<string | null>(null);

export function TypingLocaleProvider({
  locale,
  children,
}: {
  readonly locale: string;
  readonly children: ReactNode;
}) {
  return <TypingLocaleContext.Provider value={locale}>{children}</TypingLocaleContext.Provider>;
}

/**
 * How the user types numbers, for the number fields in components/ui (which know no number rules):
 * their locale, and the value in force written so it reads back the same there (see fieldText). The same
 * object while the locale stands, so memoised fields do not re-render for it.
 */
export function useNumberTyping(): { readonly locale: string; readonly write: (text: string) => string } {
  const locale = useTypingLocale();
  return useMemo(() => ({ locale, write: (text: string) => fieldText(text, locale) }), [locale]);
}

/** The typist's locale as the shell read it; a part mounted without the shell (a test) reads it itself. */
export function useTypingLocale(): string {
  return useContext(TypingLocaleContext) ?? typingLocale();
}
