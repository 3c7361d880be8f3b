/** The letter scale as shops read it, smallest first; "U" (one size) last among letters. */
const LETTERS = ['RN', 'PPP', 'PP', 'XP', 'P', 'M', 'G', 'GG', 'XG', 'XGG', 'EG', 'EGG', 'G1', 'G2', 'G3', 'G4', 'U'];

/** Sorts sizes by the size scale: PP, P, M, G, GG… then numbers ascending (34, 36, 38…), then anything else alphabetically. */
export function compareSizes(a: string, b: string): number {
  const rank = (s: string): [number, number, string] => {
    const letter = LETTERS.indexOf(s.toUpperCase());
    if (letter >= 0) return [0, letter, s];
    if (/^\d+([.,]\d+)?$/.test(s)) return [1, Number(s.replace(',', '.')), s];
    return [2, 0, s];
  };
  const [ga, na, sa] = rank(a);
  const [gb, nb, sb] = rank(b);
  return ga - gb || na - nb || sa.localeCompare(sb, 'pt-BR');
}

export function sortSizes(sizes: readonly string[]): string[] {
  return [...sizes].sort(compareSizes);
}
