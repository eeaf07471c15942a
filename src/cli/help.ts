/** Help texts of the CLI, in Vietnamese and English. */
import type { Lang } from './messages.ts';

const MAIN = {
  vi: `resolute — theo dõi, đánh giá thực hiện Nghị quyết Đại hội

Cách dùng: resolute <lệnh> [tuỳ chọn]

Lệnh:
  extract FILE     Đọc văn bản (TXT, DOCX, PDF): thông tin văn bản, mục lục,
                   chú thích và bảng chỉ tiêu
  evaluate FILE    Đánh giá các bảng kết quả trong văn bản, so sánh với đánh giá
                   của chính văn bản, và câu tổng hợp
  serve            Chạy máy chủ (npm start): cập nhật cơ sở dữ liệu, nạp dữ liệu
                   mẫu nếu trống, in địa chỉ và tài khoản mẫu
  migrate          Cập nhật cấu trúc cơ sở dữ liệu
  backup FILE      Sao lưu cơ sở dữ liệu SQLite khi máy chủ đang chạy
  restore FILE     Khôi phục bản sao lưu vào cơ sở dữ liệu trống
  tasks import FILE  Đọc nhiệm vụ từ kế hoạch; --save lưu thành kế hoạch dự thảo
  tasks due        Kiểm tra hạn nhiệm vụ, ghi và gửi nhắc việc (--days 7)
  report KIND      Xuất báo cáo (phụ lục, báo cáo tóm tắt, so sánh nhiệm kỳ,
                   so sánh địa phương) ra XLSX, DOCX, PDF, CSV hoặc JSON
  consult SUB      Lấy ý kiến vào dự thảo: open, close, import-comments,
                   synthesis, export ("resolute consult --help")

Tuỳ chọn chung:
  --json           In kết quả dạng JSON (hợp đồng ổn định cho công cụ khác)
  -q, --quiet      Không in tiến trình
  --lang vi|en     Ngôn ngữ (mặc định: vi; hoặc biến môi trường RESOLUTE_LANG)
  -h, --help       Trợ giúp; "resolute <lệnh> --help" cho từng lệnh

Mã thoát: 0 thành công; 1 lỗi dữ liệu vào (tệp không đọc được, sai cách dùng);
          2 đọc được nhưng không có chỉ tiêu; 70 lỗi nội bộ.`,
  en: `resolute — monitor the implementation of Party Congress resolutions

Usage: resolute <command> [options]

Commands:
  extract FILE     Read a document (TXT, DOCX, PDF): metadata, outline,
                   footnotes and the indicator table
  evaluate FILE    Evaluate the document's result tables, compare with the
                   document's own status words, and print the rollup sentence
  serve            Run the server (npm start): migrate, load the demo into an
                   empty database, print the address and the demo logins
  migrate          Apply pending database migrations
  backup FILE      Back up the SQLite database while the server runs
  restore FILE     Restore a backup into an empty database
  tasks import FILE  Read the tasks of a plan; --save stores a draft plan
  tasks due        The due check of tasks: record and send reminders (--days 7)
  report KIND      Write a report (appendix, summary, term comparison,
                   province comparison) as XLSX, DOCX, PDF, CSV or JSON
  consult SUB      Consultations on drafts: open, close, import-comments,
                   synthesis, export ("resolute consult --help")

Common options:
  --json           Print JSON (a stable contract for other tools)
  -q, --quiet      No progress output
  --lang vi|en     Language (default: vi; or the RESOLUTE_LANG variable)
  -h, --help       Help; "resolute <command> --help" for one command

Exit codes: 0 success; 1 bad input (unreadable file, wrong usage);
            2 read, but no indicators; 70 internal error.`,
} satisfies Record<Lang, string>;

const EXTRACT = {
  vi: `Cách dùng: resolute extract FILE [--json] [--quiet] [--lang vi|en]

Đọc một văn bản TXT, DOCX hoặc PDF và in: thông tin văn bản (cơ quan ban hành,
số ký hiệu, ngày, loại, nhiệm kỳ), độ sâu mục lục, số chú thích, và bảng các chỉ
tiêu tìm được (từ danh sách chỉ tiêu và từ bảng phụ lục), mỗi chỉ tiêu với dòng
nguồn. --json in toàn bộ kết quả theo hợp đồng JSON (xem README).`,
  en: `Usage: resolute extract FILE [--json] [--quiet] [--lang vi|en]

Reads a TXT, DOCX or PDF document and prints: its metadata (issuer, number,
date, kind, term), the outline depth, the footnote count, and the table of
indicators found (from target lists and appendix tables), each with its source
line. --json prints everything in the JSON contract (see the README).`,
} satisfies Record<Lang, string>;

