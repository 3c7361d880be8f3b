import { importProgressHandler } from '@/lib/crm/import-progress';

export const dynamic = 'force-dynamic';

export const GET = importProgressHandler;
