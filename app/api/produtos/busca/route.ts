import { searchProductsHandler } from '@/lib/catalog/search-handler';

export const dynamic = 'force-dynamic';

export const GET = searchProductsHandler;
