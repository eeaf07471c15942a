/**
 * The OpenAPI document, generated from the routes' zod schemas: JSON at /api/openapi.json
 * and Swagger UI at /api/docs. Both are public: the API's shape is no secret, its data is.
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.ts';

const DESCRIPTION = [
  'resolute: monitoring the implementation of Party Congress resolutions.',
  `Sign in with POST /api/session (sets the ${SESSION_COOKIE} cookie and returns csrfToken; send it as ${CSRF_HEADER} on every change),`,
  'or send an API token as "Authorization: Bearer rsl_…". Errors are { "error": { "code", "message", "details" } };',
  'messages are Vietnamese unless Accept-Language asks for English.',
].join(' ');

/** Registers the document generator and the UI; call before the routes are registered. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  // The UI's own routes (and its static files) are public.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), auth: 'public' };
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'resolute API', version: '1', description: DESCRIPTION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer', description: 'API token rsl_…' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The UI's pages run only their own scripts; Swagger UI injects one <style> element at run time.
    staticCSP: "default-src 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'self'; base-uri 'self'",
  });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
