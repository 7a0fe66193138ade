/**
 * Reads a request log (a File, a Blob or pasted text) chunk by chunk into the trace parser, reporting
 * progress after each chunk. Used by the worker and by the main-thread fallback alike. The bytes are
 * decoded as UTF-8 in streaming mode, so a character split between chunks is read whole; undecodable
 * bytes become U+FFFD, which the parser reports as binary data. Nothing is sent anywhere.
 */
import { createTraceParser } from '../domain/traces/trace-parser';
import type { TraceReport } from '../domain/traces/trace-report';

/** 1 MiB: about 20,000 rows of a typical CSV log per progress step. */
const CHUNK_BYTES = 1 << 20;

export interface TraceProgress {
  /** Valid requests read so far. */
  readonly rows: number;
  readonly bytes: number;
  readonly total: number;
}

export type TraceSource = Blob | string;

export interface ReadOptions {
  readonly onProgress: (progress: TraceProgress) => void;
  /** Checked between chunks: true stops the reading. */
  readonly isCancelled: () => boolean;
  /** Awaited between chunks (the main-thread fallback yields to the page here). */
  readonly pause?: () => Promise<void>;
  readonly chunkBytes?: number;
}

/** The report, or null when cancelled. */
export async function readTraceSource(
  source: TraceSource,
  options: ReadOptions,
): Promise<TraceReport | null> {
  const blob = typeof source === 'string' ? new Blob([source]) : source;
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  const parser = createTraceParser();
  const decoder = new TextDecoder('utf-8');
  const total = blob.size;
  for (let offset = 0; offset < total; offset += chunkBytes) {
    const end = Math.min(total, offset + chunkBytes);
    const bytes = await blob.slice(offset, end).arrayBuffer();
    if (options.isCancelled()) return null;
    parser.feed(decoder.decode(bytes, { stream: true }));
    options.onProgress({ rows: parser.requests, bytes: end, total });
    await options.pause?.();
    if (options.isCancelled()) return null;
  }
  parser.feed(decoder.decode());
  return parser.finish();
}
