/**
 * A tiny static file server for the BUILT site (dist/), for end-to-end tests.
 *
 * - listens on 127.0.0.1 on a free port chosen by the OS;
 * - directory URLs: /reports/x/ → dist/reports/x/index.html; /reports/x (no slash) redirects to
 *   /reports/x/ like a static host does; /about → dist/about.html if that file exists;
 * - content types for the site's files, Pagefind's included (.pf_meta, .pf_index, .pf_fragment,
 *   .pagefind as application/octet-stream);
 * - unknown paths → 404 with dist/404.html as the body when the build has one;
 * - never serves a file outside dist/;
 * - gzips text (HTML, CSS, JS, JSON, CSV, SVG, XML) for clients that accept it, as any static
 *   host does, so what a browser downloads here is what a reader would download.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/support/site.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `npm run build` writes the site (ATLAS_OUT overrides it, as it does for the build). */
export const DIST = resolve(REPO_ROOT, process.env.ATLAS_OUT ?? 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // Pagefind's index, metadata and fragments are (gzipped) binary chunks it fetches itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/** Types a static host compresses; Pagefind's chunks and wasm are already compressed. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json|x-bibtex|x-research-info-systems)|image\/svg\+xml)/;

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Throws the message a developer needs when the site has not been built. */
export function requireBuiltSite(root: string = DIST): void {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No built site: ${join(root, 'index.html')} is missing. ` +
        'The end-to-end tests run against the built site — run `npm run build` first (`npm test` does both).',
    );
  }
}

/** Every HTML file of the built site (Pagefind's own files left out), as absolute paths. */
export function builtPages(root: string = DIST): string[] {
  requireBuiltSite(root);
  const list = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return d.name === 'pagefind' ? [] : list(path);
      return d.name.endsWith('.html') ? [path] : [];
    });
  return list(root);
}

/** Report ids that have a built page (dist/reports/<id>/index.html), sorted. */
export function builtReports(root: string = DIST): string[] {
  requireBuiltSite(root);
  const dir = join(root, 'reports');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

const isFile = (p: string) => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};
const isDir = (p: string) => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

type Resolved = { file: string; status: 200 } | { redirect: string } | { file: string | null; status: 404 };

function resolvePath(root: string, rawPath: string): Resolved {
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return { file: null, status: 404 };
  }
  if (pathname.includes('\0')) return { file: null, status: 404 };
  const target = resolve(root, '.' + pathname);
  const notFound = (): Resolved => {
    const page = join(root, '404.html');
    return { file: isFile(page) ? page : null, status: 404 };
  };
  // Never leave dist/.
  if (target !== root && !target.startsWith(root + sep)) return notFound();

  if (pathname.endsWith('/')) {
    const index = join(target, 'index.html');
    return isFile(index) ? { file: index, status: 200 } : notFound();
  }
  if (isFile(target)) return { file: target, status: 200 };
  if (isDir(target) && isFile(join(target, 'index.html'))) return { redirect: rawPath + '/' };
  if (isFile(target + '.html')) return { file: target + '.html', status: 200 };
  return notFound();
}

export interface Site {
  /** Origin of the server, e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  /** Every request path the server answered, in order (for assertions about what a page fetched). */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

/** Serve the built site (dist/ unless `root` is given) on 127.0.0.1 on a random free port. */
export async function startSite(options: { root?: string } = {}): Promise<Site> {
  const root = resolve(options.root ?? DIST);
  requireBuiltSite(root);
  const requests: Site['requests'] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, headers: Record<string, string | number>, file?: string | null, body?: string) => {
      requests.push({ path: url.pathname, status });
      const gzip = !!file && COMPRESSIBLE.test(String(headers['content-type'] ?? '')) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (gzip) {
        delete headers['content-length'];
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(status, { 'cache-control': 'no-cache', ...headers });
      if (req.method === 'HEAD') return res.end();
      if (file) {
        const stream = createReadStream(file).on('error', () => res.destroy());
        (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(res);
      } else res.end(body ?? '');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, null, 'Method Not Allowed');
    }
    const found = resolvePath(root, url.pathname);
    if ('redirect' in found) return send(301, { location: found.redirect + url.search });
    if (found.file) {
      return send(found.status, { 'content-type': contentType(found.file), 'content-length': statSync(found.file).size }, found.file);
    }
    return send(404, { 'content-type': 'text/plain; charset=utf-8' }, null, 'Not Found');
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((err) => (err ? fail(err) : ok()));
      }),
  };
}
