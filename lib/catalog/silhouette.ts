/** The garment shapes a product without a photo (or a generated demo photo) is drawn as. */
export type Silhouette = 'dress' | 'top' | 'trousers' | 'skirt' | 'jacket' | 'accessory';

const BY_WORD: [RegExp, Silhouette][] = [
  [/vestid|dress|macac|jumpsuit|mono/, 'dress'],
  [/calc|pants|trouser|short|pantal|jeans/, 'trousers'],
  [/saia|skirt|falda/, 'skirt'],
  [/jaquet|jacket|casaco|coat|blazer|chaquet|trench/, 'jacket'],
  [/acess|accessor|bolsa|bag|cinto|belt|chapeu|hat|lenco|scarf/, 'accessory'],
];

/** The silhouette for a product's category (any language the catalog is typed in); a top when nothing fits. */
export function silhouetteFor(category: string | null | undefined): Silhouette {
  const word = (category ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return BY_WORD.find(([re]) => re.test(word))?.[1] ?? 'top';
}

/** Outlines in a 120 × 160 box (3:4, the photos' shape). */
export const SILHOUETTE_PATHS: Record<Silhouette, string> = {
  dress: 'M48 18 L72 18 L76 34 L70 58 L96 140 L24 140 L50 58 L44 34 Z',
  top: 'M44 24 L52 20 Q60 28 68 20 L76 24 L98 40 L90 56 L80 50 L80 122 L40 122 L40 50 L30 56 L22 40 Z',
  trousers: 'M38 20 L82 20 L88 140 L66 140 L60 60 L54 140 L32 140 Z',
  skirt: 'M42 36 L78 36 L80 48 L100 128 L20 128 L40 48 Z',
  jacket: 'M44 20 L54 18 L60 46 L66 18 L76 20 L100 36 L104 112 L88 112 L84 60 L84 136 L36 136 L36 60 L32 112 L16 112 L20 36 Z',
  accessory: 'M36 64 L84 64 L92 132 L28 132 Z M46 64 Q46 36 60 36 Q74 36 74 64 L68 64 Q68 44 60 44 Q52 44 52 64 Z',
};

/** A silhouette as an SVG document (for the demo seed to render with sharp): the garment filled with `hex` on a light ground. */
export function silhouetteSvg(kind: Silhouette, hex: string, width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 120 160"><rect width="120" height="160" fill="#f5f5f4"/><path d="${SILHOUETTE_PATHS[kind]}" fill="${hex}" stroke="#78716c" stroke-width="1" fill-rule="evenodd"/></svg>`;
}

export function isSilhouette(value: string): value is Silhouette {
  return Object.hasOwn(SILHOUETTE_PATHS, value);
}

/** A silhouette as the outline file a product without a photo shows (the same for everyone, so cached for good). */
export function silhouetteOutlineSvg(kind: Silhouette): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 160" width="240" height="320"><rect width="120" height="160" fill="#f5f5f4"/><path d="${SILHOUETTE_PATHS[kind]}" fill="none" stroke="#a8a29e" stroke-width="2" stroke-linejoin="round" fill-rule="evenodd"/></svg>`;
}
