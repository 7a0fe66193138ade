import { useState } from 'react';
import { Card } from '../../components/ui/card';
import { COMFORTABLE_LINK_LENGTH } from '../../domain/share-link/link-format';
import { copyText } from '../../lib/clipboard';
import { buildEmbedSnippet } from '../../lib/embed-snippet';
import { useCalculator } from '../../store/calculator-context';
import { LeftOutRoutesNote } from './left-out-routes-note';
import { ScenarioFile } from './scenario-file';
import { useShareFragment } from './use-share-fragment';
import './share.css';

interface SharePanelProps {
  /** The calculator's address without query or fragment, e.g. https://example.org/calc/ */
  readonly appUrl: string;
  readonly onReset: () => void;
}

/** The share link's field: where "Copy link" in the page header selects the link when it cannot copy. */
export const SHARE_LINK_ID = 'share-link';
/** The embed code's field: the page header's "Embed" button takes the user to it. */
export const EMBED_CODE_ID = 'embed-code';

/**
 * The scenario as a link (copied by "Copy link" in the page header) and as an embed snippet with its
 * copy button, and a reset.
 */
export function SharePanel({ appUrl, onReset }: SharePanelProps) {
  const fragment = useShareFragment();
  const reset = useCalculator((state) => state.reset);
  const [status, setStatus] = useState('');
  const link = `${appUrl}#${fragment}`;
  const snippet = buildEmbedSnippet(appUrl, fragment);

  async function copy(text: string, what: string) {
    setStatus(
      (await copyText(text))
        ? `${what} copied.`
        : `Could not copy: select the ${what.toLowerCase()} and copy it.`,
    );
  }

  return (
    <Card title="Share" className="share-panel">
      <div className="share-panel__row">
        <label htmlFor={SHARE_LINK_ID}>Share link</label>
        <input
          id={SHARE_LINK_ID}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
        />
      </div>
      {link.length > COMFORTABLE_LINK_LENGTH ? (
        <p className="field-warning">
          This link is {link.length.toLocaleString('en-US')} characters long; chat apps may cut it. Export a
          scenario file instead.
        </p>
      ) : null}
      <LeftOutRoutesNote />
      <ScenarioFile />
      <div className="share-panel__row">
        <label htmlFor={EMBED_CODE_ID}>Embed code</label>
        <textarea
          id={EMBED_CODE_ID}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => copy(snippet, 'Embed code')}>
          Copy embed code
        </button>
      </div>
      <div className="share-panel__actions">
        <button
          type="button"
          onClick={() => {
            reset();
            onReset();
            setStatus('Back to the default scenario.');
          }}
        >
          Reset
        </button>
        <p role="status" className="share-panel__status">
          {status}
        </p>
      </div>
      <p className="field-hint">
        “Copy link” at the top of the page copies the share link. The link holds the whole scenario after the
        “#”, which never reaches a server. It also carries the active route's prices, so it shows the same
        figures even after the bundled prices change.
      </p>
    </Card>
  );
}
