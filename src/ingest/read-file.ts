/**
 * Reads a document file into plain text: TXT (UTF-8, UTF-16 with BOM), DOCX (mammoth) or
 * PDF (pdf.js, lines rebuilt from the glyphs' positions). The format comes from the bytes,
 * not the file name, and every failure is a DocumentReadError with a plain message.
 */
import { readFile, stat } from 'node:fs/promises';
import mammoth from 'mammoth';
import { DocumentReadError } from './errors.ts';

export type DocumentFormat = 'txt' | 'docx' | 'pdf';

export interface DocumentFile {
  text: string;
  format: DocumentFormat;
  /** Size of the file in bytes. */
  bytes: number;
}

export interface ReadFileOptions {
  /** Largest file accepted, in bytes (default 50 MB). */
  maxBytes?: number;
}

/** Files above this size are refused before they are read. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Reads a TXT, DOCX or PDF file; throws DocumentReadError for missing, empty, oversized, binary or damaged files. */
export async function readDocumentFile(path: string, options: ReadFileOptions = {}): Promise<DocumentFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = await fileSize(path);
  if (bytes === 0) throw new DocumentReadError('empty', 'The file is empty.', { path });
  if (bytes > maxBytes) {
    throw new DocumentReadError('too_large', `The file is ${bytes} bytes; the limit is ${maxBytes} bytes.`, { path, bytes, maxBytes });
  }
  const data = await readFile(path);
  const format = detectFormat(data, path);
  const text = await extractText(data, format, path);
  if (text.trim() === '') {
    throw new DocumentReadError('empty', 'The file contains no text (a scanned PDF needs text recognition first).', { path, format });
  }
  return { text, format, bytes };
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DocumentReadError('unsupported', 'The path is not a file.', { path });
    return info.size;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError('not_found', 'The file does not exist or cannot be opened.', { path });
  }
}

async function extractText(data: Buffer, format: DocumentFormat, path: string): Promise<string> {
  try {
    if (format === 'pdf') return await pdfText(data);
    if (format === 'docx') return (await mammoth.extractRawText({ buffer: data })).value;
    return decodeText(data);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // The library's own message can be long and technical; the user gets a plain one.
    throw new DocumentReadError('corrupt', `The ${format.toUpperCase()} file is damaged and cannot be read.`, { path, format });
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function startsWith(data: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, i) => data[i] === byte);
}

/** Decides the format from the bytes; throws for archives that are not DOCX and for binary data. */
export function detectFormat(data: Buffer, path = ''): DocumentFormat {
  const head = data.subarray(0, 1024).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(data, ZIP_MAGIC)) {
    if (data.includes('word/document.xml', 0, 'latin1')) return 'docx';
    throw new DocumentReadError('unsupported', 'The file is an archive (for example XLSX or ZIP), not a Word document.', { path });
  }
  if (startsWith(data, OLE_MAGIC)) {
    throw new DocumentReadError('unsupported', 'The file is in the old Word/Excel format (.doc/.xls); save it as DOCX first.', { path });
  }
  if (hasTextBom(data)) return 'txt';
  if (BINARY_MAGICS.some((magic) => startsWith(data, magic)) || looksBinary(data)) {
    throw new DocumentReadError('binary', 'The file is not a text, DOCX or PDF document.', { path });
  }
  return 'txt';
}

function hasTextBom(data: Buffer): boolean {
  return startsWith(data, [0xef, 0xbb, 0xbf]) || startsWith(data, [0xff, 0xfe]) || startsWith(data, [0xfe, 0xff]);
}

/** NUL bytes, or many control characters, mark data that is no text. */
function looksBinary(data: Buffer): boolean {
  const sample = data.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length > 0.05;
}

/** Decodes text bytes: UTF-16 by BOM, else UTF-8; bytes that are no UTF-8 are read as Windows-1258 (Vietnamese). */
export function decodeText(data: Buffer): string {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  const body = startsWith(data, [0xef, 0xbb, 0xbf]) ? data.subarray(3) : data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1258').decode(body);
  }
}

interface Glyphs {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Extracts a PDF's text, one line per visual line, pages separated by an empty line. */
async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({
    data: new Uint8Array(data),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  });
  const doc = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const glyphs: Glyphs[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const size = Math.hypot(Number(item.transform[2]), Number(item.transform[3])) || Number(item.height) || 10;
        glyphs.push({ text: item.str, x: Number(item.transform[4]), y: Number(item.transform[5]), width: item.width, size });
      }
      pages.push(linesOfPage(glyphs).join('\n'));
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await loading.destroy();
  }
}

/** Groups a page's text pieces into visual lines, top to bottom; a wide vertical gap adds an empty line. */
export function linesOfPage(glyphs: readonly Glyphs[]): string[] {
  const sorted = [...glyphs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Glyphs[][] = [];
  for (const glyph of sorted) {
    const row = rows[rows.length - 1];
    const first = row?.[0];
    if (row && first && Math.abs(first.y - glyph.y) <= Math.min(first.size, glyph.size) * 0.5) row.push(glyph);
    else rows.push([glyph]);
  }
  const gaps = rows.slice(1).map((row, i) => (rows[i]?.[0]?.y ?? 0) - (row[0]?.y ?? 0));
  const usual = median(gaps);
  const lines: string[] = [];
  rows.forEach((row, i) => {
    const gap = gaps[i - 1];
    if (gap !== undefined && usual > 0 && gap > usual * 1.6) lines.push('');
    lines.push(joinRow(row));
  });
  return lines;
}

/** Joins the pieces of one visual line by x; a gap of a word adds a space, a column gap a tab. */
function joinRow(row: readonly Glyphs[]): string {
  const pieces = [...row].sort((a, b) => a.x - b.x);
  let text = '';
  let end: number | null = null;
  for (const piece of pieces) {
    if (end !== null) {
      const gap = piece.x - end;
      if (gap > piece.size * 2) text += '\t';
      else if (gap > piece.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    }
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.trimEnd();
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
