/** API tokens for machine clients: create (the secret is shown once), list, revoke. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, listApiTokens, revokeApiToken } from '../../services/account.service.ts';
import { principalOf } from '../auth.ts';
import { ApiTokenInfo, CreatedToken, CreateTokenBody, TokenParams } from '../schemas/account.schemas.ts';
import { ERROR_RESPONSES, NO_CONTENT } from '../schemas/error.schemas.ts';

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { accounts } = app.resolute;

  app.get('/api/tokens', {
    schema: { tags: ['tokens'], summary: 'The signed-in user\'s API tokens (never their secrets)', response: { 200: z.array(ApiTokenInfo), ...ERROR_RESPONSES } },
  }, async (request) => listApiTokens(accounts, principalOf(request).user.id));

  app.post('/api/tokens', {
    schema: { tags: ['tokens'], summary: 'Creates an API token; the secret is in this response only', body: CreateTokenBody, response: { 201: CreatedToken, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    const { token, info } = await createApiToken(accounts, principalOf(request).user.id, request.body.name);
    return reply.code(201).send({ ...info, token });
  });

  app.delete('/api/tokens/:tokenId', {
    schema: { tags: ['tokens'], summary: 'Revokes one of the signed-in user\'s tokens', params: TokenParams, response: { ...NO_CONTENT, ...ERROR_RESPONSES } },
  }, async (request, reply) => {
    await revokeApiToken(accounts, principalOf(request).user.id, request.params.tokenId);
    return reply.code(204).send(null);
  });
};
