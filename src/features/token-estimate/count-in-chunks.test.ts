import { describe, expect, it } from 'vitest';
import { countInChunks } from './count-in-chunks';
import { O200K_TOKENIZER } from './o200k-tokenizer';

const PROSE = "Kimi K2's API bills per token; 1,234.56 USD for 10M tokens.\n  Don't panic — 你好，世界。\n";

describe('countInChunks', () => {
  it('counts a long text in chunks to its whole count, reporting progress in order', async () => {
    const text = PROSE.repeat(3_000); // about 250,000 characters: several chunks
    const progress: number[] = [];
    const count = await countInChunks(text, O200K_TOKENIZER, {
      onProgress: ({ done }) => progress.push(done),
    });
    expect(count).toEqual({ tokens: O200K_TOKENIZER.count(text), approximateParts: 0 });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.every((done) => done > 0 && done < text.length)).toBe(true);
  });

  it('stops at the next chunk once cancelled, answering null', async () => {
    let pauses = 0;
    const count = await countInChunks(PROSE.repeat(3_000), O200K_TOKENIZER, {
      pause: async () => {
        pauses += 1;
      },
      isCancelled: () => pauses >= 1,
    });
    expect(count).toBeNull();
    expect(pauses).toBe(1);
  });

  it('counts a run with no break in parts, and says how many', async () => {
    // 200,000 × "a": counted whole, byte-pair encoding would take minutes; in parts it is instant.
    const count = await countInChunks('a'.repeat(200_000), O200K_TOKENIZER);
    expect(count?.approximateParts).toBe(200);
    // Each part of 1,000 "a" is 125 tokens of 8 "a", as the whole run would be.
    expect(count?.tokens).toBe(200 * O200K_TOKENIZER.count('a'.repeat(1_000)));
  });

  it('gives 0 tokens for an empty text', async () => {
    expect(await countInChunks('', O200K_TOKENIZER)).toEqual({ tokens: 0, approximateParts: 0 });
  });
});
