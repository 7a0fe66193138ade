import { Notice } from '../../components/ui/notice';

interface RestoreNoticeProps {
  /** Just after a link replaced the scenario, or after the user restored theirs. */
  readonly kind: 'link-opened' | 'restored';
  readonly onRestore: () => void;
  readonly onBackToLink: () => void;
  readonly onDismiss: () => void;
}

/**
 * After a link replaced what the user had on screen: their previous scenario is kept in this browser
 * and comes back in one click; after that, one click goes back to the link's scenario.
 */
export function RestoreNotice({ kind, onRestore, onBackToLink, onDismiss }: RestoreNoticeProps) {
  const opened = kind === 'link-opened';
  return (
    <Notice label="Your previous scenario">
      <p role="status">
        {opened ? (
          <>
            <strong>This page now shows the scenario from the link.</strong> The scenario you had here is kept
            in this browser.
          </>
        ) : (
          <>
            <strong>Your previous scenario is back.</strong> The link's scenario is one click away.
          </>
        )}
      </p>
      {opened ? (
        <button type="button" onClick={onRestore}>
          Restore my previous scenario
        </button>
      ) : (
        <button type="button" onClick={onBackToLink}>
          Back to the link's scenario
        </button>
      )}{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </Notice>
  );
}
