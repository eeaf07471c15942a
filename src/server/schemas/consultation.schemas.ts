/**
 * Request and response schemas of the consultation routes (consultation.routes.ts and
 * public-consultation.routes.ts): the services' input schemas minus what the path gives, and
 * what they return. The web application derives its types from these. Nothing public carries
 * a commenter's contact: `PublicCommentItem` has no such field.
 */
import { z } from 'zod';
import { CHANNELS, DISPOSITION_KINDS, HIDDEN_REASONS, MODERATION_STATES, RESPONDENT_TYPES, STANCES } from '../../domain/consultation/types.ts';
import { VERIFICATION_MODES } from '../../domain/consultation/consultation.ts';
import {
  AddTallyInput, CloseConsultationInput, ConfirmCodeInput, ModerateCommentInput, ModerateGroupInput, OfflineCommentInput, OpenConsultationInput,
  PublicCommentInput, RequestCodeInput, ReviseConsultationInput, SetDispositionInput,
} from '../../services/consultation.schemas.ts';

const IdParam = z.string().min(1).max(200);
const Timestamp = z.string().describe('ISO 8601 UTC, e.g. 2026-03-01T08:00:00.000Z');
const QueryInt = (min: number, max: number) => z.string().regex(/^\d+$/, 'must be a whole number').transform(Number).pipe(z.number().int().min(min).max(max));
const QueryFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ConsultationParams = z.strictObject({ consultationId: IdParam });
export const SlugParams = z.strictObject({ slug: z.string().min(1).max(120) });
export const CommentParams = z.strictObject({ commentId: IdParam });
export const TallyParams = z.strictObject({ consultationId: IdParam, tallyId: IdParam });

export const ListConsultationsQuery = z.strictObject({ organisationId: IdParam.optional() });
export const OpenConsultationBody = OpenConsultationInput;
export const CloseConsultationBody = CloseConsultationInput.omit({ consultationId: true });
export const ReviseConsultationBody = ReviseConsultationInput.omit({ consultationId: true });
export const PublicCommentBody = PublicCommentInput.omit({ slug: true });
export const OfflineCommentBody = OfflineCommentInput.omit({ consultationId: true });
export const ModerateCommentBody = ModerateCommentInput.omit({ commentId: true });
export const ModerateGroupBody = ModerateGroupInput.omit({ consultationId: true });
export const AddTallyBody = AddTallyInput.omit({ consultationId: true });
export const SetDispositionBody = SetDispositionInput.omit({ consultationId: true });
export const RequestCodeBody = RequestCodeInput.omit({ slug: true });
export const ConfirmCodeBody = ConfirmCodeInput.omit({ slug: true });
export const ReportCommentBody = z.strictObject({}).optional();

export const QueueQuery = z.strictObject({
  state: z.enum(MODERATION_STATES).optional(),
  reportedOnly: QueryFlag.optional(),
  target: z.string().max(300).optional().describe('"draft", "section:ID" or "indicator:ID"'),
  duplicateGroupId: IdParam.optional(),
  channel: z.enum(CHANNELS).optional(),
  before: QueryInt(0, Number.MAX_SAFE_INTEGER).optional().describe('Comments before this position (the previous page\'s nextBefore)'),
  limit: QueryInt(1, 500).optional(),
});

export const PublicCommentsQuery = z.strictObject({
  target: z.string().max(300).optional(),
  before: QueryInt(0, Number.MAX_SAFE_INTEGER).optional(),
  limit: QueryInt(1, 100).optional(),
});

const Stance = z.enum(STANCES);
const RespondentType = z.enum(RESPONDENT_TYPES);
const Channel = z.enum(CHANNELS);
const StateCode = z.enum(MODERATION_STATES);
const ConsultationState = z.enum(['upcoming', 'open', 'closed']).describe('From the schedule and the server clock (Vietnam time rules)');

export const CommentTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('section'), sectionId: z.string(), path: z.array(z.string()).readonly() }),
  z.object({ kind: z.literal('indicator'), indicatorId: z.string() }),
]);

