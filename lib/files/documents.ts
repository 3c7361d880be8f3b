import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { uploadsDir } from '@/lib/catalog/images';

/**
 * Documents attached to records (a bill's invoice or receipt): PDF or image, checked by their first
 * bytes, stored beside the uploads under `doc-<uuid>.<ext>` and served only through a route that
 * checks the record they belong to.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;
export type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
const EXTENSION: Record<DocumentType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };
const KEY = /^doc-[0-9a-f-]{36}\.(pdf|jpg|png|webp)$/;

/** What a file really is, from its first bytes (its name and the browser's claim are ignored). */
export function detectDocumentType(bytes: Uint8Array): DocumentType | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => bytes[i] === v)) return 'image/png';
  if (bytes.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** Stores a document for a use case and removes it again if the use case's transaction rolls back. */
export async function storeDocumentIn(ctx: { onRollback: (undo: () => Promise<void>) => void }, id: string, type: DocumentType, bytes: Uint8Array): Promise<string> {
  const key = `doc-${id}.${EXTENSION[type]}`;
  await mkdir(uploadsDir(), { recursive: true });
  await writeFile(path.join(uploadsDir(), key), bytes);
  ctx.onRollback(() => rm(path.join(uploadsDir(), key), { force: true }));
  return key;
}

/** Deletes a stored document (once nothing refers to it any more). */
export async function removeDocument(key: string): Promise<void> {
  if (!KEY.test(key)) throw new Error('bad document key');
  await rm(path.join(uploadsDir(), key), { force: true });
}

export async function readDocument(key: string): Promise<Buffer> {
  if (!KEY.test(key)) throw new Error('bad document key');
  return readFile(path.join(uploadsDir(), key));
}

/** A stored document as an HTTP response: its real type, private, never run as a page. */
export function documentResponse(body: Buffer, contentType: string, filename: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(body.length),
      'Content-Disposition': `inline; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'",
    },
  });
}
