import { memo, useMemo } from 'react';
import { Card } from '../../components/ui/card';
import type { PlainAnswer } from '../../domain/compare/plain-answers';
import { plainAnswers } from '../../domain/compare/plain-answers';
import { useSettledValue } from '../../lib/use-settled-value';
import { useCalculator } from '../../store/calculator-context';
import { useScenarioInputs } from '../../store/use-scenario-inputs';
import './answers.css';

/**
 * The answers under the bill, in sentences: the cheapest host of the same model and the cheapest Kimi
 * model that fit the selected endpoint, what switching saves, and a button to switch. The rules and the
 * words are the domain's (plain-answers.ts); this only renders them. Weighing every route takes a
 * while, so the sentences follow the settled inputs (lib/use-settled-value.ts): while a slider moves
 * they keep what they said, and they catch up once it settles, never holding up the bill above them.
 */
export function PlainAnswersPanel() {
  const { routes, endpoints, selectedEndpointId, priceOverrides } = useSettledValue(useScenarioInputs());
  const selectRoute = useCalculator((state) => state.selectRoute);
  const answers = useMemo(
    () => plainAnswers(routes, { endpoints, selectedEndpointId, priceOverrides }),
    [routes, endpoints, selectedEndpointId, priceOverrides],
  );
  return <AnswersList answers={answers} selectRoute={selectRoute} />;
}

/** The sentences, memoised: a slider step re-renders the panel above (it waits for the input to settle), not them. */
const AnswersList = memo(function AnswersList({
  answers,
  selectRoute,
}: {
  readonly answers: readonly PlainAnswer[];
  readonly selectRoute: (routeId: string) => void;
}) {
  if (answers.length === 0) return null;
  return (
    <Card title="Could it cost less?" className="plain-answers">
      <ul className="plain-answers__list" aria-live="polite">
        {answers.map((answer) => (
          <li key={answer.kind} className="plain-answers__item">
            <span>{answer.sentence}</span>
            {answer.switchTo ? (
              <button
                type="button"
                className="small-button plain-answers__switch"
                onClick={() => answer.switchTo && selectRoute(answer.switchTo.routeId)}
              >
                {answer.switchTo.label}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="plain-answers__note">
        Only routes known to fit the selected endpoint's largest request are proposed, never a retired one.
        Savings compare the monthly bill shown now with the bill after switching.
      </p>
    </Card>
  );
});
