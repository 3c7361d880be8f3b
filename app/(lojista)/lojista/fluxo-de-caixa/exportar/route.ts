import { exportCashFlowCsv } from '@/lib/shop/cash-flow-export';

export const dynamic = 'force-dynamic';

export const GET = exportCashFlowCsv;
