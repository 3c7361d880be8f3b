import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/crm/csv-parse';
import { csvCell, csvDateTime, csvLine, csvMoney } from './csv';

describe('csv for Brazilian Excel', () => {
  it('separates with ; and quotes separators, quotes and line breaks', () => {
    expect(csvLine(['a;b', 'say "hi"', 'x\ny', 3, null, '232,90'])).toBe('"a;b";"say ""hi""";"x\ny";3;;232,90\r\n');
  });

  it('writes amounts with a decimal comma and times in São Paulo', () => {
    expect(csvMoney(867_800)).toBe('8.678,00');
    expect(csvMoney(-1_234_567)).toBe('-12.345,67');
    expect(csvMoney(5)).toBe('0,05');
    expect(csvMoney(null)).toBe('');
    // 13:55 UTC is 10:55 in São Paulo (UTC−3).
    expect(csvDateTime(new Date('2026-11-29T13:55:00Z'))).toBe('29/11/2026 10:55');
    expect(csvCell(new Date('2026-01-01T02:00:00Z'))).toBe('31/12/2025 23:00');
  });

  it('neutralises spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  it('reads back what it writes', () => {
    const rows = [['documento', 'tags'], ['11.222.333/0001-81', 'vip;sul'], ['"aspas"', 'a\nb']];
    expect(parseCsv(rows.map(csvLine).join(''))).toEqual(rows);
  });
});
