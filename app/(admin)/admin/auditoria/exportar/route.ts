import { exportAuditCsv } from '@/lib/audit/export';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return exportAuditCsv(request);
}
