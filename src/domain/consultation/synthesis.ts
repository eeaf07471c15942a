/**
 * The counts of a synthesis ("báo cáo tổng hợp ý kiến"): comments by stance, respondent
 * type, channel and locality, in one pass; and the campaign count, the comments that were
 * part of identical campaigns. Which comments to count (published ones of a section, say)
 * is the caller's choice.
 */
import { CHANNELS, RESPONDENT_TYPES, STANCES } from './types.ts';
import type { Channel, RespondentType, Stance } from './types.ts';

/** What counting needs of a comment. */
export interface CountableComment {
  stance: Stance;
  respondentType: RespondentType;
  channel: Channel;
  localityId: string | null;
  duplicateGroupId?: string | null;
}

export interface CommentCounts {
  total: number;
  byStance: Record<Stance, number>;
  byRespondentType: Record<RespondentType, number>;
  byChannel: Record<Channel, number>;
  /** By the locality given with the comment (no roll-up: see locality-rollup.ts). */
  byLocality: Map<string, number>;
  /** Comments without a locality. */
  unplaced: number;
}

/** A record of zeros for every code. */
export function zeros<T extends string>(codes: readonly T[]): Record<T, number> {
  return Object.fromEntries(codes.map((code) => [code, 0])) as Record<T, number>;
}

/**
 * Counts comments. With `groupsOnce`, a duplicate group counts once, as its first comment
 * met (the synthesis then says how many comments the groups held: `campaignCount`).
 */
export function countComments(comments: Iterable<CountableComment>, options: { groupsOnce?: boolean } = {}): CommentCounts {
  const counts: CommentCounts = {
    total: 0,
    byStance: zeros(STANCES),
    byRespondentType: zeros(RESPONDENT_TYPES),
    byChannel: zeros(CHANNELS),
    byLocality: new Map(),
    unplaced: 0,
  };
  const seenGroups = options.groupsOnce ? new Set<string>() : null;
  for (const comment of comments) {
    const group = comment.duplicateGroupId ?? null;
    if (seenGroups !== null && group !== null) {
      if (seenGroups.has(group)) continue;
      seenGroups.add(group);
    }
    counts.total += 1;
    counts.byStance[comment.stance] += 1;
    counts.byRespondentType[comment.respondentType] += 1;
    counts.byChannel[comment.channel] += 1;
    if (comment.localityId === null) counts.unplaced += 1;
    else counts.byLocality.set(comment.localityId, (counts.byLocality.get(comment.localityId) ?? 0) + 1);
  }
  return counts;
}

/** What the campaign count needs of a comment: its duplicate record's key and length. */
export interface CampaignItem {
  exactKey: string | null;
  syllables: number;
}

/** Defaults: three identical comments of at least six syllables make a campaign. */
export const CAMPAIGN_DEFAULTS = { minSize: 3, minSyllables: 6 } as const;

/**
 * Comments that were part of identical campaigns: exact-duplicate groups (same normal form)
 * of at least `minSize` comments whose text has at least `minSyllables` syllables, so that
 * many short "Nhất trí" do not count as a campaign.
 */
export function campaignCount(items: Iterable<CampaignItem>, options: { minSize?: number; minSyllables?: number } = {}): { groups: number; comments: number } {
  const minSize = options.minSize ?? CAMPAIGN_DEFAULTS.minSize;
  const minSyllables = options.minSyllables ?? CAMPAIGN_DEFAULTS.minSyllables;
  const sizes = new Map<string, number>();
  for (const item of items) {
    if (item.exactKey === null || item.syllables < minSyllables) continue;
    sizes.set(item.exactKey, (sizes.get(item.exactKey) ?? 0) + 1);
  }
  let groups = 0;
  let comments = 0;
  for (const size of sizes.values()) {
    if (size < minSize) continue;
    groups += 1;
    comments += size;
  }
  return { groups, comments };
}
