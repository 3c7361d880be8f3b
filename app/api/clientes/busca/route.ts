import { searchCustomersHandler } from '@/lib/crm/search-handler';

export const dynamic = 'force-dynamic';

export const GET = searchCustomersHandler;
