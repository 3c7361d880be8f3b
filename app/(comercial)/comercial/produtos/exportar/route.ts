import { exportProductsCsv } from '@/lib/catalog/products-export';

export const dynamic = 'force-dynamic';

export const GET = exportProductsCsv;
