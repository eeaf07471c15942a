/**
 * What a comment sheet's bytes are, whatever its name says: an XLSX workbook (a ZIP holding
 * xl/workbook.xml) or CSV text (UTF-8 with or without BOM, UTF-16 by its BOM; bytes that are
 * no UTF-8 are read as Windows-1258, the old Vietnamese Windows code page). Anything else is
 * refused with a DocumentReadError whose message is one plain line.
 */
import { Buffer } from 'node:buffer';
import { COMMENT_SHEET_ERROR_TEXT, type BilingualText } from '../../domain/vocabulary/index.ts';
import { DocumentReadError, type DocumentReadErrorCode } from '../errors.ts';

export type SheetFormat = 'xlsx' | 'csv';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The signature of a ZIP archive's end-of-directory record. */
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/** The error for a sheet that cannot be read; `text` gives its message (English) and details. */
export function sheetError(code: DocumentReadErrorCode, text: BilingualText, fileName: string): DocumentReadError {
  return new DocumentReadError(code, text.en, { path: fileName, reason_vi: text.vi, reason_en: text.en });
}

/** Decides the format from the bytes; throws for empty files, other archives and binary data. */
export function sheetFormat(bytes: Uint8Array, fileName: string): SheetFormat {
  if (bytes.length === 0) throw sheetError('empty', COMMENT_SHEET_ERROR_TEXT.empty, fileName);
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Entry names are stored as plain bytes. A whole archive ends with its directory record;
    // one cut short (an interrupted upload) may not yet show the workbook's name.
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (data.includes('xl/workbook.xml', 0, 'latin1')) return 'xlsx';
    if (data.includes(ZIP_END)) throw sheetError('unsupported', COMMENT_SHEET_ERROR_TEXT.not_xlsx, fileName);
    throw sheetError('corrupt', COMMENT_SHEET_ERROR_TEXT.corrupt_xlsx, fileName);
  }
  if (startsWith(bytes, OLE_MAGIC)) throw sheetError('unsupported', COMMENT_SHEET_ERROR_TEXT.old_excel, fileName);
  if ([UTF8_BOM, UTF16LE_BOM, UTF16BE_BOM].some((bom) => startsWith(bytes, bom))) return 'csv';
  if (BINARY_MAGICS.some((magic) => startsWith(bytes, magic)) || looksBinary(bytes)) {
    throw sheetError('unsupported', COMMENT_SHEET_ERROR_TEXT.not_sheet, fileName);
  }
  return 'csv';
}

/** The text of CSV bytes, without its BOM. */
export function decodeCsv(bytes: Uint8Array): string {
  if (startsWith(bytes, UTF16LE_BOM)) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, UTF16BE_BOM)) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1258').decode(body);
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

/** NUL bytes, or many control characters, mark data that is no text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length > 0.05;
}
