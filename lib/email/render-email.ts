import { render } from '@react-email/render';
import type { Locale } from '@/lib/server/context';
import { emailRenderTools } from './define-email-template';
import { emailTemplate, type EmailData, type EmailTemplateName } from './registry';

export type RenderedEmail = { subject: string; html: string; text: string };

/** Renders a registered email in the recipient's language, with every string from the message catalogs. */
export async function renderEmail<N extends EmailTemplateName>(name: N, data: EmailData<N>, locale: Locale): Promise<RenderedEmail> {
  const template = emailTemplate(name);
  if (!template) throw new Error(`no email template named ${name} in the registry`);
  const { subject, element } = template.render(data, emailRenderTools(locale));
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}
