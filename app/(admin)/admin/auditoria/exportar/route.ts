import { exportAuditCsv } from '@/lib/audit/export';

export const dynamic = 'force-dynamic';

export const GET = exportAuditCsv;
