import { z } from 'zod';

export const AUDIT_PAGE_SIZE = 25;

/** Filters of the audit log, read from the page's query string. */
export const auditFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  entity: z.string().trim().max(50).optional().catch(undefined),
  action: z.string().trim().max(80).optional().catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  /** Show sign-ins and sign-outs too (hidden by default). */
  logins: z.literal('1').optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
