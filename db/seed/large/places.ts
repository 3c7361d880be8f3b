import { CITIES, type CityTable } from '../customer-generator';

/** The demo's 11 states and the 16 others, so customers can live in every UF: [city, CEP prefix, DDD]. */
// prettier-ignore
export const ALL_CITIES: CityTable = {
  ...CITIES,
  ES: [['Vitória', '29010', '27'], ['Vila Velha', '29100', '27'], ['Cachoeiro de Itapemirim', '29300', '28']],
  MS: [['Campo Grande', '79002', '67'], ['Dourados', '79800', '67']],
  MT: [['Cuiabá', '78005', '65'], ['Rondonópolis', '78700', '66'], ['Sinop', '78550', '66']],
  PA: [['Belém', '66010', '91'], ['Santarém', '68005', '93'], ['Marabá', '68500', '94']],
  AM: [['Manaus', '69005', '92'], ['Parintins', '69151', '92']],
  AC: [['Rio Branco', '69900', '68']],
  AP: [['Macapá', '68900', '96']],
  RO: [['Porto Velho', '76801', '69'], ['Ji-Paraná', '76900', '69']],
  RR: [['Boa Vista', '69301', '95']],
  TO: [['Palmas', '77001', '63'], ['Araguaína', '77804', '63']],
  MA: [['São Luís', '65010', '98'], ['Imperatriz', '65900', '99']],
  PI: [['Teresina', '64000', '86'], ['Parnaíba', '64200', '86']],
  RN: [['Natal', '59010', '84'], ['Mossoró', '59600', '84']],
  PB: [['João Pessoa', '58010', '83'], ['Campina Grande', '58400', '83']],
  AL: [['Maceió', '57020', '82'], ['Arapiraca', '57300', '82']],
  SE: [['Aracaju', '49010', '79'], ['Lagarto', '49400', '79']],
};

/** The UFs in regional order (North, Northeast, Center-West, Southeast, South) with their share of customers. */
// prettier-ignore
export const UF_WEIGHTS: [string, number][] = [
  ['AM', 1.8], ['RR', 0.3], ['AP', 0.4], ['PA', 3], ['AC', 0.4], ['RO', 0.9], ['TO', 0.7],
  ['MA', 2.5], ['PI', 1.4], ['CE', 4], ['RN', 1.6], ['PB', 2], ['PE', 4], ['AL', 1.5], ['SE', 1], ['BA', 6],
  ['MT', 1.8], ['MS', 1.4], ['GO', 3.5], ['DF', 2.5],
  ['MG', 10], ['ES', 2], ['RJ', 8], ['SP', 22],
  ['PR', 6], ['SC', 5], ['RS', 6],
];

const TOTAL = UF_WEIGHTS.reduce((s, [, w]) => s + w, 0);
const BY_WEIGHT = [...UF_WEIGHTS].sort((a, b) => b[1] - a[1]).map(([uf]) => uf);

/**
 * The UF of the i-th customer: the first 27 one per state (so even a small run covers them all), then
 * in proportion to the weights along a low-discrepancy sequence (no random numbers spent).
 */
export function ufFor(i: number): string {
  if (i < BY_WEIGHT.length) return BY_WEIGHT[i]!;
  const u = ((i * 0.6180339887498949) % 1) * TOTAL;
  let sum = 0;
  for (const [uf, w] of UF_WEIGHTS) {
    sum += w;
    if (u < sum) return uf;
  }
  return 'SP';
}

/**
 * Which UFs each of `reps` representatives covers: the regional order cut into equal shares of
 * customers, so São Paulo gets several representatives and the small northern states share one.
 */
export function representativeUfs(reps: number): string[][] {
  const cover: string[][] = Array.from({ length: reps }, () => []);
  let start = 0;
  for (const [uf, w] of UF_WEIGHTS) {
    const end = start + w / TOTAL;
    const first = Math.min(reps - 1, Math.floor(start * reps));
    const last = Math.min(reps - 1, Math.max(first, Math.ceil(end * reps) - 1));
    for (let r = first; r <= last; r++) cover[r]!.push(uf);
    start = end;
  }
  return cover;
}

/** The brand's shipping origins (the demo's three and one in the Northeast). */
export const CHANNELS = [
  { code: 'RS-MATRIZ', name: 'Matriz Porto Alegre', uf: 'RS' },
  { code: 'SP-FILIAL', name: 'Filial São Paulo', uf: 'SP' },
  { code: 'MG-FILIAL', name: 'Filial Belo Horizonte', uf: 'MG' },
  { code: 'PE-FILIAL', name: 'Filial Recife', uf: 'PE' },
] as const;

const SOUTH = new Set(['PR', 'SC', 'RS']);
const SAO_PAULO = new Set(['SP', 'RJ', 'MS', 'MT']);
const MINAS = new Set(['MG', 'ES', 'GO', 'DF', 'TO']);

/** The origin a customer usually buys from: the nearest channel. */
export function homeChannel(uf: string): (typeof CHANNELS)[number]['code'] {
  if (SOUTH.has(uf)) return 'RS-MATRIZ';
  if (SAO_PAULO.has(uf)) return 'SP-FILIAL';
  if (MINAS.has(uf)) return 'MG-FILIAL';
  return 'PE-FILIAL';
}
