import { importProgressHandler } from '@/lib/crm/import-progress';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return importProgressHandler((await params).id);
}
