import type { ReactElement } from 'react';
import { createTranslator } from 'next-intl';
import { formatMoney } from '@/lib/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/server/context';

/** The translators an email renders with: `t` in the `emails` namespace, `root` for any other module's keys. */
function translatorsFor(locale: Locale) {
  const messages = messagesFor(locale);
  return { t: createTranslator({ locale, messages, namespace: 'emails' }), root: createTranslator({ locale, messages }) };
}

/** Everything a template needs to speak the recipient's language. */
export type EmailRenderTools = ReturnType<typeof translatorsFor> & {
  locale: Locale;
  format: { money: (cents: number) => string };
};

export function emailRenderTools(locale: Locale): EmailRenderTools {
  return { ...translatorsFor(locale), locale, format: { money: (cents) => formatMoney(cents, locale) } };
}

/*
 * `render` is written as a method so that a template keeps its precise Data where it is defined
 * while the registry holds templates of different Data in one list (method parameters are bivariant).
 */
export type EmailTemplateDefinition<Name extends string = string, Data extends object = object> = {
  /** Stored in the outbox's `template` column; unique across the registry. */
  readonly name: Name;
  render(data: Data, tools: EmailRenderTools): { subject: string; element: ReactElement };
  /** Files sent with the email (a PDF of what the body says), built from the same data whenever it is sent or viewed. */
  attachments?(data: Data, tools: EmailRenderTools): Promise<EmailAttachment[]>;
};

/** A file attached to an email. */
export type EmailAttachment = { filename: string; contentType: string; content: Uint8Array };

/**
 * Declares an email; the module that sends it owns it and lists it in lib/email/registry.ts.
 * `Data` is inferred from `render`'s annotated first parameter.
 */
export function defineEmailTemplate<const Name extends string, Data extends object>(template: EmailTemplateDefinition<Name, Data>): EmailTemplateDefinition<Name, Data> {
  return template;
}
