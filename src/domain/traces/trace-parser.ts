/**
 * The chunk-fed reader of a request log: `feed(text)` any number of times, then `finish()`. The rules:
 * - the format is decided by the first non-blank line: a JSON object starts JSON Lines; a header with
 *   input and output token columns starts CSV; binary data, a JSON array or anything else is an
 *   unknown format, and then every non-blank line is a bad row;
 * - a line may be split anywhere across chunks (CRLF or LF endings; a leading byte-order mark is
 *   dropped), so the result never depends on how the text was cut;
 * - a bad row (missing or unreadable value, negative, cached above input, a line of another format,
 *   binary data, a line over 100,000 characters) is counted, the first 100 are listed with their line
 *   number and reason, and it never reaches a figure; blank lines are skipped;
 * - nothing here throws, whatever the text.
 */
import { type CsvLayout, readCsvHeader, readCsvRecord, splitCsvLine } from './trace-csv';
import { readJsonRecord } from './trace-json';
import { type BadRow, summariseGroup, type TraceFormat, type TraceReport, traceTime } from './trace-report';
import type { TraceRequest } from './trace-request';
import { buildHistogram } from './trace-stats';
import { TraceTally } from './trace-tally';
import type { Reading } from './trace-values';

const MAX_LINE_LENGTH = 100_000;
const MAX_LISTED_BAD_ROWS = 100;

export interface TraceParser {
  feed(text: string): void;
  /** Reads what is left and returns the aggregates; later feeds are ignored. */
  finish(): TraceReport;
  /** Valid requests read so far. */
  readonly requests: number;
}

/** True when the text holds control characters other than tab, CR and LF, or undecodable bytes. */
function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) return true;
  }
  return false;
}

function problemOfFirstLine(line: string): { problem: string; reason: string } | null {
  if (looksBinary(line)) {
    return { problem: 'This is not a text log: it holds binary data.', reason: 'binary data, not text' };
  }
  if (line.trimStart().startsWith('[')) {
    return {
      problem: 'This is a JSON array, not JSON Lines: write one JSON object per line.',
      reason: 'unknown format: a JSON array',
    };
  }
  return null;
}

export function createTraceParser(): TraceParser {
  let format: TraceFormat | null = null;
  let formatProblem: string | null = null;
  let layout: CsvLayout | null = null;
  let pending = '';
  let atStart = true;
  let skipping = false;
  let finished = false;
  let lineNumber = 0;
  let lines = 0;
  let badRowCount = 0;
  const badRows: BadRow[] = [];
  const tally = new TraceTally();

  function bad(line: number, reason: string): void {
    badRowCount += 1;
    if (badRows.length < MAX_LISTED_BAD_ROWS) badRows.push({ line, reason });
  }

  function accept(reading: Reading<TraceRequest>): void {
    if (reading.ok) tally.add(reading.value);
    else bad(lineNumber, reading.reason);
  }

  function detect(line: string): void {
    const problem = problemOfFirstLine(line);
    if (problem) {
      format = 'unknown';
      formatProblem = problem.problem;
      bad(lineNumber, problem.reason);
    } else if (line.trimStart().startsWith('{')) {
      format = 'jsonl';
      accept(readJsonRecord(line));
    } else {
      const header = readCsvHeader(splitCsvLine(line));
      if (header.ok) {
        format = 'csv';
        layout = header.value;
      } else {
        format = 'unknown';
        formatProblem =
          'Unknown format: the first line is neither a JSON object nor a CSV header with input and output token columns.';
        bad(lineNumber, header.reason);
      }
    }
  }

  function readLine(line: string): void {
    if (format === 'unknown') bad(lineNumber, 'unknown format');
    else if (line.includes('\u0000')) bad(lineNumber, 'binary data, not text');
    else if (format === 'jsonl') {
      if (line.trimStart().startsWith('{')) accept(readJsonRecord(line));
      else bad(lineNumber, 'not a JSON object (mixed formats?)');
    } else if (line.trimStart().startsWith('{'))
      bad(lineNumber, 'a JSON line in a CSV file (mixed formats?)');
    else accept(readCsvRecord(splitCsvLine(line), layout as CsvLayout));
  }

  function handleLine(line: string): void {
    if (line.length === 0 || line.trim().length === 0) return;
    lines += 1;
    if (line.length > MAX_LINE_LENGTH) bad(lineNumber, 'line longer than 100,000 characters');
    else if (format === null) detect(line);
    else readLine(line);
  }

  function feed(chunk: string): void {
    if (finished || chunk.length === 0) return;
    let text = chunk;
    if (atStart) {
      atStart = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    let start = 0;
    if (skipping) {
      const newline = text.indexOf('\n');
      if (newline === -1) return;
      skipping = false;
      start = newline + 1;
    } else if (pending !== '') {
      text = pending + text;
      pending = '';
    }
    let newline = text.indexOf('\n', start);
    while (newline !== -1) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      lineNumber += 1;
      handleLine(text.slice(start, end));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    const rest = text.slice(start);
    if (rest.length > MAX_LINE_LENGTH) {
      lineNumber += 1;
      lines += 1;
      if (format === null) {
        format = 'unknown';
        formatProblem = 'Unknown format: the first line is longer than 100,000 characters.';
      }
      bad(lineNumber, 'line longer than 100,000 characters');
      skipping = true;
    } else pending = rest;
  }

  function finish(): TraceReport {
    if (!finished) {
      finished = true;
      if (pending !== '') {
        lineNumber += 1;
        handleLine(pending.endsWith('\r') ? pending.slice(0, -1) : pending);
        pending = '';
      }
    }
    return buildReport();
  }

  function buildReport(): TraceReport {
    const time = traceTime(tally.firstMs, tally.lastMs, tally.timestampedRequests);
    const groups = tally.groupEntries().map(([name, stats]) => summariseGroup(name, stats, time));
    const overall = summariseGroup('All requests', tally.overall, time);
    const histogram = buildHistogram(tally.overall.input.sorted(), tally.overall.output.sorted());
    const notes = tally.notes(layout);
    return {
      format: format ?? 'empty',
      formatProblem: format === null ? 'The log is empty.' : formatProblem,
      lines,
      badRowCount,
      badRows,
      notes: format === 'csv' || format === 'jsonl' ? notes : [],
      overall,
      groups: groups.sort(
        (a, b) => b.requests - a.requests || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
      ),
      models: tally.modelCounts(),
      time,
      histogram,
    };
  }

  return {
    feed,
    finish,
    get requests() {
      return tally.overall.requests;
    },
  };
}
