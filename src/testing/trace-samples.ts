/** Request logs in tests: read a whole log text at once, as the chunked reader does it piece by piece. */
import { createTraceParser } from '../domain/traces/trace-parser';
import type { TraceReport } from '../domain/traces/trace-report';

/** The report for a whole log text, fed to the parser in one chunk. */
export function parseTraceText(text: string): TraceReport {
  const parser = createTraceParser();
  parser.feed(text);
  return parser.finish();
}