export const Consultation = z.object({
  id: z.string(), organisationId: z.string(), documentId: z.string(), revisedDocumentId: z.string().nullable(), slug: z.string(), title: z.string(),
  opensAt: Timestamp, closesAt: Timestamp, closedAt: Timestamp.nullable(), verification: z.enum(VERIFICATION_MODES), duplicateThreshold: z.number(),
  version: z.number(), createdAt: Timestamp, updatedAt: Timestamp,
}).meta({ id: 'Consultation' });

const StateCounts = z.object(Object.fromEntries(MODERATION_STATES.map((s) => [s, z.number()])) as Record<(typeof MODERATION_STATES)[number], z.ZodNumber>);

export const ConsultationSummary = z.object({
  consultation: Consultation, organisationName: z.string(), draftTitle: z.string(), state: ConsultationState, counts: StateCounts,
});

/** A section of the draft: heading label, title, level (1 = top) and its own text (not its subsections'). */
export const DraftSection = z.object({ id: z.string(), label: z.string(), title: z.string(), level: z.number(), path: z.array(z.string()), text: z.string() });
export const DraftIndicator = z.object({ id: z.string(), code: z.string().nullable(), name: z.string(), targetText: z.string().nullable() });
export const Locality = z.object({ id: z.string(), name: z.string(), parentId: z.string().nullable(), kind: z.string() });

export const ConsultationDetail = z.object({
  consultation: Consultation, organisationName: z.string(), draftTitle: z.string(), revisedDraftTitle: z.string().nullable(), state: ConsultationState,
  counts: StateCounts, sections: z.array(DraftSection), indicators: z.array(DraftIndicator), localities: z.array(Locality),
  can: z.object({ manage: z.boolean(), moderate: z.boolean(), enter: z.boolean() }),
});

export const CommentLimits = z.object({ text: z.number(), reason: z.number(), name: z.number(), organisation: z.number(), email: z.number(), minFillSeconds: z.number() });

export const PublicConsultation = z.object({
  id: z.string(), slug: z.string(), title: z.string(), organisationName: z.string(), draftTitle: z.string(),
  opensAt: Timestamp, closesAt: Timestamp, closedAt: Timestamp.nullable(), state: ConsultationState,
  /** Why it takes no comments now, in Vietnamese and English; null while open. */
  stateText: z.object({ vi: z.string(), en: z.string() }).nullable(),
  verification: z.enum(VERIFICATION_MODES), sections: z.array(DraftSection), indicators: z.array(DraftIndicator), localities: z.array(Locality),
  limits: CommentLimits,
  /** Published comments by target key ("draft", "section:ID", "indicator:ID"). */
  publishedByTarget: z.record(z.string(), z.number()),
}).meta({ id: 'PublicConsultation' });

export const FormToken = z.object({ formToken: z.string(), issuedAt: Timestamp });
export const CommentReceipt = z.object({ id: z.string(), receivedAt: Timestamp, verified: z.boolean(), repeated: z.boolean().describe('true when this clientRef was already received: the earlier comment is kept') });
export const CodeRequested = z.object({ sentTo: z.string(), expiresAt: Timestamp });
export const CodeConfirmed = z.object({ verificationToken: z.string(), email: z.string() });

export const PublicCommentItem = z.object({
  id: z.string(), target: CommentTarget, stance: Stance, text: z.string(), reason: z.string().nullable(), respondentType: RespondentType,
  localityName: z.string().nullable(), organisation: z.string().nullable(), channel: Channel, submittedAt: Timestamp,
  /** Comments in its duplicate group (1 when alone): a group is shown once. */
  groupSize: z.number(),
});
export const PublicCommentPage = z.object({ items: z.array(PublicCommentItem), nextBefore: z.number().nullable() });

export const Moderation = z.object({ state: StateCode, reason: z.enum(HIDDEN_REASONS).nullable(), note: z.string().nullable() });
export const QueueItem = z.object({
  id: z.string(), position: z.number(), target: CommentTarget, targetLabel: z.string(), stance: Stance, text: z.string(), reason: z.string().nullable(),
  respondentType: RespondentType, localityId: z.string().nullable(), localityName: z.string().nullable(), organisation: z.string().nullable(),
  channel: Channel, submittedAt: Timestamp, contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() }),
  emailVerified: z.boolean(), moderation: Moderation, spamSignal: z.string().nullable(), reportCount: z.number(),
  duplicateGroupId: z.string().nullable(), duplicateMatch: z.enum(['none', 'exact', 'near']), groupSize: z.number(), version: z.number(),
});
export const CommentQueue = z.object({ items: z.array(QueueItem), nextBefore: z.number().nullable(), counts: StateCounts });
export const ModeratedGroup = z.object({ changed: z.number() });

