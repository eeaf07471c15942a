/**
 * The main points of a set of comments (one section's, say) for the synthesis: clusters of
 * similar comments, largest first, each with a representative comment and its size. A
 * cluster is a duplicate group found with a looser threshold than the duplicate finder's
 * (default 0,5: the same point in partly different words). The representative is the most
 * central member: the one most similar, on average, to a sample of the cluster's members,
 * so the wording most repeated wins, and among unique wordings the most typical one.
 */
import { DuplicateIndex } from './duplicate-index.ts';
import type { DuplicateOptions } from './duplicate-options.ts';
import { zeros } from './synthesis.ts';
import { STANCES } from './types.ts';
import type { Stance } from './types.ts';

export interface PointComment {
  id: string;
  text: string;
  stance?: Stance;
}

export interface MainPoint {
  /** The cluster's earliest comment's id: stable while the comments stay the same. */
  clusterId: string;
  representativeId: string;
  size: number;
  memberIds: string[];
  byStance: Record<Stance, number>;
  /** Comments with exactly the representative's wording (normal form). */
  representativeCopies: number;
}

export interface MainPointsOptions {
  /** Similarity from which comments make the same point (0,5). */
  threshold: number;
  /** The smallest cluster that is a point (2). */
  minSize: number;
  /** The most points returned (20); `clustered` counts them all. */
  limit: number;
  /** Duplicate settings other than the threshold (more bands than the duplicate finder: looser pairs must still meet). */
  duplicate: Partial<DuplicateOptions>;
}

const DEFAULTS: MainPointsOptions = { threshold: 0.5, minSize: 2, limit: 20, duplicate: { bands: 16 } };
/** Members compared with each candidate representative, and candidates (distinct wordings) tried. */
const SAMPLE = 48;

/** Clusters of similar comments, largest first, then earliest. */
export function mainPoints(comments: readonly PointComment[], overrides: Partial<MainPointsOptions> = {}): { points: MainPoint[]; clustered: number; unclustered: number } {
  const options = { ...DEFAULTS, ...overrides };
  const index = new DuplicateIndex({ ...options.duplicate, threshold: options.threshold }, comments.length);
  for (const comment of comments) index.add(comment.id, comment.text);
  const groups = index.groups(options.minSize);
  const clustered = groups.reduce((sum, group) => sum + group.size, 0);
  const points = groups.slice(0, options.limit).map((group) => {
    const representative = mostCentral(index, group.members);
    const byStance = zeros(STANCES);
    for (const member of group.members) {
      const stance = comments[member]?.stance;
      if (stance !== undefined) byStance[stance] += 1;
    }
    return {
      clusterId: group.groupId,
      representativeId: index.idAt(representative),
      size: group.size,
      memberIds: group.members.map((member) => index.idAt(member)),
      byStance,
      representativeCopies: index.exactCountAt(representative),
    };
  });
  return { points, clustered, unclustered: comments.length - clustered };
}

/** The member with the highest mean similarity to an even sample of the members; ties go to more copies, then the earlier. */
function mostCentral(index: DuplicateIndex, members: readonly number[]): number {
  const sample = evenSample(members, SAMPLE);
  const wordings = [...new Set(members.map((member) => {
    const owner = index.exactOwnerAt(member);
    return owner < 0 ? member : owner;
  }))]
    .sort((a, b) => index.exactCountAt(b) - index.exactCountAt(a) || a - b)
    .slice(0, SAMPLE);
  let best = members[0] as number;
  let bestScore = -1;
  for (const candidate of wordings) {
    let score = 0;
    for (const other of sample) score += index.similarityAt(candidate, other);
    const better = score > bestScore + 1e-9 ||
      (Math.abs(score - bestScore) <= 1e-9 && (index.exactCountAt(candidate) > index.exactCountAt(best) || (index.exactCountAt(candidate) === index.exactCountAt(best) && candidate < best)));
    if (better) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** At most `size` items spread evenly over the list. */
function evenSample(items: readonly number[], size: number): number[] {
  if (items.length <= size) return [...items];
  return Array.from({ length: size }, (_, i) => items[Math.floor((i * items.length) / size)] as number);
}
