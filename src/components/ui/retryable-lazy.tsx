import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { useRetryAttempt } from './error-boundary';

type Lazy = LazyExoticComponent<ComponentType>;

/** A part loaded on demand, per attempt of its ErrorBoundary. */
export interface LazyLoader {
  component(attempt: number): Lazy;
}

/**
 * Like React.lazy, but it loads again after a failure: a chunk that could not be fetched (offline for
 * a moment, a flaky network) fails into the nearest ErrorBoundary, and its "Try again" fetches the
 * chunk afresh; React.lazy alone keeps the failure until the page reloads. A load that worked is
 * kept. A failed one is retried only on a new attempt of the boundary, never by React rendering the
 * same attempt again, so a failing network cannot start a loop of fetches.
 */
export function retryableLazy(load: () => Promise<ComponentType>): LazyLoader {
  let current: Loading | null = null;
  return {
    component(attempt) {
      if (current === null || (current.failed && current.attempt !== attempt))
        current = startLoading(load, attempt);
      return current.component;
    },
  };
}

interface Loading {
  readonly attempt: number;
  readonly component: Lazy;
  failed: boolean;
}

function startLoading(load: () => Promise<ComponentType>, attempt: number): Loading {
  const state = { attempt, failed: false };
  const component = lazy(() =>
    load().then(
      (loaded) => ({ default: loaded }),
      (error: unknown) => {
        state.failed = true;
        throw error;
      },
    ),
  );
  return Object.assign(state, { component });
}

/** Renders a lazily loaded part (inside Suspense and an ErrorBoundary). */
export function LazyPart({ loader }: { readonly loader: LazyLoader }) {
  const Part = loader.component(useRetryAttempt());
  return <Part />;
}
