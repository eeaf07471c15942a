/** Signing in and out with the session cookie; who am I. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { login, logout, logoutEverywhere } from '../../services/account.service.ts';
import { clearSessionCookie, csrfTokenOf, principalOf, sessionTokenOf, setSessionCookie } from '../auth.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';
import { LoginBody, LoginResponse, LogoutEverywhereResponse, SessionResponse } from '../schemas/account.schemas.ts';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, accounts } = app.resolute;

  app.post('/api/session', {
    config: { auth: 'public', rateLimit: { max: config.loginRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags: ['session'],
      summary: 'Sign in: sets the session cookie; locks the login after repeated failures',
      security: [],
      body: LoginBody,
      response: { 200: LoginResponse, ...ERROR_RESPONSES },
    },
  }, async (request, reply) => {
    const result = await login(accounts, request.body);
    setSessionCookie(reply, request, config, result.token, result.expiresAt);
    return { user: result.user, csrfToken: csrfTokenOf(result.token), expiresAt: result.expiresAt };
  });

  app.get('/api/session', {
    schema: { tags: ['session'], summary: 'The signed-in user, their roles and the CSRF token', response: { 200: SessionResponse, ...ERROR_RESPONSES } },
  }, async (request) => {
    const principal = principalOf(request);
    const grants = principal.actor.kind === 'user' ? principal.actor.grants.map((g) => ({ role: g.role, unitId: g.unitId })) : [];
    const token = principal.via === 'session' ? sessionTokenOf(request) : null;
    return { user: principal.user, grants, via: principal.via, csrfToken: token === null ? null : csrfTokenOf(token) };
  });

  app.delete('/api/session', {
    schema: { tags: ['session'], summary: 'Sign out: ends this session', response: { ...NO_CONTENT, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const token = sessionTokenOf(request);
    if (principalOf(request).via === 'session' && token !== null) await logout(accounts, token);
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  app.post('/api/session/logout-everywhere', {
    schema: { tags: ['session'], summary: 'Ends every session of the signed-in user, on every device', response: { 200: LogoutEverywhereResponse, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const ended = await logoutEverywhere(accounts, principalOf(request).user.id);
    clearSessionCookie(reply);
    return { ended };
  });
};
