/**
 * What an audit entry changed, for a person: the fields a user cares about (not versions or
 * timestamps), each as "field: before → after" with its value written as the screens write
 * it (figures as "53,2%", states and kinds in words, units by name). Pure, so it is tested
 * without a browser.
 */
import type { MessageKey, MessageParams } from '../i18n/translate.ts';
import { formatFigure, formatNumber, NO_VALUE } from '../format/format.ts';

/** The part of an audit entry this reads (the API's AuditEntry has these fields). */
export interface AuditEntryLike {
  entity: string;
  action: 'create' | 'update' | 'transition' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Set when the record was created (there is no "before"). */
  created: boolean;
}

/** The fields shown per entity, in this order; the rest is bookkeeping. */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  observation: ['state', 'kind', 'value', 'valueText', 'note', 'returnReason'],
  indicator: ['status', 'code', 'name', 'unit', 'targetText', 'direction', 'baseline', 'groupId', 'leadUnitId', 'supportingUnitIds', 'previousIndicatorId'],
  evidence: ['fileName'],
};

function blank(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The shown fields an entry changed; a creation lists the fields it set, a deletion none. */
export function changesOf(entry: AuditEntryLike): FieldChange[] {
  const fields = SHOWN[entry.entity] ?? [];
  if (entry.action === 'delete') return [];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return fields
    .filter((field) => (entry.action === 'create' ? !blank(after[field]) : !same(before[field], after[field])))
    .map((field) => ({ field, before: entry.action === 'create' ? null : before[field], after: after[field], created: entry.action === 'create' }));
}

/** What the entry did, in the words of the workflow: submitted, approved, returned, published, or the plain action. */
export function actionKey(entry: AuditEntryLike): MessageKey {
  const state = entry.after?.state;
  if (entry.entity === 'observation' && entry.action === 'transition') {
    if (state === 'submitted') return 'audit.do.submitted';
    if (state === 'approved') return 'audit.do.approved';
    if (state === 'returned') return 'audit.do.returned';
  }
  if (entry.entity === 'indicator' && entry.before?.status === 'draft' && entry.after?.status === 'published') return 'audit.do.published';
  return `audit.action.${entry.action}`;
}

const FIELD_LABEL: Readonly<Record<string, MessageKey>> = {
  state: 'audit.field.state',
  status: 'audit.field.status',
  kind: 'col.kind',
  value: 'col.figure',
  valueText: 'audit.field.valueText',
  note: 'col.note',
  returnReason: 'audit.field.returnReason',
  code: 'col.code',
  name: 'col.name',
  unit: 'col.unit',
  targetText: 'col.target',
  direction: 'indicator.direction',
  baseline: 'indicator.baseline',
  groupId: 'col.group',
  leadUnitId: 'col.lead',
  supportingUnitIds: 'audit.field.supportingUnits',
  previousIndicatorId: 'indicator.previous',
  fileName: 'audit.field.fileName',
};

/** What values are written with: the message lookup, and names of units and groups by id. */
export interface ValueContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  unitName: (id: string | null) => string;
  groupName: (id: string | null) => string;
  /** The indicator's unit, for figures ("53,2%"). */
  unit: string | null;
}

/** The label of a field ("Kết quả", "Trạng thái"); an unknown field keeps its name. */
export function fieldLabel(field: string, t: ValueContext['t']): string {
  const key = FIELD_LABEL[field];
  return key === undefined ? field : t(key);
}

const STATES = ['draft', 'submitted', 'approved', 'returned'] as const;
const STATUSES = ['draft', 'published'] as const;
const KINDS = ['estimate', 'official'] as const;
const DIRECTIONS = ['increase', 'decrease', 'band', 'structure', 'unknown'] as const;

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((known) => known === value);
}

function enumWord(field: string, value: string, t: ValueContext['t']): string | null {
  if (field === 'state' && oneOf(STATES, value)) return t(`obsState.${value}`);
  if (field === 'status' && oneOf(STATUSES, value)) return t(`audit.status.${value}`);
  if (field === 'kind' && oneOf(KINDS, value)) return t(`kind.${value}`);
  if (field === 'direction' && oneOf(DIRECTIONS, value)) return t(`direction.${value}`);
  return null;
}

function baselineText(value: unknown, context: ValueContext): string | null {
  if (typeof value !== 'object' || value === null || !('value' in value) || typeof value.value !== 'number') return null;
  const year = 'year' in value && typeof value.year === 'number' ? ` (${value.year})` : '';
  return `${formatFigure(value.value, context.unit)}${year}`;
}

/** One value of a field as the screens write it; "—" for none. */
export function formatAuditValue(field: string, value: unknown, context: ValueContext): string {
  if (blank(value)) return NO_VALUE;
  if (field === 'value' && typeof value === 'number') return formatFigure(value, context.unit);
  if (field === 'leadUnitId' && typeof value === 'string') return context.unitName(value);
  if (field === 'groupId' && typeof value === 'string') return context.groupName(value);
  if (field === 'supportingUnitIds' && Array.isArray(value)) return value.map((id) => context.unitName(typeof id === 'string' ? id : null)).join(', ');
  if (field === 'previousIndicatorId') return context.t('audit.linked');
  if (field === 'baseline') return baselineText(value, context) ?? NO_VALUE;
  if (typeof value === 'string') return enumWord(field, value, context.t) ?? value;
  if (typeof value === 'number') return formatNumber(value, 6);
  if (typeof value === 'boolean') return context.t(value ? 'audit.yes' : 'audit.no');
  return JSON.stringify(value);
}

/** "Kết quả: 52% → 50,2%"; a creation says only the value set ("Kết quả: 52%"). */
export function changeText(change: FieldChange, context: ValueContext): string {
  const label = fieldLabel(change.field, context.t);
  const after = formatAuditValue(change.field, change.after, context);
  if (change.created) return `${label}: ${after}`;
  return `${label}: ${formatAuditValue(change.field, change.before, context)} → ${after}`;
}
