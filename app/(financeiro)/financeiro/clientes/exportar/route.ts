import { exportCustomersCsv } from '@/lib/crm/export';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportCustomersCsv(request);
}
