import { getTranslations } from 'next-intl/server';
import { photoSource } from './photo-source';

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
  const photo = photoSource({ imageId, category, size, box, className });
  // Beside the product's name the outline is decoration; on its own it says there is no photo.
  const label = photo.placeholder ? (alt ? (await getTranslations('catalog.photo'))('none') : '') : alt;
  return (
    /* eslint-disable-next-line @next/next/no-img-element -- our own route (the photo already resized, or the cached outline) */
    <img src={photo.src} alt={label} width={photo.width} height={photo.height} loading="lazy" className={photo.className} data-testid={photo.placeholder ? 'photo-placeholder' : undefined} />
  );
}
