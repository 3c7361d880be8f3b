import { describe, expect, it } from 'vitest';
import { silhouetteFor, silhouetteSvg } from './silhouette';
import { silhouetteResponse } from './silhouette-route';
import type { Db } from '@/db/client';
import { NotFoundError } from '@/lib/server/errors';

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

  it('serves each outline as a public SVG cached for good, and 404 for any other name', async () => {
    const get = (kind: string) => silhouetteResponse({ request: new Request(`http://localhost/api/silhuetas/${kind}`), params: { kind }, searchParams: new URLSearchParams(), db: null as unknown as Db, actor: null });
    const res = await get('skirt.svg');
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toContain('M42 36 L78 36');
    await expect(get('../etc/passwd')).rejects.toBeInstanceOf(NotFoundError);
    await expect(get('toString')).rejects.toBeInstanceOf(NotFoundError);
  });
});
