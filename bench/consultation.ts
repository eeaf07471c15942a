/**
 * Consultation core at scale: 1,000,000 synthetic comments (RESOLUTE_BENCH_COMMENTS to
 * change it) with 20% planted campaign copies (verbatim, cosmetic, near) go through the
 * duplicate finder (DuplicateIndex) next to plain hashing of the raw text into a Map; then
 * the grouping is resolved and scored (pair precision and recall against the planted groups),
 * and the synthesis counts (by stance, respondent type, channel, locality; bottom-up over a
 * province of 10 districts and 100 communes) are timed next to a plain count of stances.
 * Texts are generated in chunks outside the timed parts, so memory stays bounded.
 */
import { DuplicateIndex } from '../src/domain/consultation/duplicate-index.ts';
import { pairQuality } from '../src/domain/consultation/grouping-quality.ts';
import { hashString32 } from '../src/domain/consultation/hash.ts';
import { rollupByLocality } from '../src/domain/consultation/locality-rollup.ts';
import type { LocatedComment, LocalityNode } from '../src/domain/consultation/locality-rollup.ts';
import { mainPoints } from '../src/domain/consultation/main-points.ts';
import { countComments } from '../src/domain/consultation/synthesis.ts';
import type { CountableComment } from '../src/domain/consultation/synthesis.ts';
import { syntheticComments } from '../src/domain/consultation/synthetic-comments.ts';
import type { SyntheticComment } from '../src/domain/consultation/synthetic-comments.ts';
import { CHANNELS, RESPONDENT_TYPES, STANCES } from '../src/domain/consultation/types.ts';
import { report, sizeFromEnv } from './measure.ts';

const CHUNK = 50_000;
const DISTRICTS = 10;
const COMMUNES_PER_DISTRICT = 10;

/** What one run measured. Rates are per second; times in milliseconds. */
export interface ConsultationFigures {
  comments: number;
  indexRate: number;
  baselineRate: number;
  groupingMs: number;
  baselineGroupingMs: number;
  precision: number;
  recall: number;
  nearFound: number;
  nearPlanted: number;
  groups: number;
  campaigns: { groups: number; comments: number };
  plantedCopies: number;
  indexBytes: number;
  countingMs: number;
  rollupMs: number;
  plainCountMs: number;
  countedTotal: number;
  rolledUpTotal: number;
  mainPointsMs: number;
  mainPointsSample: number;
  largestPoint: number;
}

/** Runs the measurements on `count` comments. */
export function runConsultationBench(count: number): ConsultationFigures {
  const index = new DuplicateIndex({}, count);
  const baseline = new Map<number, number>();
  const baselineLabels = new Int32Array(count);
  const planted = new Int32Array(count);
  const stance = new Uint8Array(count);
  const respondent = new Uint8Array(count);
  const locality = new Uint8Array(count);
  const pointsSample: { id: string; text: string }[] = [];
  const sampleSize = Math.min(20_000, count);
  let nearPlanted = 0;
  const near: number[] = [];
  let plantedCopies = 0;
  let indexMs = 0;
  let baselineMs = 0;
  const source = syntheticComments(count, { localities: DISTRICTS * COMMUNES_PER_DISTRICT });
  for (let start = 0; start < count; start += CHUNK) {
    const chunk: SyntheticComment[] = [];
    for (let i = start; i < Math.min(count, start + CHUNK); i += 1) {
      const next = source.next();
      if (next.done) break;
      const comment = next.value;
      chunk.push(comment);
      planted[comment.index] = comment.planted;
      stance[comment.index] = STANCES.indexOf(comment.stance);
      respondent[comment.index] = RESPONDENT_TYPES.indexOf(comment.respondentType);
      locality[comment.index] = comment.locality;
      if (comment.kind !== 'original') plantedCopies += 1;
      if (comment.kind === 'near') {
        nearPlanted += 1;
        near.push(comment.index);
      }
      if (comment.index < sampleSize) pointsSample.push({ id: comment.id, text: comment.text });
    }
    let started = performance.now();
    for (const comment of chunk) index.add(comment.id, comment.text);
    indexMs += performance.now() - started;
    // Baseline: the raw text hashed (two 32-bit hashes as one number key) into a Map, nothing else.
    started = performance.now();
    for (const comment of chunk) {
      const key = hashString32(comment.text, 1) * 1_048_576 + (hashString32(comment.text, 2) & 0xfffff);
      const first = baseline.get(key);
      if (first === undefined) baseline.set(key, comment.index);
      baselineLabels[comment.index] = first ?? comment.index;
    }
    baselineMs += performance.now() - started;
  }

  let started = performance.now();
  const roots = index.roots();
  const groupSizes = new Int32Array(count);
  for (const root of roots) groupSizes[root] = (groupSizes[root] as number) + 1;
  const groupingMs = performance.now() - started;
  started = performance.now();
  const baselineSizes = new Int32Array(count);
  for (const label of baselineLabels) baselineSizes[label] = (baselineSizes[label] as number) + 1;
  const baselineGroupingMs = performance.now() - started;
  const quality = pairQuality(planted, roots);
  const nearFound = near.filter((i) => roots[i] === roots[planted[i] as number]).length;

  const synthesis = synthesisFigures(stance, respondent, locality);
  started = performance.now();
  const points = mainPoints(pointsSample);
  const mainPointsMs = performance.now() - started;
  return {
    comments: count,
    indexRate: count / (indexMs / 1000),
    baselineRate: count / (baselineMs / 1000),
    groupingMs,
    baselineGroupingMs,
    precision: quality.precision,
    recall: quality.recall,
    nearFound,
    nearPlanted,
    groups: groupSizes.filter((size) => size > 1).length,
    campaigns: index.campaigns(3),
    plantedCopies,
    indexBytes: index.memoryBytes(),
    ...synthesis,
    mainPointsMs,
    mainPointsSample: pointsSample.length,
    largestPoint: points.points[0]?.size ?? 0,
  };
}

