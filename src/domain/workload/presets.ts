/**
 * The seed's workload list as presets: each a plausible token shape with the reason for its numbers,
 * for the user to adjust. Token counts are typical averages (about 0.75 English words per token);
 * monthly volumes are a small production feature's. No preset assumes caching unless reuse is its
 * point, nor reasoning tokens or a batch route, since those depend on the route chosen.
 */
import {
  type AgentChainShape,
  type ConversationShape,
  DEFAULT_CALL_OPTIONS,
  type RequestShape,
  type WorkloadShape,
} from './shapes';

export interface WorkloadPreset {
  readonly id: string;
  readonly name: string;
  /** One sentence: why these numbers. */
  readonly rationale: string;
  readonly shape: WorkloadShape;
}

type RequestFields = Pick<
  RequestShape,
  'requestsPerMonth' | 'inputTokensPerRequest' | 'outputTokensPerRequest'
>;

function requests(fields: RequestFields, cacheHitRatePercent = 0): RequestShape {
  return { ...DEFAULT_CALL_OPTIONS, kind: 'requests', consumer: null, ...fields, cacheHitRatePercent };
}

const SUPPORT_CHAT: ConversationShape = {
  ...DEFAULT_CALL_OPTIONS,
  kind: 'conversation',
  conversationsPerMonth: 20_000,
  turnsPerConversation: 6,
  systemPromptTokens: 1_200,
  userTokensPerTurn: 60,
  replyTokensPerTurn: 180,
};

const RESEARCH_AGENT: AgentChainShape = {
  ...DEFAULT_CALL_OPTIONS,
  kind: 'agent-chain',
  tasksPerMonth: 3_000,
  stepsPerTask: 8,
  baseContextTokens: 4_000,
  toolResultTokensPerStep: 1_500,
  outputTokensPerStep: 250,
  toolCallsPerStep: 1,
  toolCallFeeUsd: null,
};

export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  {
    id: 'classification-tagging',
    name: 'Classification and tagging',
    rationale:
      'Instructions, a label list and one short item go in (450 tokens) and a single label comes out.',
    shape: requests({ requestsPerMonth: 200_000, inputTokensPerRequest: 450, outputTokensPerRequest: 10 }),
  },
  {
    id: 'short-chat',
    name: 'Short chat responses',
    rationale: 'A short system prompt and one user message go in; a reply of a few sentences comes out.',
    shape: requests({ requestsPerMonth: 50_000, inputTokensPerRequest: 800, outputTokensPerRequest: 150 }),
  },
  {
    id: 'high-reuse-system-prompt',
    name: 'High-reuse system prompt',
    rationale:
      'A fixed 5,000-token system prompt precedes every 300-token question, so 94.34 % of input repeats and can be served from cache.',
    shape: requests(
      { requestsPerMonth: 100_000, inputTokensPerRequest: 5_300, outputTokensPerRequest: 250 },
      94.34,
    ),
  },
  {
    id: 'retrieval-repeated-context',
    name: 'Retrieval with repeated context',
    rationale:
      'About 8,000 tokens of retrieved passages plus a 500-token question, and popular passages come back often enough for half the input to hit the cache.',
    shape: requests(
      { requestsPerMonth: 40_000, inputTokensPerRequest: 8_500, outputTokensPerRequest: 350 },
      50,
    ),
  },
  {
    id: 'automation-fixed-template',
    name: 'Automation pipeline with a fixed template',
    rationale:
      'A 1,200-token template wraps each 200-token record (85.71 % repeated input) and the output is a short structured result.',
    shape: requests(
      { requestsPerMonth: 500_000, inputTokensPerRequest: 1_400, outputTokensPerRequest: 120 },
      85.71,
    ),
  },
  {
    id: 'long-form-generation',
    name: 'Long-form generation',
    rationale: 'A brief and an outline go in and a 3,000-word article (about 4,000 tokens) comes out.',
    shape: requests({ requestsPerMonth: 5_000, inputTokensPerRequest: 1_000, outputTokensPerRequest: 4_000 }),
  },
  {
    id: 'multi-turn-support-chat',
    name: 'Multi-turn support chat',
    rationale:
      'Six turns of short questions and 180-token answers under a 1,200-token policy prompt, every turn re-sending the whole conversation so far.',
    shape: SUPPORT_CHAT,
  },
  {
    id: 'agentic-workflow',
    name: 'Agentic workflow',
    rationale:
      "A research agent makes 8 model calls per task, each of the first 7 running one web search ($0.005 on Kimi's $web_search) whose 1,500-token results every later call re-reads.",
    shape: RESEARCH_AGENT,
  },
  {
    id: 'document-heavy-analysis',
    name: 'Document-heavy analysis',
    rationale:
      'A 40-page contract (about 60,000 tokens) goes in and a 1,500-token summary of its risks comes out.',
    shape: requests({
      requestsPerMonth: 2_000,
      inputTokensPerRequest: 60_000,
      outputTokensPerRequest: 1_500,
    }),
  },
  {
    id: 'verbose-explanations',
    name: 'Verbose explanations',
    rationale: 'A 400-token question goes in and a 1,800-token step-by-step explanation comes out.',
    shape: requests({ requestsPerMonth: 20_000, inputTokensPerRequest: 400, outputTokensPerRequest: 1_800 }),
  },
];

export function findPreset(id: string): WorkloadPreset | undefined {
  return WORKLOAD_PRESETS.find((preset) => preset.id === id);
}
