/**
 * Bottom-up counts over the locality tree (commune → district → province; or commune →
 * province where districts are gone), without double counting. The counting rules:
 *
 * 1. A comment counts once, at the locality it was given for (`own`), and in the total of
 *    every locality above it.
 * 2. A tally ("tổng hợp" of a meeting or of paper forms) entered at a locality is either
 *    - `own`: opinions gathered there and entered nowhere else (a commune's meeting): it adds
 *      to that locality like comments do; or
 *    - `area`: the locality's consolidated figure for its whole area in one channel (a
 *      district's report that compiles its communes' meetings). It then IS that locality's
 *      total for that channel: whatever was recorded below it in the same channel (comments
 *      and tallies) is shown at its own level but not added again.
 * 3. Channels are counted apart: an area tally of meetings replaces nothing online.
 *
 * Where an area tally is smaller than what the records below it add up to, the result lists
 * a discrepancy for the secretariat to resolve; the tally still wins.
 */
import { CHANNELS } from './types.ts';
import type { Channel, Stance } from './types.ts';

/** A locality of the tree; a missing or unknown parent makes it a root. */
export interface LocalityNode {
  id: string;
  parentId: string | null;
}

/** Counts by stance; `unspecified` for tallies that give only a number of opinions. */
export interface StanceTally {
  agree: number;
  disagree: number;
  partly: number;
  unspecified: number;
}

/** One comment, for counting. */
export interface LocatedComment {
  localityId: string | null;
  channel: Channel;
  stance: Stance;
}

/** A number of opinions entered at once for a locality and channel. */
export interface TallyRecord {
  localityId: string;
  channel: Channel;
  counts: Partial<StanceTally>;
  scope: 'own' | 'area';
}

export interface LocalityCount {
  localityId: string;
  /** Recorded at this locality itself: its comments and own tallies (an area tally is in `total` only). */
  own: StanceTally;
  /** This locality's area: own plus the localities below, with area tallies applied. */
  total: StanceTally;
  totalByChannel: Record<Channel, StanceTally>;
  /** Channels whose total is an area tally. */
  areaTallied: Channel[];
}

export type RollupDiscrepancy =
  | { kind: 'area_tally_below_records'; localityId: string; channel: Channel; tallied: number; recordedBelow: number }
  | { kind: 'duplicate_area_tally'; localityId: string; channel: Channel }
  | { kind: 'unknown_locality'; localityId: string; count: number }
  | { kind: 'cycle'; localityId: string };

export interface LocalityRollup {
  localities: Map<string, LocalityCount>;
  /** Root localities (provinces), in the order of the tree given. */
  roots: string[];
  /** Comments and tallies with no locality or an unknown one. */
  unplaced: StanceTally;
  /** All roots plus the unplaced: each comment and each tally once. */
  grandTotal: StanceTally;
  discrepancies: RollupDiscrepancy[];
}

export function emptyTally(): StanceTally {
  return { agree: 0, disagree: 0, partly: 0, unspecified: 0 };
}

/** agree + disagree + partly + unspecified. */
export function tallyTotal(tally: StanceTally): number {
  return tally.agree + tally.disagree + tally.partly + tally.unspecified;
}

function addInto(target: StanceTally, source: Partial<StanceTally>): void {
  target.agree += source.agree ?? 0;
  target.disagree += source.disagree ?? 0;
  target.partly += source.partly ?? 0;
  target.unspecified += source.unspecified ?? 0;
}

function byChannel(): Record<Channel, StanceTally> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, emptyTally()])) as Record<Channel, StanceTally>;
}

