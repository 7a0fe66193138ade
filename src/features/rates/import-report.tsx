import type { ImportProblem } from '../../domain/rates/import/rate-sheet-import';

/** How many problems the report lists; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

export interface ImportSummary {
  /** The file's name, or null for pasted text. */
  readonly from: string | null;
  readonly imported: number;
  /** Imported routes with the id of a route the user added: they replace those routes. */
  readonly replaced: number;
  /** Imported routes with a bundled route's id: they joined under ids of their own. */
  readonly renamed: number;
  /** Imported routes equal to the bundled route of their id: not added again. */
  readonly unchanged: number;
  readonly problems: readonly ImportProblem[];
}

function count(value: number, one: string, many: string): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`;
}

/** "Entry 2 (“Kimi K2.6”) skipped: prices.input “abc” is not a number." Entries count from 1. */
function describeProblem(problem: ImportProblem): string {
  if (problem.position === null) return `The file: ${problem.reason}`;
  const name = problem.entry ? ` (“${problem.entry}”)` : '';
  return `Entry ${problem.position + 1}${name} ${problem.imported ? 'imported with a change' : 'skipped'}: ${problem.reason}`;
}

/** "Imported 3 routes; 1 entry skipped from rates.json." — the line announced when an import ends. */
export function importHeadline(summary: ImportSummary): string {
  const skipped = summary.problems.filter((problem) => !problem.imported && problem.position !== null).length;
  const from = summary.from ? ` from ${summary.from}` : '';
  const replaced =
    summary.replaced > 0
      ? ` ${count(summary.replaced, 'route replaces the route', 'routes replace the routes')} with the same id.`
      : '';
  const renamed =
    summary.renamed > 0
      ? ` ${count(summary.renamed, 'route has the id of a bundled route and was', 'routes have the ids of bundled routes and were')} added as your own; the bundled prices stay.`
      : '';
  const unchanged =
    summary.unchanged > 0
      ? ` ${count(summary.unchanged, 'route is', 'routes are')} already in the rate sheet as given and ${summary.unchanged === 1 ? 'was' : 'were'} not added again.`
      : '';
  return `Imported ${count(summary.imported, 'route', 'routes')}; ${count(skipped, 'entry', 'entries')} skipped${from}.${replaced}${renamed}${unchanged}`;
}

/** Each problem of an import with its position and reason, the first MAX_LISTED_PROBLEMS listed. */
export function ImportProblems({ problems }: { readonly problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null;
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  return (
    <div className="rate-sheet-import__problems">
      <p>
        {count(problems.length, 'problem', 'problems')}
        {more > 0 ? `, the first ${MAX_LISTED_PROBLEMS} listed` : ''}:
      </p>
      <ul aria-label="Import problems">
        {listed.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: problems have no id; the list is rebuilt for each import.
          <li key={index}>{describeProblem(problem)}</li>
        ))}
      </ul>
      {more > 0 ? <p>…and {count(more, 'more problem', 'more problems')} not listed.</p> : null}
    </div>
  );
}
