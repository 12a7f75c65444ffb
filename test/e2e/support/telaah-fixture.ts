import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const cli = path.join(repoRoot, 'electron', 'cli', 'bin.mjs');
export const screenshotDir = path.join(repoRoot, 'test-results', 'screenshots');

export interface TelaahServer {
  /** The project file the server has open. */
  file: string;
  /** The app's address, e.g. http://127.0.0.1:43123/ */
  url: string;
  /** Console errors and page errors seen so far (CSP violations show up here). */
  pageErrors: string[];
}

/**
 * Runs the `telaah` command line (with TELAAH_HOME = `home` when given) and fails with its output
 * when it does not succeed.
 */
export function telaahCli(args: string[], home?: string): string {
  const env = home ? { ...process.env, TELAAH_HOME: home } : process.env;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env });
  if (r.status !== 0) throw new Error(`telaah ${args.join(' ')} exited ${r.status}: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Starts `telaah serve FILE --port 0` and resolves with the address it prints. */
function serve(file: string, home: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'serve', file, '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TELAAH_HOME: home } });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`telaah serve printed no address within 90 s.\n${out}\n${err}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Telaah is serving .+ at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`telaah serve exited ${code} before serving.\n${out}\n${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `telaah`: a fresh sample project (`telaah new FILE --sample`) in a temp folder, served on a free
 * port for this test; stopped and removed afterwards. `page` is opened on the app and waits until
 * the project's name is in the header.
 */
export const test = base.extend<{ telaah: TelaahServer }>({
  telaah: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-e2e-'));
    const file = path.join(dir, 'sample.telaah');
    // Recent projects, settings and backups of the app go to the test's own folder, not the user's.
    const home = path.join(dir, 'home');
    telaahCli(['new', file, '--sample'], home);
    const { child, url } = await serve(file, home);
    try {
      await use({ file, url, pageErrors: [] });
    } finally {
      await stop(child);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  page: async ({ page, telaah }, use) => {
    page.on('pageerror', (e) => telaah.pageErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') telaah.pageErrors.push(`console: ${m.text()}`);
    });
    await page.goto(telaah.url);
    await expect(page.locator('.project-name')).not.toHaveText(/Loading|Memuat/);
    await use(page);
  },
});

export { expect };

/** Saves a screenshot as a test artifact under test-results/screenshots/NAME.png. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

const axeSource = fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page (WCAG 2.x A/AA rules) and returns the serious and critical violations.
 * axe is evaluated through the DevTools protocol rather than a <script> tag: the app's content
 * security policy (script-src 'self') rightly refuses inline scripts, and tests keep it on.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
