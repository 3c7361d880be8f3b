import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario']);
export const userStatusEnum = pgEnum('user_status', ['active', 'blocked']);
export const localeEnum = pgEnum('locale', ['pt-BR', 'en', 'es']);
export const documentTypeEnum = pgEnum('document_type', ['cpf', 'cnpj']);
export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sent', 'failed']);
