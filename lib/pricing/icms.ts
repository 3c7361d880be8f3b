/**
 * Default price adjustment between an origin (channel) UF and a destination (customer) UF:
 * the interstate ICMS rate — 7% from the South and Southeast (except ES) to the North, Northeast,
 * Center-West and ES; 12% between other states; the destination's internal rate within a state.
 * The table this produces is stored and editable; this is only its starting point.
 */
const SOUTH_SOUTHEAST_EXCEPT_ES = new Set(['PR', 'RS', 'SC', 'SP', 'RJ', 'MG']);
const NORTH_NORTHEAST_CENTERWEST_ES = new Set([
  'AC', 'AM', 'AP', 'PA', 'RO', 'RR', 'TO',
  'AL', 'BA', 'CE', 'MA', 'PB', 'PE', 'PI', 'RN', 'SE',
  'DF', 'GO', 'MS', 'MT',
  'ES',
]);

/** Internal (intra-state) ICMS rates in basis points, as commonly applied to apparel in 2026. */
export const INTERNAL_RATE_BPS: Record<string, number> = {
  AC: 1900, AL: 1900, AM: 2000, AP: 1800, BA: 2050, CE: 2000, DF: 2000, ES: 1700, GO: 1900,
  MA: 2300, MG: 1800, MS: 1700, MT: 1700, PA: 1900, PB: 2000, PE: 2050, PI: 2250, PR: 1950,
  RJ: 2000, RN: 2000, RO: 1950, RR: 2000, RS: 1700, SC: 1700, SE: 2000, SP: 1800, TO: 2000,
};

export function defaultIcmsBps(originUf: string, destUf: string): number {
  if (originUf === destUf) return INTERNAL_RATE_BPS[destUf] ?? 1800;
  if (SOUTH_SOUTHEAST_EXCEPT_ES.has(originUf) && NORTH_NORTHEAST_CENTERWEST_ES.has(destUf)) return 700;
  return 1200;
}
