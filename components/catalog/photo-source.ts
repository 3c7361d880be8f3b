import { silhouetteFor } from '@/lib/catalog/silhouette';
import { routes } from '@/lib/routes';

export type PhotoSize = 'thumb' | 'large' | 'original';

const BOX = { thumb: 'h-16 w-12', large: 'h-auto w-full', original: 'h-auto w-full' } as const;
const PIXELS = { thumb: [240, 320], large: [960, 1280], original: [960, 1280] } as const;

/**
 * What a product's photo `<img>` shows, for server and client components alike: the photo in a page
 * size, or — when it has none — the outline of its category (a cached public file); its box reserved
 * (3:4) so nothing jumps. `box` is the displayed width (Tailwind) instead of the size's own.
 */
export function photoSource({ imageId, category, size = 'thumb', box, className = '' }: { imageId: string | null | undefined; category?: string | null; size?: PhotoSize; box?: string; className?: string }) {
  const frame = [box ? `${box} h-auto` : BOX[size], 'photo-frame', className].filter(Boolean).join(' ');
  const [width, height] = PIXELS[size];
  return imageId
    ? { src: routes.api.image(imageId, size), width, height, className: `${frame} object-cover`, placeholder: false }
    : { src: routes.api.silhouette(silhouetteFor(category)), width, height, className: frame, placeholder: true };
}
