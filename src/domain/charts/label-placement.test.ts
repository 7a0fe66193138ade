import { describe, expect, it } from 'vitest';
import { placeLabels, rowsNeeded, type WantedLabel } from './label-placement';

const ROOM = { gap: 2, min: 0, max: 100 };
const labels = (...at: number[]): WantedLabel[] => at.map((value) => ({ at: value, size: 10 }));

/** True when no two placed intervals come closer than `gap`. */
function apart(wanted: readonly WantedLabel[], centres: readonly number[], gap: number): boolean {
  const intervals = wanted
    .map((label, index) => [
      (centres[index] as number) - label.size / 2,
      (centres[index] as number) + label.size / 2,
    ])
    .sort((a, b) => (a[0] as number) - (b[0] as number));
  return intervals.every((interval, index) => {
    const next = intervals[index + 1];
    return !next || (interval[1] as number) + gap <= (next[0] as number) + 1e-9;
  });
}

describe('placeLabels', () => {
  // Rule: labels that overlap nothing stay where they want to be; overlapping ones move apart as a
  // block packed `gap` apart and centred on their wishes; all stay inside [min, max].
  it.each<[string, WantedLabel[], number[]]>([
    ['one label stays put', labels(40), [40]],
    ['labels far apart stay put', labels(10, 50, 90), [10, 50, 90]],
    ['labels exactly size + gap apart stay put', labels(20, 32), [20, 32]],
    ['two overlapping labels spread around their mean (25)', labels(20, 30), [19, 31]],
    ['two labels at the same place spread evenly about it', labels(50, 50), [44, 56]],
    ['three at the same place: one stays, the others 12 either side', labels(50, 50, 50), [38, 50, 62]],
    ['labels keep their order whatever order they come in', labels(30, 20), [31, 19]],
    [
      'a block pushed into a third label takes it along: start (20 + 22 − 12 + 33 − 24) / 3',
      labels(20, 22, 33),
      [13, 25, 37],
    ],
    ['a label at the bottom edge is pushed inside', labels(0), [5]],
    ['a block at the top edge is pushed inside', labels(98, 99), [83, 95]],
    ['an untidy wish (NaN) goes to the bottom', labels(Number.NaN, 50), [5, 50]],
    [
      'labels of different sizes keep the gap between their edges',
      [
        { at: 50, size: 20 },
        { at: 52, size: 4 },
      ],
      [44, 58],
    ],
  ])('%s', (_, wanted, expected) => {
    expect(placeLabels(wanted, ROOM)).toEqual(expected);
  });

  // Rule: with more labels than room, they are packed from `min` (the caller must leave room).
  it('packs labels from the bottom when they cannot all fit', () => {
    expect(placeLabels(labels(5, 5, 5), { gap: 2, min: 0, max: 20 })).toEqual([5, 17, 29]);
  });

  it('never leaves two labels closer than the gap, for any wishes', () => {
    // A fixed spread of awkward wishes: clusters, edges, duplicates, a wide label.
    const cases: WantedLabel[][] = [
      labels(1, 2, 3, 4, 5, 6),
      labels(95, 96, 97, 10, 11, 50),
      [
        { at: 50, size: 30 },
        { at: 51, size: 8 },
        { at: 49, size: 8 },
        { at: 90, size: 8 },
      ],
      labels(33.3, 33.3, 66.6, 66.6, 99.9),
    ];
    for (const wanted of cases) {
      const centres = placeLabels(wanted, ROOM);
      expect(apart(wanted, centres, ROOM.gap), JSON.stringify(wanted)).toBe(true);
      wanted.forEach((label, index) => {
        expect(centres[index] as number).toBeGreaterThanOrEqual(ROOM.min + label.size / 2 - 1e-9);
        expect(centres[index] as number).toBeLessThanOrEqual(ROOM.max - label.size / 2 + 1e-9);
      });
    }
  });
});

describe('rowsNeeded', () => {
  // Rule: labels dealt out in turn over the fewest rows in which each row's labels, gap apart, fit.
  it.each<[string, number[], number, number]>([
    ['no labels: one row', [], 100, 1],
    ['labels that fit side by side: one row', [28, 16, 16, 16], 100, 1],
    ['exactly the width (28 + 3 × 16 + 3 × 4 = 88): one row', [28, 16, 16, 16], 88, 1],
    ['one pixel short: two rows', [28, 16, 16, 16], 87, 2],
    [
      '"Now" and ten badges in 100 px: three rows, the first 28 + 3 × 16 + 3 × 4 = 88',
      [28, ...Array(10).fill(16)],
      100,
      3,
    ],
    ['a label wider than the width: one a row', [120, 16], 100, 2],
  ])('%s', (_, sizes, width, rows) => expect(rowsNeeded(sizes, 4, width)).toBe(rows));
});
