// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { compressFragment, expandFragment } from './link-compression';

describe('link compression', () => {
  it('shrinks a large scenario and expands it back exactly', async () => {
    const text = `v=1&${Array.from({ length: 119 }, (_, index) => `x=kimi-k2.${index}@some-provider~0.5~-~2.5`).join('&')}`;
    const compressed = await compressFragment(text);
    expect(compressed.startsWith('z=')).toBe(true);
    expect(compressed.length).toBeLessThan(text.length / 4);
    expect(compressed).toMatch(/^z=[A-Za-z0-9_-]+$/);
    expect(await expandFragment(compressed)).toEqual({ ok: true, text, compressed: true });
  });

  it('passes plain links through', async () => {
    expect(await expandFragment('v=1&n=5')).toEqual({ ok: true, text: 'v=1&n=5', compressed: false });
  });

  it.each(['z=', 'z=%%%', 'z=AAAA', 'z=not base64!', `z=${'A'.repeat(5000)}`])(
    'reports a damaged link %j',
    async (fragment) => {
      const expanded = await expandFragment(fragment);
      if (expanded.ok) expect(expanded.text).toBe('');
      else expect(expanded.ok).toBe(false);
    },
  );

  it('refuses a compressed bomb that expands past its limit', async () => {
    const bomb = await compressFragment('a'.repeat(1_000_000));
    expect(await expandFragment(bomb)).toEqual({ ok: false });
  });
});
