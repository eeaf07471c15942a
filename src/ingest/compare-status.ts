/**
 * Evaluates every figure a document reports against its target and marks where the
 * document's own status word disagrees with the computed one.
 */
import type { ExtractedIndicator, ExtractedObservation } from '../domain/document.ts';
import { compareWithDocument, evaluate, qualifierOf, type Observation } from '../domain/evaluate.ts';
import { shareDirectionOf } from '../domain/target-meaning.ts';
import { STATUS_WORD } from '../domain/vocabulary/index.ts';

/** Reads a result cell such as ">80" or "<15" as a value with a qualifier. */
function observationOf(observed: ExtractedObservation): Observation {
  return { value: observed.value, qualifier: qualifierOf(observed.text) };
}

/** Returns the indicators with `computedStatus`, `explanation` and `disagrees` filled in. */
export function compareStatuses(indicators: readonly ExtractedIndicator[]): ExtractedIndicator[] {
  return indicators.map((indicator) => {
    const target = indicator.target;
    if (!target || indicator.observations.length === 0) return indicator;
    const shareDirection = target.direction === 'structure' ? shareDirectionOf(indicator.name) : null;
    const observations = indicator.observations.map((observed) => {
      const evaluation = evaluate(target, observationOf(observed), { stage: observed.stage ?? 'final', shareDirection });
      const { agrees } = compareWithDocument(observed.documentStatus, evaluation);
      return {
        ...observed,
        computedStatus: evaluation.status ? STATUS_WORD[evaluation.status] : null,
        explanation: evaluation.explanation,
        disagrees: agrees === false,
      };
    });
    return { ...indicator, observations };
  });
}