/** Times the synthesis counts and the bottom-up roll-up against a plain count of stances. */
function synthesisFigures(stance: Uint8Array, respondent: Uint8Array, locality: Uint8Array) {
  const count = stance.length;
  const localityIds = Array.from({ length: DISTRICTS * COMMUNES_PER_DISTRICT }, (_, i) => `xa-${i}`);
  const tree: LocalityNode[] = [
    { id: 'tinh', parentId: null },
    ...Array.from({ length: DISTRICTS }, (_, d) => ({ id: `huyen-${d}`, parentId: 'tinh' })),
    ...localityIds.map((id, i) => ({ id, parentId: `huyen-${Math.floor(i / COMMUNES_PER_DISTRICT)}` })),
  ];
  const comments: (CountableComment & LocatedComment)[] = Array.from({ length: count }, (_, i) => ({
    stance: STANCES[stance[i] as number] ?? 'agree',
    respondentType: RESPONDENT_TYPES[respondent[i] as number] ?? 'other',
    channel: CHANNELS[i % 7 === 0 ? 1 : 0] ?? 'online',
    localityId: localityIds[locality[i] as number] ?? null,
  }));
  let started = performance.now();
  const counts = countComments(comments);
  const countingMs = performance.now() - started;
  started = performance.now();
  const rollup = rollupByLocality(tree, comments);
  const rollupMs = performance.now() - started;
  // Baseline: one loop adding up the stance codes of the same comments.
  started = performance.now();
  const plain = [0, 0, 0];
  for (const comment of comments) plain[STANCES.indexOf(comment.stance)] = (plain[STANCES.indexOf(comment.stance)] ?? 0) + 1;
  const plainCountMs = performance.now() - started;
  const rolledUp = rollup.grandTotal;
  return {
    countingMs,
    rollupMs,
    plainCountMs,
    countedTotal: counts.total,
    rolledUpTotal: rolledUp.agree + rolledUp.disagree + rolledUp.partly + rolledUp.unspecified,
  };
}

/** `npm run bench -- consultation`. */
export function benchConsultation(): void {
  const count = sizeFromEnv('RESOLUTE_BENCH_COMMENTS', 1_000_000, 100);
  if (typeof count === 'string') {
    console.log(`consultation: skipped, ${count}`);
    return;
  }
  const started = performance.now();
  const f = runConsultationBench(count);
  const perSecond = (ms: number) => f.comments / (ms / 1000);
  const pct = (value: number) => `${(value * 100).toFixed(2)}%`;
  console.log(report(`consultation: ${f.comments.toLocaleString('en-US')} comments through the duplicate finder`, 'comments/s', f.indexRate, f.baselineRate, 'raw text hashed into a Map'));
  console.log(report('consultation: duplicate grouping resolved', 'comments/s', perSecond(f.groupingMs), perSecond(f.baselineGroupingMs), 'group sizes of the Map baseline'));
  console.log(`consultation: grouping quality against planted campaigns: pair precision ${pct(f.precision)}, pair recall ${pct(f.recall)}; near copies found ${f.nearFound.toLocaleString('en-US')}/${f.nearPlanted.toLocaleString('en-US')}; ${f.groups.toLocaleString('en-US')} groups; campaigns (≥ 3 identical) ${f.campaigns.groups.toLocaleString('en-US')} holding ${f.campaigns.comments.toLocaleString('en-US')} comments; ${f.plantedCopies.toLocaleString('en-US')} planted copies`);
  console.log(`consultation: duplicate index memory ${(f.indexBytes / 1e6).toFixed(0)} MB (${(f.indexBytes / f.comments).toFixed(0)} bytes a comment); process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  console.log(report('consultation: synthesis counts (stance, respondent, channel, locality)', 'comments/s', perSecond(f.countingMs), perSecond(f.plainCountMs), 'plain stance count'));
  console.log(report('consultation: bottom-up locality roll-up (111 localities)', 'comments/s', perSecond(f.rollupMs), perSecond(f.plainCountMs), 'plain stance count'));
  console.log(`consultation: main points of ${f.mainPointsSample.toLocaleString('en-US')} comments in ${(f.mainPointsMs / 1000).toFixed(2)} s (largest point ${f.largestPoint.toLocaleString('en-US')} comments); whole run ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (f.countedTotal !== f.comments || f.rolledUpTotal !== f.comments) console.log(`consultation: COUNT MISMATCH counted ${f.countedTotal}, rolled up ${f.rolledUpTotal}`);
}
