/**
 * Whether a workload fits a route's limits. The rules:
 * - the input of one request must fit in the context window;
 * - the output of one request must not exceed the route's max output;
 * - input and output together must fit in the context window (the reply is generated inside it).
 * An unknown limit (null) never fails a check.
 */
import { largestCallAsWorkload } from './shape-tokens';
import type { ShapeList } from './shapes';
import type { Workload } from './workload';

export interface RouteLimits {
  readonly contextWindow: number | null;
  readonly maxOutput: number | null;
}

export type FitProblem =
  | { readonly kind: 'input-exceeds-context'; readonly tokens: number; readonly limit: number }
  | { readonly kind: 'output-exceeds-max-output'; readonly tokens: number; readonly limit: number }
  | { readonly kind: 'total-exceeds-context'; readonly tokens: number; readonly limit: number };

export function findFitProblems(workload: Workload, limits: RouteLimits): FitProblem[] {
  const problems: FitProblem[] = [];
  const input = workload.inputTokensPerRequest;
  const output = workload.outputTokensPerRequest;
  const { contextWindow, maxOutput } = limits;
  if (contextWindow !== null && input > contextWindow) {
    problems.push({ kind: 'input-exceeds-context', tokens: input, limit: contextWindow });
  } else if (contextWindow !== null && input + output > contextWindow) {
    problems.push({ kind: 'total-exceeds-context', tokens: input + output, limit: contextWindow });
  }
  if (maxOutput !== null && output > maxOutput) {
    problems.push({ kind: 'output-exceeds-max-output', tokens: output, limit: maxOutput });
  }
  return problems;
}

const tokens = new Intl.NumberFormat('en-US');

/** The warning shown beside the field, in plain words. */
export function describeFitProblem(problem: FitProblem): string {
  const amount = tokens.format(problem.tokens);
  const limit = tokens.format(problem.limit);
  switch (problem.kind) {
    case 'input-exceeds-context':
      return `${amount} input tokens do not fit this model's ${limit}-token context window.`;
    case 'total-exceeds-context':
      return `Input and output together (${amount} tokens) exceed the ${limit}-token context window.`;
    case 'output-exceeds-max-output':
      return `${amount} output tokens exceed this route's maximum output of ${limit} tokens per request.`;
  }
}

/**
 * Whether every shape's largest call fits the route: the first problem of each kind, with the most
 * tokens across shapes.
 */
export function findShapesFitProblems(shapes: ShapeList, limits: RouteLimits): FitProblem[] {
  return findCallsFitProblems(shapes.map(largestCallAsWorkload), limits);
}

/** The same for the largest calls, worked out once for every route (largestCallAsWorkload). */
export function findCallsFitProblems(calls: readonly Workload[], limits: RouteLimits): FitProblem[] {
  const worst = new Map<FitProblem['kind'], FitProblem>();
  for (const call of calls) {
    for (const problem of findFitProblems(call, limits)) {
      const seen = worst.get(problem.kind);
      if (!seen || problem.tokens > seen.tokens) worst.set(problem.kind, problem);
    }
  }
  return [...worst.values()];
}
