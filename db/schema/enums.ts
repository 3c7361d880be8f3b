import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'comercial', 'representante', 'lojista', 'financeiro', 'usuario']);
export const userStatusEnum = pgEnum('user_status', ['active', 'blocked']);
export const localeEnum = pgEnum('locale', ['pt-BR', 'en', 'es']);
export const documentTypeEnum = pgEnum('document_type', ['cpf', 'cnpj']);
export const outboxStatusEnum = pgEnum('outbox_status', ['pending', 'sending', 'sent', 'failed']);
export const companySizeEnum = pgEnum('company_size', ['mei', 'me', 'epp', 'medio', 'grande']);
export const customerUseTypeEnum = pgEnum('use_type', ['industria', 'revenda', 'consumidor']);
export const customerStatusEnum = pgEnum('customer_status', ['active', 'blocked']);
export const assetKindEnum = pgEnum('asset_kind', ['plate', 'serial']);
export const roundingRuleEnum = pgEnum('rounding_rule', ['none', 'integer', 'end90', 'end99']);
export const stockMovementEnum = pgEnum('stock_movement', ['receipt', 'adjustment', 'reservation', 'release', 'shipment', 'return']);
export const orderStatusEnum = pgEnum('order_status', ['draft', 'submitted', 'financial_hold', 'approved', 'rejected', 'invoiced', 'shipped', 'delivered', 'cancelled']);
export const returnStatusEnum = pgEnum('return_status', ['requested', 'authorised', 'refused', 'received', 'inspected', 'routed', 'closed']);
export const returnReasonEnum = pgEnum('return_reason', ['defect', 'size', 'transport_damage', 'other']);
export const returnOutcomeEnum = pgEnum('return_outcome', ['accepted', 'rejected']);
export const returnDestinationEnum = pgEnum('return_destination', ['restock', 'repair', 'discard', 'send_back']);
export const creditNoteStatusEnum = pgEnum('credit_note_status', ['open', 'settled']);
