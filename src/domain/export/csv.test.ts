import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, parseCsv, tableToCsv, toCsv } from './csv';

describe('neutraliseFormula', () => {
  // Rule: text that a spreadsheet would run as a formula gets a leading apostrophe.
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3+cmd|" /C calc"!A0', `'-2+3+cmd|" /C calc"!A0`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['＝1+1', `'＝1+1`],
    ['-', `'-`],
    ['- not a number', `'- not a number`],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  // Rule: numbers are numbers, not text, even with a sign, and so are cells that start harmlessly.
  it.each(['-3.5', '+1', '-$1,234.56', '-12%', '-1e6', '$3.90', 'Kimi K2.6', '', ' =1+1', 'a=b'])(
    '%j stays as it is',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(cell);
    },
  );
});

describe('csvField', () => {
  // Rule (RFC 4180): a field with a comma, a double quote, CR or LF is quoted, quotes doubled.
  it.each([
    ['plain', 'plain'],
    ['$1,234.56', '"$1,234.56"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1,2', `"'=1,2"`],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%j → %j', (cell, expected) => {
    expect(csvField(cell)).toBe(expected);
  });
});

describe('toCsv and tableToCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['Route', 'Monthly'],
        ['Kimi K2.6 · Moonshot AI', '$3.90'],
      ]),
    ).toBe('Route,Monthly\r\nKimi K2.6 · Moonshot AI,$3.90\r\n');
  });

  it('can start with a byte-order mark for Excel', () => {
    expect(toCsv([['é']], { byteOrderMark: true })).toBe('\uFEFFé\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  // Rule: every record has as many fields as the header.
  it('pads short rows and cuts long ones to the header width', () => {
    expect(tableToCsv(['Part', 'Amount', 'Share'], [['Input'], ['Output', '$2.00', '51%', 'extra']])).toBe(
      'Part,Amount,Share\r\nInput,,\r\nOutput,$2.00,51%\r\n',
    );
  });

  it('writes the breakdown as the screen shows it', () => {
    const csv = tableToCsv(
      ['Part', 'Tokens', 'Amount', 'Share'],
      [
        ['Input', '2,000,000', '$1.90', '49%'],
        ['Cached input', '0', '$0.00', '0%'],
        ['Output', '500,000', '$2.00', '51%'],
        ['Total', '', '$3.90', '100%'],
      ],
    );
    expect(csv).toBe(
      'Part,Tokens,Amount,Share\r\nInput,"2,000,000",$1.90,49%\r\nCached input,0,$0.00,0%\r\n' +
        'Output,"500,000",$2.00,51%\r\nTotal,,$3.90,100%\r\n',
    );
  });
});

describe('parseCsv', () => {
  // Rule: reads RFC 4180 back, tolerating LF line ends, a BOM and a missing final line end.
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['\uFEFFa\r\n', [['a']]],
    ['"x,y","say ""hi""",\r\n', [['x,y', 'say "hi"', '']]],
    ['"two\r\nlines",z\r\n', [['two\r\nlines', 'z']]],
    ['"unterminated', [['unterminated']]],
    ['', []],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('reads back what toCsv wrote, formulas neutralised', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', ',', '"', '\r', '\n', '=', '-', '1', ' ', '@', 'é'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((row) => row.map(neutraliseFormula)));
      }),
      { numRuns: 2_000 },
    );
  });

  it('never leaves a cell that starts a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1 })), (rows) => {
        for (const row of parseCsv(toCsv(rows))) {
          for (const cell of row) {
            if (/^[=+\-@\t\r＝＋－＠]/.test(cell))
              expect(cell).toMatch(/^[+-]?\$?[\d,]+(\.\d+)?(e[+-]?\d+)?%?$/i);
          }
        }
      }),
    );
  });
});
