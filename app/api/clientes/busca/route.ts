import { searchCustomersHandler } from '@/lib/crm/search-handler';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return searchCustomersHandler(request);
}
