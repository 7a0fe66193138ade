/**
 * The steps between link versions, each a pure function of the link's fields. The rules, in words:
 * - v1 → v2: a version-1 link's route, workload and prices are endpoint 1's plain keys, unchanged.
 * - v2 → v3: version 3 bills batched traffic at each provider's own batch rule and tool calls at each
 *   provider's own fee unless the link sets a percentage (`bm`) or a fee (`tf`). A version-2 link
 *   meant 50 % and $0.005 when it set none, so the step writes those values for every endpoint that
 *   batches (`bs`) or is an agent chain (`k=a`), and for a remembered agent chain (`sh`): the link
 *   opens with the same figures it had. Cache writes (`cw`, `cl`) are new and start at none.
 */
import type { LinkFields } from './link-format';

/** The batch price and the tool fee a version-2 link used when it named none. */
export const V2_BATCH_PERCENT = '50';
export const V2_TOOL_FEE_USD = '0.005';

/** "" and every "j." prefix the link's keys use. */
function endpointPrefixes(fields: LinkFields): string[] {
  const prefixes = new Set<string>(['']);
  for (const key of fields.keys()) {
    const match = /^(\d+\.)/.exec(key);
    if (match?.[1]) prefixes.add(match[1]);
  }
  return [...prefixes];
}

/** A remembered agent chain (`a~…` group of `sh`) without a fee gets the version-2 fee. */
function withRememberedFee(memory: string): string {
  return memory
    .split(',')
    .map((group) => {
      const parts = group.split('~');
      if (parts[0] !== 'a') return group;
      const keys = parts.slice(1).filter((_, index) => index % 2 === 0);
      return keys.includes('tf') ? group : `${group}~tf~${V2_TOOL_FEE_USD}`;
    })
    .join(',');
}

function fromV2(fields: LinkFields): LinkFields {
  const next: LinkFields = new Map(fields);
  for (const prefix of endpointPrefixes(fields)) {
    const has = (key: string) => next.has(`${prefix}${key}`);
    if (has('bs') && !has('bm')) next.set(`${prefix}bm`, [V2_BATCH_PERCENT]);
    if (next.get(`${prefix}k`)?.[0] === 'a' && !has('tf')) next.set(`${prefix}tf`, [V2_TOOL_FEE_USD]);
    const memory = next.get(`${prefix}sh`);
    if (memory?.[0] !== undefined)
      next.set(`${prefix}sh`, [withRememberedFee(memory[0]), ...memory.slice(1)]);
  }
  return next;
}

/** Steps from version n to n + 1. */
export const LINK_MIGRATIONS: Readonly<Record<number, (fields: LinkFields) => LinkFields>> = {
  1: (fields) => fields,
  2: fromV2,
};
