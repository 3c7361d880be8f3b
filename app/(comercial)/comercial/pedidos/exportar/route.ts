import { exportOrdersCsv } from '@/lib/orders/export';

export const dynamic = 'force-dynamic';

export const GET = exportOrdersCsv;
