/**
 * Every string the CLI prints, in Vietnamese (default) and English. Select with `--lang en`
 * or RESOLUTE_LANG=en. Error messages come from src/services/error-messages.ts, the catalog
 * the HTTP API shares.
 */
import type { ErrorCode, ResoluteError } from '../domain/errors.ts';
import { errorDetail, errorMessage as sharedErrorMessage } from '../services/error-messages.ts';

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
  'error.config': 'Cấu hình không hợp lệ (biến môi trường): {detail}',
  'serve.listening': 'resolute đang chạy tại {url}',
  'serve.docs': 'Tài liệu API: {url}/api/docs',
  'serve.migrated': 'Đã cập nhật cấu trúc cơ sở dữ liệu ({count} bước).',
  'serve.demoLoaded': 'Đã nạp dữ liệu mẫu tỉnh Lai Châu và tỉnh Điện Biên: {organisations} đơn vị, {indicators} chỉ tiêu, {observations} số liệu, {users} tài khoản; đợt lấy ý kiến mẫu vào dự thảo Báo cáo chính trị đang mở với {comments} ý kiến.',
  'serve.logins': 'Tài khoản mẫu (tên đăng nhập, mật khẩu, vai trò):',
  'serve.stop': 'Nhấn Ctrl+C để dừng.',
  'serve.stopping': 'Đang dừng…',
  'role.admin': 'quản trị',
  'role.secretariat': 'văn phòng, tổng hợp',
  'role.reporter': 'đơn vị báo cáo',
  'role.leader': 'lãnh đạo',
  'role.inspector': 'kiểm tra',
  'role.public': 'người dân',
  'migrate.done': 'Đã cập nhật {location}: {names}',
  'migrate.upToDate': 'Cơ sở dữ liệu {location} đã ở phiên bản mới nhất.',
  'backup.done': 'Đã sao lưu {location} vào {file} ({pages} trang).',
  'backup.postgres': 'Với PostgreSQL, hãy sao lưu và khôi phục bằng pg_dump và pg_restore:',
  'restore.done': 'Đã khôi phục {file} vào {location}.',
  'report.load': 'Đang nạp dữ liệu…',
  'report.evaluate': 'Đang đánh giá các chỉ tiêu…',
  'report.write': 'Đang ghi báo cáo {format}…',
  'report.written': 'Đã ghi {bytes} byte vào {file}.',
  'report.exists': 'Tệp {file} đã có; thêm --force để ghi đè.',
  'report.cannotWrite': 'Không ghi được tệp {file} ({reason}).',
  'report.notReady': 'Cơ sở dữ liệu {location} chưa được tạo hoặc chưa cập nhật; hãy chạy "resolute migrate" (hoặc "resolute serve") trước.',
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
  'error.config': 'Invalid configuration (environment variables): {detail}',
  'serve.listening': 'resolute is running at {url}',
  'serve.docs': 'API documentation: {url}/api/docs',
  'serve.migrated': 'Database schema updated ({count} steps).',
  'serve.demoLoaded': 'Loaded the demo provinces Lai Châu and Điện Biên: {organisations} units, {indicators} indicators, {observations} figures, {users} accounts; a sample consultation on the draft political report is open with {comments} comments.',
  'serve.logins': 'Demo accounts (login, password, role):',
  'serve.stop': 'Press Ctrl+C to stop.',
  'serve.stopping': 'Stopping…',
  'role.admin': 'administrator',
  'role.secretariat': 'secretariat',
  'role.reporter': 'unit reporter',
  'role.leader': 'leader',
  'role.inspector': 'inspector',
  'role.public': 'public',
  'migrate.done': 'Updated {location}: {names}',
  'migrate.upToDate': 'The database {location} is up to date.',
  'backup.done': 'Backed up {location} to {file} ({pages} pages).',
  'backup.postgres': 'For PostgreSQL, back up and restore with pg_dump and pg_restore:',
  'restore.done': 'Restored {file} into {location}.',
  'report.load': 'Loading the data…',
  'report.evaluate': 'Evaluating the indicators…',
  'report.write': 'Writing the {format} report…',
  'report.written': 'Wrote {bytes} bytes to {file}.',
  'report.exists': 'The file {file} exists; add --force to overwrite it.',
  'report.cannotWrite': 'Could not write {file} ({reason}).',
  'report.notReady': 'The database {location} is missing or not up to date; run "resolute migrate" (or "resolute serve") first.',
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

/** Returns the message `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  return fill(lang === 'vi' ? vi[key] : en[key], values);
}

/** Returns the user message for a named error code, from the catalog shared with the HTTP API. */
export function errorMessage(lang: Lang, code: ErrorCode, values: Readonly<Record<string, string | number>>): string {
  return sharedErrorMessage(lang, code, values);
}

/** A usage or configuration mistake's detail in `lang` (see `errorDetail`), else the error's own message. */
export function usageDetail(lang: Lang, error: ResoluteError): string {
  return errorDetail(lang, error.details) ?? error.message;
}

export type MessageKey = Key;
