import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

export const USER_PAGE_SIZE = 25;

/** The users list's filters, read from the URL (bad values are dropped, never an error page). */
export const userFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(['active', 'blocked']).optional().catch(undefined),
  sort: z.enum(['name', 'email', 'role', 'lastLogin']).catch('name'),
  dir: z.enum(['asc', 'desc']).catch('asc'),
  page: z.coerce.number().int().min(1).max(10000).catch(1),
});
export type UserFilter = z.infer<typeof userFilterSchema>;
