import type { BaseTickContentProps } from 'recharts';

/** Where recharts' own <Text> puts a one-line label's baseline, for each vertical anchor. */
const BASELINE_SHIFT = { start: '0.71em', middle: '0.355em', end: undefined } as const;

/**
 * A number axis's tick label as one SVG <text>, placed as recharts' <Text> places a one-line label.
 * recharts' <Text> measures every word of a label in the page (to wrap it) on each redraw, which costs
 * a layout of the whole page; a number on an axis never wraps.
 */
export function numberTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  fill,
  className,
  payload,
  index,
  tickFormatter,
}: BaseTickContentProps) {
  return (
    <text
      x={x}
      y={y}
      dy={BASELINE_SHIFT[verticalAnchor]}
      textAnchor={textAnchor}
      fill={fill}
      stroke="none"
      className={`recharts-text ${className ?? ''}`.trim()}
    >
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
