/**
 * A consultation's comments as a file for the secretariat (`resolute consult export --what
 * comments`): one row per comment in arrival order, with its place in the draft, stance, text,
 * reason, respondent type, locality, organisation, channel, moderation state and duplicate
 * group with the group's size among the exported comments. CSV through the reports' CSV
 * writer, XLSX through exceljs (one plain sheet, header frozen), JSON with the codes. The
 * commenters' contact is left out unless asked for. Published comments only, without contact,
 * need consultation.read; any other state or the contact, consultation.moderate.
 */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { StoredComment } from '../domain/consultation/consultation.ts';
import { MODERATION_STATES, type CommentTarget } from '../domain/consultation/types.ts';
import {
  CHANNEL_WORD, COMMENT_EXPORT_CONTACT_TITLE, COMMENT_EXPORT_SHEET, COMMENT_EXPORT_TITLE, MODERATION_STATE_WORD, RESPONDENT_TYPE_WORD, STANCE_WORD,
  commentExportFileStem,
} from '../domain/vocabulary/index.ts';
import { writeCsv, type RecordSet } from '../reports/csv.ts';
import { CONTENT_TYPES, type RenderedReport } from '../reports/index.ts';
import { scanComments } from '../store/index.ts';
import type { Actor } from './actor.ts';
import { assertCan } from './authorization.ts';
import { loadDraft, localitiesOf, targetLabel } from './consultation-draft.ts';
import { loadConsultation } from './consultation.service.ts';
import type { ServiceDeps } from './deps.ts';
import { vietnamDate } from './due-date.ts';
import { parseInput } from './parse-input.ts';
import { Id } from './schema-common.ts';

export const COMMENT_EXPORT_FORMATS = ['csv', 'xlsx', 'json'] as const;

export const ExportCommentsInput = z.strictObject({
  consultationId: Id,
  format: z.enum(COMMENT_EXPORT_FORMATS),
  /** Only comments in these states; default every state. */
  states: z.array(z.enum(MODERATION_STATES)).min(1).optional(),
  withContact: z.boolean().optional(),
});

/** One exported comment: codes, and the words a reader needs beside them. */
export interface ExportedComment {
  position: number;
  id: string;
  target: CommentTarget;
  targetLabel: string;
  stance: StoredComment['stance'];
  text: string;
  reason: string | null;
  respondentType: StoredComment['respondentType'];
  localityId: string | null;
  localityName: string | null;
  organisation: string | null;
  channel: StoredComment['channel'];
  submittedAt: string;
  state: StoredComment['moderation']['state'];
  duplicateGroupId: string | null;
  groupSize: number;
  contact?: StoredComment['contact'];
}

/** The consultation's comments as rows (permission checked here). */
export async function exportedComments(deps: ServiceDeps, actor: Actor, input: z.input<typeof ExportCommentsInput>): Promise<{ slug: string; comments: ExportedComment[] }> {
  const args = parseInput(ExportCommentsInput, input);
  const { consultation, scope } = await loadConsultation(deps.db, args.consultationId);
  const publicOnly = args.withContact !== true && args.states !== undefined && args.states.every((s) => s === 'published');
  assertCan(actor, publicOnly ? 'consultation.read' : 'consultation.moderate', scope);
  const [draft, localities] = await Promise.all([loadDraft(deps.db, consultation.documentId), localitiesOf(deps.db, consultation)]);
  const names = new Map(localities.map((l) => [l.id, l.name]));
  const stored: StoredComment[] = [];
  for await (const comment of scanComments(deps.db, consultation.id, args.states === undefined ? {} : { states: args.states })) stored.push(comment);
  const sizes = new Map<string, number>();
  for (const c of stored) sizes.set(c.duplicateGroupId ?? c.id, (sizes.get(c.duplicateGroupId ?? c.id) ?? 0) + 1);
  const comments = stored.map((c): ExportedComment => ({
    position: c.position, id: c.id, target: c.target, targetLabel: targetLabel(draft, c.target), stance: c.stance, text: c.text, reason: c.reason,
    respondentType: c.respondentType, localityId: c.localityId, localityName: c.localityId === null ? null : (names.get(c.localityId) ?? null),
    organisation: c.organisation, channel: c.channel, submittedAt: c.submittedAt, state: c.moderation.state, duplicateGroupId: c.duplicateGroupId,
    groupSize: sizes.get(c.duplicateGroupId ?? c.id) ?? 1, ...(args.withContact === true ? { contact: c.contact } : {}),
  }));
  return { slug: consultation.slug, comments };
}

