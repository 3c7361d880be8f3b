import { exportOrdersCsv } from '@/lib/orders/export';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportOrdersCsv(request);
}
