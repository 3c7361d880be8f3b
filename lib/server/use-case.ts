import { z } from 'zod';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { can, type Permission } from '@/lib/auth/permissions';
import type { Actor, AuditEntry, PublicUseCaseContext, UseCaseContext } from './context';
import { DomainError } from './errors';
import { messageKey, type MessageKey } from '@/lib/i18n/message-key';
import { cleanInput } from './clean-input';

export type FieldErrors = Record<string, MessageKey[]>;

/** What every server action returns, shaped for `useActionState`. Messages are catalog keys. */
export type ActionResult<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; error: MessageKey; fieldErrors: FieldErrors; values?: Record<string, string>; meta?: Record<string, string | number> };

type Access = Permission | 'public';
type ContextFor<P extends Access> = P extends 'public' ? PublicUseCaseContext : UseCaseContext;

export type UseCase<S extends z.ZodType, R, P extends Access = Access> = {
  /** Stable name, also the default audit action (`users.create`). */
  name: string;
  /** A permission from the map, or 'public' for the few anonymous actions (e.g. a password-reset link). */
  permission: P;
  schema: S;
  /** Top-level fields that carry file contents as base64: not cut to a text field's length (their schema bounds them). */
  binaryFields?: readonly string[];
  /**
   * Unique indexes the use case checks before writing, by name, with the field and message of that
   * check: a concurrent twin (a double submit) that passes the check too and loses at the index gets
   * the same answer at the field instead of an unexpected error.
   */
  uniqueFields?: Readonly<Record<string, readonly [field: string, key: MessageKey]>>;
  run: (ctx: ContextFor<P>, input: z.output<S>) => Promise<R>;
};

/** Declares a use case: a plain function of (ctx, input) plus the permission and the strict schema that guard it. */
export function defineUseCase<S extends z.ZodType, R, P extends Access>(useCase: UseCase<S, R, P>): UseCase<S, R, P> {
  return useCase;
}

export type RunDeps = { db: Db; actor: Actor | null; requestOrigin?: string };

const SECRET_FIELD = /password|token|secret/i;

/**
 * The one path every mutation takes: permission from the map, strict validation,
 * a transaction around the use case and its audit rows, and a typed result.
 */
export async function runUseCase<S extends z.ZodType, R, P extends Access>(
  deps: RunDeps,
  useCase: UseCase<S, R, P>,
  rawInput: unknown,
): Promise<ActionResult<R>> {
  const values = echoValues(rawInput);
  const { actor } = deps;
  const isPublic = useCase.permission === 'public';
  if (!isPublic && !actor) return { ok: false, error: 'errors.unauthenticated', fieldErrors: {}, values };
  if (!isPublic && !can(actor!.role, useCase.permission as Permission)) return { ok: false, error: 'errors.forbidden', fieldErrors: {}, values };

  const parsed = useCase.schema.safeParse(cleanInput(rawInput, useCase.binaryFields));
  if (!parsed.success) {
    const { error, fieldErrors } = zodToFieldErrors(parsed.error);
    return { ok: false, error, fieldErrors, values };
  }

  const undo: (() => Promise<void>)[] = [];
  const after: (() => Promise<void>)[] = [];
  try {
    const data = await deps.db.transaction(async (tx) => {
      const entries: AuditEntry[] = [];
      const ctx: PublicUseCaseContext = {
        actor,
        db: tx,
        audit: (entry) => entries.push(entry),
        onRollback: (fn) => undo.push(fn),
        onCommit: (fn) => after.push(fn),
        requestOrigin: deps.requestOrigin ?? 'http://localhost:3000',
      };
      const result = await useCase.run(ctx as ContextFor<P>, parsed.data);
      // A use case that describes no change still leaves a trace, but never its input: no file contents,
      // no values it did not say it changed — only which fields it was given.
      if (entries.length === 0) entries.push({ action: useCase.name, entity: useCase.name.split('.')[0] ?? 'system', after: inputFields(parsed.data) });
      await tx.insert(auditLog).values(
        entries.map((e) => ({
          actorId: actor?.userId ?? null,
          actorRole: actor?.role ?? null,
          action: e.action,
          entity: e.entity,
          entityId: e.entityId ?? null,
          before: redact(e.before) ?? null,
          after: redact(e.after) ?? null,
        })),
      );
      return result;
    });
    // Best effort: the change is committed; a file that could not be deleted is logged, never the user's error.
    for (const outcome of await Promise.allSettled(after.map((fn) => fn()))) if (outcome.status === 'rejected') console.error(`[use-case ${useCase.name}] after commit`, outcome.reason);
    return { ok: true, data };
  } catch (err) {
    await Promise.allSettled(undo.map((fn) => fn()));
    if (err instanceof DomainError) {
      return { ok: false, error: err.key, fieldErrors: err.field ? { [err.field]: [err.key] } : {}, values, ...(err.values ? { meta: err.values } : {}) };
    }
    const unique = uniqueViolation(err);
    const known = unique && useCase.uniqueFields?.[unique];
    if (known) return { ok: false, error: known[1], fieldErrors: { [known[0]]: [known[1]] }, values };
    console.error(`[use-case ${useCase.name}]`, err);
    return { ok: false, error: 'errors.unexpected', fieldErrors: {}, values };
  }
}

