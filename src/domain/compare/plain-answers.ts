/**
 * The plain answers under the bill: where the selected endpoint could be bought for less, in sentences
 * with figures, each with the route to switch to. The rules, in words:
 * - Switching moves only the selected endpoint to another route (as the route picker does); every
 *   other endpoint stays. A candidate is costed with the one bill (billScenario), the user's price
 *   overrides included, and must be known to hold the selected endpoint's largest call (known-fit.ts):
 *   a route that may not fit or does not fit is never proposed, nor a retired route, nor the route
 *   the endpoint is already on.
 * - "Same model" is the same model id (family and version: Kimi K2.6 is not Kimi K2.5, Kimi K2 (0711)
 *   is not Kimi K2 (0905)); "a Kimi model" is any route of the Kimi group.
 * - The cheapest candidate is the one whose bill is lowest; equal bills go to the route named first
 *   (alphabetically), so the answer never depends on the sheet's order.
 * - The figures are the bill's, rounded to the cent as the bill shows them; the saving is the bill
 *   shown now minus the bill shown after switching, so the two figures on screen subtract exactly.
 *   The share is that saving over the bill shown now, in whole percent rounded half up; a saving under
 *   0.5 % reads "< 1 %" and one over 99.5 % that does not bring the bill to $0.00 reads "> 99 %".
 * - A saving is claimed only when the endpoint's own route is known to fit and is not retired;
 *   otherwise the sentence gives the candidate's bill and says why the own route is not compared.
 * - When the cheapest Kimi model is the route the same-model answer proposes, the second answer says
 *   so and offers no second button.
 */
import { type BillInputs, billScenario } from '../cost/bill-scenario';
import { formatCents } from '../money/format-money';
import { roundToStep, UNITS_PER_CENT } from '../money/money';
import { type Route, routeName } from '../rates/route';
import { findRoute } from '../rates/route-catalog';
import { type Scenario, selectedEndpoint } from '../scenario/scenario';
import { findCallsFitProblems } from '../workload/fit';
import { findUnpublishedLimits, fitVerdict } from '../workload/known-fit';
import { largestCallAsWorkload } from '../workload/shape-tokens';

export type AnswerKind = 'same-model' | 'any-kimi';

export interface PlainAnswer {
  readonly kind: AnswerKind;
  readonly sentence: string;
  /** The route the sentence proposes, with its button's label; null when it proposes none. */
  readonly switchTo: { readonly routeId: string; readonly label: string } | null;
}

export type AnswerInputs = BillInputs & Pick<Scenario, 'selectedEndpointId'>;

interface Candidate {
  readonly route: Route;
  readonly name: string;
  readonly cents: bigint;
  readonly exact: bigint;
}

const cents = (amount: bigint) => roundToStep(amount, UNITS_PER_CENT);

/** Whole percent of `part` in `whole` (cents, 0 < part ≤ whole), rounded half up, never "0 %" or a false "100 %". */
export function savingShare(part: bigint, whole: bigint): string {
  const percent = (part * 200n + whole) / (2n * whole);
  if (percent === 0n) return '< 1 %';
  if (percent === 100n && part < whole) return '> 99 %';
  return `${percent} %`;
}

/** Why the endpoint's own route is not compared, or null when it is known to fit and still served. */
function ownRouteProblem(route: Route, inputs: AnswerInputs): string | null {
  if (route.lifecycle.status === 'retired') return 'your route is retired';
  const verdict = verdictOn(route, inputs);
  if (verdict === 'does-not-fit') return 'your route does not fit this workload';
  if (verdict === 'may-not-fit') return 'your route may not fit this workload (limit not published)';
  return null;
}

function verdictOn(route: Route, inputs: AnswerInputs) {
  const calls = [largestCallAsWorkload(selectedEndpoint(inputs).shape)];
  return fitVerdict(findCallsFitProblems(calls, route), findUnpublishedLimits(calls, route));
}

/** The bill with the selected endpoint moved to `route`. */
function billOn(route: Route, inputs: AnswerInputs, routes: readonly Route[]): bigint {
  const selected = selectedEndpoint(inputs);
  const endpoints = inputs.endpoints.map((endpoint) =>
    endpoint.id === selected.id ? { ...endpoint, routeId: route.id } : endpoint,
  );
  return billScenario({ endpoints, priceOverrides: inputs.priceOverrides }, routes).monthly;
}

