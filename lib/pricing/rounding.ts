export const ROUNDING_RULES = ['none', 'integer', 'end90', 'end99'] as const;
export type RoundingRule = (typeof ROUNDING_RULES)[number];

/** Rounds a price in cents up to the rule's ending: whole reais, ,90 or ,99 (never below the raw price). */
export function roundPrice(cents: number, rule: RoundingRule): number {
  const raw = Math.round(cents);
  switch (rule) {
    case 'none':
      return raw;
    case 'integer':
      return Math.ceil(raw / 100) * 100;
    case 'end90':
    case 'end99': {
      const ending = rule === 'end90' ? 90 : 99;
      const candidate = Math.floor(raw / 100) * 100 + ending;
      return candidate >= raw ? candidate : candidate + 100;
    }
  }
}

/**
 * A list's default price: base × scenario factor × (1 + adjustment), rounded by the scenario's rule.
 * Factors and adjustments are basis points (10000 = 100%).
 */
export function listPrice(baseCents: number, factorBps: number, adjustmentBps: number, rule: RoundingRule): number {
  return roundPrice((baseCents * factorBps * (10000 + adjustmentBps)) / 1e8, rule);
}
