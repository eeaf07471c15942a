/**
 * Consultations on drafts over the API, for signed-in users (src/server/routes/consultation.routes.ts):
 * the list and one consultation, opening, closing and linking the next version, the moderation
 * queue and its actions, offline comments and their file import, tallies, and — for the synthesis,
 * disposition and diff tabs — the synthesis, the disposition board, the version diff and the report
 * addresses. Types come from the server's schemas (src/server/schemas/consultation.schemas.ts).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { InfiniteData, QueryClient, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AddTallyBody, CloseConsultationBody, CommentQueue as CommentQueueSchema, Consultation as ConsultationSchema,
  ConsultationDetail as ConsultationDetailSchema, ConsultationSummary as ConsultationSummarySchema, DispositionBoard as DispositionBoardSchema,
  DispositionRecord as DispositionRecordSchema, ImportResult as ImportResultSchema, ModerateCommentBody, ModerateGroupBody, ModeratedGroup,
  OfflineCommentBody, OpenConsultationBody, QueueItem as QueueItemSchema, QueueQuery, ReviseConsultationBody, SetDispositionBody,
  Synthesis as SynthesisSchema, Tally as TallySchema, VersionDiff as VersionDiffSchema,
} from '../../../src/server/schemas/consultation.schemas.ts';
import { apiRequest, apiUpload } from './client.ts';

export type Consultation = z.output<typeof ConsultationSchema>;
export type ConsultationSummary = z.output<typeof ConsultationSummarySchema>;
export type ConsultationDetail = z.output<typeof ConsultationDetailSchema>;
export type ConsultationState = ConsultationDetail['state'];
export type StateCounts = ConsultationDetail['counts'];
export type DraftSection = ConsultationDetail['sections'][number];
export type DraftIndicator = ConsultationDetail['indicators'][number];
export type Locality = ConsultationDetail['localities'][number];
export type CommentQueue = z.output<typeof CommentQueueSchema>;
export type QueueItem = z.output<typeof QueueItemSchema>;
export type ImportResult = z.output<typeof ImportResultSchema>;
export type Tally = z.output<typeof TallySchema>;
export type Synthesis = z.output<typeof SynthesisSchema>;
export type DispositionBoard = z.output<typeof DispositionBoardSchema>;
export type DispositionRecord = z.output<typeof DispositionRecordSchema>;
export type VersionDiff = z.output<typeof VersionDiffSchema>;
export type OpenConsultation = z.input<typeof OpenConsultationBody>;
export type OfflineComment = z.input<typeof OfflineCommentBody>;
export type ModerateComment = z.input<typeof ModerateCommentBody>;
export type ModerateGroup = z.input<typeof ModerateGroupBody>;
export type AddTally = z.input<typeof AddTallyBody>;
export type SetDisposition = z.input<typeof SetDispositionBody>;
/** The queue's filters as the route reads them (flags as booleans, positions as numbers; turned into text on the wire). */
export type QueueFilter = Omit<z.output<typeof QueueQuery>, 'before' | 'limit'>;
export type OfflineChannel = OfflineComment['channel'];

/** The report formats of the synthesis and disposition reports (`layout`: the laid-out document as JSON). */
export const CONSULTATION_REPORT_FORMATS = ['xlsx', 'docx', 'pdf', 'csv', 'json', 'layout'] as const;
export type ConsultationReportFormat = (typeof CONSULTATION_REPORT_FORMATS)[number];
export type ConsultationReportKind = 'synthesis' | 'disposition';

/** How many comments one page of the queue holds. */
export const QUEUE_PAGE_SIZE = 20;

const id = encodeURIComponent;
const base = (consultationId: string): string => `/api/consultations/${id(consultationId)}`;

/** GET /api/consultations: the consultations the caller may see, with their counts. */
export function readConsultations(organisationId?: string): Promise<ConsultationSummary[]> {
  return apiRequest('GET', '/api/consultations', { query: { organisationId } });
}

/** GET /api/consultations/:id: the consultation with its draft's sections, indicators, localities, counts and what the caller may do. */
export function readConsultation(consultationId: string): Promise<ConsultationDetail> {
  return apiRequest('GET', base(consultationId));
}

/** POST /api/consultations: opens a draft document for comment (the secretariat). */
export function openConsultation(body: OpenConsultation): Promise<Consultation> {
  return apiRequest('POST', '/api/consultations', { body });
}

/** POST /api/consultations/:id/close with the version read: no comment is taken after this. */
export function closeConsultation(consultationId: string, version: number): Promise<Consultation> {
  return apiRequest('POST', `${base(consultationId)}/close`, { body: { version } satisfies z.input<typeof CloseConsultationBody> });
}

/** POST /api/consultations/:id/revision: links the next version of the draft (a stored document). */
export function reviseConsultation(consultationId: string, body: z.input<typeof ReviseConsultationBody>): Promise<Consultation> {
  return apiRequest('POST', `${base(consultationId)}/revision`, { body });
}

/** GET /api/consultations/:id/comments: one page of the moderation queue, before a position (the previous page's nextBefore). */
export function readQueue(consultationId: string, filter: QueueFilter, before?: number, signal?: AbortSignal): Promise<CommentQueue> {
  return apiRequest('GET', `${base(consultationId)}/comments`, {
    query: { ...filter, before, limit: QUEUE_PAGE_SIZE },
    ...(signal === undefined ? {} : { signal }),
  });
}

/** POST /api/comments/:commentId/moderation with the version read: publish, hide (with a reason) or mark as spam. */
export function moderateComment(commentId: string, body: ModerateComment): Promise<QueueItem> {
  return apiRequest('POST', `/api/comments/${id(commentId)}/moderation`, { body });
}

