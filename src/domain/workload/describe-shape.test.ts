import { describe, expect, it } from 'vitest';
import { aRequestShape } from '../../testing/shape-builders';
import { unitsOfMix } from './describe-shape';
import { DEFAULT_AGENT_CHAIN_SHAPE, DEFAULT_CONVERSATION_SHAPE } from './shape-kinds';

const SEED = aRequestShape();
const CHAT = DEFAULT_CONVERSATION_SHAPE;

describe('unitsOfMix', () => {
  it('names the units a budget buys: one kind by its name, several as the mix', () => {
    expect(unitsOfMix([SEED, SEED])).toBe('requests');
    expect(unitsOfMix([CHAT])).toBe('conversations');
    expect(unitsOfMix([DEFAULT_AGENT_CHAIN_SHAPE])).toBe('tasks');
    expect(unitsOfMix([SEED, CHAT])).toBe('units of this mix (requests, conversations and tasks)');
  });
});
