/**
 * Whether a route is known to hold a workload, or merely not known not to ("ranking that does not
 * guess"). The rules:
 * - the limits a workload needs: the context window (every call sends input) and the max output when
 *   some call asks for output tokens;
 * - a route that breaks a published limit does not fit (fit.ts says how), whatever else is unknown;
 * - one that breaks none but leaves a needed limit unpublished may not fit;
 * - one whose needed limits are all published and hold every call fits.
 */
import { describeFitProblem, type FitProblem, findCallsFitProblems, type RouteLimits } from './fit';
import { largestCallAsWorkload } from './shape-tokens';
import type { WorkloadShape } from './shapes';
import type { Workload } from './workload';

export type UnpublishedLimit = 'context-window' | 'max-output';

export type FitVerdict = 'fits' | 'may-not-fit' | 'does-not-fit';

/** What the table and the bill call a route that may not fit. */
export const MAY_NOT_FIT = 'may not fit (limit not published)';

const LIMIT_NAMES: Readonly<Record<UnpublishedLimit, string>> = {
  'context-window': 'context window',
  'max-output': 'max output',
};

/** The limits `calls` need that the route does not publish, context window first. */
export function findUnpublishedLimits(calls: readonly Workload[], limits: RouteLimits): UnpublishedLimit[] {
  const unpublished: UnpublishedLimit[] = [];
  if (calls.length > 0 && limits.contextWindow === null) unpublished.push('context-window');
  if (calls.some((call) => call.outputTokensPerRequest > 0) && limits.maxOutput === null)
    unpublished.push('max-output');
  return unpublished;
}

export function fitVerdict(
  problems: readonly FitProblem[],
  unpublished: readonly UnpublishedLimit[],
): FitVerdict {
  if (problems.length > 0) return 'does-not-fit';
  return unpublished.length > 0 ? 'may-not-fit' : 'fits';
}

/** "Context window and max output not published." */
export function describeUnpublishedLimits(unpublished: readonly UnpublishedLimit[]): string {
  const names = unpublished.map((limit) => LIMIT_NAMES[limit]);
  const joined = names.join(' and ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)} not published.`;
}

/**
 * The bill's warning about its own route: null when the workload is known to fit; otherwise what
 * breaks ("… does not fit Kimi K2.6 via Host: <problems>") or what is not known ("… may not fit
 * (limit not published): Max output not published.").
 */
export function describeOwnRouteFit(
  routeName: string,
  problems: readonly FitProblem[],
  unpublished: readonly UnpublishedLimit[],
): string | null {
  switch (fitVerdict(problems, unpublished)) {
    case 'fits':
      return null;
    case 'does-not-fit':
      return `This workload does not fit ${routeName}: ${problems.map(describeFitProblem).join(' ')}`;
    case 'may-not-fit':
      return `This workload ${MAY_NOT_FIT} on ${routeName}: ${describeUnpublishedLimits(unpublished)}`;
  }
}

/** The bill's warning for one endpoint on its own route, checked on its largest call as the table does. */
export function ownRouteFitWarning(
  shape: WorkloadShape,
  limits: RouteLimits,
  routeName: string,
): string | null {
  const calls = [largestCallAsWorkload(shape)];
  return describeOwnRouteFit(
    routeName,
    findCallsFitProblems(calls, limits),
    findUnpublishedLimits(calls, limits),
  );
}