export const ImportResult = z.object({
  imported: z.number(), spam: z.number(),
  refused: z.array(z.object({ row: z.number(), messages: z.array(z.string()) })),
  duplicatesFound: z.number(),
});

export const Tally = z.object({
  id: z.string(), consultationId: z.string(), localityId: z.string(), channel: Channel, scope: z.enum(['own', 'area']),
  counts: z.object({ agree: z.number().optional(), disagree: z.number().optional(), partly: z.number().optional(), unspecified: z.number().optional() }),
  note: z.string().nullable(), enteredBy: z.string().nullable(), createdAt: Timestamp,
});

const StanceTally = z.object({ agree: z.number(), disagree: z.number(), partly: z.number(), unspecified: z.number() });
const UnitCounts = z.object({
  total: z.number(), comments: z.number(), byStance: z.record(Stance, z.number()), byRespondentType: z.record(RespondentType, z.number()), byChannel: z.record(Channel, z.number()),
});
export const ReportUnit = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }),
  z.object({ kind: z.literal('section'), sectionId: z.string(), label: z.string(), title: z.string(), level: z.number() }),
  z.object({ kind: z.literal('indicator'), indicatorId: z.string(), code: z.string().nullable(), name: z.string() }),
]);
export const SynthesisMainPoint = z.object({
  clusterId: z.string(), representativeId: z.string(), size: z.number(), byStance: z.record(Stance, z.number()),
  representativeText: z.string(), representativeReason: z.string().nullable(),
});
export const Synthesis = z.object({
  consultation: Consultation, state: ConsultationState, overall: UnitCounts,
  campaigns: z.object({ groups: z.number(), comments: z.number() }), duplicateGroups: z.object({ groups: z.number(), comments: z.number() }),
  units: z.array(z.object({ unit: ReportUnit, counts: UnitCounts, mainPoints: z.array(SynthesisMainPoint), unclustered: z.number() })),
  localities: z.array(z.object({ localityId: z.string(), name: z.string(), level: z.number(), own: StanceTally, total: StanceTally })),
  unplaced: StanceTally,
  discrepancies: z.array(z.object({ kind: z.string(), localityId: z.string(), text: z.string() })),
});

export const DispositionRecord = z.object({
  kind: z.enum(DISPOSITION_KINDS), note: z.string(), changedSectionId: z.string().nullable(), decidedBy: z.string().nullable(), decidedAt: Timestamp, version: z.number(),
});
export const DispositionSubject = z.object({
  unit: ReportUnit, subject: z.object({ kind: z.enum(['comment', 'cluster']), id: z.string() }), size: z.number(), text: z.string(), stance: Stance.nullable(),
  disposition: DispositionRecord.nullable(),
});
export const DispositionBoard = z.object({
  subjects: z.array(DispositionSubject), pending: z.number(),
  /** The next version's sections, to name the one a Tiếp thu changed; null before a revision is linked. */
  revisedSections: z.array(z.object({ id: z.string(), label: z.string(), title: z.string() })).nullable(),
});

const SectionRef = z.object({ id: z.string(), label: z.string(), title: z.string() });
export const VersionDiff = z.object({
  before: z.object({ documentId: z.string(), title: z.string() }), after: z.object({ documentId: z.string(), title: z.string() }),
  changes: z.array(z.object({
    change: z.enum(['added', 'removed', 'changed', 'unchanged']), before: SectionRef.nullable(), after: SectionRef.nullable(), retitled: z.boolean(),
    pieces: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
    /** Published comments on the old section. */
    comments: z.number(),
    /** Dispositions (Tiếp thu) that name the new section as changed. */
    dispositions: z.array(z.object({ subject: z.object({ kind: z.enum(['comment', 'cluster']), id: z.string() }), text: z.string(), note: z.string() })),
  })),
  counts: z.record(z.enum(['added', 'removed', 'changed', 'unchanged']), z.number()),
});

export const ReportQuery = z.strictObject({ format: z.enum(['xlsx', 'docx', 'pdf', 'csv', 'json', 'layout']).optional() });
