/**
 * Every string the CLI prints, in Vietnamese (default) and English. Select with `--lang en`
 * or RESOLUTE_LANG=en.
 */
import type { ErrorCode } from '../domain/errors.ts';

export type Lang = 'vi' | 'en';

const vi = {
  'progress.read': 'Đang đọc tệp…',
  'progress.clean': 'Đang làm sạch văn bản…',
  'progress.structure': 'Đang dựng mục lục, chú thích, thông tin văn bản…',
  'progress.indicators': 'Đang trích xuất chỉ tiêu…',
  'progress.evaluate': 'Đang đánh giá…',
  'progress.done': 'Xong sau {seconds} giây.',
  'doc.title': 'Tiêu đề',
  'doc.kind': 'Loại văn bản',
  'doc.issuer': 'Cơ quan ban hành',
  'doc.number': 'Số, ký hiệu',
  'doc.date': 'Ngày',
  'doc.place': 'Địa danh',
  'doc.term': 'Nhiệm kỳ',
  'doc.outline': 'Mục lục',
  'doc.outlineValue': '{count} đề mục, sâu {depth} cấp',
  'doc.footnotes': 'Chú thích',
  'doc.indicators': 'Chỉ tiêu',
  'doc.indicatorsValue': '{total} (từ danh sách chỉ tiêu: {listed}; từ bảng phụ lục: {tabled})',
  'doc.tables': 'Bảng phụ lục',
  'doc.warnings': 'Lưu ý',
  'none': '—',
  'col.no': 'TT',
  'col.group': 'Nhóm',
  'col.name': 'Chỉ tiêu',
  'col.unit': 'ĐVT',
  'col.target': 'Mục tiêu',
  'col.meaning': 'Nghĩa',
  'col.next': 'Mục tiêu tới',
  'col.line': 'Dòng',
  'col.result': 'Kết quả',
  'col.docStatus': 'Văn bản',
  'col.computed': 'Tính',
  'eval.column': 'Cột',
  'eval.summary': 'Tổng hợp',
  'eval.disagreements': 'Số chỉ tiêu văn bản đánh giá khác với kết quả tính: {count}',
  'eval.disagreeMark': '≠ văn bản đánh giá khác kết quả tính',
  'eval.atRisk': 'Chỉ tiêu khó đạt / không đạt',
  'noIndicators': 'Không tìm thấy chỉ tiêu nào trong văn bản này.',
  'error.prefix': 'Lỗi',
  'error.internal': 'Lỗi nội bộ không mong muốn. Hãy báo lại cho nhóm phát triển, kèm tệp đã dùng.',
  'error.usage': 'Cách dùng không đúng: {detail}. Xem: resolute --help',
  'error.unknownCommand': 'Không có lệnh "{command}". Xem: resolute --help',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'progress.read': 'Reading the file…',
  'progress.clean': 'Cleaning the text…',
  'progress.structure': 'Building the outline, footnotes and metadata…',
  'progress.indicators': 'Extracting indicators…',
  'progress.evaluate': 'Evaluating…',
  'progress.done': 'Done in {seconds} s.',
  'doc.title': 'Title',
  'doc.kind': 'Kind',
  'doc.issuer': 'Issuer',
  'doc.number': 'Number',
  'doc.date': 'Date',
  'doc.place': 'Place',
  'doc.term': 'Term',
  'doc.outline': 'Outline',
  'doc.outlineValue': '{count} headings, {depth} levels deep',
  'doc.footnotes': 'Footnotes',
  'doc.indicators': 'Indicators',
  'doc.indicatorsValue': '{total} (from target lists: {listed}; from appendix tables: {tabled})',
  'doc.tables': 'Appendix tables',
  'doc.warnings': 'Warnings',
  'none': '—',
  'col.no': 'No.',
  'col.group': 'Group',
  'col.name': 'Indicator',
  'col.unit': 'Unit',
  'col.target': 'Target',
  'col.meaning': 'Meaning',
  'col.next': 'Next target',
  'col.line': 'Line',
  'col.result': 'Result',
  'col.docStatus': 'Document',
  'col.computed': 'Computed',
  'eval.column': 'Column',
  'eval.summary': 'Summary',
  'eval.disagreements': 'Indicators where the document\'s status differs from the computed one: {count}',
  'eval.disagreeMark': '≠ the document\'s status differs from the computed one',
  'eval.atRisk': 'At-risk / failed indicators',
  'noIndicators': 'No indicators were found in this document.',
  'error.prefix': 'Error',
  'error.internal': 'Unexpected internal error. Please report it to the developers with the file you used.',
  'error.usage': 'Wrong usage: {detail}. See: resolute --help',
  'error.unknownCommand': 'There is no command "{command}". See: resolute --help',
};

