import { exportUsersCsv } from '@/lib/users/users-export';

export const dynamic = 'force-dynamic';

export const GET = exportUsersCsv;
