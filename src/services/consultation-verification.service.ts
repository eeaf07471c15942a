/**
 * The light verification of a commenter: where a consultation asks for it, a six-digit code
 * goes to the e-mail address given (through the code sender: SMTP when configured), and the
 * confirmed code gives a token the comment carries. Limits: five codes an address an hour,
 * five tries a code, fifteen minutes a code. Only hashes of codes and tokens are stored.
 */
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { z } from 'zod';
import { ResoluteError } from '../domain/errors.ts';
import { verificationMail } from '../domain/vocabulary/index.ts';
import { countVerificationsSince, createVerification, latestVerification, markVerified, recordVerificationAttempt } from '../store/index.ts';
import { tokenHash } from './comment-submission.service.ts';
import { ConfirmCodeInput, RequestCodeInput } from './consultation.schemas.ts';
import { loadBySlug } from './consultation.service.ts';
import { assertOpen } from './comment-submission.service.ts';
import type { ServiceDeps } from './deps.ts';
import { parseInput } from './parse-input.ts';

/** Sends a verification code by e-mail. */
export interface CodeSender {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
  close?(): void;
}

/** The SMTP sender when SMTP_URL is set; null otherwise (verification then cannot be offered). */
export function configuredCodeSender(config: { smtpUrl?: string | undefined; smtpFrom: string }): CodeSender | null {
  if (config.smtpUrl === undefined) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    send: async (message) => {
      await transport.sendMail({ from: config.smtpFrom, ...message });
    },
    close: () => transport.close(),
  };
}

export const CODE_LIMITS = { perAddressPerHour: 5, triesPerCode: 5, minutesValid: 15 } as const;

function codeHash(consultationId: string, email: string, code: string): string {
  return createHash('sha256').update(`code:${consultationId}:${email}:${code}`).digest('hex');
}

function normalEmail(email: string): string {
  const value = email.normalize('NFC').trim().toLowerCase();
  if (!/^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/u.test(value)) {
    throw new ResoluteError('invalid_input', 'Invalid input: email: not an e-mail address', { detail: 'email: not an e-mail address', detail_vi: 'email: không phải địa chỉ thư điện tử', path: 'email' });
  }
  return value;
}

function refused(vi: string, en: string): ResoluteError {
  return new ResoluteError('comment_refused', en, { problems_vi: vi, problems_en: en, fields: 'email' });
}

/** Sends a code to the address (the consultation must ask for verification and be open). */
export async function requestCode(deps: ServiceDeps, sender: CodeSender | null, input: z.input<typeof RequestCodeInput>): Promise<{ sentTo: string; expiresAt: string }> {
  const args = parseInput(RequestCodeInput, input);
  const consultation = await loadBySlug(deps.db, args.slug);
  const now = deps.clock();
  assertOpen(consultation, now);
  if (consultation.verification !== 'email') throw new ResoluteError('invalid_state', 'Not possible: this consultation needs no verification', { detail: 'no verification needed', detail_vi: 'đợt lấy ý kiến này không yêu cầu xác thực' });
  if (sender === null) {
    throw refused('Hệ thống chưa cấu hình gửi thư điện tử nên chưa gửi được mã xác thực; xin liên hệ cơ quan tổ chức lấy ý kiến.', 'E-mail is not configured, so no code can be sent; please contact the consulting office.');
  }
  const email = normalEmail(args.email);
  const hourAgo = new Date(now.getTime() - 60 * 60 * 1000);
  if ((await countVerificationsSince(deps.db, consultation.id, email, hourAgo)) >= CODE_LIMITS.perAddressPerHour) {
    throw refused('Đã gửi quá nhiều mã đến địa chỉ này; xin thử lại sau một giờ.', 'Too many codes were sent to this address; please try again in an hour.');
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + CODE_LIMITS.minutesValid * 60 * 1000).toISOString();
  await createVerification(deps.db, { id: randomUUID(), consultationId: consultation.id, email, codeHash: codeHash(consultation.id, email, code), expiresAt, createdAt: now.toISOString() });
  await sender.send({ to: email, ...verificationMail(consultation.title, code, CODE_LIMITS.minutesValid) });
  return { sentTo: email, expiresAt };
}

/** Checks a code; gives the token the comment carries. */
export async function confirmCode(deps: ServiceDeps, input: z.input<typeof ConfirmCodeInput>): Promise<{ verificationToken: string; email: string }> {
  const args = parseInput(ConfirmCodeInput, input);
  const consultation = await loadBySlug(deps.db, args.slug);
  const now = deps.clock();
  const email = normalEmail(args.email);
  const found = await latestVerification(deps.db, consultation.id, email);
  const wrong = refused('Mã xác thực không đúng hoặc đã hết hạn; xin yêu cầu mã mới.', 'The code is wrong or has expired; please ask for a new one.');
  if (found === null || found.verifiedAt !== null || Date.parse(found.expiresAt) <= now.getTime()) throw wrong;
  const tries = await recordVerificationAttempt(deps.db, found.id);
  if (tries > CODE_LIMITS.triesPerCode || found.codeHash !== codeHash(consultation.id, email, args.code)) throw wrong;
  const token = randomBytes(24).toString('base64url');
  await markVerified(deps.db, found.id, now, tokenHash(token));
  return { verificationToken: token, email };
}
