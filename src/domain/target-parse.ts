/**
 * Reads a target as resolutions and appendix tables write it ("9-10%/năm", "trên 95%",
 * "giảm bình quân 2%/năm", a table cell "<15" with its unit column) into the `Target` union.
 * The rules are listed in README.md ("Targets"). This module assembles the steps:
 * target-figures.ts finds the figures, target-setting.ts reads the text around them and
 * chooses one, target-meaning.ts gives it a meaning; the words are in vocabulary/target.ts.
 */
import type { Bounds, Target } from './target.ts';
import { readUnitAt, normalizeUnit } from './units.ts';
import { scanFigures, type Figure } from './target-figures.ts';
import { boundOf, boundsOf, changeSense, directionOf, effectiveBound, kindOf, measureOf, nameDirection, periodOf } from './target-meaning.ts';
import { chooseFigure, clauseVerb, cutComponents, prepare, settingOf } from './target-setting.ts';
import { NONE_LEFT, UNIT_WORD } from './vocabulary/index.ts';

/** What the caller knows besides the text: the indicator's name, a table's unit column, the term. */
export interface TargetContext {
  name?: string;
  unit?: string | null;
  termEndYear?: number;
}

/** Longer texts are no target; refusing them keeps the parser's time bounded. */
const MAX_TARGET_LENGTH = 2000;

/** The bounds of a target without a figure. */
const NO_BOUNDS: Bounds = { min: null, max: null, minInclusive: false, maxInclusive: false };

/** A target the parser could not read: kept with the reason, no number guessed. */
function unparsed(text: string, reason: string, unit: string | null): Target {
  return { kind: 'unparsed', reason, text, unit, basis: null, per: null, year: null, direction: 'unknown', ...NO_BOUNDS };
}

/** Builds the target of a chosen figure. */
function fromFigure(text: string, work: string, figures: readonly Figure[], figure: Figure, context: TargetContext): Target {
  const setting = settingOf(work, figures, figure, context.name);
  const words = boundOf(setting);
  const contextUnit = normalizeUnit(context.unit);
  if (words === 'conflict') return unparsed(text, 'words for both a lower and an upper bound', figure.unit ?? contextUnit.unit);
  const bound = effectiveBound(setting, words);
  const maintained = setting.roles.includes('maintain') || setting.verb === 'maintain';
  const sense = maintained ? null : changeSense(setting);
  const kind = kindOf(setting, bound, sense);
  const rawUnit = figure.unit ?? contextUnit.unit;
  const unit = rawUnit === UNIT_WORD.points ? '%' : kind === 'change' && rawUnit === UNIT_WORD.times ? null : rawUnit;
  const bounds = boundsOf(figure, kind === 'point' || kind === 'approx' ? null : bound);
  const { per, year } = periodOf(setting, unit, contextUnit.per, kind === 'change', context.termEndYear);
  const direction = directionOf(kind, bounds, setting, sense);
  const base = { text, unit, basis: figure.basis, per, year, direction, ...bounds };
  if (kind === 'point') return { kind, value: figure.min, ...base };
  if (kind === 'change') return { kind, sense: sense ?? 'increase', measure: measureOf(unit, rawUnit, setting.nameText), ...base };
  return { kind, ...base };
}

/** Builds the target of a text with no figure: nothing left, a level kept, or a qualitative goal. */
function withoutFigure(text: string, work: string, context: TargetContext): Target {
  const unit = normalizeUnit(context.unit).unit;
  const nameText = `${(context.name ?? '').normalize('NFC').toLocaleLowerCase('vi')} ${work}`;
  const base = { text, unit, basis: null, per: null, year: null, ...NO_BOUNDS };
  if (clauseVerb(work) === 'maintain') return { kind: 'maintain', ...base, direction: nameDirection(nameText) ?? 'unknown' };
  if ((work.match(/\p{L}{2,}/gu) ?? []).length >= 2) return { kind: 'qualitative', ...base, direction: 'unknown' };
  return unparsed(text, 'no figure and no goal wording', unit);
}

/** Builds a "không còn ..." target: nothing of the kind may remain. */
function noneLeft(text: string, work: string, markerEnd: number, context: TargetContext): Target {
  const unit = readUnitAt(work, markerEnd).unit ?? normalizeUnit(context.unit).unit;
  return { kind: 'none_left', text, unit, basis: null, per: null, year: null, direction: 'decrease', min: null, max: 0, minInclusive: false, maxInclusive: true };
}

/**
 * Parses a target as a resolution or an appendix table writes it; never throws, never guesses a
 * number: what it cannot read comes back as `unparsed` with a reason. `text` is the input in NFC.
 * @example parseTarget('9-10%/năm') // { kind: 'range', min: 9, max: 10, unit: '%', per: 'year', ... }
 * @example parseTarget('<15', { name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng', unit: '%' }) // at_most 15, decrease
 */
export function parseTarget(text: string, context: TargetContext = {}): Target {
  const nfc = text.normalize('NFC');
  if (nfc.length > MAX_TARGET_LENGTH) return unparsed(nfc, 'text too long for a target', normalizeUnit(context.unit).unit);
  let work = prepare(nfc);
  if (work === '') return unparsed(nfc, 'empty text', normalizeUnit(context.unit).unit);
  let figures = scanFigures(work);
  const cut = cutComponents(work, figures);
  if (cut !== work) {
    work = cut;
    figures = scanFigures(work);
  }
  const problem = figures.find((f) => f.problem !== null)?.problem;
  if (problem !== undefined && problem !== null) return unparsed(nfc, problem, normalizeUnit(context.unit).unit);
  // "không còn X dưới 15 tiêu chí": a figure after the marker describes what is counted, so the marker wins.
  const marker = NONE_LEFT.exec(work);
  if (marker !== null) return noneLeft(nfc, work, marker.index + marker[0].length, context);
  const figure = chooseFigure(work, figures, context.name);
  return figure === null ? withoutFigure(nfc, work, context) : fromFigure(nfc, work, figures, figure, context);
}
