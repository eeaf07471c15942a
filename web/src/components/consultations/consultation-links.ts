/**
 * Addresses of the consultation screens and what they carry: the tab of a consultation
 * (`?tab=queue|entry|synthesis|disposition|diff`, only those the reader may open) and the
 * moderation queue's filters (`state`, `reported`, `target`, `channel`, `group`), so a filtered
 * queue — a duplicate group, say — can be reloaded or linked to.
 */
import { CHANNELS, MODERATION_STATES } from '../../../../src/domain/consultation/types.ts';
import type { Channel, ModerationStateCode } from '../../../../src/domain/consultation/types.ts';
import type { QueueFilter } from '../../api/consultations.ts';
import { href } from '../../app/router.ts';

export const CONSULTATION_TABS = ['queue', 'entry', 'synthesis', 'disposition', 'diff'] as const;
export type ConsultationTab = (typeof CONSULTATION_TABS)[number];

/** The queue's state filter: one moderation state, or all of them. */
export type StateChoice = ModerationStateCode | 'all';

/** The queue's filters as the page holds them. */
export interface QueueFilterChoice {
  state: StateChoice;
  reportedOnly: boolean;
  /** "draft", "section:ID", "indicator:ID"; null for every target. */
  target: string | null;
  channel: Channel | null;
  /** A duplicate group; null for all comments. */
  group: string | null;
}

/** The queue a moderator lands on: the comments waiting. */
export const DEFAULT_QUEUE_FILTER: QueueFilterChoice = { state: 'new', reportedOnly: false, target: null, channel: null, group: null };

/** The consultations list. */
export const CONSULTATIONS_PATH = '/consultations';

/** The public page of a consultation (no account needed). */
export function publicConsultationHref(slug: string): string {
  return `/gop-y/${encodeURIComponent(slug)}`;
}

/** One consultation at a tab; the queue's filters when the tab is the queue and they differ from the default. */
export function consultationHref(consultationId: string, tab?: ConsultationTab, filter?: QueueFilterChoice): string {
  const path = `${CONSULTATIONS_PATH}/${encodeURIComponent(consultationId)}`;
  const params: Record<string, string | null> = { tab: tab ?? null };
  if (tab === 'queue' && filter !== undefined) Object.assign(params, queueParams(filter));
  return href(path, params);
}

function queueParams(filter: QueueFilterChoice): Record<string, string | null> {
  return {
    state: filter.state === DEFAULT_QUEUE_FILTER.state ? null : filter.state,
    reported: filter.reportedOnly ? '1' : null,
    target: filter.target,
    channel: filter.channel,
    group: filter.group,
  };
}

/**
 * The tabs a reader may open, in order: the queue for moderators, entry for those who enter
 * comments, the synthesis and dispositions for readers, the diff once a next version is linked.
 */
export function tabsFor(can: { moderate: boolean; enter: boolean }, readsConsultations: boolean, hasRevision: boolean): ConsultationTab[] {
  return CONSULTATION_TABS.filter((tab) => {
    switch (tab) {
      case 'queue':
        return can.moderate;
      case 'entry':
        return can.enter;
      case 'synthesis':
      case 'disposition':
        return readsConsultations;
      case 'diff':
        return readsConsultations && hasRevision;
    }
  });
}

/** The tab the address asks for when the reader may open it, else the first one they may (null: none). */
export function tabOf(wanted: string | null, tabs: readonly ConsultationTab[]): ConsultationTab | null {
  return tabs.find((tab) => tab === wanted) ?? tabs[0] ?? null;
}

/** The queue's filters in the address, unknown values ignored. */
export function queueFilterOf(params: URLSearchParams): QueueFilterChoice {
  const state = params.get('state');
  const channel = params.get('channel');
  const text = (name: string): string | null => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? null : value;
  };
  return {
    state: state === 'all' ? 'all' : (MODERATION_STATES.find((code) => code === state) ?? DEFAULT_QUEUE_FILTER.state),
    reportedOnly: params.get('reported') === '1',
    target: text('target'),
    channel: CHANNELS.find((code) => code === channel) ?? null,
    group: text('group'),
  };
}

/** The filter as the queue's request sends it. */
export function queueQueryOf(filter: QueueFilterChoice): QueueFilter {
  return {
    ...(filter.state === 'all' ? {} : { state: filter.state }),
    ...(filter.reportedOnly ? { reportedOnly: true } : {}),
    ...(filter.target === null ? {} : { target: filter.target }),
    ...(filter.channel === null ? {} : { channel: filter.channel }),
    ...(filter.group === null ? {} : { duplicateGroupId: filter.group }),
  };
}

/** The queue showing one duplicate group whole, whatever the state of its comments. */
export function groupFilter(group: string): QueueFilterChoice {
  return { ...DEFAULT_QUEUE_FILTER, state: 'all', group };
}