const EVALUATE = {
  vi: `Cách dùng: resolute evaluate FILE [--json] [--quiet] [--lang vi|en]

Đọc các bảng kết quả thực hiện chỉ tiêu trong văn bản, tính lại đánh giá (Vượt,
Đạt, Chưa đạt, Không đạt, Khó đạt) từ mục tiêu và kết quả, đặt cạnh đánh giá
của chính văn bản, đánh dấu ≠ chỗ khác nhau, và in câu tổng hợp cho từng cột.`,
  en: `Usage: resolute evaluate FILE [--json] [--quiet] [--lang vi|en]

Reads the document's result tables, computes each status (Vượt, Đạt, Chưa đạt,
Không đạt, Khó đạt) from the target and the result, sets it beside the
document's own status word, marks differences with ≠, and prints the rollup
sentence for each column.`,
} satisfies Record<Lang, string>;

const ENVIRONMENT = {
  vi: 'Cấu hình qua biến môi trường (PORT, HOST, DATABASE_URL, DATA_DIR, ...): xem README.',
  en: 'Configured through environment variables (PORT, HOST, DATABASE_URL, DATA_DIR, ...): see the README.',
} satisfies Record<Lang, string>;

const SERVE = {
  vi: `Cách dùng: resolute serve [--no-demo] [--lang vi|en]

Cập nhật cấu trúc cơ sở dữ liệu, nạp dữ liệu mẫu tỉnh Lai Châu khi cơ sở dữ liệu
trống (--no-demo hoặc RESOLUTE_DEMO=false để bỏ qua), rồi phục vụ API tại
http://HOST:PORT (tài liệu tại /api/docs). In địa chỉ và các tài khoản mẫu.
Nhấn Ctrl+C (hoặc gửi SIGTERM) để dừng. ${ENVIRONMENT.vi}`,
  en: `Usage: resolute serve [--no-demo] [--lang vi|en]

Migrates the database, loads the Lai Châu demo province when the database is
empty (--no-demo or RESOLUTE_DEMO=false to skip), then serves the API at
http://HOST:PORT (documentation at /api/docs). Prints the address and the demo
logins. Ctrl+C (or SIGTERM) stops it. ${ENVIRONMENT.en}`,
} satisfies Record<Lang, string>;

const MIGRATE = {
  vi: `Cách dùng: resolute migrate [--lang vi|en]

Áp dụng các bản cập nhật cấu trúc cơ sở dữ liệu còn thiếu (máy chủ cũng tự làm
khi khởi động). ${ENVIRONMENT.vi}`,
  en: `Usage: resolute migrate [--lang vi|en]

Applies pending database migrations (the server also does on start).
${ENVIRONMENT.en}`,
} satisfies Record<Lang, string>;

const BACKUP = {
  vi: `Cách dùng: resolute backup FILE [--lang vi|en]

Sao lưu nhất quán cơ sở dữ liệu SQLite vào FILE (chưa tồn tại), kể cả khi máy
chủ đang ghi. Với PostgreSQL (DATABASE_URL=postgres://...), lệnh in cách dùng
pg_dump / pg_restore và thoát với mã 1. ${ENVIRONMENT.vi}`,
  en: `Usage: resolute backup FILE [--lang vi|en]

Makes a consistent copy of the SQLite database in FILE (which must not exist),
even while the server writes. For PostgreSQL (DATABASE_URL=postgres://...) it
prints how to use pg_dump / pg_restore and exits with 1. ${ENVIRONMENT.en}`,
} satisfies Record<Lang, string>;

const RESTORE = {
  vi: `Cách dùng: resolute restore FILE [--lang vi|en]

Khôi phục bản sao lưu FILE vào cơ sở dữ liệu SQLite đang cấu hình, chỉ khi cơ sở
dữ liệu đó trống (không ghi đè dữ liệu). Hãy dừng máy chủ trước.
Với PostgreSQL: dùng pg_restore. ${ENVIRONMENT.vi}`,
  en: `Usage: resolute restore FILE [--lang vi|en]

Restores the backup FILE into the configured SQLite database, only when that
database is empty (it never overwrites data). Stop the server first.
For PostgreSQL: use pg_restore. ${ENVIRONMENT.en}`,
} satisfies Record<Lang, string>;

