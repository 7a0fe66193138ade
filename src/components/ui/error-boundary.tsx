import './error-boundary.css';
import { Component, createContext, type ReactNode, useContext } from 'react';

interface ErrorBoundaryProps {
  /** The part as a sentence names it: "The charts", "The chart “Cost versus monthly volume”". */
  readonly name: string;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
  /** Bumped by "Try again", so the part mounts afresh rather than reusing its broken state. */
  readonly attempt: number;
}

const AttemptContext = createContext(0);

/** How many times the nearest boundary has tried its part again (0 at first): see retryableLazy. */
export function useRetryAttempt(): number {
  return useContext(AttemptContext);
}

/**
 * Contains a failure to the part of the page it wraps: while the part works it adds nothing (no
 * element, no name); when it throws, it is replaced by one line naming it and a "Try again" button
 * that mounts it afresh, and the rest of the page keeps working. Nothing is rethrown: React reports
 * the caught error once on the console (its root's onCaughtError), as a bug to fix.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<ErrorBoundaryState> {
    return { failed: true };
  }

  private readonly retry = () => {
    this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));
  };

  override render() {
    const { name, children } = this.props;
    const { failed, attempt } = this.state;
    if (!failed) {
      return (
        <AttemptContext.Provider key={attempt} value={attempt}>
          {children}
        </AttemptContext.Provider>
      );
    }
    return (
      <p className="part-failure" role="alert">
        <span>{name} could not be shown because of an error.</span>{' '}
        <button type="button" onClick={this.retry}>
          Try again <span className="visually-hidden">to show {name.replace(/^The /, 'the ')}</span>
        </button>
      </p>
    );
  }
}
