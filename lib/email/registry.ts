import { orderAdjustedEmail, orderStatusEmail } from '@/lib/orders/emails';
import { returnStatusEmail } from '@/lib/returns/emails';
import { purchaseRequestEmail, saleReceiptEmail } from '@/lib/shop/emails';
import { passwordResetEmail, welcomeEmail } from '@/lib/users/emails';
import type { EmailTemplateDefinition } from './define-email-template';

/**
 * Every email the app sends. A module declares its templates in its own `emails.tsx` with
 * `defineEmailTemplate` and adds them here; the outbox renders only what is listed.
 */
export const EMAIL_TEMPLATES = [welcomeEmail, passwordResetEmail, orderStatusEmail, orderAdjustedEmail, returnStatusEmail, purchaseRequestEmail, saleReceiptEmail] as const;

type RegisteredTemplate = (typeof EMAIL_TEMPLATES)[number];
export type EmailTemplateName = RegisteredTemplate['name'];
export type EmailData<N extends EmailTemplateName> = Extract<RegisteredTemplate, { name: N }> extends EmailTemplateDefinition<N, infer D> ? D : never;

/** A template name with the data it takes, as callers of enqueueEmail pass them. */
export type EmailTemplate = { [N in EmailTemplateName]: { template: N; data: EmailData<N> } }[EmailTemplateName];

export function emailTemplate(name: string): EmailTemplateDefinition | undefined {
  return (EMAIL_TEMPLATES as readonly EmailTemplateDefinition[]).find((t) => t.name === name);
}
