/**
 * The sentences that explain a status and a forecast (src/domain/evaluate.ts,
 * evaluation-rules.ts, forecast.ts), as phrase tables: fixed words, and templates that take
 * figures and targets already written the Vietnamese way.
 */
import type { EvaluationStage } from '../evaluate.ts';
import type { Relation } from '../evaluation-rules.ts';

/** How the stage of a figure is named before its status word. */
export const STAGE_PHRASE = {
  final: 'đánh giá cuối kỳ',
  interim: 'đánh giá giữa kỳ',
  estimate: 'theo ước thực hiện cả nhiệm kỳ',
} as const satisfies Record<EvaluationStage, string>;

/** How a value stands against a target, in words. */
export const RELATION_WORD = {
  above: 'cao hơn',
  equal: 'bằng',
  within: 'nằm trong',
  meets: 'đạt ngưỡng',
  below: 'thấp hơn',
} as const satisfies Record<Relation, string>;

/** A result written "trên 80" / "dưới 15". */
export const QUALIFIER_WORD = { above: 'trên', below: 'dưới' } as const;

/** The parts of a status explanation. */
interface Compared {
  value: string;
  relation: string;
  target: string;
  /** PERCENT_OF_TARGET, or empty. */
  percent: string;
  stage: string;
  status: string;
}

/** The sentences of `evaluate`. */
export const EVALUATION_TEXT = {
  unparsed: (targetText: string) => `Không đọc được mục tiêu "${targetText}" nên không đánh giá được.`,
  noValue: 'Chưa có số liệu kết quả nên không đánh giá được.',
  noFigure: (targetText: string) => `Mục tiêu "${targetText}" không có con số để so sánh nên không đánh giá được.`,
  qualifiedUnknown: (value: string, target: string) => `Kết quả ${value} chưa đủ để so với mục tiêu ${target} nên không đánh giá được.`,
  percentOfTarget: (percent: string) => ` (bằng ${percent}% mục tiêu)`,
  compared: (c: Compared) => `Kết quả ${c.value} ${c.relation} mục tiêu ${c.target}${c.percent}; ${c.stage}: ${c.status}.`,
  noAnswer: 'Chưa có thông tin mục tiêu đã hoàn thành hay chưa nên không đánh giá được.',
  done: 'Mục tiêu đã hoàn thành',
  notDone: 'Mục tiêu chưa hoàn thành',
  answered: (fact: string, stage: string, status: string) => `${fact}; ${stage}: ${status}.`,
} as const;