/** POST /api/consultations/:id/groups/moderation: publish a duplicate group or mark it all as spam. */
export function moderateGroup(consultationId: string, body: ModerateGroup): Promise<z.output<typeof ModeratedGroup>> {
  return apiRequest('POST', `${base(consultationId)}/groups/moderation`, { body });
}

/** POST /api/consultations/:id/comments: a comment from a meeting or a paper form. */
export function enterComment(consultationId: string, body: OfflineComment): Promise<QueueItem> {
  return apiRequest('POST', `${base(consultationId)}/comments`, { body });
}

/** POST /api/consultations/:id/comments/import: an XLSX or CSV sheet of comments, with the channel they came through. */
export function importComments(consultationId: string, file: File, channel: OfflineChannel): Promise<ImportResult> {
  return apiUpload(`${base(consultationId)}/comments/import`, file, file.name, { channel });
}

/** GET /api/consultations/:id/tallies. */
export function readTallies(consultationId: string): Promise<Tally[]> {
  return apiRequest('GET', `${base(consultationId)}/tallies`);
}

/** POST /api/consultations/:id/tallies: counts by stance for a locality and channel. */
export function addTally(consultationId: string, body: AddTally): Promise<Tally> {
  return apiRequest('POST', `${base(consultationId)}/tallies`, { body });
}

/** DELETE /api/consultations/:id/tallies/:tallyId. */
export function deleteTally(consultationId: string, tallyId: string): Promise<void> {
  return apiRequest('DELETE', `${base(consultationId)}/tallies/${id(tallyId)}`);
}

/** GET /api/consultations/:id/synthesis. */
export function readSynthesis(consultationId: string): Promise<Synthesis> {
  return apiRequest('GET', `${base(consultationId)}/synthesis`);
}

/** GET /api/consultations/:id/dispositions. */
export function readDispositions(consultationId: string): Promise<DispositionBoard> {
  return apiRequest('GET', `${base(consultationId)}/dispositions`);
}

/** PUT /api/consultations/:id/dispositions: Tiếp thu / Giải trình / Không tiếp thu for a comment or a cluster, with the version read (null: none yet). */
export function setDisposition(consultationId: string, body: SetDisposition): Promise<DispositionRecord> {
  return apiRequest('PUT', `${base(consultationId)}/dispositions`, { body });
}

/** GET /api/consultations/:id/diff (409 invalid_state while no next version is linked). */
export function readVersionDiff(consultationId: string): Promise<VersionDiff> {
  return apiRequest('GET', `${base(consultationId)}/diff`);
}

/** The address of the synthesis or disposition report in a format (a plain link: the browser sends the session cookie). */
export function consultationReportUrl(consultationId: string, kind: ConsultationReportKind, format: ConsultationReportFormat): string {
  return `${base(consultationId)}/reports/${kind}?format=${format}`;
}

export const CONSULTATIONS_KEY = ['consultations'] as const;
export const consultationKey = (consultationId: string) => ['consultation', consultationId] as const;
export const queueKey = (consultationId: string, filter: QueueFilter) => ['consultation', consultationId, 'queue', filter] as const;
export const talliesKey = (consultationId: string) => ['consultation', consultationId, 'tallies'] as const;
export const synthesisKey = (consultationId: string) => ['consultation', consultationId, 'synthesis'] as const;
export const dispositionsKey = (consultationId: string) => ['consultation', consultationId, 'dispositions'] as const;
export const diffKey = (consultationId: string) => ['consultation', consultationId, 'diff'] as const;

/** After any change to a consultation or its comments: the list and everything under the consultation are read again. */
export function invalidateConsultation(queryClient: QueryClient, consultationId: string): void {
  void queryClient.invalidateQueries({ queryKey: CONSULTATIONS_KEY });
  void queryClient.invalidateQueries({ queryKey: consultationKey(consultationId) });
}

/** The consultations the caller may see. */
export function useConsultations(): UseQueryResult<ConsultationSummary[]> {
  return useQuery({ queryKey: CONSULTATIONS_KEY, queryFn: () => readConsultations() });
}

/** One consultation. */
export function useConsultation(consultationId: string): UseQueryResult<ConsultationDetail> {
  return useQuery({ queryKey: consultationKey(consultationId), queryFn: () => readConsultation(consultationId) });
}

/** The moderation queue under a filter, page after page ("Xem thêm" asks for the next). */
export function useQueue(consultationId: string, filter: QueueFilter, enabled = true): UseInfiniteQueryResult<InfiniteData<CommentQueue, number | undefined>> {
  return useInfiniteQuery({
    queryKey: queueKey(consultationId, filter),
    queryFn: ({ pageParam, signal }) => readQueue(consultationId, filter, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled,
  });
}

/** The tallies of a consultation. */
export function useTallies(consultationId: string, enabled = true): UseQueryResult<Tally[]> {
  return useQuery({ queryKey: talliesKey(consultationId), queryFn: () => readTallies(consultationId), enabled });
}

/** The synthesis of a consultation's comments. */
export function useSynthesis(consultationId: string): UseQueryResult<Synthesis> {
  return useQuery({ queryKey: synthesisKey(consultationId), queryFn: () => readSynthesis(consultationId) });
}

/** The disposition board of a consultation. */
export function useDispositions(consultationId: string): UseQueryResult<DispositionBoard> {
  return useQuery({ queryKey: dispositionsKey(consultationId), queryFn: () => readDispositions(consultationId) });
}

/** The diff between the draft and its next version. */
export function useVersionDiff(consultationId: string): UseQueryResult<VersionDiff> {
  return useQuery({ queryKey: diffKey(consultationId), queryFn: () => readVersionDiff(consultationId) });
}
