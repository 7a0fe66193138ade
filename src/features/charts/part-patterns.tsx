import { EXTRAS_COLOR, PART_COLORS } from './series-styles';

/**
 * SVG fill patterns for the cost parts: input solid, cached input striped, cache writes in vertical bars, output dotted, reasoning
 * cross-hatched, tool calls in horizontal bars, batch in rings, and the route split's "extras" checked. Render
 * inside a chart; `partFill(idPrefix, key)` refers to them.
 */
export function PartPatterns({ idPrefix }: { readonly idPrefix: string }) {
  return (
    <defs>
      <pattern id={`${idPrefix}-input`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.input} />
      </pattern>
      <pattern
        id={`${idPrefix}-cachedInput`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill={PART_COLORS.cachedInput} />
        <rect width="3" height="8" fill="var(--surface)" />
      </pattern>
      <pattern id={`${idPrefix}-cacheWrite`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.cacheWrite} />
        <rect x="3" width="2" height="8" fill="var(--surface)" />
      </pattern>
      <pattern id={`${idPrefix}-output`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.output} />
        <circle cx="4" cy="4" r="1.6" fill="var(--surface)" />
      </pattern>
      <pattern id={`${idPrefix}-reasoning`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.reasoning} />
        <path d="M0 0L8 8M8 0L0 8" stroke="var(--surface)" strokeWidth="1.2" />
      </pattern>
      <pattern id={`${idPrefix}-toolFees`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.toolFees} />
        <rect y="3" width="8" height="2" fill="var(--surface)" />
      </pattern>
      <pattern id={`${idPrefix}-batch`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.batch} />
        <circle cx="4" cy="4" r="2" fill="none" stroke="var(--surface)" strokeWidth="1" />
      </pattern>
      <pattern id={`${idPrefix}-extras`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={EXTRAS_COLOR} />
        <rect width="4" height="4" fill="var(--surface)" />
        <rect x="4" y="4" width="4" height="4" fill="var(--surface)" />
      </pattern>
    </defs>
  );
}
