// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { COMFORTABLE_LINK_LENGTH } from '../domain/share-link/link-format';
import { expandFragment } from './link-compression';
import { shareFragment, travelsCompressed } from './share-fragment';

describe('the share fragment', () => {
  // Rule: up to COMFORTABLE_LINK_LENGTH characters a link travels as it is; longer, compressed, and it
  // expands back to exactly the same text.
  it('is a short link text itself', async () => {
    expect(await shareFragment('v=2&n=5')).toBe('v=2&n=5');
  });

  it.each([
    [COMFORTABLE_LINK_LENGTH, false],
    [COMFORTABLE_LINK_LENGTH + 1, true],
  ])('a text of %i characters travels compressed: %s', async (length, compressed) => {
    const text = `v=2&q=${'a'.repeat(length - 6)}`;
    expect(text).toHaveLength(length);
    expect(travelsCompressed(text)).toBe(compressed);
    const fragment = await shareFragment(text);
    expect(fragment.startsWith('z=')).toBe(compressed);
    expect(await expandFragment(fragment)).toEqual({ ok: true, text, compressed });
  });
});
