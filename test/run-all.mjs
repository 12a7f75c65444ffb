#!/usr/bin/env node
// `npm test`: every check CI makes, in order, continuing past a failure so one run shows all of
// them; ends with the line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

function run(label, cmd, args, opts = {}) {
  process.stdout.write(`\n=== ${label}: ${[path.basename(cmd), ...args].join(' ')}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' }, ...opts });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`=== ${label}: ${r.status === 0 ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${seconds} s\n`);
  return r.status === 0;
}

/** Electronegativity over what it can judge: the main process, the preload and the page's CSP. */
function electronegativity() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'telaah-en-'));
  for (const f of ['electron/main/main.ts', 'electron/preload/preload.cjs', 'renderer/index.html']) {
    fs.copyFileSync(path.join(root, f), path.join(dir, path.basename(f)));
  }
  const out = path.join(results, 'electronegativity.csv');
  const header = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
  // The tool writes its CSV header and its rows with two unordered writes, so now and then the header
  // lands over the start of the first row (seen on CI). A report that is not the header and whole
  // rows (an issue id first, eight fields) is such a torn file: the tool runs again, up to three times.
  let findings = null;
  for (let attempt = 1; attempt <= 3 && findings === null; attempt++) {
    fs.rmSync(out, { force: true });
    // PreloadJSCheck only asks for a review of the preload: reviewed (it exposes invoke/on only).
    run('electronegativity', bin('electronegativity'), ['-i', dir, '-r', '-v', 'false', '-e', '45.4.1', '-x', 'PreloadJSCheck', '-o', out], { stdio: 'ignore' });
    if (!fs.existsSync(out)) continue;
    const [head = [], ...rows] = Papa.parse(fs.readFileSync(out, 'utf8').trim(), { skipEmptyLines: true }).data;
    const whole = head.map((h) => h.trim()).join() === header.join() && rows.every((r) => r.length === header.length && /^[A-Z_]+$/.test(r[0]));
    if (whole) findings = rows;
    else process.stdout.write(`=== electronegativity: report torn (${JSON.stringify(rows[0] ?? head).slice(0, 100)}), running again\n`);
  }
  if (findings === null) {
    process.stdout.write('\n=== electronegativity: FAILED (no whole report in three runs)\n');
    return false;
  }
  // Only findings marked low or informational (heuristics about 'self' in the CSP) are shown for the
  // record; anything else fails the run.
  const serious = findings.filter((r) => !['LOW', 'INFORMATIONAL'].includes(r[1]));
  for (const r of findings.filter((x) => !serious.includes(x))) process.stdout.write(`electronegativity note: ${r.slice(0, 5).join(' ')}\n`);
  process.stdout.write(`\n=== electronegativity: ${serious.length === 0 ? `ok, no findings above low severity (${findings.length} low)` : `FAILED, ${serious.length} findings:\n${serious.map((r) => r.join(' | ')).join('\n')}`}\n`);
  return serious.length === 0;
}

const checks = [];
const want = (name) => only.length === 0 || only.includes(name);

if (want('types')) {
  for (const p of ['shared', 'electron', 'renderer', 'test']) {
    checks.push([`type check ${p}/`, run(`type check ${p}/`, bin('tsc'), ['-p', `${p}/tsconfig.json`])]);
  }
}
if (want('layers')) {
  checks.push(['layers', run('layers (dependency-cruiser)', bin('depcruise'), ['--config', '.dependency-cruiser.cjs', 'electron', 'renderer', 'shared'])]);
}
if (want('lint')) checks.push(['lint', run('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '50'])]);
if (want('electronegativity')) checks.push(['electronegativity', electronegativity()]);

let passed = 0;
let failed = 0;
if (want('unit')) {
  const report = path.join(results, 'vitest.json');
  fs.rmSync(report, { force: true });
  // CI mode: a missing snapshot fails instead of being written, and a stray .only fails the run.
  const ok = run('unit and integration tests (vitest)', bin('vitest'), ['run', '--allowOnly=false', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    env: { ...process.env, FORCE_COLOR: '0', CI: '1' },
  });
  if (fs.existsSync(report)) {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    process.stdout.write(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped, ${r.numTotalTestSuites} suites\n`);
    if (r.numTotalTests === 0) checks.push(['vitest ran tests', false]);
    // A skipped test is a test that did not run: it is counted as a failure, not passed over.
    if (r.numPendingTests + r.numTodoTests > 0) checks.push(['no skipped vitest tests', false]);
  }
  checks.push(['vitest', ok]);
}
if (want('e2e')) {
  const report = path.join(results, 'e2e.json');
  fs.rmSync(report, { force: true });
  if (!fs.existsSync('/usr/bin/chromium')) {
    process.stdout.write('\n=== end-to-end: FAILED: /usr/bin/chromium is missing (apt-get install chromium; .ci/run does this)\n');
    checks.push(['e2e', false]);
  } else {
    const ok = run('end-to-end tests (playwright, Debian chromium)', bin('playwright'), ['test'], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report } });
    if (fs.existsSync(report)) {
      const s = JSON.parse(fs.readFileSync(report, 'utf8')).stats ?? {};
      passed += s.expected ?? 0;
      failed += (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0);
      process.stdout.write(`playwright: ${s.expected ?? 0} passed, ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped\n`);
    }
    checks.push(['e2e', ok]);
  }
}

const failedChecks = checks.filter(([, ok]) => !ok).map(([name]) => name);
const checkPassed = checks.length - failedChecks.length;
process.stdout.write(`\nChecks: ${checkPassed} of ${checks.length} passed${failedChecks.length ? `; failed: ${failedChecks.join(', ')}` : ''}\n`);
process.stdout.write(`${passed + checkPassed} passed, ${failed + failedChecks.length} failed\n`);
process.exit(failed + failedChecks.length > 0 ? 1 : 0);
