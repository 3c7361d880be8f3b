import { getTranslations } from 'next-intl/server';
import { SILHOUETTE_PATHS, silhouetteFor } from '@/lib/catalog/silhouette';
import { routes } from '@/lib/routes';

const BOX = { thumb: 'h-16 w-12', large: 'h-auto w-full', original: 'h-auto w-full' } as const;
const PIXELS = { thumb: [240, 320], large: [960, 1280], original: [960, 1280] } as const;

/**
 * A product's photo in a page size, or — when it has none — a neutral garment outline for its
 * category, labelled from the catalogs. Lazy-loaded, with its box reserved (3:4) so nothing jumps.
 * `alt` is '' where the product's name is already written beside the photo (then a placeholder is hidden too).
 */
export async function ProductPhoto({
  imageId,
  alt,
  category,
  size = 'thumb',
  box,
  className = '',
}: {
  imageId: string | null | undefined;
  alt: string;
  category?: string | null;
  size?: 'thumb' | 'large' | 'original';
  /** The displayed width (Tailwind), instead of the size's own: a thumbnail filling a card. */
  box?: string;
  className?: string;
}) {
  const frame = `${box ? `${box} h-auto` : BOX[size]} aspect-[3/4] rounded border border-stone-200 bg-stone-100 ${className}`;
  const [width, height] = PIXELS[size];
  if (imageId) {
    return (
      /* eslint-disable-next-line @next/next/no-img-element -- served by our own authenticated route, already resized */
      <img src={routes.api.image(imageId, size)} alt={alt} width={width} height={height} loading="lazy" className={`${frame} object-cover`} />
    );
  }
  // Beside the product's name the outline is decoration; on its own it says there is no photo.
  const label = alt ? { role: 'img', 'aria-label': (await getTranslations('catalog.photo'))('none') } : { 'aria-hidden': true };
  return (
    <svg {...label} viewBox="0 0 120 160" width={width} height={height} className={frame} data-testid="photo-placeholder">
      <path d={SILHOUETTE_PATHS[silhouetteFor(category)]} fill="none" stroke="#a8a29e" strokeWidth="2" strokeLinejoin="round" fillRule="evenodd" />
    </svg>
  );
}
