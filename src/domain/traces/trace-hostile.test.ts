/**
 * Hostile logs: whatever the file holds, reading it never throws, reports what was wrong in plain
 * words, and lets nothing unreadable reach a figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTraceText } from '../../testing/trace-samples';
import { createTraceParser } from './trace-parser';

/** Seeded bytes decoded the way the browser reader decodes them. */
function garbage(length: number, seed: number): string {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return new TextDecoder().decode(bytes);
}

describe('hostile logs', () => {
  it('reports a 0-byte file as empty', () => {
    const report = parseTraceText('');
    expect(report).toMatchObject({
      format: 'empty',
      formatProblem: 'The log is empty.',
      lines: 0,
      badRowCount: 0,
    });
    expect(report.overall.requests).toBe(0);
    expect(report.histogram).toEqual([]);
    expect(parseTraceText('\n \r\n\t\n').format).toBe('empty');
  });

  it('reports binary garbage as not a text log, every line a bad row', () => {
    const report = parseTraceText(garbage(50_000, 7));
    expect(report.format).toBe('unknown');
    expect(report.formatProblem).toBe('This is not a text log: it holds binary data.');
    expect(report.overall.requests).toBe(0);
    expect(report.badRowCount).toBe(report.lines);
    expect(report.badRows[0]?.reason).toBe('binary data, not text');
  });

  it('refuses a binary line inside a text log and keeps reading', () => {
    const report = parseTraceText('input,output\n1,1\n\u0000\u0001\u0002,3\n2,2\n');
    expect(report.badRows).toEqual([{ line: 3, reason: 'binary data, not text' }]);
    expect(report.overall.requests).toBe(2);
  });

  it('keeps markup in tags as plain text', () => {
    const tag = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const report = parseTraceText(`input,output,tag\n1,1,"${tag.replace(/"/g, '""')}"\n`);
    expect(report.groups.map((group) => group.name)).toEqual([tag]);
  });

  it('cuts 10,000-character fields and keeps reasons short', () => {
    const long = 'x'.repeat(10_000);
    const report = parseTraceText(`input,output,tag,model\n1,1,${long},${long}\n${long},1,a,b\n`);
    expect(report.groups[0]?.name).toHaveLength(1000);
    expect(report.models[0]?.name).toHaveLength(1000);
    expect(report.badRows[0]?.reason).toBe(`input tokens “${'x'.repeat(23)}…” is not a number`);
  });

  it('skips a line over 100,000 characters, even split across chunks, and reads on', () => {
    const text = `input,output\n1,1\n${'9'.repeat(250_000)}\n2,2\n`;
    for (const chunk of [1000, 65_536, text.length]) {
      const parser = createTraceParser();
      for (let start = 0; start < text.length; start += chunk) parser.feed(text.slice(start, start + chunk));
      const report = parser.finish();
      expect(report.badRows).toEqual([{ line: 3, reason: 'line longer than 100,000 characters' }]);
      expect(report.overall.requests).toBe(2);
    }
  });

  it('reads JSON Lines with CSV lines mixed in, refusing those', () => {
    const report = parseTraceText('{"usage":{"prompt_tokens":5,"completion_tokens":1}}\ninput,output\n5,1\n');
    expect(report.format).toBe('jsonl');
    expect(report.badRows).toEqual([
      { line: 2, reason: 'not a JSON object (mixed formats?)' },
      { line: 3, reason: 'not a JSON object (mixed formats?)' },
    ]);
    expect(report.overall.requests).toBe(1);
  });

  it('names a JSON array and an unknown header as unknown formats', () => {
    expect(parseTraceText('[{"prompt_tokens":1}]').formatProblem).toBe(
      'This is a JSON array, not JSON Lines: write one JSON object per line.',
    );
    const report = parseTraceText('hello world\nfoo bar\n');
    expect(report.format).toBe('unknown');
    expect(report.badRowCount).toBe(2);
    expect(report.badRows[1]).toEqual({ line: 2, reason: 'unknown format' });
  });

  it('never throws and never counts a line twice, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc
            .array(
              fc.oneof(
                fc.constantFrom(
                  'input,output,cached,tag',
                  '{"usage":',
                  '}',
                  '\n',
                  '\r\n',
                  ',',
                  '"',
                  '-1',
                  '1e309',
                ),
                fc.string({ maxLength: 8 }),
                fc.nat().map(String),
              ),
              { maxLength: 60 },
            )
            .map((parts) => parts.join('')),
        ),
        (text) => {
          const report = parseTraceText(text);
          const headerLines = report.format === 'csv' ? 1 : 0;
          expect(report.overall.requests + report.badRowCount + headerLines).toBe(report.lines);
          expect(report.overall.cached.total).toBeLessThanOrEqual(report.overall.input.total);
        },
      ),
      { numRuns: 500 },
    );
  });
});