const errorsVi: Record<ErrorCode, string> = {
  not_found: 'Không tìm thấy tệp: {path}',
  empty: 'Tệp rỗng: {path}',
  binary: 'Tệp không phải văn bản (TXT, DOCX hoặc PDF): {path}',
  too_large: 'Tệp quá lớn ({size} byte; tối đa {limit} byte): {path}',
  unsupported: 'Định dạng tệp không được hỗ trợ (chỉ nhận TXT, DOCX, PDF): {path}',
  corrupt: 'Tệp bị hỏng, không đọc được: {path}',
  no_indicators: 'Văn bản không có bảng kết quả thực hiện chỉ tiêu nào để đánh giá.',
  invalid_input: 'Dữ liệu không hợp lệ: {detail}',
  conflict: 'Bản ghi đã được người khác thay đổi ({entity} {id}); hãy tải lại rồi thử lại.',
  duplicate: 'Dữ liệu bị trùng, bản ghi đã tồn tại: {detail}',
  record_not_found: 'Không tìm thấy bản ghi ({entity} {id}).',
  forbidden: 'Bạn không có quyền thực hiện thao tác này ({permission}).',
  period_closed: 'Kỳ báo cáo {period} đã đóng, không nhận số liệu.',
  locked: 'Số liệu đã được phê duyệt và khóa, không sửa được.',
  invalid_state: 'Không thực hiện được thao tác ở trạng thái hiện tại: {detail}',
  note_required: 'Cần ghi chú giải trình cho số liệu này: {detail}',
  implausible_value: 'Giá trị không hợp lý: {detail}',
};

const errorsEn: Record<ErrorCode, string> = {
  not_found: 'File not found: {path}',
  empty: 'The file is empty: {path}',
  binary: 'The file is not a text document (TXT, DOCX or PDF): {path}',
  too_large: 'The file is too large ({size} bytes; the limit is {limit}): {path}',
  unsupported: 'Unsupported file format (TXT, DOCX and PDF are read): {path}',
  corrupt: 'The file is damaged and cannot be read: {path}',
  no_indicators: 'The document has no results table of indicators to evaluate.',
  invalid_input: 'Invalid input: {detail}',
  conflict: 'Someone else changed this record ({entity} {id}); reload it and try again.',
  duplicate: 'A record with the same key already exists: {detail}',
  record_not_found: 'Record not found ({entity} {id}).',
  forbidden: 'You are not allowed to do this ({permission}).',
  period_closed: 'The reporting period {period} is closed and accepts no figures.',
  locked: 'The figure is approved and locked; it cannot be changed.',
  invalid_state: 'Not possible in the current state: {detail}',
  note_required: 'This figure needs an explanatory note: {detail}',
  implausible_value: 'Implausible value: {detail}',
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Returns the message `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return fill(lang === 'vi' ? vi[key] : en[key], values);
}

/** Returns the user message for a named error code. */
export function errorMessage(lang: Lang, code: ErrorCode, values: Readonly<Record<string, string | number>>): string {
  return fill((lang === 'vi' ? errorsVi : errorsEn)[code], { ...values });
}

export type MessageKey = Key;
