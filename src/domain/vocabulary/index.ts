/**
 * The product's Vietnamese vocabulary, in one place: every word, phrase and sentence that
 * the code reads in documents or writes for users, one theme per file. The rest of the
 * code refers to these by English names and codes. (UI messages of the CLI and server
 * have their own catalogs.)
 */
export * from './status.ts';
export * from './document.ts';
export * from './units.ts';
export * from './target.ts';
export * from './target-list.ts';
export * from './group.ts';
export * from './table.ts';
export * from './explanation.ts';
export * from './report.ts';
export * from './report-table.ts';
export * from './report-header.ts';
export * from './administration.ts';
export * from './report-data.ts';
export * from './plan.ts';
export * from './plan-words.ts';
export * from './consultation.ts';
export * from './task-report.ts';
export * from './consultation-report.ts';
export * from './comment-export.ts';
