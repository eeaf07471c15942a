/**
 * The strings of `resolute tasks` (import, due, report) in Vietnamese (default) and English,
 * with its help text: kept beside messages.ts so the task commands stay in one place.
 */
import type { Lang } from './messages.ts';

const vi = {
  'col.no': 'TT',
  'col.title': 'Nhiệm vụ',
  'col.kind': 'Loại',
  'col.lead': 'Đơn vị chủ trì',
  'col.supporting': 'Đơn vị phối hợp',
  'col.due': 'Thời hạn',
  'col.line': 'Dòng',
  'col.plan': 'Kế hoạch',
  'col.days': 'Ngày',
  'col.users': 'Người nhận',
  'import.document': 'Văn bản: {title} — số {number}, ngày {date}',
  'import.count': 'Tìm được {count} nhiệm vụ.',
  'import.none': 'Không tìm thấy nhiệm vụ nào trong văn bản này.',
  'import.saved': 'Đã lưu kế hoạch dự thảo {planId}: {tasks} nhiệm vụ, {headings} đề mục, {assigned} nhiệm vụ đã khớp đơn vị chủ trì.',
  'import.unmatched': 'Đơn vị chưa khớp với tổ chức nào (cần rà soát): {units}',
  'import.hint': 'Thêm --save --term MÃ:KHÓA (ví dụ LCH:XV) để lưu thành kế hoạch dự thảo.',
  'due.header': 'Kiểm tra hạn nhiệm vụ ngày {day} (sắp đến hạn trong {days} ngày):',
  'due.soon': 'Sắp đến hạn: {count}',
  'due.overdue': 'Quá hạn: {count}',
  'due.recorded': 'Đã ghi {recorded} nhắc việc mới; đã gửi: {delivered}; gửi không được: {failed}.',
  'due.notReady': 'Cơ sở dữ liệu {location} chưa được cập nhật cấu trúc; hãy chạy: resolute migrate',
  'report.writing': 'Đang lập báo cáo tình hình thực hiện nhiệm vụ ({format})…',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'col.no': 'No.',
  'col.title': 'Task',
  'col.kind': 'Kind',
  'col.lead': 'Lead unit',
  'col.supporting': 'Supporting units',
  'col.due': 'Due',
  'col.line': 'Line',
  'col.plan': 'Plan',
  'col.days': 'Days',
  'col.users': 'Reminded',
  'import.document': 'Document: {title} — number {number}, dated {date}',
  'import.count': '{count} tasks found.',
  'import.none': 'No task was found in this document.',
  'import.saved': 'Saved draft plan {planId}: {tasks} tasks, {headings} headings, {assigned} tasks matched to a lead unit.',
  'import.unmatched': 'Units not matched to an organisation (to review): {units}',
  'import.hint': 'Add --save --term CODE:CONGRESS (e.g. LCH:XV) to store it as a draft plan.',
  'due.header': 'Task due check for {day} (due within {days} days):',
  'due.soon': 'Due soon: {count}',
  'due.overdue': 'Overdue: {count}',
  'due.recorded': '{recorded} new reminders recorded; delivered: {delivered}; not delivered: {failed}.',
  'due.notReady': 'The database {location} is not migrated; run: resolute migrate',
  'report.writing': 'Writing the task status report ({format})…',
};

/** A task command string with `{name}` placeholders filled. */
export function tt(lang: Lang, key: Key, values: Record<string, string | number> = {}): string {
  const template = lang === 'vi' ? vi[key] : en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const TASKS_HELP: Record<Lang, string> = {
  vi: `Cách dùng: resolute tasks <lệnh con> [tuỳ chọn]

  import FILE [--save --term MÃ:KHÓA] [--json]
      Đọc kế hoạch (TXT, DOCX, PDF) và in các nhiệm vụ tìm được: số thứ tự, nhiệm vụ,
      loại, đơn vị chủ trì, phối hợp, thời hạn, dòng nguồn. --save lưu thành kế hoạch
      dự thảo của khóa (--term: mã khóa như LCH:XV hoặc id), khớp tên đơn vị với tổ chức.
      Mã thoát 2 khi văn bản không có nhiệm vụ.
  due [--days 7] [--today YYYY-MM-DD] [--json]
      Kiểm tra hạn: nhiệm vụ sắp đến hạn trong N ngày và quá hạn của các kế hoạch đã ban
      hành; ghi nhắc việc (mỗi nhiệm vụ, người, ngày một lần) trong ứng dụng, và gửi
      thư khi có SMTP_URL. --today thay cho ngày hôm nay (theo giờ Việt Nam).
  report --plan ID --format xlsx|docx|pdf|csv [--out TỆP] [--force]
      Báo cáo tình hình thực hiện nhiệm vụ của kế hoạch (TT, Nhiệm vụ, Đơn vị chủ trì,
      Đơn vị phối hợp, Thời hạn, Sản phẩm, Tình hình thực hiện, Đánh giá). Tệp ghi vào
      --out, hoặc theo tên của nó trong thư mục hiện tại; không ghi đè nếu thiếu --force.

Cơ sở dữ liệu theo DATABASE_URL / DATA_DIR như lệnh serve; lệnh chạy với quyền hệ thống.`,
  en: `Usage: resolute tasks <subcommand> [options]

  import FILE [--save --term CODE:CONGRESS] [--json]
      Read a plan (TXT, DOCX, PDF) and print the tasks found: number, task, kind, lead
      and supporting units, deadline, source line. --save stores them as a draft plan of
      the term (--term: a key such as LCH:XV, or an id), matching unit names to
      organisations. Exit code 2 when the document has no task.
  due [--days 7] [--today YYYY-MM-DD] [--json]
      The due check: tasks of published plans due within N days and overdue; records
      reminders in the app (once per task, user and day) and e-mails them when SMTP_URL
      is set. --today stands for today (Vietnam's calendar).
  report --plan ID --format xlsx|docx|pdf|csv [--out FILE] [--force]
      The plan's task status report (TT, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp,
      Thời hạn, Sản phẩm, Tình hình thực hiện, Đánh giá). The file goes to --out, or to
      its own name in the current directory; an existing file is kept unless --force.

The database is DATABASE_URL / DATA_DIR as for serve; the command runs as the system.`,
};
