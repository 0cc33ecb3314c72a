import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/**
 * The policy the built app must live under, sent as a header on every response so that anything
 * the app (or a library inside it) tries to load from elsewhere shows up as a violation. It is the
 * policy of index.html's meta element plus frame-ancestors, which only a header can carry; a
 * browser test checks that the two stay the same.
 *
 * `blob:` in script-src and worker-src: troika (drei <Text>) builds its glyphs in a worker made
 * from a blob URL; without it text renders nowhere and troika does not fall back.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' blob:",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.ktx2': 'image/ktx2',
  '.hdr': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  readonly origin: string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Maps a request path to a file under `root`. Paths without an extension are app routes and fall
 * back to index.html; a missing file with an extension is a real 404, so a broken asset reference
 * fails loudly instead of receiving HTML.
 */
async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;

  if (await isFile(candidate)) return candidate;
  const asDirectoryIndex = join(candidate, 'index.html');
  if (await isFile(asDirectoryIndex)) return asDirectoryIndex;
  if (extname(candidate) === '') return join(root, 'index.html');
  return undefined;
}

/** Serves `root` on 127.0.0.1 at a free port, with the app's CSP on every response. */
export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);

  const server: Server = createServer((request, response) => {
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;

    resolveFile(root, urlPath)
      .then(async (file) => {
        if (file === undefined) {
          response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
          return;
        }
        const body = await readFile(file);
        const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
        response.writeHead(200, {
          ...headers,
          'Content-Type': type,
          'Content-Length': body.length,
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      })
      .catch((error: unknown) => {
        response.writeHead(500, { ...headers, 'Content-Type': 'text/plain' }).end(String(error));
      });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
