import { billFileHandler } from '@/lib/shop/bill-file-route';

export const dynamic = 'force-dynamic';

export const GET = billFileHandler;
