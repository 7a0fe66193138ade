/**
 * A scenario's share fragment, written once for the address bar (app/persistence.ts) and the share
 * panel (features/share): the link text (share-link/encode-scenario.ts) as it is, or, when it is longer
 * than a chat message comfortably holds, its compressed form ("z=…"); should compression fail, the text.
 */
import { COMFORTABLE_LINK_LENGTH } from '../domain/share-link/link-format';
import { compressFragment } from './link-compression';

/** True when the text is too long to share as it is: it travels compressed. */
export function travelsCompressed(text: string): boolean {
  return text.length > COMFORTABLE_LINK_LENGTH;
}

/** The fragment to share: the text itself when short enough, else compressed, else (compression failed) the text. */
export async function shareFragment(text: string): Promise<string> {
  if (!travelsCompressed(text)) return text;
  try {
    return await compressFragment(text);
  } catch {
    return text;
  }
}
