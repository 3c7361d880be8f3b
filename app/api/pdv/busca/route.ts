import { posSearchHandler } from '@/lib/shop/pos-routes';

export const dynamic = 'force-dynamic';

export const GET = posSearchHandler;
