import { serveReturnPhoto } from '@/lib/returns/photo-route';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveReturnPhoto((await params).id);
}
