/**
 * A task's change history (its audit entries) for a person: what each entry did — created,
 * assigned, status set, cancelled, reopened, published with its plan — and each changed field
 * "before → after", dates dd/mm/yyyy, units by name, statuses and kinds in words. Bookkeeping
 * (versions, timestamps, positions) is left out. Pure, so it is tested without a browser.
 */
import { formatDate, NO_VALUE } from '../../format/format.ts';
import type { MessageKey, MessageParams } from '../../i18n/translate.ts';

/** The part of an audit entry this reads (the API's AuditEntry has these fields). */
export interface TaskAuditLike {
  action: 'create' | 'update' | 'transition' | 'delete';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface TaskFieldChange {
  field: string;
  before: unknown;
  after: unknown;
  created: boolean;
}

/** The fields shown, in this order. */
const SHOWN = [
  'status', 'title', 'kind', 'number', 'leadUnitId', 'supportingUnitIds', 'responsibleUserId', 'startDate', 'dueDate', 'recurrence', 'productText',
  'progressPercent', 'doneAt', 'cancelReason',
] as const;

const LABEL: Readonly<Record<(typeof SHOWN)[number], MessageKey>> = {
  status: 'tasks.field.status',
  title: 'tasks.field.title',
  kind: 'tasks.field.kind',
  number: 'tasks.field.number',
  leadUnitId: 'tasks.field.lead',
  supportingUnitIds: 'tasks.field.supporting',
  responsibleUserId: 'tasks.field.responsible',
  startDate: 'tasks.field.start',
  dueDate: 'tasks.field.due',
  recurrence: 'tasks.field.recurrence',
  productText: 'tasks.field.product',
  progressPercent: 'tasks.field.progress',
  doneAt: 'tasks.field.doneAt',
  cancelReason: 'tasks.field.cancelReason',
};

const blank = (value: unknown): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The shown fields an entry changed; a creation lists the fields it set. */
export function taskChanges(entry: TaskAuditLike): TaskFieldChange[] {
  if (entry.action === 'delete') return [];
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  return SHOWN.filter((field) => (entry.action === 'create' ? !blank(after[field]) : !same(before[field], after[field])))
    .map((field) => ({ field, before: entry.action === 'create' ? null : before[field], after: after[field], created: entry.action === 'create' }));
}

/** What the entry did, in the words of the task's life. */
export function taskActionKey(entry: TaskAuditLike): MessageKey {
  if (entry.action === 'create') return 'tasks.history.created';
  if (entry.action === 'delete') return 'tasks.history.deleted';
  const before = entry.before?.status;
  const after = entry.after?.status;
  if (after === 'cancelled' && before !== 'cancelled') return 'tasks.history.cancelled';
  if (before === 'cancelled' || (before === 'done' && after !== 'done')) return 'tasks.history.reopened';
  if (after === 'done' && before !== 'done') return 'tasks.history.done';
  if (after !== before) return 'tasks.history.status';
  if (!same(entry.before?.progressPercent, entry.after?.progressPercent)) return 'tasks.history.progress';
  return 'tasks.history.edited';
}

/** How values are named: messages, units and people by id. */
export interface TaskValueContext {
  t: (key: MessageKey, params?: MessageParams) => string;
  unitName: (id: string) => string;
}

const STATUSES = ['not_started', 'in_progress', 'done', 'done_late', 'overdue', 'cancelled'] as const;
const KINDS = ['thematic_resolution', 'project', 'key_programme', 'breakthrough', 'conclusion', 'regular', 'report_duty'] as const;
const EVERY = ['month', 'quarter', 'half_year', 'year'] as const;
const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && list.some((known) => known === value);

/** One value as the screens write it; "—" for none. */
export function taskValueText(field: string, value: unknown, context: TaskValueContext): string {
  if (blank(value)) return NO_VALUE;
  if (field === 'status' && oneOf(STATUSES, value)) return context.t(`tasks.status.${value}`);
  if (field === 'kind' && oneOf(KINDS, value)) return context.t(`tasks.kind.${value}`);
  if (field === 'leadUnitId' && typeof value === 'string') return context.unitName(value);
  if (field === 'supportingUnitIds' && Array.isArray(value)) return value.map((id) => (typeof id === 'string' ? context.unitName(id) : String(id))).join(', ');
  if ((field === 'startDate' || field === 'dueDate' || field === 'doneAt') && typeof value === 'string') return formatDate(value);
  if (field === 'progressPercent' && typeof value === 'number') return `${value}%`;
  if (field === 'recurrence' && typeof value === 'object' && value !== null && 'every' in value && oneOf(EVERY, value.every)) return context.t(`tasks.every.${value.every}`);
  if (field === 'responsibleUserId') return context.t('tasks.history.person');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** "Hạn hoàn thành: 30/06/2026 → 30/09/2026"; a creation says only the value set. */
export function taskChangeText(change: TaskFieldChange, context: TaskValueContext): string {
  const key = LABEL[change.field as (typeof SHOWN)[number]];
  const label = key === undefined ? change.field : context.t(key);
  const after = taskValueText(change.field, change.after, context);
  return change.created ? `${label}: ${after}` : `${label}: ${taskValueText(change.field, change.before, context)} → ${after}`;
}
