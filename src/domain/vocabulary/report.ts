/**
 * Sentences of reports and notes that are not explanations of one status: the summary
 * counts (src/domain/rollup.ts), the cleaner's warnings about a damaged document
 * (src/ingest/clean-text/warnings.ts) and the services' own sentences.
 */

/** The words of the summary sentence: "có 12 chỉ tiêu vượt, 10 chỉ tiêu đạt, ...". */
export const ROLLUP_TEXT = {
  /** What is counted, unless the caller names something else. */
  noun: 'chỉ tiêu',
  /** The counts, already joined by commas. */
  there: (counts: string) => `có ${counts}`,
  count: (count: string, noun: string, status: string) => `${count} ${noun} ${status}`,
  unevaluated: (count: string, noun: string) => `${count} ${noun} chưa đánh giá được`,
  none: (noun: string) => `chưa có ${noun} nào được đánh giá`,
  /** An at-risk item's figure and target, written after its name. */
  figure: (figure: string) => ` đạt ${figure}`,
  target: (target: string) => ` (mục tiêu ${target})`,
} as const;

/** The cleaner's notes on what it found damaged or dropped; `lines` is a list of line numbers joined by ", ". */
export const CLEANING_WARNING = {
  lostTotal: (total: number) => `Có ${total} ký tự bị hỏng (\uFFFD) do lỗi chuyển đổi; các ký tự này được giữ nguyên, cần đối chiếu với bản gốc.`,
  lostInLine: (line: number) => `Dòng ${line}: có ký tự bị hỏng (\uFFFD)`,
  lostManyInLine: (line: number, count: number) => `Dòng ${line}: có ${count} ký tự bị hỏng (\uFFFD)`,
  pageNumbers: (count: number, lines: string) => `Đã bỏ ${count} dòng số trang (dòng ${lines}).`,
  runningHeaders: (count: number, lines: string) => `Đã bỏ ${count} dòng tiêu đề lặp lại ở đầu hoặc cuối trang (dòng ${lines}).`,
} as const;

/** Why an indicator without a target (a parent, or one still to be reviewed) has no status. */
export const NO_TARGET_EXPLANATION = 'Chỉ tiêu chưa có mục tiêu nên không đánh giá được.';
