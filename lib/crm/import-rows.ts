import { z } from 'zod';
import { messageKey, type MessageKey } from '@/lib/i18n/message-key';
import { CUSTOMER_CSV_COLUMNS, type CustomerCsvColumn } from './csv-format';
import { unguardCell } from './csv-parse';
import { customerFields, type CustomerInput } from './schemas';

export const importRowSchema = z.strictObject(customerFields);

export type RowError = { field: CustomerCsvColumn | '_row'; message: MessageKey };
export type ParsedRow = { line: number; document: string; name: string; input: CustomerInput | null; errors: RowError[] };

const FIELD_TO_COLUMN: Record<string, CustomerCsvColumn> = {
  document: 'documento',
  name: 'nome',
  tradeName: 'nome_fantasia',
  stateRegistration: 'inscricao_estadual',
  email: 'email',
  phones: 'telefones',
  cep: 'cep',
  street: 'logradouro',
  number: 'numero',
  complement: 'complemento',
  district: 'bairro',
  city: 'cidade',
  uf: 'uf',
  representativeId: 'representante_email',
  companySize: 'porte',
  useType: 'tipo_uso',
  tags: 'tags',
  notes: 'observacoes',
};

/** Checks the header: every column of the Venda format must be there (extra columns are ignored). */
export function headerProblems(header: string[]): string[] {
  const present = new Set(header.map((h) => h.trim().toLowerCase()));
  return CUSTOMER_CSV_COLUMNS.filter((c) => !['limite_credito', 'situacao'].includes(c) && !present.has(c));
}

/**
 * Turns one CSV record into the same validated input the customer form produces. Credit limit
 * and status are finance's and are not imported. `representatives` maps e-mail → user id.
 */
export function parseImportRow(line: number, record: Record<string, string>, representatives: Map<string, string>): ParsedRow {
  const get = (c: CustomerCsvColumn) => unguardCell(record[c] ?? '').trim();
  const errors: RowError[] = [];
  const repEmail = get('representante_email').toLowerCase();
  const representativeId = repEmail ? representatives.get(repEmail) : '';
  if (representativeId === undefined) errors.push({ field: 'representante_email', message: 'import.unknownRepresentative' });

  const assets = [
    ...get('placas').split(/[\s,;/|]+/).filter(Boolean).map((value) => ({ kind: 'plate', value })),
    ...get('series').split(/[\s,;/|]+/).filter(Boolean).map((value) => ({ kind: 'serial', value })),
  ];
  const raw = {
    document: get('documento'),
    name: get('nome'),
    tradeName: get('nome_fantasia'),
    stateRegistration: get('inscricao_estadual'),
    email: get('email'),
    phones: get('telefones')
      .split(/[\s,;/|]+/)
      .filter(Boolean)
      .map((p) => ({ number: p.replace(/\*$/, ''), isWhatsapp: p.endsWith('*') ? 'true' : 'false' })),
    cep: get('cep'),
    street: get('logradouro'),
    number: get('numero'),
    complement: get('complemento'),
    district: get('bairro'),
    city: get('cidade'),
    uf: get('uf').toUpperCase(),
    representativeId: representativeId ?? '',
    companySize: get('porte').toLowerCase(),
    useType: get('tipo_uso').toLowerCase() || 'revenda',
    tags: get('tags').replace(/;/g, ','),
    notes: get('observacoes'),
    assets,
  };
  const parsed = importRowSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, , leaf] = issue.path.map(String);
      const column = head === 'assets' ? (assets[Number(issue.path[1])]?.kind === 'plate' ? 'placas' : 'series') : FIELD_TO_COLUMN[head ?? ''];
      const message = issue.message.startsWith('validation.') ? messageKey(issue.message) : leaf ? 'validation.invalid' : 'validation.invalid';
      if (column && !errors.some((e) => e.field === column && e.message === message)) errors.push({ field: column, message });
      else if (!column) errors.push({ field: '_row', message });
    }
  }
  return { line, document: raw.document, name: raw.name, input: parsed.success && !errors.length ? parsed.data : null, errors };
}
