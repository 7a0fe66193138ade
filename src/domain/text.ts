/**
 * Text that enters the calculator from a person, a link, a file or a log. The rules, in words:
 * - Text is well-formed: a lone UTF-16 surrogate (half of a pair, left alone) becomes U+FFFD "�".
 *   Encoders (encodeURIComponent) throw on lone surrogates, so nothing that can hold one is encoded.
 * - Names show what they say: the invisible characters that reorder text on screen are removed
 *   (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks LRM U+200E, RLM U+200F
 *   and ALM U+061C) and so is the zero-width no-break space U+FEFF; other control characters (tabs,
 *   line breaks, C0 and C1 controls) become spaces; runs of white space become one space; the ends are
 *   trimmed. Everything else, markup included, stays literal text.
 * Every function here is pure and never throws.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is replaced.
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
/** Anything cleanName changes besides the ends: a surrogate, a bidi or other control, white space other than one space. */
const NEEDS_CLEANING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is looked for.
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]|[^\S ]| {2}/;

/** The text with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** The text without bidirectional controls (embeddings, overrides, isolates, LRM, RLM, ALM, U+FEFF). */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * A user-given name (endpoint, model, provider, variant, tag, label) as it may be kept and shown:
 * well-formed, without bidirectional controls, controls as spaces, white space collapsed, trimmed.
 * Length limits are the caller's: each kind of name has its own.
 */
export function cleanName(text: string): string {
  // Most names need nothing but trimming: one test keeps a million-row log fast.
  if (!NEEDS_CLEANING.test(text)) return text.trim();
  return withoutBidiControls(wellFormed(text)).replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}

/** A note's first sentence (a full stop outside brackets ends it): data notes go on about their sources. */
export function firstSentence(note: string): string {
  let depth = 0;
  for (let index = 0; index < note.length; index += 1) {
    const char = note[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === '.' && depth === 0 && (index === note.length - 1 || note[index + 1] === ' '))
      return note.slice(0, index + 1);
  }
  return note;
}

/** How many lone UTF-16 surrogates the text holds: the characters wellFormed replaces. */
export function countLoneSurrogates(text: string): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return 0;
  let count = 0;
  for (const _ of text.matchAll(LONE_SURROGATE)) count += 1;
  return count;
}
