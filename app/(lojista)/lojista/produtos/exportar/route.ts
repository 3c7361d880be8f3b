import { exportOwnProductsCsv } from '@/lib/shop/own-products-export';

export const dynamic = 'force-dynamic';

export const GET = exportOwnProductsCsv;
