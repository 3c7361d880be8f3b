import { render } from '@react-email/render';
import type { Locale } from '@/lib/server/context';
import { emailRenderTools, type EmailAttachment, type EmailTemplateDefinition } from './define-email-template';
import { emailTemplate, type EmailData, type EmailTemplateName } from './registry';

export type RenderedEmail = { subject: string; html: string; text: string };

/** An outbox row names a template this build does not have: retrying cannot help, the row is dead. */
export class UnknownEmailTemplateError extends Error {
  constructor(readonly template: string) {
    super(`unknown email template "${template}": it is not listed in lib/email/registry.ts`);
    this.name = 'UnknownEmailTemplateError';
  }
}

function registered(name: string): EmailTemplateDefinition {
  const template = emailTemplate(name);
  if (!template) throw new UnknownEmailTemplateError(name);
  return template;
}

/** Renders a registered email in the recipient's language, with every string from the message catalogs. */
export async function renderEmail<N extends EmailTemplateName>(name: N, data: EmailData<N>, locale: Locale): Promise<RenderedEmail> {
  return renderStoredEmail(name, data, locale);
}

/** The same for a template named by a stored string (an outbox row): UnknownEmailTemplateError when the registry lacks it. */
export async function renderStoredEmail(name: string, data: object, locale: Locale): Promise<RenderedEmail> {
  const { subject, element } = registered(name).render(data, emailRenderTools(locale));
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

/** The files a stored email carries (none for most templates), built again from its data. */
export async function storedEmailAttachments(name: string, data: object, locale: Locale): Promise<EmailAttachment[]> {
  const template = registered(name);
  return template.attachments ? template.attachments(data, emailRenderTools(locale)) : [];
}

/** Only the subject, without rendering the body: cheap enough for a list of emails. */
export function storedEmailSubject(name: string, data: object, locale: Locale): string {
  return registered(name).render(data, emailRenderTools(locale)).subject;
}
