import type { DbExecutor } from '@/db/client';
import type { Role } from '@/lib/auth/roles';

/** Who is acting, built from the session and the database — never from a form. */
export type Actor = {
  userId: string;
  role: Role;
  name: string;
  email: string;
  locale: Locale;
  /** `lojista`: the customer record the user acts for. */
  customerId: string | null;
  /** `usuario`: the shop the employee works in. */
  shopId: string | null;
};

export type Locale = 'pt-BR' | 'en' | 'es';

export type AuditEntry = {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** What a use case receives: the actor, the open transaction, and a way to describe its changes for the audit log. */
export type UseCaseContext = {
  actor: Actor;
  db: DbExecutor;
  audit: (entry: AuditEntry) => void;
  /** Undoes a side effect outside the database (a stored file) if the transaction does not commit. */
  onRollback: (undo: () => Promise<void>) => void;
  /** A side effect outside the database (deleting a file) that must happen only once the transaction committed. */
  onCommit: (then: () => Promise<void>) => void;
  requestOrigin: string;
};

/** For the few anonymous use cases: there may be no actor. */
export type PublicUseCaseContext = Omit<UseCaseContext, 'actor'> & { actor: Actor | null };
