import { csvMoney } from '@/lib/csv';
import { formatDocument } from './document';

/** The customer CSV: exported by Venda and accepted by the import, column for column. */
export const CUSTOMER_CSV_COLUMNS = [
  'documento',
  'nome',
  'nome_fantasia',
  'inscricao_estadual',
  'email',
  'telefones',
  'cep',
  'logradouro',
  'numero',
  'complemento',
  'bairro',
  'cidade',
  'uf',
  'representante_email',
  'porte',
  'tipo_uso',
  'tags',
  'placas',
  'series',
  'observacoes',
  'limite_credito',
  'situacao',
] as const;

export type CustomerCsvColumn = (typeof CUSTOMER_CSV_COLUMNS)[number];

type ExportRow = {
  document: string;
  name: string;
  tradeName: string | null;
  stateRegistration: string | null;
  email: string | null;
  phones: string;
  cep: string | null;
  street: string | null;
  number: string | null;
  complement: string | null;
  district: string | null;
  city: string | null;
  uf: string;
  representativeEmail: string | null;
  companySize: string | null;
  useType: string;
  tags: string[];
  plates: string;
  serials: string;
  notes: string | null;
  creditLimitCents: number;
  status: string;
};

/** One customer as a CSV row; credit limit and status are for reading (the import leaves them to finance). */
export function customerToCsvRow(r: ExportRow, statusLabel: (status: string) => string = (s) => s): string[] {
  return [
    formatDocument(r.document),
    r.name,
    r.tradeName ?? '',
    r.stateRegistration ?? '',
    r.email ?? '',
    r.phones,
    r.cep ?? '',
    r.street ?? '',
    r.number ?? '',
    r.complement ?? '',
    r.district ?? '',
    r.city ?? '',
    r.uf,
    r.representativeEmail ?? '',
    r.companySize ?? '',
    r.useType,
    r.tags.join(';'),
    r.plates,
    r.serials,
    r.notes ?? '',
    csvMoney(r.creditLimitCents),
    statusLabel(r.status),
  ];
}
