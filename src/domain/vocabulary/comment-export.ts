/**
 * The column titles of a consultation's comment export (CSV, XLSX: `resolute consult export
 * --what comments`), one row per comment, and its file name. The stance, respondent type,
 * channel and moderation words in the cells are those of consultation.ts. The contact columns
 * are written only when the secretariat asks for them.
 */

/** Titles of the public columns, in order. */
export const COMMENT_EXPORT_TITLE = {
  position: 'STT',
  target: 'Nội dung dự thảo',
  stance: 'Ý kiến',
  text: 'Nội dung góp ý',
  reason: 'Lý do',
  respondent_type: 'Đối tượng',
  locality: 'Địa bàn',
  organisation: 'Cơ quan, tổ chức',
  channel: 'Hình thức góp ý',
  submitted_at: 'Thời điểm góp ý',
  state: 'Trạng thái',
  duplicate_group: 'Nhóm trùng lặp',
  group_size: 'Số ý kiến trong nhóm',
} as const;

/** Titles of the contact columns (`--with-contact`). */
export const COMMENT_EXPORT_CONTACT_TITLE = {
  name: 'Họ và tên',
  email: 'Thư điện tử',
  phone: 'Số điện thoại',
} as const;

/** The worksheet's name in the XLSX export. */
export const COMMENT_EXPORT_SHEET = 'Ý kiến góp ý';

/** "y-kien-gop-y-du-thao-bao-cao-2026-12-21": the ASCII file name without extension (asOf ISO). */
export const commentExportFileStem = (slug: string, asOf: string) => `y-kien-gop-y-${slug}-${asOf}`;
