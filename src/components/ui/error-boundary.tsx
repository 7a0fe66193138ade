import './error-boundary.css';
import { Component, createContext, createRef, type ReactNode, useContext } from 'react';

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

const HEADING = 'h1, h2, h3, h4';
const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';

/** Where focus goes in a part shown again: its heading (made focusable), else its first control. */
function focusPart(part: Element | undefined): void {
  if (!(part instanceof HTMLElement)) return;
  const heading = part.matches(HEADING) ? part : part.querySelector<HTMLElement>(HEADING);
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
    return;
  }
  (part.matches(FOCUSABLE) ? part : part.querySelector<HTMLElement>(FOCUSABLE))?.focus();
}

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

  private readonly failure = createRef<HTMLParagraphElement>();
  /** Where the failure line stood when "Try again" was pressed, to put focus back there after. */
  private retriedAt: { readonly parent: Element; readonly index: number } | null = null;

  private readonly retry = () => {
    const line = this.failure.current;
    const parent = line?.parentElement;
    this.retriedAt = line && parent ? { parent, index: [...parent.children].indexOf(line) } : null;
    this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));
  };

  // Focus never falls to the page body after "Try again": it goes to the part shown again, or back
  // to "Try again" when the part fails once more.
  override componentDidUpdate(): void {
    const place = this.retriedAt;
    if (place === null) return;
    this.retriedAt = null;
    if (this.state.failed) this.failure.current?.querySelector('button')?.focus();
    else focusPart(place.parent.children[place.index]);
  }

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
      <p className="part-failure" role="alert" ref={this.failure}>
        <span>{name} could not be shown because of an error.</span>{' '}
        <button type="button" onClick={this.retry}>
          Try again <span className="visually-hidden">to show {name.replace(/^The /, 'the ')}</span>
        </button>
      </p>
    );
  }
}
