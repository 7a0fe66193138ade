import { type DragEvent, type RefObject, useId, useState } from 'react';
import { SmallButton } from '../../components/ui/small-button';
import type { TraceSource } from '../../lib/trace-source';

interface TraceInputProps {
  readonly onRead: (source: TraceSource, sourceName: string) => void;
  readonly readButtonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * Where a log comes in: pasted text with "Read log", or a file chosen or dropped (read at once).
 * Starting another read while one runs cancels the first.
 */
export function TraceInput({ onRead, readButtonRef }: TraceInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [dragging, setDragging] = useState(false);

  function readFile(file: File | undefined) {
    if (file) onRead(file, file.name);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  }

  return (
    <div className="trace-input">
      <div className="trace-input__paste">
        <label htmlFor={`${id}-text`}>Paste request log</label>
        <textarea
          id={`${id}-text`}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={'input_tokens,cached_tokens,output_tokens\n2000,500,400'}
        />
        <SmallButton ref={readButtonRef} onClick={() => onRead(text, 'pasted text')}>
          Read log
        </SmallButton>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the file input inside is the keyboard way. */}
      <div
        className={`trace-input__drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>Log file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.jsonl,.ndjson,.json,.txt,.log,text/csv,application/json,text/plain"
          onChange={(event) => {
            readFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p className="field-hint">or drop a file here. It is read in this browser and never uploaded.</p>
      </div>
    </div>
  );
}
