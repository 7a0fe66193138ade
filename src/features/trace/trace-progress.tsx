import { useId } from 'react';
import { SmallButton } from '../../components/ui/small-button';
import { formatTokens } from '../../domain/money/format-number';
import type { TraceProgress as Progress } from '../../lib/trace-source';

interface TraceProgressProps {
  readonly sourceName: string;
  readonly progress: Progress | null;
  readonly onCancel: () => void;
}

/** The progress bar and Cancel button while a log is read. */
export function TraceProgress({ sourceName, progress, onCancel }: TraceProgressProps) {
  const id = useId();
  const percent =
    progress === null || progress.total === 0 ? 0 : Math.floor((progress.bytes * 100) / progress.total);
  return (
    <div className="trace-progress">
      <label htmlFor={`${id}-bar`}>Reading log</label>
      <progress id={`${id}-bar`} max={100} value={percent} aria-valuetext={`${percent}%`} />
      <p className="trace-progress__status">
        {progress === null
          ? `Starting to read ${sourceName}…`
          : `${percent}%: ${formatTokens(progress.rows)} requests read from ${sourceName}.`}
      </p>
      <SmallButton onClick={onCancel}>Cancel</SmallButton>
    </div>
  );
}
