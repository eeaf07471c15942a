/** Placeholder: being written in this session. */
import type { ReportDocument } from './model.ts';

export function writePdf(_document: ReportDocument): Promise<Buffer> {
  return Promise.reject(new Error('writePdf: being written in this session'));
}
