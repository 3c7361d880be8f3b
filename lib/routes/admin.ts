import { withQuery, type QueryParams } from '@/lib/query-string';

export const admin = {
  users: (query?: QueryParams) => withQuery('/admin/usuarios', query),
  usersExport: (query?: QueryParams) => withQuery('/admin/usuarios/exportar', query),
  newUser: () => '/admin/usuarios/novo',
  user: (id: string, query?: { created?: 1 }) => withQuery(`/admin/usuarios/${id}`, query),
  audit: (query?: QueryParams) => withQuery('/admin/auditoria', query),
  auditEntry: (id: number) => `/admin/auditoria/${id}`,
  auditExport: (query?: QueryParams) => withQuery('/admin/auditoria/exportar', query),
  emails: () => '/admin/emails',
  email: (id: string) => `/admin/emails/${id}`,
  emailAttachment: (id: string, index: number) => `/admin/emails/${id}/anexos/${index}`,
};
