/**
 * The public consultation page over the API (src/server/routes/public-consultation.routes.ts),
 * used without an account: the consultation with its draft, the form token, sending a comment,
 * the published comments of a target page by page, reporting a comment, and the e-mail code
 * step. Types come from the server's schemas (src/server/schemas/consultation.schemas.ts).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { InfiniteData, UseInfiniteQueryResult, UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CodeConfirmed as CodeConfirmedSchema, CodeRequested as CodeRequestedSchema, CommentLimits as CommentLimitsSchema,
  CommentReceipt as CommentReceiptSchema, DraftIndicator as DraftIndicatorSchema, DraftSection as DraftSectionSchema,
  FormToken as FormTokenSchema, Locality as LocalitySchema, PublicCommentBody, PublicCommentItem as PublicCommentItemSchema,
  PublicCommentPage as PublicCommentPageSchema, PublicConsultation as PublicConsultationSchema,
} from '../../../src/server/schemas/consultation.schemas.ts';
import { apiRequest } from './client.ts';

export type PublicConsultation = z.output<typeof PublicConsultationSchema>;
export type DraftSection = z.output<typeof DraftSectionSchema>;
export type DraftIndicator = z.output<typeof DraftIndicatorSchema>;
export type Locality = z.output<typeof LocalitySchema>;
export type CommentLimits = z.output<typeof CommentLimitsSchema>;
export type FormToken = z.output<typeof FormTokenSchema>;
export type CommentReceipt = z.output<typeof CommentReceiptSchema>;
export type CodeRequested = z.output<typeof CodeRequestedSchema>;
export type CodeConfirmed = z.output<typeof CodeConfirmedSchema>;
export type PublicCommentItem = z.output<typeof PublicCommentItemSchema>;
export type PublicCommentPage = z.output<typeof PublicCommentPageSchema>;
export type PublicComment = z.input<typeof PublicCommentBody>;
/** What a comment is about, as the form sends it. */
export type CommentTargetRef = PublicComment['target'];

/** Published comments asked for at a time. */
export const PUBLIC_COMMENTS_PAGE = 20;

const id = encodeURIComponent;
const base = (slug: string): string => `/api/public/consultations/${id(slug)}`;

export const publicConsultationKey = (slug: string) => ['public-consultation', slug] as const;
export const publicCommentsKey = (slug: string, target: string) => ['public-comments', slug, target] as const;

/** GET /api/public/consultations/:slug: the consultation, its draft, localities, limits and published counts. */
export function readPublicConsultation(slug: string, signal?: AbortSignal): Promise<PublicConsultation> {
  return apiRequest('GET', base(slug), signal === undefined ? {} : { signal });
}

/** GET /api/public/consultations/:slug/form: a form token, asked for when the form opens. */
export function readFormToken(slug: string): Promise<FormToken> {
  return apiRequest('GET', `${base(slug)}/form`);
}

/** POST /api/public/consultations/:slug/comments: one comment (refused with 422, 409 or 429). */
export function sendPublicComment(slug: string, body: PublicComment): Promise<CommentReceipt> {
  return apiRequest('POST', `${base(slug)}/comments`, { body });
}

/** GET /api/public/consultations/:slug/comments: published comments of a target ("draft", "section:ID", "indicator:ID"), newest page first. */
export function readPublicComments(slug: string, target: string, before?: number, signal?: AbortSignal): Promise<PublicCommentPage> {
  return apiRequest('GET', `${base(slug)}/comments`, {
    query: { target, before, limit: PUBLIC_COMMENTS_PAGE },
    ...(signal === undefined ? {} : { signal }),
  });
}

/** POST /api/public/comments/:commentId/report: a reader says a published comment breaks the rules. */
export function reportPublicComment(commentId: string): Promise<void> {
  return apiRequest('POST', `/api/public/comments/${id(commentId)}/report`);
}

/** POST /api/public/consultations/:slug/verification: a 6-digit code goes to `email`. */
export function requestVerificationCode(slug: string, email: string): Promise<CodeRequested> {
  return apiRequest('POST', `${base(slug)}/verification`, { body: { email } });
}

/** POST /api/public/consultations/:slug/verification/confirm: the code gives a verification token. */
export function confirmVerificationCode(slug: string, email: string, code: string): Promise<CodeConfirmed> {
  return apiRequest('POST', `${base(slug)}/verification/confirm`, { body: { email, code } });
}

/** The consultation of the public page. */
export function usePublicConsultation(slug: string): UseQueryResult<PublicConsultation> {
  return useQuery({ queryKey: publicConsultationKey(slug), queryFn: ({ signal }) => readPublicConsultation(slug, signal) });
}

/** The published comments of a target, page after page ("Xem thêm" asks for the next); asked for once `enabled`. */
export function usePublicComments(slug: string, target: string, enabled: boolean): UseInfiniteQueryResult<InfiniteData<PublicCommentPage, number | undefined>> {
  return useInfiniteQuery({
    queryKey: publicCommentsKey(slug, target),
    queryFn: ({ pageParam, signal }) => readPublicComments(slug, target, pageParam, signal),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
    enabled,
  });
}