const REPORT = {
  vi: `Cách dùng:
  resolute report appendix --term KỲ --as-of KỲBC [--as-of KỲBC2] [tuỳ chọn]
  resolute report summary  --term KỲ --as-of KỲBC [--as-of KỲBC2] [tuỳ chọn]
  resolute report compare-terms --term KỲ [tuỳ chọn]
  resolute report compare-orgs  --term KỲ --term KỲ2 [...] [--as-of KỲBC --as-of KỲBC2 ...] [tuỳ chọn]

Xuất báo cáo từ cơ sở dữ liệu đang cấu hình (như "serve"):
  appendix       Phụ lục kết quả thực hiện các chỉ tiêu, một hoặc hai kỳ cạnh nhau
  summary        Báo cáo tóm tắt: đoạn tổng hợp, danh sách chỉ tiêu khó đạt, rồi phụ lục
  compare-terms  Mục tiêu, kết quả, đánh giá nhiệm kỳ trước bên cạnh mục tiêu nhiệm kỳ này
  compare-orgs   Cùng chỉ tiêu của nhiều địa phương (mỗi --term một địa phương)

KỲ (nhiệm kỳ): mã, hoặc MÃ-ĐƠN-VỊ:ĐẠI-HỘI, ví dụ LCH:XIV, DBN:XIV.
KỲBC (kỳ báo cáo của nhiệm kỳ): mã, loại kỳ (mid_term, term_end) hoặc năm
  (2020: kỳ năm 2020; 2023: kỳ năm 2023, nếu không có thì kỳ kết thúc năm 2023).
  Với compare-orgs, --as-of thứ i thuộc --term thứ i; bỏ trống: kỳ đã đóng gần nhất.

Tuỳ chọn:
  --format F       xlsx (mặc định), docx, pdf, csv, json
  --out FILE       Tệp ghi ra; mặc định: tên báo cáo trong thư mục hiện tại
                   (ví dụ phu-luc-ket-qua-chi-tieu-2023.xlsx)
  --force          Ghi đè tệp đã có (mặc định: không ghi đè)
  --next-target    (appendix, summary) thêm cột mục tiêu nhiệm kỳ tới
  --note           (appendix, summary) thêm cột ghi chú
  -q, --quiet      Không in tiến trình
  --lang vi|en     Ngôn ngữ thông báo

In đường dẫn tệp đã ghi ra stdout. ${ENVIRONMENT.vi}`,
  en: `Usage:
  resolute report appendix --term TERM --as-of PERIOD [--as-of PERIOD2] [options]
  resolute report summary  --term TERM --as-of PERIOD [--as-of PERIOD2] [options]
  resolute report compare-terms --term TERM [options]
  resolute report compare-orgs  --term TERM --term TERM2 [...] [--as-of P --as-of P2 ...] [options]

Writes a report from the configured database (as "serve" uses):
  appendix       The results appendix of the indicators, one or two periods side by side
  summary        The narrative summary with the at-risk list, then the appendix
  compare-terms  The previous term's target, result and evaluation beside this term's target
  compare-orgs   The same indicators in several provinces (one --term each)

TERM: an id, or ORGANISATION-CODE:CONGRESS, e.g. LCH:XIV, DBN:XIV.
PERIOD (of that term): an id, a kind (mid_term, term_end) or a year (2020: the
  year 2020; 2023: the year 2023, else the period that ends in 2023).
  With compare-orgs the i-th --as-of belongs to the i-th --term; none: each
  term's latest closed period.

Options:
  --format F       xlsx (default), docx, pdf, csv, json
  --out FILE       Where to write; default: the report's name in the current
                   directory (e.g. phu-luc-ket-qua-chi-tieu-2023.xlsx)
  --force          Overwrite an existing file (default: refuse)
  --next-target    (appendix, summary) add the next term's target column
  --note           (appendix, summary) add the notes column
  -q, --quiet      No progress output
  --lang vi|en     Language of the messages

Prints the written file's path on stdout. ${ENVIRONMENT.en}`,
} satisfies Record<Lang, string>;

export const HELP = { main: MAIN, extract: EXTRACT, evaluate: EVALUATE, serve: SERVE, migrate: MIGRATE, backup: BACKUP, restore: RESTORE, report: REPORT };
