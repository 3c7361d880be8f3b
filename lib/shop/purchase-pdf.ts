import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';

export type PurchasePdfData = {
  title: string;
  header: string[];
  columns: { sku: string; item: string; quantity: string };
  lines: { sku: string; description: string; quantity: number }[];
  notes: string | null;
  footer: string;
};

/** Text the standard PDF fonts can draw (WinAnsi): anything else becomes "?". */
function winAnsi(text: string, font: PDFFont): string {
  return [...text].map((ch) => { try { font.encodeText(ch); return ch; } catch { return '?'; } }).join('');
}

/** A purchase request as an A4 PDF: who asks whom, the lines (SKU, item, quantity) across pages, the notes. */
export async function purchaseRequestPdf(data: PurchasePdfData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(data.title);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = [595.28, 841.89];
  const margin = 48;
  let page = pdf.addPage([width, height]);
  let y = height - margin;
  const write = (text: string, x: number, size = 10, f = font) => page.drawText(winAnsi(text, f), { x, y, size, font: f, color: rgb(0.1, 0.1, 0.1) });
  const fit = (text: string, max: number, size = 10) => {
    let t = winAnsi(text, font);
    while (t.length > 1 && font.widthOfTextAtSize(t, size) > max) t = t.slice(0, -2) + '…';
    return t.replace('…', '...');
  };

  write(data.title, margin, 16, bold);
  y -= 24;
  for (const line of data.header) {
    write(line, margin);
    y -= 14;
  }
  const cols = { sku: margin, item: margin + 130, quantity: width - margin - 60 };
  const head = () => {
    y -= 10;
    write(data.columns.sku, cols.sku, 10, bold);
    write(data.columns.item, cols.item, 10, bold);
    write(data.columns.quantity, cols.quantity, 10, bold);
    y -= 6;
    page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 0.5 });
    y -= 14;
  };
  head();
  for (const l of data.lines) {
    if (y < margin + 40) {
      page = pdf.addPage([width, height]);
      y = height - margin;
      head();
    }
    write(fit(l.sku, 125), cols.sku);
    write(fit(l.description, cols.quantity - cols.item - 10), cols.item);
    write(String(l.quantity), cols.quantity);
    y -= 14;
  }
  if (data.notes) {
    y -= 10;
    write(fit(data.notes, width - 2 * margin), margin);
    y -= 14;
  }
  y = margin;
  write(data.footer, margin, 8);
  return pdf.save();
}
