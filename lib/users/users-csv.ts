import { csvDownload } from '@/lib/csv';
import { translatorFor } from '@/lib/i18n/translator';
import { parseQuery } from '@/lib/server/clean-input';
import type { RouteContext, RouteParams } from '@/lib/server/route-core';
import { userFilterSchema } from './filters';
import { iterateUsersForExport, type UserListRow } from './queries';

const COLUMNS = ['nome', 'email', 'perfil', 'situacao', 'cliente_ou_loja', 'ultimo_acesso'] as const;

/** The users the admin list shows, filtered and sorted like the table, as a Brazilian CSV. */
export async function usersCsv({ db, actor, searchParams }: RouteContext<RouteParams, 'users.read'>): Promise<Response> {
  const filter = parseQuery(userFilterSchema, searchParams);
  const t = translatorFor(actor.locale);
  const toCells = (u: UserListRow) => [u.name, u.email, t(`roles.${u.role}`), t(`users.statuses.${u.status}`), u.link, u.lastLoginAt];
  return csvDownload('usuarios', COLUMNS, iterateUsersForExport(db, actor, filter), toCells);
}
