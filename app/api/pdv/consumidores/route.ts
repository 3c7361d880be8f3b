import { consumerSearchHandler } from '@/lib/shop/pos-routes';

export const dynamic = 'force-dynamic';

export const GET = consumerSearchHandler;