export function zodToFieldErrors(error: z.ZodError): { error: MessageKey; fieldErrors: FieldErrors } {
  const fieldErrors: FieldErrors = {};
  let formError: MessageKey = 'errors.invalidInput';
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      formError = 'errors.unknownFields';
      continue;
    }
    const field = issue.path.map(String).join('.') || '_form';
    (fieldErrors[field] ??= []).push(issueKey(issue));
  }
  return { error: formError, fieldErrors };
}

function issueKey(issue: z.core.$ZodIssue): MessageKey {
  // Schemas write their messages as catalog keys ({ error: 'validation.money' }); zod hands them back as strings.
  if (issue.message.startsWith('validation.')) return messageKey(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? 'validation.required' : 'validation.invalid';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'validation.required' : 'validation.tooSmall';
    case 'too_big':
      return 'validation.tooBig';
    case 'invalid_format':
      return issue.format === 'email' ? 'validation.email' : 'validation.invalid';
    case 'invalid_value':
      return 'validation.invalidOption';
    default:
      return 'validation.invalid';
  }
}

/** Longer than any field a person types (notes are ≤ 1000 characters, CSV rows less). */
const MAX_ECHO_LENGTH = 10_000;

/** What the user typed, returned on failure so the form can keep it: dotted keys for rows, secrets and file contents excluded. */
function echoValues(raw: unknown): Record<string, string> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Record<string, string> = {};
  const walk = (value: unknown, prefix: string) => {
    if (value === null || value === undefined) return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      const text = String(value);
      // Typed text comes back; file contents (base64 photos) do not: a browser never refills a file input.
      if (text.length <= MAX_ECHO_LENGTH) out[prefix] = text;
      return;
    }
    if (typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (SECRET_FIELD.test(k)) continue;
      walk(v, prefix ? `${prefix}.${k}` : k);
    }
  };
  walk(raw, '');
  return out;
}

/** The names of the fields a use case was given (for its default audit row), or null. */
function inputFields(input: unknown): { fields: string[] } | null {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return null;
  const fields = Object.keys(input);
  return fields.length ? { fields } : null;
}

/** Audit rows never hold secrets, at any depth. */
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) || k === 'passwordHash' ? '[redacted]' : redact(v)]),
  );
}

/** The index a unique violation (PostgreSQL 23505) hit, through Drizzle's wrapper; null for any other error. */
export function uniqueViolation(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    const pg = e as { code?: unknown; constraint_name?: unknown };
    if (pg.code === '23505' && typeof pg.constraint_name === 'string') return pg.constraint_name;
  }
  return null;
}
