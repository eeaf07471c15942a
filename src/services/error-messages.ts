/**
 * The user messages of every named error, in Vietnamese (default) and English: the one
 * catalog the CLI and the HTTP API both print from. A code's message may quote the error's
 * details with `{name}` placeholders.
 */
import type { ErrorCode } from '../domain/errors.ts';
import type { AccessErrorCode } from './access-error.ts';

export type Lang = 'vi' | 'en';

/** Failures only the HTTP edge meets: no such route, an oversized or malformed body, a bug. */
export type HttpErrorCode = 'route_not_found' | 'body_too_large' | 'unsupported_media_type' | 'malformed_request' | 'internal';

/** Every code a user can be shown. */
export type MessageCode = ErrorCode | AccessErrorCode | HttpErrorCode;

const vi: Record<MessageCode, string> = {
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
  duplicate_file: 'Tệp {name} đã được tải lên trước đây (văn bản "{title}", ngày {date}); không cần tải lại.',
  comment_refused: 'Ý kiến chưa được gửi: {problems_vi}',
  consultation_closed: '{when_vi}',
  self_lockout: 'Bạn không thể tự khóa tài khoản của mình hoặc bỏ vai trò quản trị cuối cùng của chính mình; hãy nhờ một quản trị viên khác.',
  unauthenticated: 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  login_locked: 'Đăng nhập sai quá nhiều lần; tài khoản tạm khóa đến {until}.',
  csrf_rejected: 'Yêu cầu thiếu mã chống giả mạo (x-csrf-token) hợp lệ; hãy tải lại trang rồi thử lại.',
  rate_limited: 'Quá nhiều yêu cầu; hãy thử lại sau {retryAfterSeconds} giây.',
  route_not_found: 'Không có địa chỉ {method} {url}.',
  body_too_large: 'Nội dung gửi lên quá lớn (tối đa {limit} byte).',
  unsupported_media_type: 'Kiểu nội dung không được hỗ trợ: {contentType}.',
  malformed_request: 'Yêu cầu không đúng định dạng: {detail}',
  internal: 'Lỗi nội bộ không mong muốn. Hãy báo lại cho quản trị hệ thống, kèm mã yêu cầu {requestId}.',
};

const en: Record<MessageCode, string> = {
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
  duplicate_file: 'The file {name} was uploaded before (document "{title}", on {date}); there is no need to upload it again.',
  comment_refused: 'The comment was not sent: {problems_en}',
  consultation_closed: '{when_en}',
  self_lockout: 'You cannot disable your own account or remove your own last admin role; ask another administrator.',
  unauthenticated: 'You are not signed in, or your session has expired. Please sign in again.',
  invalid_credentials: 'Wrong login or password.',
  login_locked: 'Too many failed logins; the account is locked until {until}.',
  csrf_rejected: 'The request lacks a valid anti-forgery token (x-csrf-token); reload the page and try again.',
  rate_limited: 'Too many requests; try again in {retryAfterSeconds} seconds.',
  route_not_found: 'There is no {method} {url}.',
  body_too_large: 'The request body is too large (the limit is {limit} bytes).',
  unsupported_media_type: 'Unsupported content type: {contentType}.',
  malformed_request: 'Malformed request: {detail}',
  internal: 'Unexpected internal error. Please report it to your administrator with request id {requestId}.',
};

/** Fills `{name}` placeholders; one without a value stays as written. */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

type Values = Readonly<Record<string, string | number>>;

/**
 * An error's free-text detail in `lang`: `detail` is written in English where the error is
 * thrown, `detail_vi` (when given) is its Vietnamese; undefined when there is neither.
 */
export function errorDetail(lang: Lang, values: Values): string | undefined {
  const detail = (lang === 'vi' ? values.detail_vi : undefined) ?? values.detail;
  return detail === undefined ? undefined : String(detail);
}

/** The user message for a named error code in `lang`, quoting `values` (`{detail}` in `lang`). */
export function errorMessage(lang: Lang, code: MessageCode, values: Values = {}): string {
  const detail = errorDetail(lang, values);
  return fillMessage((lang === 'vi' ? vi : en)[code], detail === undefined ? values : { ...values, detail });
}
