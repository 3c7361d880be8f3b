import { serveReturnPhoto } from '@/lib/returns/photo-route';

export const dynamic = 'force-dynamic';

export const GET = serveReturnPhoto;
