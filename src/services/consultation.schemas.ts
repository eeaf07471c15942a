/**
 * Input schemas of the consultation use cases (strict: unknown keys are refused). The public
 * comment form's content rules (stance, sizes, markup) are the domain's (comment-rules.ts):
 * these schemas only bound the shapes and sizes so a huge body is refused before any work.
 * The HTTP routes reuse them minus what the path gives (src/server/schemas/consultation.schemas.ts).
 */
import { z } from 'zod';
import { CHANNELS, DISPOSITION_KINDS, HIDDEN_REASONS, MODERATION_STATES, RESPONDENT_TYPES, STANCES } from '../domain/consultation/types.ts';
import { VERIFICATION_MODES } from '../domain/consultation/consultation.ts';
import { Id, IsoDate, Text, Version } from './schema-common.ts';

/** Hard caps far above the domain's limits: the domain then says precisely what is too long. */
const Free = (max: number) => z.string().max(max);
const Optional = (max: number) => z.string().max(max).nullable().optional();

export const CommentTargetInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('draft') }),
  z.strictObject({ kind: z.literal('section'), sectionId: Id }),
  z.strictObject({ kind: z.literal('indicator'), indicatorId: Id }),
]);

/** A time of day "HH:MM" (Vietnam time). */
const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

export const OpenConsultationInput = z.strictObject({
  documentId: Id,
  title: Text(500).optional(),
  /** Public address key; default: from the title. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens').max(120).optional(),
  /** Vietnam calendar days and times: opens at opensOn openTime, closes at closesOn closeTime. */
  opensOn: IsoDate,
  openTime: TimeOfDay.optional(),
  closesOn: IsoDate,
  closeTime: TimeOfDay.optional(),
  verification: z.enum(VERIFICATION_MODES).optional(),
  duplicateThreshold: z.number().min(0.5).max(1).optional(),
});

export const ConsultationInput = z.strictObject({ consultationId: Id });
export const ConsultationSlugInput = z.strictObject({ slug: z.string().min(1).max(120) });
export const CloseConsultationInput = z.strictObject({ consultationId: Id, version: Version });
export const ReviseConsultationInput = z.strictObject({ consultationId: Id, version: Version, documentId: Id });
export const ListConsultationsInput = z.strictObject({ organisationId: Id.optional() });

/** What every comment carries, however it arrives. */
const CommentFields = {
  target: CommentTargetInput,
  stance: z.enum(STANCES),
  text: Free(20_000),
  reason: Optional(20_000),
  respondentType: z.enum(RESPONDENT_TYPES),
  localityId: Id.nullable().optional(),
  organisation: Optional(2000),
  name: Optional(2000),
  email: Optional(2000),
};

/** The public form. `website` is the honeypot (people never see it); `formToken` comes from the form endpoint. */
export const PublicCommentInput = z.strictObject({
  slug: z.string().min(1).max(120),
  ...CommentFields,
  website: Optional(2000),
  formToken: Free(500),
  verificationToken: Optional(500),
  clientRef: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8-64 letters, digits, _ or -').optional(),
});

/** A comment a unit or the secretariat enters from a meeting or a paper form. */
export const OfflineCommentInput = z.strictObject({
  consultationId: Id,
  channel: z.enum(CHANNELS).exclude(['online']),
  ...CommentFields,
  phone: Optional(200),
  /** When it was said (a meeting's day); default now. */
  submittedOn: IsoDate.optional(),
});

export const ImportCommentsInput = z.strictObject({
  consultationId: Id,
  channel: z.enum(CHANNELS).exclude(['online']).optional(),
  fileName: z.string().min(1).max(500),
  /** The file's bytes are given apart (services take a Buffer). */
});

export const CommentQueueInput = z.strictObject({
  consultationId: Id,
  state: z.enum(MODERATION_STATES).optional(),
  reportedOnly: z.boolean().optional(),
  target: z.string().max(300).optional().describe('"draft", "section:ID" or "indicator:ID"'),
  duplicateGroupId: Id.optional(),
  channel: z.enum(CHANNELS).optional(),
  before: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export const ModerateCommentInput = z.strictObject({
  commentId: Id,
  version: Version,
  state: z.enum(MODERATION_STATES).exclude(['new']),
  reason: z.enum(HIDDEN_REASONS).optional(),
  note: Text(1000).nullable().optional(),
});

export const ModerateGroupInput = z.strictObject({
  consultationId: Id,
  duplicateGroupId: Id,
  state: z.enum(['published', 'spam']),
});

export const ReportCommentInput = z.strictObject({ commentId: Id });

export const PublicCommentsInput = z.strictObject({
  slug: z.string().min(1).max(120),
  target: z.string().max(300).optional(),
  before: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const RequestCodeInput = z.strictObject({ slug: z.string().min(1).max(120), email: z.string().min(3).max(254) });
export const ConfirmCodeInput = z.strictObject({ slug: z.string().min(1).max(120), email: z.string().min(3).max(254), code: z.string().regex(/^\d{6}$/, '6 digits') });

export const AddTallyInput = z.strictObject({
  consultationId: Id,
  localityId: Id,
  channel: z.enum(CHANNELS).exclude(['online']),
  scope: z.enum(['own', 'area']),
  agree: z.number().int().min(0).max(10_000_000).optional(),
  disagree: z.number().int().min(0).max(10_000_000).optional(),
  partly: z.number().int().min(0).max(10_000_000).optional(),
  unspecified: z.number().int().min(0).max(10_000_000).optional(),
  note: Text(1000).nullable().optional(),
});

export const DispositionSubjectInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('comment'), commentId: Id }),
  z.strictObject({ kind: z.literal('cluster'), clusterId: Id }),
]);

export const SetDispositionInput = z.strictObject({
  consultationId: Id,
  subject: DispositionSubjectInput,
  kind: z.enum(DISPOSITION_KINDS),
  note: z.string().trim().max(5000),
  changedSectionId: Id.nullable().optional(),
  /** The version read; null when there was none yet. */
  version: Version.nullable(),
});
