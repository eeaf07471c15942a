/**
 * The settings of the duplicate finder, with their defaults and checks. A consultation keeps
 * the settings its index was built with: signatures made with other settings do not compare.
 */
import { ResoluteError } from '../errors.ts';
import { chooseBanding } from './minhash.ts';

export interface DuplicateOptions {
  /** Estimated Jaccard similarity of syllable shingles from which two comments are near duplicates. */
  threshold: number;
  /** Syllables a shingle (2: "phát triển", "triển kinh", ...). */
  shingleSize: number;
  /** MinHash permutations (signature bytes a comment). */
  numHashes: number;
  /** LSH bands; each costs about 12 bytes a comment in memory. */
  bands: number;
  /** Signature values a band; `bands × rows ≤ numHashes`. */
  rows: number;
  /** Texts with fewer syllables are grouped only when exactly equal ("Nhất trí" is no campaign sign). */
  minSyllables: number;
  /** Most recent comments checked in each band bucket: bounds the work of one comment. */
  candidatesPerBand: number;
  /** Seed of the permutations. */
  seed: number;
}

const BASE: Omit<DuplicateOptions, 'rows'> = {
  threshold: 0.8,
  shingleSize: 2,
  numHashes: 64,
  bands: 8,
  minSyllables: 6,
  candidatesPerBand: 4,
  seed: 0x0c0f_fee5,
};

/**
 * The defaults with `overrides` applied; without `rows`, the rows a band follow the threshold
 * (`chooseBanding`). Throws `invalid_input` for settings that cannot work.
 * @example duplicateOptions({ threshold: 0.6 }) // looser: more near duplicates
 */
export function duplicateOptions(overrides: Partial<DuplicateOptions> = {}): DuplicateOptions {
  const merged = { ...BASE, ...overrides };
  const rows = overrides.rows ?? chooseBanding(merged.threshold, merged.numHashes, merged.bands).rows;
  const options: DuplicateOptions = { ...merged, rows };
  checkOptions(options);
  return options;
}

function checkOptions(options: DuplicateOptions): void {
  const problems: string[] = [];
  const problemsVi: string[] = [];
  const problem = (en: string, vi: string) => {
    problems.push(en);
    problemsVi.push(vi);
  };
  const integer = (name: keyof DuplicateOptions, min: number, max: number) => {
    const value = options[name];
    if (!Number.isInteger(value) || value < min || value > max) problem(`${name} must be an integer from ${min} to ${max}`, `${name} phải là số nguyên từ ${min} đến ${max}`);
  };
  if (!(options.threshold > 0 && options.threshold <= 1)) problem('threshold must be above 0 and at most 1', 'threshold phải lớn hơn 0 và không quá 1');
  integer('shingleSize', 1, 5);
  integer('numHashes', 8, 512);
  integer('bands', 1, 64);
  integer('rows', 1, 64);
  integer('minSyllables', 1, 1000);
  integer('candidatesPerBand', 1, 64);
  integer('seed', -0x8000_0000, 0xffff_ffff);
  if (options.bands * options.rows > options.numHashes) problem('bands × rows must not exceed numHashes', 'bands × rows không được vượt quá numHashes');
  if (problems.length > 0) throw new ResoluteError('invalid_input', `Invalid duplicate settings: ${problems.join('; ')}`, { detail: problems.join('; '), detail_vi: problemsVi.join('; ') });
}

/** True when two settings make comparable signatures and the same grouping. */
export function sameOptions(a: DuplicateOptions, b: DuplicateOptions): boolean {
  return (Object.keys(a) as (keyof DuplicateOptions)[]).every((key) => a[key] === b[key]);
}
