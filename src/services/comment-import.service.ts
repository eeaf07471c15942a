/**
 * Comments imported from a sheet (XLSX or CSV) of a meeting's or a paper campaign's comments
 * (consultation.enter): each row is read (src/ingest/consultation/comment-sheet.ts), its
 * "Mục" matched to a section of the draft (by label or title, folded), its "Địa bàn" to a
 * locality (by name, folded, with or without "xã"/"phường"), then stored like an offline
 * comment. A row that breaks a rule is reported with its row number and not stored; an
 * unknown locality keeps the comment without one and says so. Rows go to the intake 250 at
 * a time, which writes them in a few transactions instead of one per row, in the sheet's
 * order. Progress is reported every 500 rows.
 */
import type { Channel } from '../domain/consultation/types.ts';
import type { CommentTarget } from '../domain/consultation/types.ts';
import { foldVietnamese } from '../domain/fold.ts';
import { ResoluteError } from '../domain/errors.ts';
import { readCommentSheet, type SheetComment } from '../ingest/consultation/comment-sheet.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { storeOfflineComment } from './comment-submission.service.ts';
import { loadDraft, localitiesOf, type Draft, type Locality } from './consultation-draft.ts';
import { ImportCommentsInput } from './consultation.schemas.ts';
import { loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { errorDetail } from './error-messages.ts';
import { parseInput } from './parse-input.ts';

export interface ImportResult {
  imported: number;
  spam: number;
  refused: { row: number; messages: string[] }[];
  warnings: { row: number; messages: string[] }[];
  duplicatesFound: number;
}

function fold(text: string): string {
  // A label's closing mark does not matter: "II", "II-" and "II." name the same heading.
  return foldVietnamese(text).toLowerCase().replace(/[.:)\s-]+$/u, '').replace(/\s+/gu, ' ').trim();
}

/** The section a "Mục" cell names: its label ("II", "2.1", "Phần thứ hai"), its title, or "label title". */
export function sectionFor(draft: Draft, text: string): CommentTarget | null {
  const wanted = fold(text);
  const found = draft.sections.find((s) => fold(s.label) === wanted || fold(s.title) === wanted || fold(`${s.label} ${s.title}`) === wanted)
    ?? draft.sections.find((s) => s.title !== '' && wanted.includes(fold(s.title)));
  return found === undefined ? null : { kind: 'section', sectionId: found.id, path: found.path };
}

const LOCALITY_PREFIX = /^(tinh|xa|phuong|thi tran|dac khu|thanh pho|huyen|thi xa)\s+/u;

/** The locality a "Địa bàn" cell names, by folded name with or without its kind word. */
export function localityFor(localities: readonly Locality[], text: string): string | null {
  const wanted = fold(text).replace(LOCALITY_PREFIX, '');
  return localities.find((l) => fold(l.name).replace(LOCALITY_PREFIX, '') === wanted)?.id ?? null;
}

function messageOf(error: unknown): string {
  if (error instanceof ResoluteError) return String(error.details.problems_vi ?? errorDetail('vi', error.details) ?? error.message);
  throw error;
}

/** Rows handed to the intake together: it batches what arrives at once into one transaction. */
const ROWS_AT_ONCE = 250;

/** Imports the comments of a sheet into a consultation. */
export async function importComments(
  deps: ServiceDeps,
  actor: Actor,
  input: { consultationId: string; channel?: Exclude<Channel, 'online'>; fileName: string },
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const args = parseInput(ImportCommentsInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  assertCan(actor, 'consultation.enter', scope);
  const sheet = await readCommentSheet(bytes, args.fileName);
  const draft = await loadDraft(deps.db, consultation.documentId);
  const localities = await localitiesOf(deps.db, consultation);
  const result: ImportResult = { imported: 0, spam: 0, refused: sheet.problems.map((p) => ({ row: p.row, messages: [p.message.vi] })), warnings: [], duplicatesFound: 0 };
  const channel = args.channel ?? 'import';
  const total = sheet.comments.length;
  for (let start = 0; start < total; start += ROWS_AT_ONCE) {
    const rows = sheet.comments.slice(start, start + ROWS_AT_ONCE);
    await Promise.all(rows.map((row) => importRow(deps, actor, { consultation, draft, localities, channel }, row, result)));
    const done = start + rows.length;
    if (done < total && Math.floor(done / 500) > Math.floor(start / 500)) onProgress?.(done, total);
  }
  onProgress?.(total, total);
  result.refused.sort((a, b) => a.row - b.row);
  result.warnings.sort((a, b) => a.row - b.row);
  return result;
}

async function importRow(
  deps: ServiceDeps,
  actor: Actor,
  c: { consultation: Awaited<ReturnType<typeof loadConsultation>>['consultation']; draft: Draft; localities: Locality[]; channel: Exclude<Channel, 'online'> },
  row: SheetComment,
  result: ImportResult,
): Promise<void> {
  let target: CommentTarget = { kind: 'draft' };
  if (row.targetText !== null) {
    const section = sectionFor(c.draft, row.targetText);
    if (section === null) {
      result.refused.push({ row: row.row, messages: [`Không tìm thấy mục "${row.targetText}" trong dự thảo.`] });
      return;
    }
    target = section;
  }
  const localityId = row.localityText === null ? null : localityFor(c.localities, row.localityText);
  if (row.localityText !== null && localityId === null) result.warnings.push({ row: row.row, messages: [`Không tìm thấy địa bàn "${row.localityText}"; ý kiến được nhập không kèm địa bàn.`] });
  try {
    const stored = await storeOfflineComment(deps, actor, c.consultation, {
      target, stance: row.stance, text: row.text, reason: row.reason, respondentType: row.respondentType, localityId, organisation: row.organisation,
      contact: { name: row.name, email: row.email, phone: row.phone }, channel: c.channel, submittedOn: row.submittedOn,
    });
    result.imported += 1;
    if (stored.comment.moderation.state === 'spam') result.spam += 1;
    if (stored.comment.duplicateMatch !== 'none') result.duplicatesFound += 1;
  } catch (error) {
    result.refused.push({ row: row.row, messages: [messageOf(error)] });
  }
}
