import { describe, expect, it } from 'vitest';
import { silhouetteFor, silhouetteSvg } from './silhouette';

describe('silhouette for a category', () => {
  it('draws each demo category as its garment, whatever the accents or case, and a top when nothing fits', () => {
    const cases: [string | null, string][] = [
      ['Vestido', 'dress'],
      ['Macacão', 'dress'],
      ['Blusa', 'top'],
      ['Camisa', 'top'],
      ['Tricô', 'top'],
      ['Calça', 'trousers'],
      ['SHORTS', 'trousers'],
      ['Saia', 'skirt'],
      ['Jaqueta', 'jacket'],
      ['Acessório', 'accessory'],
      ['Dress', 'dress'],
      [null, 'top'],
      ['Outra coisa', 'top'],
    ];
    expect(cases.map(([c]) => silhouetteFor(c))).toEqual(cases.map(([, s]) => s));
  });

  it('fills the garment with the colour given', () => {
    expect(silhouetteSvg('skirt', '#c2603c', 180, 240)).toContain('fill="#c2603c"');
  });
});
