export function luminance(hex: string): number;
export function contrast(a: string, b: string): number;
export function minimum(kind: 'text' | 'ui' | 'focus', theme: string): number;
export function checkPairs(
  values: Record<string, Record<string, string>>,
  pairs: { fg: string | string[]; bg: string; kind: string }[],
): string[];
