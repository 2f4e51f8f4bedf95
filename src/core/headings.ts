/**
 * A widget's heading level from its `heading-level` attribute: 2 when unset or not a number,
 * a whole number never below 1, and never deeper than `deepest`. A widget with headings inside its own passes 5,
 * so those (one level down) stay within HTML's six.
 */
export const headingLevel = (level: number | undefined, deepest = 6): number =>
  Math.min(deepest, Math.max(1, Number.isFinite(level) ? Math.trunc(level!) : 2));
