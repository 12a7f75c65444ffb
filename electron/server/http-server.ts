import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../core/api/dispatch';
import type { Session } from '../core/session';

export interface ServerOptions {
  session: Session;
  dispatch: Dispatch;
  /** Built renderer (index.html and assets); without it only the API is served. */
  staticDir?: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Upload bodies (base64 files) may be large, but not unbounded. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
export const TOKEN_HEADER = 'x-telaah-token';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
}

/**
 * The HTTP transport of the same dispatch as IPC: `POST /api/<method>` with a JSON body, events as
 * server-sent events on `/api/events`. Bound to 127.0.0.1 only; every API request needs the
 * per-launch token (header, or `?token=` for EventSource, which cannot set headers); the Host
 * header must name this server (against DNS rebinding). The token reaches the page inside
 * index.html, which other sites cannot read. Never started by a packaged app.
 */
export function startServer(o: ServerOptions): Promise<RunningServer> {
  const token = o.token ?? randomBytes(24).toString('hex');
  let port = 0;
  const streams = new Set<http.ServerResponse>();
  const unsubscribe = o.session.events.subscribe((event, payload) => {
    const data = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`;
    for (const s of streams) s.write(data);
  });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      sendJson(res, 403, { ok: false, error: { code: 'unauthorized', message: 'Wrong host.' } });
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      const given = (req.headers[TOKEN_HEADER] as string | undefined) ?? url.searchParams.get('token') ?? undefined;
      if (!sameToken(given, token)) {
        sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token.' } });
        return;
      }
      if (url.pathname === '/api/events' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive', ...SECURITY_HEADERS });
        res.write(': connected\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (req.method !== 'POST') {
        sendJson(res, 405, { ok: false, error: { code: 'invalid-input', message: 'Use POST.' } });
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_BODY_BYTES) {
          sendJson(res, 413, { ok: false, error: { code: 'invalid-input', message: `Request larger than ${MAX_BODY_BYTES / 1048576} MB.` } });
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => {
        if (res.headersSent) return;
        let input: unknown = {};
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          input = text ? JSON.parse(text) : {};
        } catch {
          sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: 'The request body is not JSON.' } });
          return;
        }
        void o.dispatch(method, input).then((result) => sendJson(res, 200, result));
      });
      return;
    }
    serveStatic(o.staticDir, url.pathname, token, res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const s of streams) s.end();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

function serveStatic(staticDir: string | undefined, pathname: string, token: string, res: http.ServerResponse): void {
  if (!staticDir) {
    res.writeHead(404, SECURITY_HEADERS).end('No user interface was built (run npm run build:renderer).');
    return;
  }
  const rel = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(staticDir, rel);
  if (!file.startsWith(path.resolve(staticDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, SECURITY_HEADERS).end('Not found');
    return;
  }
  const ext = path.extname(file);
  if (rel === 'index.html') {
    const html = fs.readFileSync(file, 'utf8').replace('<head>', `<head><meta name="telaah-token" content="${token}">`);
    res.writeHead(200, { 'content-type': MIME['.html']!, ...SECURITY_HEADERS }).end(html);
    return;
  }
  res.writeHead(200, { 'content-type': MIME[ext] ?? 'application/octet-stream', ...SECURITY_HEADERS });
  fs.createReadStream(file).pipe(res);
}
