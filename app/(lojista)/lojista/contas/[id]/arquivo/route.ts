import { billFileHandler } from '@/lib/shop/bill-file-handler';

export const dynamic = 'force-dynamic';

export const GET = billFileHandler;