function cheapest(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) {
    if (
      best === null ||
      candidate.exact < best.exact ||
      (candidate.exact === best.exact && candidate.name.localeCompare(best.name) < 0)
    )
      best = candidate;
  }
  return best;
}

interface Context {
  readonly current: { readonly exact: bigint; readonly cents: bigint };
  readonly problem: string | null;
  /** "" for one endpoint, " for “Support chat”" when the scenario has several. */
  readonly forEndpoint: string;
  readonly several: boolean;
}

/** "Kimi K2.6 via X costs $31.20 — saves $7.80 a month (20 %)." or its variants. */
function proposal(lead: string, candidate: Candidate, context: Context): string {
  const costs = context.several
    ? `${candidate.name} brings the bill to ${formatCents(candidate.cents)}`
    : `${candidate.name} costs ${formatCents(candidate.cents)}`;
  if (context.problem !== null) return `${lead}${context.forEndpoint}: ${costs} a month; ${context.problem}.`;
  const saving = context.current.cents - candidate.cents;
  if (saving === 0n) return `${lead}${context.forEndpoint}: ${costs} — saves less than a cent a month.`;
  return `${lead}${context.forEndpoint}: ${costs} — saves ${formatCents(saving)} a month (${savingShare(saving, context.current.cents)}).`;
}

const switchTo = (candidate: Candidate) => ({
  routeId: candidate.route.id,
  label: `Switch to ${candidate.name}`,
});

/** True when `candidate` costs less than the endpoint's own route, and that route can be compared. */
const beats = (candidate: Candidate | null, context: Context): candidate is Candidate =>
  candidate !== null && (context.problem !== null || candidate.exact < context.current.exact);

export function plainAnswers(routes: readonly Route[], inputs: AnswerInputs): PlainAnswer[] {
  const selected = selectedEndpoint(inputs);
  const own = findRoute(routes, selected.routeId);
  if (!own) return [];
  const exact = billScenario(inputs, routes).monthly;
  const context: Context = {
    current: { exact, cents: cents(exact) },
    problem: ownRouteProblem(own, inputs),
    several: inputs.endpoints.length > 1,
    forEndpoint: inputs.endpoints.length > 1 ? ` for “${selected.name}”` : '',
  };
  const candidates = routes
    .filter(
      (route) =>
        route.id !== own.id &&
        route.lifecycle.status !== 'retired' &&
        (route.group === 'kimi' || route.modelId === own.modelId) &&
        verdictOn(route, inputs) === 'fits',
    )
    .map((route): Candidate => {
      const monthly = billOn(route, inputs, routes);
      return { route, name: routeName(route), exact: monthly, cents: cents(monthly) };
    });

  const sameModel = cheapest(candidates.filter((candidate) => candidate.route.modelId === own.modelId));
  const anyKimi = cheapest(candidates.filter((candidate) => candidate.route.group === 'kimi'));
  const model = own.modelName;
  const sameModelOffered = beats(sameModel, context);

  const first: PlainAnswer = sameModelOffered
    ? {
        kind: 'same-model',
        sentence: proposal('Cheapest host of the same model', sameModel, context),
        switchTo: switchTo(sameModel),
      }
    : {
        kind: 'same-model',
        sentence:
          sameModel !== null
            ? `You are already on the cheapest host of ${model} that fits.`
            : context.problem === null
              ? `You are on the only host of ${model} known to fit this workload.`
              : `No other host of ${model} is known to fit this workload; ${context.problem}.`,
        switchTo: null,
      };

  const second: PlainAnswer =
    anyKimi === null
      ? { kind: 'any-kimi', sentence: 'No other Kimi model is known to fit this workload.', switchTo: null }
      : sameModelOffered && anyKimi.route.id === sameModel.route.id
        ? {
            kind: 'any-kimi',
            sentence: `${anyKimi.name} is also the cheapest Kimi model that fits.`,
            switchTo: null,
          }
        : beats(anyKimi, context)
          ? {
              kind: 'any-kimi',
              sentence: proposal('Cheapest Kimi model', anyKimi, context),
              switchTo: switchTo(anyKimi),
            }
          : {
              kind: 'any-kimi',
              sentence: 'No Kimi model that fits costs less than your route.',
              switchTo: null,
            };

  return [first, second];
}
