import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvLine } from '@/lib/csv';
import { parseCsv, unguardCell } from './csv-parse';
import { parseImportRow } from './import-rows';

describe('parseCsv', () => {
  it('reads quotes, embedded separators and line breaks, CRLF and a BOM', () => {
    const text = `${CSV_BOM}a,b,c\r\n"x, y","say ""hi""","multi\nline"\r\n1,,3\n`;
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'multi\nline'],
      ['1', '', '3'],
    ]);
  });

  it('detects semicolon-separated files and skips blank lines', () => {
    expect(parseCsv('a;b\n\n1;2,5\n')).toEqual([
      ['a', 'b'],
      ['1', '2,5'],
    ]);
  });

  it('reads back exactly what the exporter writes', () => {
    const rows = [['=SUM(A1)', 'tab\there', 'quote " in', 'semi;colon', '-12']];
    const parsed = parseCsv(rows.map((r) => csvLine(r)).join(''));
    expect(parsed[0]!.map(unguardCell)).toEqual(rows[0]);
  });
});

describe('parseImportRow', () => {
  const reps = new Map([['rep@venda.local', '11111111-1111-4111-8111-111111111111']]);
  const base = {
    documento: '52998224725',
    nome: 'Mariana Souza',
    telefones: '48999990000* 4832221111',
    cidade: 'Florianópolis',
    uf: 'SC',
    representante_email: 'rep@venda.local',
    tipo_uso: 'consumidor',
    placas: 'BRA2E19',
    tags: 'vip;novo',
  };

  it('turns a good row into the form input', () => {
    const r = parseImportRow(2, base, reps);
    expect(r.errors).toEqual([]);
    expect(r.input).toMatchObject({
      document: { document: '52998224725', documentType: 'cpf' },
      uf: 'SC',
      representativeId: '11111111-1111-4111-8111-111111111111',
      phones: [
        { number: '48999990000', isWhatsapp: true },
        { number: '4832221111', isWhatsapp: false },
      ],
      assets: [{ kind: 'plate', value: 'BRA2E19' }],
      tags: ['vip', 'novo'],
    });
  });

  it('reports an invalid document, an unknown UF and an unknown representative by column', () => {
    const r = parseImportRow(7, { ...base, documento: '52998224724', uf: 'XX', representante_email: 'ninguem@x.com' }, reps);
    expect(r.input).toBeNull();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        { field: 'documento', message: 'validation.document' },
        { field: 'uf', message: 'validation.uf' },
        { field: 'representante_email', message: 'import.unknownRepresentative' },
      ]),
    );
  });
});
