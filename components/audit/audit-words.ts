import { getMessages, getTranslations } from 'next-intl/server';
import { isKeyIn } from '@/lib/i18n/message-key';

/** Catalog keys cannot contain dots: `orders.approve` is looked up as `orders_approve`. */
const codeKey = (code: string) => code.replace(/\./g, '_');

/** Actions, record types and field names of the audit log in words; a code the catalogs do not know shows as itself. */
export async function auditWords() {
  const t = await getTranslations('audit');
  const { actions, entities, fields } = (await getMessages()).audit;
  return {
    action: (code: string) => {
      const key = codeKey(code);
      return isKeyIn(actions, key) ? t(`actions.${key}`) : code;
    },
    entity: (code: string) => (isKeyIn(entities, code) ? t(`entities.${code}`) : code),
    field: (name: string) => (isKeyIn(fields, name) ? t(`fields.${name}`) : name),
  };
}
export type AuditWords = Awaited<ReturnType<typeof auditWords>>;
