/** Placeholder: being written in this session. */
import type { ReportDocument } from './model.ts';

export function writeXlsx(_document: ReportDocument): Promise<Buffer> {
  return Promise.reject(new Error('writeXlsx: being written in this session'));
}
