/**
 * The meaning of a target as a resolution writes it ("9-10%/năm", "trên 95%",
 * "giảm bình quân 2%/năm"). Parsed by `parseTarget` (target-parse.ts); evaluated by
 * `evaluate` (evaluate.ts). The original text is always kept.
 */

/** Which way is good for the indicator. */
export type Direction =
  | 'increase' // more is better (GRDP per capita, forest cover)
  | 'decrease' // less is better (malnutrition rate, poverty rate)
  | 'band' // inside a range is best (population growth 1,5-1,6%)
  | 'structure' // a share of a whole that should move towards the target (economic structure)
  | 'unknown';

/** What period the figure refers to. */
export type Per =
  | 'year' // an annual figure or annual average: "/năm", "bình quân", "hằng năm", "mỗi năm"
  | 'term_end' // the value reached at the end of the term: "đến năm 2025"
  | 'term_total' // a total over the term: "giai đoạn 2021-2025 đạt 401 triệu USD"
  | null; // not said

/** Numeric bounds shared by every numeric target. `null` is an open side. */
export interface Bounds {
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
}

interface TargetCommon extends Bounds {
  /** The original text, as the document wrote it. */
  text: string;
  /** Normalised unit: "%", "‰", "tỷ đồng", "triệu đồng", "ha", "bác sỹ/1 vạn dân", ... or null. */
  unit: string | null;
  /** What the figure is a share of, for ratios: "tổng số đảng viên", "GRDP". */
  basis: string | null;
  per: Per;
  /** The year the target refers to ("đến năm 2025"), when written. */
  year: number | null;
  direction: Direction;
}

/** "53%", "đạt 3.000 tỷ đồng", "13 bác sỹ/1 vạn dân", "100%". min = max = value. */
export interface PointTarget extends TargetCommon {
  kind: 'point';
  value: number;
}
/** "9-10%/năm", "1.800-2.000 USD", "95 - 100%". */
export interface RangeTarget extends TargetCommon {
  kind: 'range';
}
/** "trên 95%", "> 10", "từ 1.000 ... trở lên", "ít nhất", "tối thiểu", ">=". max = null. */
export interface AtLeastTarget extends TargetCommon {
  kind: 'at_least';
}
/** "dưới 15%", "< 20", "không quá", "tối đa", "xuống dưới 15%", "giảm còn dưới 16%". min = null. */
export interface AtMostTarget extends TargetCommon {
  kind: 'at_most';
}
/** "khoảng 10%", "khoảng 6,5 - 7%": min/max hold the stated value or range. */
export interface ApproxTarget extends TargetCommon {
  kind: 'approx';
}
/**
 * A change by an amount: "giảm bình quân 2%/năm", "giảm 3-4%", "tăng 1,66 lần".
 * The bounds are the size of the change; observations report the achieved change.
 */
export interface ChangeTarget extends TargetCommon {
  kind: 'change';
  sense: 'increase' | 'decrease';
  /** "điểm phần trăm" (percentage points) vs a relative percentage vs a multiple ("lần"). */
  measure: 'points' | 'percent' | 'times' | 'absolute';
}
/** "ổn định 42%", "duy trì 95%", "giữ vững": keep a level. Bounds hold the level when stated. */
export interface MaintainTarget extends TargetCommon {
  kind: 'maintain';
}
/** "không còn xã dưới 15 tiêu chí", "xóa ... trắng": nothing of the kind may remain. max = 0. */
export interface NoneLeftTarget extends TargetCommon {
  kind: 'none_left';
}
/** A yes/no goal without a figure: "hoàn thành phổ cập giáo dục mầm non". */
export interface QualitativeTarget extends TargetCommon {
  kind: 'qualitative';
}
/** Text the parser could not understand: kept, never dropped or guessed. */
export interface UnparsedTarget extends TargetCommon {
  kind: 'unparsed';
  reason: string;
}

export type Target =
  | PointTarget
  | RangeTarget
  | AtLeastTarget
  | AtMostTarget
  | ApproxTarget
  | ChangeTarget
  | MaintainTarget
  | NoneLeftTarget
  | QualitativeTarget
  | UnparsedTarget;

export type TargetKind = Target['kind'];
