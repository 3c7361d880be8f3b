import { serveProductImage } from '@/lib/catalog/image-route';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveProductImage((await params).id);
}
