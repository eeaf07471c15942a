/**
 * The HTTP server: `buildServer(deps)` assembles Fastify with the zod type provider, security
 * headers, cookies, login rate limiting, multipart uploads, authentication, the error edge,
 * the OpenAPI document and every route. It does not listen: `start.ts` does, tests inject.
 */
import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { AccessError } from '../services/access-error.ts';
import { createDeps } from '../services/deps.ts';
import { registerAuth } from './auth.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandling } from './error-handler.ts';
import { languageOf } from './language.ts';
import { registerOpenApi } from './openapi.ts';
import { registerRoutes } from './routes/index.ts';
import { adminRoutes } from './routes/admin.routes.ts';
import { documentRoutes } from './routes/document.routes.ts';
import { taskRoutes } from './routes/task.routes.ts';
import { consultationRoutes } from './routes/consultation.routes.ts';
import { publicConsultationRoutes } from './routes/public-consultation.routes.ts';
import { reportRoutes } from './routes/report.routes.ts';
import { taskReportRoutes } from './routes/task-report.routes.ts';
import type { ServerDeps } from './server-deps.ts';

/** A client's request id is kept (for tracing across services) only when it is short and plain. */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

function loggerOptions(deps: ServerDeps): FastifyServerOptions['logger'] {
  if (deps.logStream === false) return false;
  return {
    level: deps.config.logLevel,
    // Credentials never reach the logs, whatever a serializer is later told to include.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    ...(deps.logStream === undefined ? {} : { stream: deps.logStream }),
  };
}

function context(deps: ServerDeps): AppContext {
  const clock = deps.clock ?? (() => new Date());
  const { config, database } = deps;
  return {
    config,
    database,
    services: createDeps(database.db, { clock, config: { commentsPerAddressPerHour: config.commentRatePerAddressPerHour } }),
    accounts: {
      db: database.db,
      now: clock,
      accounts: { sessionTtlHours: config.sessionTtlHours, loginMaxFailures: config.loginMaxFailures, loginLockoutMinutes: config.loginLockoutMinutes },
    },
  };
}

async function registerPlugins(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  // No upgrade-insecure-requests and no HSTS unless cookies are always Secure: a server on
  // plain HTTP in an office network must still load its own pages.
  const https = deps.config.cookieSecure === 'always';
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    strictTransportSecurity: https,
  });
  await app.register(fastifyCookie);
  // Only the login route is limited (per client address); see routes/session.routes.ts.
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, limit) =>
      new AccessError('rate_limited', 'Too many requests', { retryAfterSeconds: Math.ceil(limit.ttl / 1000) }),
  });
  await app.register(fastifyMultipart, {
    limits: { fileSize: deps.config.uploadLimitBytes, files: 1, fields: 20, fieldSize: 10_000, parts: 21 },
    throwFileSizeLimit: true,
  });
}

/** Builds the application (routes, plugins, hooks); call `listen` or `inject` on the result. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(deps),
    bodyLimit: deps.config.bodyLimitBytes,
    trustProxy: deps.config.trustProxy,
    requestIdHeader: false,
    // Health probes every few seconds would drown the request log.
    logController: new LogController({ requestIdLogLabel: 'requestId', disableRequestLogging: (request) => request.url === '/healthz' || request.url === '/readyz' }),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only: a cross-site HTML form can send text/plain without a preflight, never JSON.
  app.removeContentTypeParser('text/plain');
  app.decorate('resolute', context(deps));
  app.decorateRequest('lang', 'vi');
  app.addHook('onRequest', async (request, reply) => {
    request.lang = languageOf(request.headers['accept-language']);
    reply.header('x-request-id', request.id);
  });
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') app.routeTable.push({ method, url: route.url });
  });
  registerErrorHandling(app);
  await registerPlugins(app, deps);
  registerAuth(app);
  await registerOpenApi(app);
  await app.register(registerRoutes);
  await app.register(adminRoutes);
  await app.register(documentRoutes);
  await app.register(taskRoutes);
  await app.register(reportRoutes);
  await app.register(taskReportRoutes);
  await app.register(consultationRoutes);
  await app.register(publicConsultationRoutes);
  return app;
}
