/**
 * Counts a text's tokens chunk by chunk (domain/token-text.ts plans the chunks), so a long text can
 * report progress, let the page (or the worker's own messages) in between, and stop when it is no
 * longer wanted. The same function runs in the worker and, where there is none, on the main thread.
 */
import { planTokenChunks } from '../../domain/token-text';

/** A tokenizer: how it counts a stretch of text, and the pattern it pre-tokenizes with. */
export interface Tokenizer {
  count(text: string): number;
  readonly splitPattern: RegExp;
}

export interface TokenCount {
  readonly tokens: number;
  /** Parts of over-long pieces counted separately: the count may be off by about one token per part. */
  readonly approximateParts: number;
}

/** Characters counted so far, of the whole. */
export interface CountProgress {
  readonly done: number;
  readonly total: number;
}

export interface CountOptions {
  readonly onProgress?: (progress: CountProgress) => void;
  /** Lets other work in; awaited between chunks. */
  readonly pause?: () => Promise<void>;
  readonly isCancelled?: () => boolean;
}

/**
 * Progress and a pause come after every whole chunk (about 50,000 characters), and after this many
 * characters of parts of long runs (parts are short, and a timer pause costs ~4 ms).
 */
const STRIDE = 50_000;

/** The count of `text`, or null when cancelled. Throws only if the tokenizer does. */
export async function countInChunks(
  text: string,
  tokenizer: Tokenizer,
  { onProgress, pause, isCancelled = () => false }: CountOptions = {},
): Promise<TokenCount | null> {
  let tokens = 0;
  let approximateParts = 0;
  let sinceReport = 0;
  for (const chunk of planTokenChunks(text, tokenizer.splitPattern)) {
    tokens += tokenizer.count(text.slice(chunk.start, chunk.end));
    if (!chunk.exact) approximateParts += 1;
    sinceReport += chunk.end - chunk.start;
    if ((chunk.exact || sinceReport >= STRIDE) && chunk.end < text.length) {
      sinceReport = 0;
      onProgress?.({ done: chunk.end, total: text.length });
      if (pause) await pause();
      if (isCancelled()) return null;
    }
  }
  return isCancelled() ? null : { tokens, approximateParts };
}
