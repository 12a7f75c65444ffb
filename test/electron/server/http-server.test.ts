import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, TOKEN_HEADER, type RunningServer } from '../../../electron/server/http-server';
import { createClient } from '../../../shared/api/client';
import { TestProject, tempDir } from '../../support/temp-project';

let p: TestProject;
let server: RunningServer;
afterEach(async () => {
  await server?.close();
  p?.close();
});

async function start(staticDir?: string) {
  p = await TestProject.create();
  server = await startServer({ session: p.session, dispatch: p.dispatch, ...(staticDir ? { staticDir } : {}) });
  return server;
}

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('HTTP transport', () => {
  it('binds to 127.0.0.1 and answers the same dispatch with the token', async () => {
    const s = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await post(`${s.url}api/project.info`, '{}', { [TOKEN_HEADER]: s.token });
    const body = await res.json();
    expect(body.ok).toBe(true);
    expect(body.value.path).toBe(p.file);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    const s = await start();
    const none = await post(`${s.url}api/project.info`, '{}');
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');
    const wrong = await post(`${s.url}api/project.info`, '{}', { [TOKEN_HEADER]: 'x'.repeat(48) });
    expect(wrong.status).toBe(401);
    const events = await fetch(`${s.url}api/events`);
    expect(events.status).toBe(401);
  });

  it('refuses another Host header (DNS rebinding)', async () => {
    const s = await start();
    const port = new URL(s.url).port;
    const status = await new Promise<number>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/api/project.info', method: 'POST', headers: { host: `evil.example:${port}`, [TOKEN_HEADER]: s.token } }, (res) => resolve(res.statusCode ?? 0));
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('passes validation errors and bad JSON back as results', async () => {
    const s = await start();
    const bad = await post(`${s.url}api/codes.create`, '{"name": 5}', { [TOKEN_HEADER]: s.token });
    expect((await bad.json()).error.code).toBe('invalid-input');
    const notJson = await post(`${s.url}api/codes.create`, '{name', { [TOKEN_HEADER]: s.token });
    expect(notJson.status).toBe(400);
  });

  it('streams events to a typed client over server-sent events', async () => {
    const s = await start();
    const received: string[] = [];
    const controller = new AbortController();
    const res = await fetch(`${s.url}api/events?token=${s.token}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    const client = createClient({
      invoke: async (method, input) => (await post(`${s.url}api/${method}`, JSON.stringify(input), { [TOKEN_HEADER]: s.token })).json(),
      on: () => () => undefined,
    });
    await client.call('codes.create', { name: 'Kualitas pekerjaan' });
    const deadline = Date.now() + 3000;
    let text = '';
    while (!text.includes('codes.changed') && Date.now() < deadline) {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    for (const m of text.matchAll(/data: (.*)/g)) received.push(JSON.parse(m[1]!).event);
    expect(received).toContain('codes.changed');
  });

  it('serves the interface with the token in the page and a strict CSP, and nothing outside it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>T</title></head><body></body></html>');
    fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'secret');
    const s = await start(dir);
    const page = await fetch(s.url);
    expect(await page.text()).toContain(`<meta name="telaah-token" content="${s.token}">`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const climb = await fetch(`${s.url}..%2f..%2fetc%2fpasswd`);
    expect(climb.status).toBe(404);
  });
});
