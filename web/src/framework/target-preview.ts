/**
 * The live preview of a target as the secretariat types it in the import review: the same
 * parser the server runs when the indicator is saved (src/domain/target-parse.ts, with the
 * indicator's name, unit and the term's last year), said back in words, with the direction and
 * unit the server will store. So what the preview shows is what saving will keep.
 */
import { parseTarget } from '../../../src/domain/target-parse.ts';
import type { Direction, Target, TargetKind } from '../../../src/domain/target.ts';
import { targetMeaning } from '../format/target-text.ts';
import type { Lang } from '../i18n/translate.ts';

/** How far the text was understood: a figure with its meaning, a goal without a figure, not understood, or no target at all. */
export type PreviewState = 'understood' | 'qualitative' | 'unparsed' | 'none';

export interface TargetPreview {
  state: PreviewState;
  /** The parsed target; null when the text is empty (saving removes the target). */
  target: Target | null;
  kind: TargetKind | null;
  /** The meaning in the interface language ("9-10%/năm", "9-10% per year"); null without a target. */
  meaning: string | null;
  /** The direction saving stores when none is chosen by hand. */
  direction: Direction;
  /** The unit saving stores: the indicator's own, else the one written in the target. */
  unit: string | null;
  /** Why the parser could not read the text (its own words, for the curious). */
  reason: string | null;
}

export interface PreviewContext {
  /** The indicator's name: the parser reads "giảm", "tỷ lệ ... nghèo" etc. from it. */
  name: string;
  unit: string | null;
  /** The term's last year: "đến năm 2030" targets refer to it. */
  termEndYear: number;
}

function stateOf(target: Target): PreviewState {
  if (target.kind === 'unparsed') return 'unparsed';
  if (target.kind === 'qualitative') return 'qualitative';
  return 'understood';
}

/**
 * The preview of `text` as a target. Mirrors the server's edit (framework.service.ts
 * editIndicator): surrounding spaces are dropped, an empty text means no target.
 * @example previewTarget('9-10%/năm', { name: 'Tốc độ tăng trưởng GRDP', unit: null, termEndYear: 2030 }, 'vi').meaning // "9-10%/năm"
 */
export function previewTarget(text: string, context: PreviewContext, lang: Lang): TargetPreview {
  const trimmed = text.trim();
  if (trimmed === '') return { state: 'none', target: null, kind: null, meaning: null, direction: 'unknown', unit: context.unit, reason: null };
  const target = parseTarget(trimmed, { name: context.name, unit: context.unit, termEndYear: context.termEndYear });
  return {
    state: stateOf(target),
    target,
    kind: target.kind,
    meaning: target.kind === 'unparsed' ? null : targetMeaning(target, lang),
    direction: target.direction,
    unit: context.unit ?? target.unit,
    reason: target.kind === 'unparsed' ? target.reason : null,
  };
}
