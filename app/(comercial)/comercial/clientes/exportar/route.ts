import { exportCustomersCsv } from '@/lib/crm/export';

export const dynamic = 'force-dynamic';

export const GET = exportCustomersCsv;