/** What each evaluation rule does, for users, by rule id (EVALUATION_RULES). */
export const RULE_DESCRIPTION = {
  'point.increase': 'Càng cao càng tốt: cao hơn mục tiêu là Vượt, bằng là Đạt, thấp hơn là chưa đạt.',
  'point.decrease': 'Càng thấp càng tốt: thấp hơn mục tiêu là Vượt, bằng là Đạt, cao hơn là chưa đạt.',
  'point.band': 'Cần đúng mức mục tiêu: bằng là Đạt, khác là chưa đạt.',
  'range.increase': 'Khoảng, càng cao càng tốt: trên cận trên là Vượt, trong khoảng là Đạt, dưới cận dưới là chưa đạt.',
  'range.decrease': 'Khoảng, càng thấp càng tốt: dưới cận dưới là Vượt, trong khoảng là Đạt, trên cận trên là chưa đạt.',
  'range.band': 'Khoảng hợp lý: trong khoảng là Đạt, ngoài khoảng là chưa đạt.',
  'approx.increase': 'Khoảng chừng, càng cao càng tốt: trong biên độ là Đạt, cao hơn là Vượt, thấp hơn là chưa đạt.',
  'approx.decrease': 'Khoảng chừng, càng thấp càng tốt: trong biên độ là Đạt, thấp hơn là Vượt, cao hơn là chưa đạt.',
  'approx.band': 'Khoảng chừng, cần ở quanh mức mục tiêu: trong biên độ là Đạt, ngoài là chưa đạt.',
  at_least: 'Từ mức tối thiểu trở lên: đạt ngưỡng là Đạt, vượt rõ ngưỡng là Vượt, dưới ngưỡng là chưa đạt.',
  at_most: 'Không quá mức tối đa: dưới ngưỡng là Đạt, thấp rõ hơn ngưỡng là Vượt, từ ngưỡng trở lên là chưa đạt.',
  change: 'Mức tăng hoặc giảm đạt được so với mức đề ra: lớn hơn là Vượt, bằng là Đạt, nhỏ hơn là chưa đạt.',
  'maintain.increase': 'Duy trì mức: bằng hoặc cao hơn là Đạt, thấp hơn là chưa đạt.',
  'maintain.decrease': 'Duy trì mức: bằng hoặc thấp hơn là Đạt, cao hơn là chưa đạt.',
  'maintain.band': 'Ổn định ở mức: bằng là Đạt, lệch là chưa đạt.',
  'maintain.unstated': 'Duy trì, không nêu mức: đã giữ vững là Đạt, chưa giữ được là chưa đạt.',
  none_left: 'Không còn: bằng 0 là Đạt, còn lại là chưa đạt.',
  'structure.increase': 'Tỷ trọng cần tăng: trong biên độ là Đạt, cao hơn là Vượt, thấp hơn là chưa đạt.',
  'structure.decrease': 'Tỷ trọng cần giảm: trong biên độ là Đạt, thấp hơn là Vượt, cao hơn là chưa đạt.',
  'structure.closeness': 'Tỷ trọng không nêu chiều: trong biên độ là Đạt, ngoài là chưa đạt.',
  qualitative: 'Mục tiêu định tính: hoàn thành là Đạt, chưa hoàn thành là chưa đạt.',
  unparsed: 'Không đọc được mục tiêu: không đánh giá.',
  no_value: 'Chưa có số liệu kết quả: không đánh giá.',
  qualified_unknown: 'Kết quả chỉ ghi "trên" hoặc "dưới" một mức, chưa đủ để kết luận: không đánh giá.',
} as const;

/** A compound-rate projection: the pace, the years it was seen over and where it leads. */
interface Pace {
  falling: boolean;
  rate: string;
  span: string;
  year: number;
  projected: string;
}

/** A compound-rate projection's share of the gain the target needs. */
interface PaceRatio {
  /** FORECAST_TEXT.pace. */
  pace: string;
  ratio: string;
  /** The target needs a fall rather than a rise. */
  falling: boolean;
  target: string;
  status: string;
}

/** An annual target's projection: the average so far and the term's average. */
interface AnnualAverage {
  span: string;
  observed: string;
  linear: boolean;
  year: number;
  projected: string;
  verdict: string;
}

/** The sentences of `forecast`. */
export const FORECAST_TEXT = {
  noFigure: (targetText: string) => `Mục tiêu "${targetText}" không có con số nên không dự báo được.`,
  tooFewYears: (count: number) => `Cần số liệu ít nhất 2 năm để dự báo, hiện có ${count} năm.`,
  noCompoundRate: 'Không tính được tốc độ tăng bình quân vì có số liệu bằng 0 hoặc âm; hãy dùng xu hướng tuyến tính.',
  notCompared: (target: string) => `chưa so được với mục tiêu ${target}.`,
  compared: (relation: string, target: string, status: string) => `${relation} mục tiêu ${target}: ${status}.`,
  linear: (span: string, year: number, projected: string, verdict: string) =>
    `Theo xu hướng tuyến tính (${span}), dự báo năm ${year} đạt ${projected}, ${verdict}`,
  pace: (p: Pace) => `Theo tốc độ ${p.falling ? 'giảm' : 'tăng'} bình quân ${p.rate}%/năm (${p.span}), dự báo năm ${p.year} đạt ${p.projected}`,
  paceVerdict: (pace: string, verdict: string) => `${pace}, ${verdict}`,
  paceRatio: (r: PaceRatio) => `${r.pace}, bằng ${r.ratio}% ${r.falling ? 'mức cần giảm' : 'mức cần tăng'} để đạt mục tiêu ${r.target}: ${r.status}.`,
  annual: (a: AnnualAverage) =>
    `Bình quân ${a.span} đạt ${a.observed}; ${a.linear ? 'theo xu hướng tuyến tính' : 'giữ nhịp độ này'}, bình quân cả giai đoạn đến năm ${a.year} đạt ${a.projected}, ${a.verdict}`,
} as const;
