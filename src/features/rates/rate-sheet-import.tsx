import { useId, useRef, useState } from 'react';
import { Card } from '../../components/ui/card';
import { TextField } from '../../components/ui/text-field';
import { exportRateSheet, MAX_IMPORT_CHARS } from '../../domain/rates/import/rate-sheet-import';
import { plainText } from '../../domain/rates/provenance';
import type { Route } from '../../domain/rates/route';
import { describeJoin, type RouteJoin } from '../../domain/rates/route-merge';
import { downloadText } from '../../lib/download';
import { importRateSheetInBackground } from '../../lib/rate-sheet-import-client';
import { useToday } from '../../lib/today';
import { ImportProblems, type ImportSummary, importHeadline } from './import-report';

export interface RateSheetImportProps {
  /** The sheet as it stands: what "Export rate sheet" writes. */
  readonly routes: readonly Route[];
  /**
   * The routes read from a file, ids kept as the file gives them (made unique within the file), and
   * the file's name (null when pasted). Returns how they joined the user's routes (route-merge.ts
   * joinAddedRoutes): a route with a bundled route's id joins under an id of its own.
   */
  onImport(routes: readonly Route[], from: string | null): RouteJoin;
  /** Today's date, YYYY-MM-DD, given to prices the file does not date; defaults to the app shell's today. */
  readonly today?: string;
}

/** A UTF-8 file this large holds more than 16 MB of text whatever its characters: not worth reading. */
const MAX_FILE_BYTES = MAX_IMPORT_CHARS * 4;

/**
 * Imports a rate sheet (the app's schema or LiteLLM's price file) from a file or pasted text, off
 * the main thread, and reports every entry it skipped or changed; exports the sheet as JSON.
 */
export function RateSheetImport({ routes, onImport, today }: RateSheetImportProps) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [match, setMatch] = useState('');
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [joinNotes, setJoinNotes] = useState<readonly string[]>([]);
  const [pasteProblem, setPasteProblem] = useState<string | null>(null);
  const latest = useRef(0);
  const shellToday = useToday();

  async function run(text: Promise<string> | string, from: string | null) {
    const job = ++latest.current;
    setBusy(true);
    const content = await Promise.resolve(text).catch(() => '');
    const result = await importRateSheetInBackground(content, { importedOn: today ?? shellToday, match });
    if (job !== latest.current) return;
    setBusy(false);
    const join = result.routes.length > 0 ? onImport(result.routes, from) : null;
    setSummary({
      from,
      imported: join?.joined.length ?? 0,
      replaced: join?.updated ?? 0,
      renamed: join?.renamed.length ?? 0,
      unchanged: join?.unchanged ?? 0,
      problems: result.problems,
    });
    setJoinNotes(join ? describeJoin({ ...join, unchanged: 0 }) : []);
  }

  function importFile(file: File | undefined) {
    if (!file) return;
    const name = plainText(file.name, 80).text;
    if (file.size > MAX_FILE_BYTES) {
      latest.current += 1;
      setJoinNotes([]);
      setSummary({
        from: name,
        imported: 0,
        replaced: 0,
        renamed: 0,
        unchanged: 0,
        problems: [
          {
            position: null,
            entry: null,
            reason: 'The file is larger than 16 MB; it was not read.',
            imported: false,
          },
        ],
      });
      return;
    }
    void run(file.text(), name);
  }

  return (
    <Card title="Import and export prices" className="rate-sheet-import">
      <div aria-busy={busy}>
        <div className="rate-sheet-import__file">
          <label htmlFor={`${id}-file`}>Rate sheet file</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => {
              importFile(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </div>
        <TextField
          className="rate-sheet-import__paste"
          label="Paste rate sheet"
          value={pasted}
          onChange={(value) => {
            setPasted(value);
            setPasteProblem(null);
          }}
          problem={pasteProblem}
          multiline
          maxLength={MAX_IMPORT_CHARS}
          hint="JSON in this app's rate-sheet schema (as exported below), or LiteLLM's model_prices_and_context_window.json."
        />
        <TextField
          label="Only LiteLLM entries containing"
          value={match}
          onChange={setMatch}
          maxLength={100}
          hint="Optional, e.g. kimi: imports only the LiteLLM models whose name contains this text."
        />
        <div className="rate-sheet-import__actions">
          <button
            type="button"
            className="action-button action-button--primary"
            disabled={busy}
            onClick={() => {
              if (pasted.trim() === '') setPasteProblem('Paste the text of a rate sheet first.');
              else void run(pasted, null);
            }}
          >
            Import prices
          </button>
          <button
            type="button"
            className="action-button"
            onClick={() => downloadText('kimi-rate-sheet.json', exportRateSheet(routes))}
          >
            Export rate sheet
          </button>
        </div>
        <p role="status" className="rate-sheet-import__headline">
          {busy ? 'Importing…' : summary ? importHeadline(summary) : ''}
        </p>
        {!busy && joinNotes.length > 0 ? (
          <ul className="rate-sheet-import__renamed" aria-label="Routes added under ids of their own">
            {joinNotes.slice(0, 100).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
        {!busy && summary ? <ImportProblems problems={summary.problems} /> : null}
      </div>
    </Card>
  );
}
