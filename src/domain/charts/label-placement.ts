/**
 * Where to put labels along one line (a chart's y for labels at line ends, its x for a row of
 * markers) so that none overlaps another. The rules:
 * - each label is an interval of its own size centred on where it is placed;
 * - neighbouring intervals keep at least `gap` between them, in the order of where the labels want
 *   to be (equal wishes keep their given order);
 * - a label that overlaps nothing stays exactly where it wants to be; labels that would overlap are
 *   moved apart as one block, packed `gap` apart and centred on their wishes (the least total shift);
 * - every label stays inside [min, max]; when they need more room than that, they are packed from
 *   `min` and the last ones run past `max` (the caller gives the chart the room it needs).
 */

export interface WantedLabel {
  /** Where the label's centre wants to be. */
  readonly at: number;
  /** The label's extent along the line (its height for a column of labels, its width for a row). */
  readonly size: number;
}

export interface PlacementRoom {
  readonly gap: number;
  readonly min: number;
  readonly max: number;
}

interface Block {
  /** Indexes into the labels, in placement order. */
  readonly members: number[];
  /** Each member's centre offset from the block's first centre. */
  readonly offsets: number[];
  /** The first member's centre. */
  start: number;
}

/** The centre of each label, in the order given. */
export function placeLabels(labels: readonly WantedLabel[], room: PlacementRoom): number[] {
  const order = labels.map((_, index) => index).sort((a, b) => wish(labels, a) - wish(labels, b) || a - b);
  const blocks: Block[] = [];
  for (const index of order) {
    blocks.push({ members: [index], offsets: [0], start: wish(labels, index) });
    settle(blocks.at(-1) as Block, labels, room);
    // Merge with the block before while the two overlap (a merge can reach further back).
    while (blocks.length > 1) {
      const last = blocks.at(-1) as Block;
      const before = blocks.at(-2) as Block;
      if (end(before, labels) + room.gap <= last.start - half(first(last, labels))) break;
      merge(before, last, labels, room);
      blocks.pop();
      settle(before, labels, room);
    }
  }
  const centres = labels.map((label) => label.at);
  for (const block of blocks) {
    block.members.forEach((member, position) => {
      centres[member] = block.start + (block.offsets[position] as number);
    });
  }
  return centres;
}

/** A wish that is not a number is treated as the bottom of the room. */
function wish(labels: readonly WantedLabel[], index: number): number {
  const at = (labels[index] as WantedLabel).at;
  return Number.isFinite(at) ? at : Number.NEGATIVE_INFINITY;
}

function half(size: number): number {
  return size / 2;
}

function first(block: Block, labels: readonly WantedLabel[]): number {
  return (labels[block.members[0] as number] as WantedLabel).size;
}

/** How far the block's last interval ends beyond its first centre. */
function reach(block: Block, labels: readonly WantedLabel[]): number {
  const lastMember = block.members.at(-1) as number;
  return (block.offsets.at(-1) as number) + half((labels[lastMember] as WantedLabel).size);
}

/** Where the block's last interval ends. */
function end(block: Block, labels: readonly WantedLabel[]): number {
  return block.start + reach(block, labels);
}

/** Appends `next`'s members to `block`, packed `gap` apart. */
function merge(block: Block, next: Block, labels: readonly WantedLabel[], room: PlacementRoom): void {
  for (const member of next.members) {
    const previous = block.members.at(-1) as number;
    const offset =
      (block.offsets.at(-1) as number) +
      half((labels[previous] as WantedLabel).size) +
      room.gap +
      half((labels[member] as WantedLabel).size);
    block.members.push(member);
    block.offsets.push(offset);
  }
}

/** Centres the block on its members' wishes, then keeps it inside the room (the bottom wins). */
function settle(block: Block, labels: readonly WantedLabel[], room: PlacementRoom): void {
  let total = 0;
  block.members.forEach((member, position) => {
    const at = wish(labels, member);
    total += (Number.isFinite(at) ? at : room.min) - (block.offsets[position] as number);
  });
  const centred = total / block.members.length;
  const lowest = room.min + half(first(block, labels));
  const highest = room.max - reach(block, labels);
  block.start = Math.max(lowest, Math.min(highest, centred));
}

/**
 * How many rows labels need when they are dealt out in turn (the first to row 0, the next to row 1,
 * …, so neighbours sit on different rows) and each row must hold its labels side by side, `gap`
 * apart, within `width`: the fewest rows that do, at least one; one label a row at worst.
 */
export function rowsNeeded(sizes: readonly number[], gap: number, width: number): number {
  for (let rows = 1; rows < sizes.length; rows += 1) {
    const taken = new Array<number>(rows).fill(-gap);
    sizes.forEach((size, index) => {
      taken[index % rows] = (taken[index % rows] as number) + size + gap;
    });
    if (taken.every((used) => used <= width)) return rows;
  }
  return Math.max(1, sizes.length);
}
