/** Conversion between indicator rows and `Indicator` records (JSON columns, supporting units). */
import type { Insertable, Selectable } from 'kysely';
import type { Baseline, Indicator } from '../domain/entities.ts';
import type { Target } from '../domain/target.ts';
import { fromJson, toJson } from './json-column.ts';
import type { IndicatorsTable } from './tables.ts';

/** A stored row plus the ids of its supporting units. */
export function toIndicator(row: Selectable<IndicatorsTable>, supportingUnitIds: string[]): Indicator {
  return {
    id: row.id,
    termId: row.term_id,
    groupId: row.group_id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    targetText: row.target_text,
    target: fromJson<Target>(row.target_json),
    direction: row.direction,
    baseline: fromJson<Baseline>(row.baseline_json),
    leadUnitId: row.lead_unit_id,
    supportingUnitIds,
    sourceDocumentId: row.source_document_id,
    sourceLine: row.source_line,
    previousIndicatorId: row.previous_indicator_id,
    status: row.status,
    position: row.position,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The row of an indicator (everything but its supporting units). */
export function toIndicatorRow(indicator: Indicator): Insertable<IndicatorsTable> {
  return {
    id: indicator.id,
    term_id: indicator.termId,
    group_id: indicator.groupId,
    parent_id: indicator.parentId,
    code: indicator.code,
    name: indicator.name,
    unit: indicator.unit,
    target_text: indicator.targetText,
    target_json: toJson(indicator.target),
    direction: indicator.direction,
    baseline_json: toJson(indicator.baseline),
    lead_unit_id: indicator.leadUnitId,
    source_document_id: indicator.sourceDocumentId,
    source_line: indicator.sourceLine,
    previous_indicator_id: indicator.previousIndicatorId,
    status: indicator.status,
    position: indicator.position,
    version: indicator.version,
    created_at: indicator.createdAt,
    updated_at: indicator.updatedAt,
  };
}
