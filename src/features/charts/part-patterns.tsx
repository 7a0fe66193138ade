import { PART_COLORS } from './series-styles';

/**
 * SVG fill patterns for the three cost parts: input solid, cached input striped, output dotted. Render
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
      <pattern id={`${idPrefix}-output`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" fill={PART_COLORS.output} />
        <circle cx="4" cy="4" r="1.6" fill="var(--surface)" />
      </pattern>
    </defs>
  );
}
