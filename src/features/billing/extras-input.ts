import type { DraftReader } from '../../components/ui/use-draft';
import {
  type BillingExtrasInput,
  type ExtrasFieldKind,
  type ExtrasProblem,
  readExtrasField,
} from '../../domain/billing/extras-input';

type ProviderTexts = Readonly<Record<string, string>>;

/** The text typed for a provider ('' when none); only the record's own keys count ("constructor" is a name too). */
export function providerText(texts: ProviderTexts, provider: string): string {
  return Object.hasOwn(texts, provider) ? (texts[provider] ?? '') : '';
}

/** The texts with this provider's text set; an empty text is removed. (fromEntries keeps "__proto__" as a key.) */
export function withProviderText(texts: ProviderTexts, provider: string, text: string): ProviderTexts {
  const entries = Object.entries(texts).filter(([key]) => key !== provider);
  if (text !== '') entries.push([provider, text]);
  return Object.fromEntries(entries);
}

export type ExtrasChange = (change: Partial<BillingExtrasInput>) => void;

/** Reads a field as typed; a valid text is kept in plain notation ("5,5" → "5.5"). */
export function extrasReader(kind: ExtrasFieldKind, commit: (text: string) => void): DraftReader {
  return (text, locale) => {
    const reading = readExtrasField(kind, text, locale);
    return reading.ok ? { ok: true, commit: () => commit(reading.text), note: reading.note } : reading;
  };
}

/** The problem readBillingExtras reports for a field, if any. */
export function problemFor(problems: readonly ExtrasProblem[], field: string): string | null {
  return problems.find((problem) => problem.field === field)?.message ?? null;
}
