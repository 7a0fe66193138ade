/** Chart 1: the bill's input/output split, from the breakdown's own figures (lines that add up). */
import { type Bill, COST_PART_LABELS, type CostPartKey } from '../cost/bill';
import { buildBreakdown } from '../cost/breakdown';
import { formatTokens } from '../money/format-number';
import type { TextTable } from '../text-table';
import { plotCents } from './plot-values';

export const COST_PART_ORDER: readonly CostPartKey[] = ['input', 'cachedInput', 'output'];
export interface SplitSegment {
  readonly key: CostPartKey;
  readonly label: string;
  readonly dollars: number;
  readonly amount: string;
  /** "51%", or "—" when the bill is zero. */
  readonly share: string;
  readonly tokens: string;
  /** The tokens with their noun: "1 token", "2,000 tokens", "no tokens" (tool calls). */
  readonly tokensText: string;
}

export interface SplitChart {
  readonly segments: readonly SplitSegment[];
  readonly total: string;
  readonly caption: string;
  readonly table: TextTable;
}

/** The breakdown's own figures (lines that add up to the total), as chart segments. */
export function buildSplitChart(cost: Bill): SplitChart {
  const figures = buildBreakdown(cost);
  const segments = figures.lines.map(
    (line): SplitSegment => ({
      key: line.key,
      label: COST_PART_LABELS[line.key],
      dollars: plotCents(line.amountCents),
      amount: line.amount,
      share: line.sharePercent === null ? '—' : `${line.sharePercent}%`,
      tokens: line.tokens,
      tokensText: line.tokensText ?? 'no tokens',
    }),
  );
  const totalTokens =
    cost.tokens.input + cost.tokens.cachedInput + cost.tokens.output + cost.tokens.reasoning;
  return {
    segments,
    total: figures.monthly,
    caption: figures.dominance,
    table: {
      columns: ['Part', 'Monthly cost', 'Share', 'Tokens'],
      rows: [
        ...segments.map((segment) => [segment.label, segment.amount, segment.share, segment.tokens]),
        ['Total', figures.monthly, cost.monthly === 0n ? '—' : '100%', formatTokens(totalTokens)],
      ],
    },
  };
}
