import { exportSalesCsv } from '@/lib/shop/sales-export';

export const dynamic = 'force-dynamic';

export const GET = exportSalesCsv;
