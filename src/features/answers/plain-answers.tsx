import { ErrorBoundary } from '../../components/ui/error-boundary';
import { PlainAnswersPanel } from './plain-answers-panel';

/** The plain answers, contained: if they fail, one line says so and the bill above stays. */
export function PlainAnswers() {
  return (
    <ErrorBoundary name="The plain answers">
      <PlainAnswersPanel />
    </ErrorBoundary>
  );
}
