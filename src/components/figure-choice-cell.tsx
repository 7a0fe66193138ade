import type { ReferenceEntry, ReferenceKey } from '../domain/rates/provenance';
import { describeFigureChoice } from '../domain/rates/source-words';

/** The last cell of a source row: "In use" for the figure in force, else "Use this figure". */
export function FigureChoiceCell({
  entry,
  routeName,
  onChoose,
}: {
  readonly entry: ReferenceEntry;
  readonly routeName: string;
  readonly onChoose: (key: ReferenceKey) => void;
}) {
  return (
    <td>
      {entry.inUse ? (
        <span className="badge badge--good">In use</span>
      ) : (
        <button
          type="button"
          className="small-button"
          aria-label={describeFigureChoice(entry, routeName)}
          onClick={() => onChoose(entry.key)}
        >
          Use this figure
        </button>
      )}
    </td>
  );
}
