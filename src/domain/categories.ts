/** The categories every workbench starts with; users add more. Ids are stable across workbenches. */
export const DEFAULT_CATEGORIES = [
  { id: 'arms-transfers', name: 'Arms transfers', color: '#d97706' },
  { id: 'satellite-help', name: 'Satellite help', color: '#2563eb' },
  { id: 'denials', name: 'Denials', color: '#c026d3' },
] as const;

/**
 * Colours for added categories: distinct hues chosen to stay readable as a pale highlight behind
 * black text and as a strong underline (none is red or green, which verdicts use).
 */
export const CATEGORY_PALETTE = ['#0d9488', '#7c3aed', '#db2777', '#65a30d', '#0891b2', '#b45309', '#4f46e5'];

/** Colour for the n-th added category. */
export function paletteColor(n: number): string {
  return CATEGORY_PALETTE[
    ((n % CATEGORY_PALETTE.length) + CATEGORY_PALETTE.length) % CATEGORY_PALETTE.length
  ]!;
}

/** A category id derived from its name ("Nuclear tests" → "nuclear-tests"), never empty. */
export function categoryIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'category';
}
