import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { defaultAdminDir } from '../config.js';

/** The back office may load only its own files, and no page may frame it. */
export const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Back office not built</title></head>
<body><main><h1>The back office is not built yet</h1>
<p>The back office is not built yet. Run: npm run build:admin</p>
<p>Then reload this page.</p></main></body></html>
`;

const isAdminAddress = (url: string) => /^\/(v1\/)?admin(\/|\?|$)/.test(url);

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/**
 * The back office: `GET /admin/…` serves the built app from `adminDir` (collector/admin/dist), and
 * `index.html` for any address that is not a file (the app routes in the browser). Every /admin
 * and /v1/admin answer gets the strict CSP and the other security headers.
 */
export const adminAppRoutes = fp(
  async (app) => {
    const dir = resolve(app.ctx.config.adminDir ?? defaultAdminDir());

    app.addHook('onSend', async (request, reply, payload) => {
      if (isAdminAddress(request.url)) {
        reply.header('Content-Security-Policy', ADMIN_CSP);
        reply.header('Referrer-Policy', 'no-referrer');
        reply.header('X-Frame-Options', 'DENY');
        reply.header('Cross-Origin-Opener-Policy', 'same-origin');
        reply.header('Cross-Origin-Resource-Policy', 'same-origin');
      }
      return payload;
    });

    const send = async (reply: FastifyReply, path: string, cache: string) =>
      reply
        .type(TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream')
        .header('Cache-Control', cache)
        .send(await readFile(path));

    app.get('/admin', async (_request, reply) => reply.redirect('/admin/', 301));

    app.get<{ Params: { '*': string } }>('/admin/*', async (request, reply) => {
      const index = resolve(dir, 'index.html');
      if (!(await isFile(index))) {
        return reply.code(503).type('text/html; charset=utf-8').header('Retry-After', '60').send(NOT_BUILT);
      }
      let wanted: string;
      try {
        wanted = decodeURIComponent(request.params['*'] ?? '');
      } catch {
        wanted = '';
      }
      const path = resolve(dir, wanted);
      // Only files inside the folder: "..", absolute paths and NUL never reach outside it.
      const inside = path.startsWith(dir + sep) && !wanted.includes('\0');
      if (inside && wanted !== '' && (await isFile(path))) {
        // Vite names built files by their content, so they may be kept for a year.
        return send(reply, path, wanted.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      }
      // A missing file (it has an extension) is 404; any other address is a view of the app.
      if (/\.[a-z0-9]+$/i.test(wanted))
        return reply.code(404).type('text/plain; charset=utf-8').send('There is nothing at this address.');
      return send(reply, index, 'no-cache');
    });
  },
  { name: 'admin-app' },
);
