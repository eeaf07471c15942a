/** Request and response schemas of the session and API token routes. */
import { z } from 'zod';

export const LoginBody = z.strictObject({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1024),
});

export const PublicUser = z
  .object({ id: z.string(), login: z.string(), displayName: z.string(), email: z.string().nullable() })
  .meta({ id: 'User' });

export const Grant = z.object({
  role: z.enum(['admin', 'secretariat', 'reporter', 'leader', 'inspector', 'public']),
  unitId: z.string(),
});

export const LoginResponse = z.object({
  user: PublicUser,
  /** Send back as the x-csrf-token header on every change made with the session cookie. */
  csrfToken: z.string(),
  expiresAt: z.string(),
});

export const SessionResponse = z.object({
  user: PublicUser,
  grants: z.array(Grant),
  via: z.enum(['session', 'token']),
  /** Null when signed in with an API token (no cookie, so no CSRF token needed). */
  csrfToken: z.string().nullable(),
});

export const LogoutEverywhereResponse = z.object({ ended: z.number().int() });

export const ApiTokenInfo = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .meta({ id: 'ApiToken' });

export const CreateTokenBody = z.strictObject({ name: z.string().trim().min(1).max(200) });

export const CreatedToken = ApiTokenInfo.extend({
  /** The secret, shown this once: store it now. */
  token: z.string(),
});

export const TokenParams = z.strictObject({ tokenId: z.string().min(1).max(200) });
