/** Input schemas of the framework service (strict: unknown keys are refused). */
import { z } from 'zod';
import { Id, Text, Version, Year } from './schema-common.ts';

export const ImportFrameworkInput = z.strictObject({
  termId: Id,
  /** The uploaded or local file (TXT, DOCX, PDF). */
  path: z.string().min(1).max(4096),
  /** The name the user gave the file; defaults to the path's base name. */
  originalName: Text(500).optional(),
  /** Where the original bytes are kept in the file store, when they are. */
  storageKey: Text(500).optional(),
  /** Which extraction to import: the target lists of the text, the appendix tables, or lists if any else tables. */
  source: z.enum(['auto', 'target_list', 'table']).default('auto'),
});

export const TermInput = z.strictObject({ termId: Id });

export const DirectionInput = z.enum(['increase', 'decrease', 'band', 'structure', 'unknown']);

export const EditIndicatorInput = z.strictObject({
  indicatorId: Id,
  version: Version,
  name: Text(1000).optional(),
  code: z.string().trim().max(50).nullable().optional(),
  unit: z.string().trim().max(100).nullable().optional(),
  /** The target as written; it is parsed again, and its meaning replaces the old one. */
  targetText: z.string().trim().max(2000).nullable().optional(),
  /** Overrides the direction the parser read. */
  direction: DirectionInput.optional(),
  baseline: z.strictObject({ value: z.number(), year: Year.nullable(), text: z.string().max(500) }).nullable().optional(),
  groupId: Id.nullable().optional(),
  leadUnitId: Id.nullable().optional(),
  supportingUnitIds: z.array(Id).max(500).optional(),
  position: z.number().int().min(0).max(1_000_000).optional(),
});

export const LinkIndicatorInput = z.strictObject({
  indicatorId: Id,
  version: Version,
  /** The same indicator in the previous term; null removes the link. */
  previousIndicatorId: Id.nullable(),
});

export type ImportFrameworkInput = z.input<typeof ImportFrameworkInput>;
export type TermInput = z.input<typeof TermInput>;
export type EditIndicatorInput = z.input<typeof EditIndicatorInput>;
export type LinkIndicatorInput = z.input<typeof LinkIndicatorInput>;
