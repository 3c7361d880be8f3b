import { CSV_BOM, csvLine } from '@/lib/csv';

export function downloadCsv(filename: string, headers: string[], rows: unknown[][]): void {
  const body = CSV_BOM + csvLine(headers) + rows.map(csvLine).join('');
  const url = URL.createObjectURL(new Blob([body], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
