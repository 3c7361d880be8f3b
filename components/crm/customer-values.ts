import type { CustomerDetail } from '@/lib/crm/queries';
import { formatDocument } from '@/lib/crm/document';
import { formatCep, formatPhone } from '@/lib/crm/identifiers';
import type { CustomerFormRows, CustomerFormValues } from './customer-form';

/** A stored customer as the form's initial values. */
export function customerToForm(c: CustomerDetail): { initial: CustomerFormValues; rows: CustomerFormRows } {
  const s = (v: string | null | undefined) => v ?? '';
  return {
    initial: {
      id: c.id,
      document: formatDocument(c.document),
      name: c.name,
      tradeName: s(c.tradeName),
      stateRegistration: s(c.stateRegistration),
      email: s(c.email),
      cep: c.cep ? formatCep(c.cep) : '',
      street: s(c.street),
      number: s(c.number),
      complement: s(c.complement),
      district: s(c.district),
      city: s(c.city),
      uf: c.uf,
      deliveryCep: c.deliveryCep ? formatCep(c.deliveryCep) : '',
      deliveryStreet: s(c.deliveryStreet),
      deliveryNumber: s(c.deliveryNumber),
      deliveryComplement: s(c.deliveryComplement),
      deliveryDistrict: s(c.deliveryDistrict),
      deliveryCity: s(c.deliveryCity),
      deliveryUf: s(c.deliveryUf),
      representativeId: s(c.representativeId),
      companySize: s(c.companySize),
      useType: c.useType,
      tags: c.tags.join(', '),
      notes: s(c.notes),
    },
    rows: {
      phones: c.phones.map((p) => ({ number: formatPhone(p.number), label: s(p.label), isWhatsapp: p.isWhatsapp ? 'on' : '' })),
      contacts: c.contacts.map((x) => ({ name: x.name, role: s(x.role), email: s(x.email), phone: x.phone ? formatPhone(x.phone) : '' })),
      assets: c.assets.map((a) => ({ kind: a.kind, value: a.value, description: s(a.description) })),
    },
  };
}
