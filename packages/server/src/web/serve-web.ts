import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** packages/web/dist, seen from packages/server/{src,dist}/web/. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Vite names built files by content hash under assets/, so a browser may keep them for ever. */
function cacheControlFor(filePath: string): string {
  const segments = filePath.split(/[\\/]/);
  if (segments.includes('assets')) return 'public, max-age=31536000, immutable';
  // Served as index.html.br or .gz when the browser accepts it.
  if (/^index\.html(\.br|\.gz)?$/.test(segments.at(-1) ?? '')) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * Serves the built web app (packages/web/dist) beside the API: its files with long caching for
 * hashed assets and the precompressed `.br`/`.gz` the build writes, and index.html for every other
 * GET outside /api, so the browser's router handles deep links (/items/12). Unknown /api paths and
 * missing assets still get the API's JSON 404. Without a build (API-only tests, `npm run dev`) it
 * serves nothing.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string = process.env.PLANTRACK_WEB_DIR ?? DEFAULT_WEB_DIR): Promise<void> {
  if (!existsSync(path.join(webDir, 'index.html'))) return;
  await app.register(fastifyStatic, {
    serve: true,
    root: webDir,
    // One route per built file, found at start; everything else reaches the fallback below.
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    schemaHide: true,
    globIgnore: ['**/*.map', '.vite/**'],
    setHeaders: (reply, filePath) => {
      reply.header('Cache-Control', cacheControlFor(filePath));
    },
  });

  const handleAppRoute = async (request: { url: string }, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    // An API path or a file name (a missing asset) is a real 404, never the app's page.
    if (pathname === '/api' || pathname.startsWith('/api/') || path.posix.extname(pathname) !== '') return reply.callNotFound();
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  };
  // Public: the app's page itself holds no data; unknown /api paths pass through to the JSON 404.
  const options = { config: { access: 'public' as const }, schema: { hide: true } };
  app.get('/', options, handleAppRoute);
  app.get('/*', options, handleAppRoute);
}