/** Counts comments and tallies bottom-up over `tree` by the rules above. */
export function rollupByLocality(tree: readonly LocalityNode[], comments: Iterable<LocatedComment>, tallies: readonly TallyRecord[] = []): LocalityRollup {
  const discrepancies: RollupDiscrepancy[] = [];
  const { order, roots, children } = arrange(tree, discrepancies);
  const own = new Map(order.map((id) => [id, byChannel()]));
  const area = new Map<string, Map<Channel, StanceTally>>();
  const unplaced = emptyTally();
  const unknown = new Map<string, number>();
  const place = (localityId: string | null, channel: Channel, counts: Partial<StanceTally>, weight: number) => {
    const target = localityId === null ? undefined : own.get(localityId);
    if (target === undefined) {
      addInto(unplaced, counts);
      if (localityId !== null) unknown.set(localityId, (unknown.get(localityId) ?? 0) + weight);
      return;
    }
    addInto(target[channel], counts);
  };
  for (const comment of comments) place(comment.localityId, comment.channel, { [comment.stance]: 1 }, 1);
  for (const tally of tallies) {
    if (tally.scope === 'own' || !own.has(tally.localityId)) {
      place(tally.localityId, tally.channel, tally.counts, tallyTotal({ ...emptyTally(), ...tally.counts }));
      continue;
    }
    const channels = area.get(tally.localityId) ?? new Map<Channel, StanceTally>();
    if (channels.has(tally.channel)) discrepancies.push({ kind: 'duplicate_area_tally', localityId: tally.localityId, channel: tally.channel });
    const counts = emptyTally();
    addInto(counts, tally.counts);
    channels.set(tally.channel, counts); // the last one entered stands
    area.set(tally.localityId, channels);
  }
  for (const [localityId, count] of unknown) discrepancies.push({ kind: 'unknown_locality', localityId, count });

  const localities = new Map<string, LocalityCount>();
  // `order` lists children before their parents, so each child's total is ready.
  for (const id of order) {
    const ownCounts = own.get(id) as Record<Channel, StanceTally>;
    const totalByChannel = byChannel();
    const areaTallied: Channel[] = [];
    for (const channel of CHANNELS) {
      const recorded = totalByChannel[channel];
      addInto(recorded, ownCounts[channel]);
      for (const child of children.get(id) ?? []) addInto(recorded, (localities.get(child) as LocalityCount).totalByChannel[channel]);
      const tallied = area.get(id)?.get(channel);
      if (tallied === undefined) continue;
      if (tallyTotal(tallied) < tallyTotal(recorded)) {
        discrepancies.push({ kind: 'area_tally_below_records', localityId: id, channel, tallied: tallyTotal(tallied), recordedBelow: tallyTotal(recorded) });
      }
      totalByChannel[channel] = { ...tallied };
      areaTallied.push(channel);
    }
    const ownTotal = emptyTally();
    const total = emptyTally();
    for (const channel of CHANNELS) {
      addInto(ownTotal, ownCounts[channel]);
      addInto(total, totalByChannel[channel]);
    }
    localities.set(id, { localityId: id, own: ownTotal, total, totalByChannel, areaTallied });
  }
  const grandTotal = { ...unplaced };
  for (const root of roots) addInto(grandTotal, (localities.get(root) as LocalityCount).total);
  return { localities, roots, unplaced, grandTotal, discrepancies };
}

/** Roots, children lists and a children-first order of the tree; a node in a cycle becomes a root. */
function arrange(tree: readonly LocalityNode[], discrepancies: RollupDiscrepancy[]): { order: string[]; roots: string[]; children: Map<string, string[]> } {
  const ids = new Set(tree.map((node) => node.id));
  const parentOf = new Map(tree.map((node) => [node.id, node.parentId !== null && ids.has(node.parentId) && node.parentId !== node.id ? node.parentId : null]));
  // Break cycles: walking up from a node must end at a root.
  for (const node of tree) {
    const seen = new Set<string>();
    let at: string | null = node.id;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      at = parentOf.get(at) ?? null;
    }
    if (at !== null && parentOf.get(at) !== null) {
      parentOf.set(at, null);
      discrepancies.push({ kind: 'cycle', localityId: at });
    }
  }
  const roots: string[] = [];
  const placed = new Set<string>();
  const children = new Map<string, string[]>();
  for (const node of tree) {
    if (placed.has(node.id)) continue;
    placed.add(node.id);
    const parent = parentOf.get(node.id) ?? null;
    if (parent === null) roots.push(node.id);
    else {
      const list = children.get(parent);
      if (list === undefined) children.set(parent, [node.id]);
      else list.push(node.id);
    }
  }
  const order: string[] = [];
  const stack: { id: string; expanded: boolean }[] = roots.map((id) => ({ id, expanded: false })).reverse();
  while (stack.length > 0) {
    const top = stack.pop() as { id: string; expanded: boolean };
    if (top.expanded) {
      order.push(top.id);
      continue;
    }
    stack.push({ id: top.id, expanded: true });
    for (const child of [...(children.get(top.id) ?? [])].reverse()) stack.push({ id: child, expanded: false });
  }
  return { order, roots, children };
}
