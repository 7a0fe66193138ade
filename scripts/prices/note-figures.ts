/**
 * Cache-write figures the reference data states only in a record's notes (its JSON has one
 * `cacheWritePerM` per record, and no cache-write price inside long-context tiers). The phrasings
 * read here are the ones kimi-prices.md uses; each figure keeps the note's own words as its basis.
 * - "cache write is the 5-minute rate" / "the 30-minute rate": how long the standard write lives.
 * - "1-hour cache write 4.00", "1h cache write 2/M", "1 h cache write 2.00": a one-hour write.
 * - "long-context cache write 0.25": the standard write inside the (only) long-context tier.
 * - "cache writes 0.625 (5 min) / 1.00 (1 h)": the tier's five-minute and one-hour writes.
 * - genai-prices' "cache_write_mtok: >200,000 tok -> 7.5" and "cache_write_1h_mtok: >200,000 tok -> 12".
 * Where the data states no lifetime, a provider's documented convention may give it (STANDARD_LIFETIME).
 */

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;

export interface NoteFigure {
  readonly price: string;
  /** The note's words the figure was read from. */
  readonly words: string;
}

export interface NoteCacheWrites {
  /** Minutes the standard write lives, with the words that say so; null when the note does not say. */
  readonly standardLifetime: { readonly minutes: number; readonly words: string } | null;
  readonly oneHour: NoteFigure | null;
  /** Per tier threshold (null: the route's only tier), its standard and one-hour write. */
  readonly tiers: ReadonlyArray<{
    readonly aboveTokens: number | null;
    readonly standard: NoteFigure | null;
    readonly oneHour: NoteFigure | null;
  }>;
}

/** Standard-write lifetimes the data documents per provider rather than per record. */
export const STANDARD_LIFETIME: Readonly<Record<string, { minutes: number; words: string }>> = {
  Anthropic: {
    minutes: 5,
    words: 'kimi-prices.md §4: “Anthropic 5-minute writes 1.25x and 1-hour writes 2x input”',
  },
};

function figure(match: RegExpExecArray | null, group = 1): NoteFigure | null {
  return match === null ? null : { price: String(Number(match[group])), words: match[0] };
}

/** All distinct prices a pattern finds; more than one means the note contradicts itself. */
function single(notes: string, pattern: RegExp, what: string, warnings: string[]): NoteFigure | null {
  const found = [...notes.matchAll(new RegExp(pattern.source, 'gi'))].map((match) => figure(match));
  const prices = new Set(found.map((item) => item?.price));
  if (prices.size > 1) warnings.push(`${what}: the notes give several figures (${[...prices].join(', ')})`);
  return found[0] ?? null;
}

export function readNoteCacheWrites(notes: string, what: string, warnings: string[]): NoteCacheWrites {
  const lifetime = /cache write is the (\d+)-minute rate/i.exec(notes);
  const oneHour = single(
    notes,
    new RegExp(String.raw`\b1[- ]?h(?:our)?\s+cache write\s+${NUMBER}`),
    what,
    warnings,
  );
  const tiers: NoteCacheWrites['tiers'][number][] = [];
  const longContext = /long-context cache write\s+(\d+(?:\.\d+)?)/i.exec(notes);
  if (longContext) tiers.push({ aboveTokens: null, standard: figure(longContext), oneHour: null });
  const pair = new RegExp(String.raw`cache writes ${NUMBER} \(5 min\) / ${NUMBER} \(1 h\)`, 'i').exec(notes);
  if (pair) tiers.push({ aboveTokens: null, standard: figure(pair, 1), oneHour: figure(pair, 2) });
  const genai = new RegExp(String.raw`cache_write_mtok: >([\d,]+) tok -> ${NUMBER}`, 'i').exec(notes);
  if (genai) {
    const above = Number((genai[1] as string).replace(/,/g, ''));
    const hour = new RegExp(String.raw`cache_write_1h_mtok: >([\d,]+) tok -> ${NUMBER}`, 'i').exec(notes);
    tiers.push({
      aboveTokens: above,
      standard: { price: String(Number(genai[2])), words: genai[0] },
      oneHour:
        hour && Number((hour[1] as string).replace(/,/g, '')) === above
          ? { price: String(Number(hour[2])), words: hour[0] }
          : null,
    });
  }
  return {
    standardLifetime: lifetime ? { minutes: Number(lifetime[1]), words: lifetime[0] } : null,
    oneHour,
    tiers,
  };
}

/** True when notes speak of a cache-write figure at all (to report figures nothing above reads). */
export const mentionsCacheWriteFigure = (notes: string) => /cache[ _-]?write[^.;|]*\d/i.test(notes);
