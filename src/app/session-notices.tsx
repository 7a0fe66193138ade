import { useState, useSyncExternalStore } from 'react';
import { LinkNotices } from '../features/share/link-notices';
import { RestoreNotice } from '../features/share/restore-notice';
import { SaveProblemNotice } from '../features/share/save-problem-notice';
import type { SessionNotices as Notices, ScenarioSession } from './session-types';
import type { Startup } from './startup';

const NO_SESSION = {
  subscribe: () => () => {},
} as const;

interface SessionNoticesProps {
  readonly startup: Startup;
  readonly session?: ScenarioSession | undefined;
  /** Changes when the notices of the current link should be cleared (a Reset). */
  readonly resetKey?: number;
}

/**
 * What opening a link (at start or pasted later) changed or ignored, the offer to bring back what it
 * replaced, and a word when the browser refuses to save.
 */
export function SessionNotices({ startup, session, resetKey = 0 }: SessionNoticesProps) {
  const [fallback] = useState<Notices>(() => ({
    report: { id: 0, problems: startup.decoded.problems, priceChanges: startup.decoded.priceChanges },
    offer: null,
    saveProblem: null,
  }));
  const readNotices = () => session?.getNotices() ?? fallback;
  // The prerendered page and its hydration read the same notices: the defaults have none.
  const notices = useSyncExternalStore(session?.subscribe ?? NO_SESSION.subscribe, readNotices, readNotices);
  const { report, offer, saveProblem } = notices;
  // A Reset clears the notices of the link then on screen; a link opened later has its own.
  const [clearedAt, setClearedAt] = useState({ resetKey: 0, reportId: -1 });
  if (resetKey !== clearedAt.resetKey) setClearedAt({ resetKey, reportId: report.id });
  const cleared = clearedAt.reportId === report.id;
  return (
    <>
      {offer && session ? (
        <RestoreNotice
          kind={offer.kind}
          onRestore={session.restorePrevious}
          onBackToLink={session.backToLink}
          onDismiss={session.dismissOffer}
        />
      ) : null}
      {saveProblem ? <SaveProblemNotice message={saveProblem} /> : null}
      <LinkNotices
        key={`${report.id}-${resetKey}`}
        problems={cleared ? [] : report.problems}
        priceChanges={cleared ? [] : report.priceChanges}
      />
    </>
  );
}
