/**
 * Very large scenarios (many custom prices and pins) are compressed in the link: `z=` followed by the
 * link text deflated (raw DEFLATE, the browser's CompressionStream) and written in base64url. Short
 * links stay readable and uncompressed. Expanding a damaged or oversized `z=` never throws: it
 * reports failure and the page opens with its defaults.
 */
const COMPRESSED_PREFIX = 'z=';
const MAX_EXPANDED_BYTES = 200_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export async function compressFragment(text: string): Promise<string> {
  const bytes = await pipe(
    new TextEncoder().encode(text),
    new CompressionStream('deflate-raw'),
    Number.MAX_SAFE_INTEGER,
  );
  return `${COMPRESSED_PREFIX}${toBase64Url(bytes)}`;
}

export type Expanded =
  | { readonly ok: true; readonly text: string; readonly compressed: boolean }
  | { readonly ok: false };

/** The link text behind a fragment: compressed fragments are inflated, others returned as they are. */
export async function expandFragment(fragment: string): Promise<Expanded> {
  if (!fragment.startsWith(COMPRESSED_PREFIX)) return { ok: true, text: fragment, compressed: false };
  const bytes = fromBase64Url(fragment.slice(COMPRESSED_PREFIX.length));
  if (bytes === null) return { ok: false };
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_EXPANDED_BYTES);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated), compressed: true };
  } catch {
    return { ok: false };
  }
}
