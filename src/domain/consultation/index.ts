/**
 * Public consultation on drafts, the pure core: types, comment rules, the consultation's
 * open window in Vietnam time, duplicate and campaign finding, synthesis counts, bottom-up
 * locality counts, main points and the section diff between versions (README: "Consultation").
 */
export * from './types.ts';
export * from './consultation.ts';
export * from './comment-rules.ts';
export * from './text-safety.ts';
export * from './consultation-window.ts';
export * from './moderation.ts';
export * from './normalise.ts';
export * from './duplicate-options.ts';
export * from './duplicate-index.ts';
export * from './minhash.ts';
export * from './synthesis.ts';
export * from './locality-rollup.ts';
export * from './main-points.ts';
export * from './word-diff.ts';
export * from './section-diff.ts';
