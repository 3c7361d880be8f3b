import { getFormatter, getTranslations } from 'next-intl/server';
import { Badge } from '@/components/ui/badge';
import { formatDocument } from '@/lib/crm/document';
import { formatCep, formatPhone, formatPlate } from '@/lib/crm/identifiers';
import type { CustomerDetail } from '@/lib/crm/queries';

function address(parts: (string | null)[]): string {
  return parts.filter(Boolean).join(', ') || '—';
}

/** The record at a glance: identity, status, commercial data, addresses, phones, contacts, assets. */
export async function CustomerSummary({ customer: c }: { customer: CustomerDetail }) {
  const t = await getTranslations('customers');
  const format = await getFormatter();
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="text-stone-600">{label}</dt>
      <dd className="text-stone-900">{value || '—'}</dd>
    </>
  );
  return (
    <div className="space-y-5 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={c.status === 'active' ? 'green' : 'red'}>{t(`statuses.${c.status}`)}</Badge>
        <Badge>{t(`documentTypes.${c.documentType}`)}</Badge>
        {c.tags.map((tag) => (
          <Badge key={tag} tone="brand">
            {tag}
          </Badge>
        ))}
      </div>
      {c.status === 'blocked' && (
        <p role="status" className="rounded-md bg-red-50 px-3 py-2 text-red-800">
          {t('blockedBecause', { reason: c.blockedReason ?? '—', date: c.blockedAt ? format.dateTime(c.blockedAt, 'short') : '—', who: c.blockedByName ?? '—' })}
        </p>
      )}
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2" data-testid="customer-record">
        {row(t(`documentTypes.${c.documentType}`), <span className="font-mono">{formatDocument(c.document)}</span>)}
        {c.tradeName && row(t('fields.tradeName'), c.tradeName)}
        {row(t('fields.stateRegistration'), c.stateRegistration)}
        {row(t('fields.email'), c.email)}
        {row(t('fields.representative'), c.representativeName ?? t('noRepresentative'))}
        {row(t('fields.companySize'), c.companySize ? t(`sizes.${c.companySize}`) : null)}
        {row(t('fields.useType'), t(`useTypes.${c.useType}`))}
        {row(t('fields.creditLimit'), format.number(c.creditLimitCents / 100, 'money'))}
        {row(t('sections.mainAddress'), address([c.street, c.number, c.complement, c.district, c.city && `${c.city}/${c.uf}`, c.cep && formatCep(c.cep)]))}
        {row(
          t('sections.deliveryAddress'),
          c.deliveryCity ? address([c.deliveryStreet, c.deliveryNumber, c.deliveryComplement, c.deliveryDistrict, `${c.deliveryCity}/${c.deliveryUf ?? ''}`, c.deliveryCep && formatCep(c.deliveryCep)]) : t('fields.deliverySameAsMain'),
        )}
        {row(
          t('sections.phones'),
          c.phones.length ? (
            <ul>
              {c.phones.map((p) => (
                <li key={p.id}>
                  {formatPhone(p.number)}
                  {p.label && ` · ${p.label}`}
                  {p.isWhatsapp && <Badge tone="green">WhatsApp</Badge>}
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {row(
          t('sections.contacts'),
          c.contacts.length ? (
            <ul>
              {c.contacts.map((x) => (
                <li key={x.id}>
                  {x.name}
                  {x.role && ` (${x.role})`}
                  {x.email && ` · ${x.email}`}
                  {x.phone && ` · ${formatPhone(x.phone)}`}
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {row(
          t('sections.assets'),
          c.assets.length ? (
            <ul>
              {c.assets.map((a) => (
                <li key={a.id}>
                  {t(`assetKinds.${a.kind}`)}: <span className="font-mono">{a.kind === 'plate' ? formatPlate(a.value) : a.value}</span>
                  {a.description && ` · ${a.description}`}
                </li>
              ))}
            </ul>
          ) : null,
        )}
        {c.notes && row(t('fields.notes'), <span className="whitespace-pre-wrap">{c.notes}</span>)}
      </dl>
    </div>
  );
}
