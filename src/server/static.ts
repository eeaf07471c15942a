/**
 * Serves the built browser application (web/dist) at `/`, next to the API. Files are public
 * (the data behind them is not). Hashed assets are cached for a year; index.html never, so a
 * new build is picked up at the next visit. Any other address outside /api gets index.html,
 * so that the app's own addresses (/indicators/…) can be reloaded and linked to.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` writes the application. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Built assets have the hash of their content in their name, so they never change; the page itself always may. */
function cacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
}

/** Registers the web application when it is built; without a build only the API is served (and a warning is logged). */
export async function registerWebApp(app: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    app.log.warn({ root }, 'the web application is not built (npm run build:web); serving the API only');
    return;
  }
  await app.register(async (web) => {
    web.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), auth: 'public' };
    });
    // Assets are looked up at each request (a rebuild needs no restart); everything else is the page.
    await web.register(fastifyStatic, { root: join(root, 'assets'), prefix: '/assets/', schemaHide: true, cacheControl: false, setHeaders: cacheHeaders });
    web.get('/*', { schema: { hide: true } }, async (request, reply) => {
      const path = request.url.split('?')[0] ?? '';
      // The API's unknown routes and missing files stay 404s; they must not turn into the page.
      if (path === '/api' || path.startsWith('/api/') || /\.[a-z0-9]+$/i.test(path)) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').sendFile('index.html', root);
    });
  });
}
