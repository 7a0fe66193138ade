import { useState } from 'react';
import { copyText } from '../../lib/clipboard';
import { keepInView } from '../../lib/keep-in-view';
import { EMBED_CODE_ID, SHARE_LINK_ID } from './share-panel';
import { useShareFragment } from './use-share-fragment';

interface HeaderShareActionsProps {
  /** The calculator's address without query or fragment, e.g. https://example.org/calc/ */
  readonly appUrl: string;
}

/** Focuses a field of the share panel (its text is selected on focus) and keeps it in view. */
function showField(id: string): boolean {
  const field = document.getElementById(id);
  if (!field) return false;
  field.focus({ preventScroll: true });
  keepInView(field, 'center');
  return true;
}

/**
 * The page header's "Copy link": the scenario's link to the clipboard or, when the browser refuses,
 * the link selected in its field to copy by hand. "Embed" takes the user to the embed code, selected.
 */
export function HeaderShareActions({ appUrl }: HeaderShareActionsProps) {
  const fragment = useShareFragment();
  // What happened to the link of one scenario: once the scenario changes, that link is not this one.
  const [copied, setCopied] = useState({ fragment: '', status: '' });
  const status = copied.fragment === fragment ? copied.status : '';

  async function copyLink() {
    const setStatus = (text: string) => setCopied({ fragment, status: text });
    if (await copyText(`${appUrl}#${fragment}`)) {
      setStatus('Link copied.');
    } else {
      setStatus(
        showField(SHARE_LINK_ID)
          ? 'Could not copy: the link is selected in "Share link"; press Ctrl+C (⌘C on a Mac) to copy it.'
          : 'Could not copy: select the share link under "Share" and copy it.',
      );
    }
  }

  return (
    <div className="header-share">
      <button type="button" className="header-share__button" onClick={copyLink}>
        Copy link
      </button>
      <button type="button" className="header-share__button" onClick={() => showField(EMBED_CODE_ID)}>
        Embed
      </button>
      <p role="status" className="header-share__status">
        {status}
      </p>
    </div>
  );
}
