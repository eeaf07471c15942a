/** Placeholder: being written in this session. */
import type { ReportDocument } from './model.ts';

export function writeDocx(_document: ReportDocument): Promise<Buffer> {
  return Promise.reject(new Error('writeDocx: being written in this session'));
}
