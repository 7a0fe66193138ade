import { useState } from 'react';
import { SmallButton } from '../../components/ui/small-button';
import { formatTokens } from '../../domain/money/format-number';
import { type TokenDirection, tokenTarget } from '../../domain/workload/token-targets';
import { useCalculator } from '../../store/calculator-context';
import { useSelectedEndpoint } from '../../store/use-active-route';

const BUTTONS: readonly [TokenDirection, string][] = [
  ['input', 'Use as input tokens'],
  ['output', 'Use as output tokens'],
];

/**
 * "Use as input tokens" and "Use as output tokens": set the count into the selected endpoint's
 * workload, in the field its shape has for that (domain/workload/token-targets.ts), and say which.
 */
export function TokenApply({ tokens }: { readonly tokens: number | null }) {
  const endpoint = useSelectedEndpoint();
  const endpointCount = useCalculator((state) => state.endpoints.length);
  const setShapeValue = useCalculator((state) => state.setShapeValue);
  const [applied, setApplied] = useState<string | null>(null);
  const { shape } = endpoint;
  const targets = BUTTONS.map(([direction, label]) => ({
    label,
    target: tokenTarget(shape, direction, tokens ?? 0),
  }));
  const forEndpoint = endpointCount > 1 ? ` of the endpoint “${endpoint.name}”` : '';
  const [input, output] = targets.map(({ target }) => `“${target.label}”`);
  const problems = tokens === null ? [] : targets.flatMap(({ target }) => target.problem ?? []);

  return (
    <div className="token-estimate__apply">
      <div className="token-estimate__buttons">
        {targets.map(({ label, target }) => (
          <SmallButton
            key={label}
            disabled={tokens === null || target.problem !== null}
            onClick={() => {
              if (tokens === null) return;
              setShapeValue(target.field, tokens);
              setApplied(
                `Set “${target.label}”${forEndpoint} to ${formatTokens(tokens)} (it was ${formatTokens(target.current)}).`,
              );
            }}
          >
            {label}
          </SmallButton>
        ))}
      </div>
      <p className="field-hint">
        Input sets {input} and output sets {output}
        {forEndpoint}.
      </p>
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
      <p className="field-note" aria-live="polite">
        {applied}
      </p>
    </div>
  );
}
