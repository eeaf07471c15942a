/**
 * Uploaded files: the type is checked from the bytes themselves (a renamed .exe is not a
 * PDF), the size is bounded by the upload limit before this is called, and the bytes are
 * kept content-addressed under DATA_DIR/files/<sha256>, so the same file twice is stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { ResoluteError } from '../domain/errors.ts';

export type FileKind = 'txt' | 'pdf' | 'docx' | 'xlsx' | 'png' | 'jpeg';

const MEDIA_TYPE: Record<FileKind, string> = {
  txt: 'text/plain',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

/** Documents the reader imports. */
export const DOCUMENT_KINDS: readonly FileKind[] = ['txt', 'docx', 'pdf'];
/** Evidence attached to a figure: documents, spreadsheets, scans and photos. */
export const EVIDENCE_KINDS: readonly FileKind[] = ['txt', 'pdf', 'docx', 'xlsx', 'png', 'jpeg'];

function startsWith(bytes: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The kind of a file from its first bytes and, for zip containers and text, its extension; null when unknown. */
export function sniffKind(bytes: Buffer, fileName: string): FileKind | null {
  const extension = extname(fileName).toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  // DOCX and XLSX are zip files; the extension says which (the reader checks the inside).
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return extension === '.docx' ? 'docx' : extension === '.xlsx' ? 'xlsx' : null;
  const head = bytes.subarray(0, 8192);
  if (extension === '.txt' && bytes.length > 0 && !head.includes(0)) return 'txt';
  return null;
}

export interface StoredFile {
  /** "files/<sha256>": what records keep. */
  storageKey: string;
  /** The absolute path of the stored bytes. */
  path: string;
  fileName: string;
  kind: FileKind;
  mediaType: string;
  sha256: string;
  size: number;
}

/** The file name without any directory part a browser may send, at most 255 characters. */
function cleanName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return (base === '' ? 'upload' : base).normalize('NFC').slice(0, 255);
}

/** Checks the bytes are one of `allowed` and stores them under `dataDir`; throws `empty` or `unsupported`. */
export async function saveUpload(dataDir: string, bytes: Buffer, givenName: string, allowed: readonly FileKind[]): Promise<StoredFile> {
  const fileName = cleanName(givenName);
  if (bytes.length === 0) throw new ResoluteError('empty', 'Empty upload', { path: fileName });
  const kind = sniffKind(bytes, fileName);
  if (kind === null || !allowed.includes(kind)) {
    throw new ResoluteError('unsupported', `Not an accepted file type: ${fileName}`, { path: fileName });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const directory = resolve(dataDir, 'files');
  const path = join(directory, sha256);
  await mkdir(directory, { recursive: true });
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) {
    // Written aside and renamed, so a reader never sees half a file.
    const temporary = join(directory, `.${randomUUID()}.part`);
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  }
  return { storageKey: `files/${sha256}`, path, fileName, kind, mediaType: MEDIA_TYPE[kind], sha256, size: bytes.length };
}

/** A stored file opened for sending: its bytes as a stream and their size. */
export interface OpenedFile {
  stream: ReadStream;
  size: number;
}

/**
 * Opens the bytes a record keeps under `storageKey` ("files/<sha256>"); `record_not_found` when
 * the key is not one this store writes or the file is gone (a key is never a path to follow).
 */
export async function openStored(dataDir: string, storageKey: string): Promise<OpenedFile> {
  const match = /^files\/([0-9a-f]{64})$/.exec(storageKey);
  const missing = new ResoluteError('record_not_found', `No stored file ${storageKey}`, { entity: 'file', id: storageKey });
  if (match?.[1] === undefined) throw missing;
  const path = join(resolve(dataDir, 'files'), match[1]);
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isFile()) throw missing;
  return { stream: createReadStream(path), size: info.size };
}