type ColumnKey = keyof typeof COMMENT_EXPORT_TITLE | keyof typeof COMMENT_EXPORT_CONTACT_TITLE;

function columnsOf(withContact: boolean): { key: ColumnKey; title: string }[] {
  const titles: Record<string, string> = { ...COMMENT_EXPORT_TITLE, ...(withContact ? COMMENT_EXPORT_CONTACT_TITLE : {}) };
  return Object.entries(titles).map(([key, title]) => ({ key: key as ColumnKey, title }));
}

/** The cells of a row: words for people, the position, the group size and instants as they are; a group of one names no group. */
function cellsOf(c: ExportedComment): Record<ColumnKey, string | number | null> {
  return {
    position: c.position + 1, target: c.targetLabel, stance: STANCE_WORD[c.stance], text: c.text, reason: c.reason,
    respondent_type: RESPONDENT_TYPE_WORD[c.respondentType], locality: c.localityName, organisation: c.organisation, channel: CHANNEL_WORD[c.channel],
    submitted_at: c.submittedAt, state: MODERATION_STATE_WORD[c.state], duplicate_group: c.groupSize > 1 ? c.duplicateGroupId : null, group_size: c.groupSize,
    name: c.contact?.name ?? null, email: c.contact?.email ?? null, phone: c.contact?.phone ?? null,
  };
}

const WIDTHS: Partial<Record<ColumnKey, number>> = { position: 7, target: 30, stance: 16, text: 60, reason: 40, locality: 20, organisation: 24, submitted_at: 17, duplicate_group: 38 };

async function xlsxOf(columns: { key: ColumnKey; title: string }[], comments: readonly ExportedComment[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'resolute';
  const sheet = workbook.addWorksheet(COMMENT_EXPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.title, key: c.key, width: WIDTHS[c.key] ?? 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const comment of comments) {
    const cells: Record<string, string | number | Date | null> = cellsOf(comment);
    // Excel has no time zone: show the instant as Vietnam's wall clock.
    cells.submitted_at = new Date(Date.parse(comment.submittedAt) + 7 * 3600_000);
    sheet.addRow(cells);
  }
  sheet.getColumn('submitted_at').numFmt = 'dd/mm/yyyy hh:mm';
  for (const key of ['text', 'reason', 'target'] as const) sheet.getColumn(key).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The comments of a consultation as a CSV, XLSX or JSON file. */
export async function exportComments(deps: ServiceDeps, actor: Actor, input: z.input<typeof ExportCommentsInput>): Promise<RenderedReport & { count: number }> {
  const args = parseInput(ExportCommentsInput, input);
  const { slug, comments } = await exportedComments(deps, actor, args);
  const fileName = `${commentExportFileStem(slug, vietnamDate(deps.clock()))}.${args.format}`;
  const contentType = CONTENT_TYPES[args.format];
  const columns = columnsOf(args.withContact === true);
  switch (args.format) {
    case 'csv': {
      const records: RecordSet = { columns, rows: comments.map(cellsOf) };
      return { fileName, contentType, body: writeCsv(records), count: comments.length };
    }
    case 'xlsx':
      return { fileName, contentType, body: await xlsxOf(columns, comments), count: comments.length };
    case 'json':
      return { fileName, contentType, body: Buffer.from(`${JSON.stringify({ schemaVersion: 1, consultation: slug, comments }, null, 2)}\n`, 'utf8'), count: comments.length };
  }
}
