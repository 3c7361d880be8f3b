import { serveProductImage } from '@/lib/catalog/image-route';

export const dynamic = 'force-dynamic';

export const GET = serveProductImage;
