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

export const HELP = { main: MAIN, extract: EXTRACT, evaluate: EVALUATE };
