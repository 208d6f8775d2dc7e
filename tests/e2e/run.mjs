#!/usr/bin/env node
/**
 * The extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3, installed by
 * tests/e2e/setup.sh into .vscode-test/code-server) driven by Debian's headless Chromium
 * through playwright-core (see tests/e2e/README.md).
 * Needs Debian or Ubuntu on x86_64 (dpkg-query, apt-get, Debian's chromium); elsewhere it
 * prints one line saying so and exits 0.
 *
 *   1. builds the extension (`npm run build`; skip with --no-build),
 *   2. packages the linux-x64 VSIX (`node tools/package.mjs --target linux-x64`) and installs it into a fresh --extensions-dir
 *      with `code-server --install-extension` (with --no-vsix: copies the built extension
 *      there as speechcheck.speechcheck-<version>/ with the production node_modules),
 *   3. runs the extension-host mocha suite (tests/vscode/suite → out/test/suite/index.js)
 *      inside code-server through the workbench's `payload` URL parameter,
 *   4. drives the UI as a user would and asserts what is on screen, saving screenshots into
 *      tests/e2e/screenshots/: squiggles, Problems panel, quick-fix menu and its result,
 *      Outline view, report panel,
 *   5. checks the language server from a second real client, headless Neovim, when `nvim`
 *      is installed.
 * code-server and everything it spawned are stopped by process id at the end, always.
 *
 * Options: --no-build, --no-vsix, --keep (keep the temp dir), --only=suite|ui|docx|nvim (comma list),
 *          --self-test (also check that a deliberately failing suite fails the run),
 *          --smoke (only: code-server opens, a file opens; for the harness itself).
 * Exit code 0 when every step passed; the last line reads `e2e: N passed, N failed`.
 */
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { format } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots');
const SUITE = path.join(ROOT, 'out/test/suite/index.js');
const DRAFT = '在全区城市更新工作推进会上的讲话.txt';
const CLEAN = '表彰大会致辞.speech.txt';
const ENGLISH = 'notes-english.txt'; // plain text in English: not checked
const REPORT_MD = '在全区城市更新工作推进会上的讲话.report.md'; // the draft's report, exported (written by writeReport)

/** The draft's consistency report in Markdown, as 导出一致性报告 saves it beside the draft. */
function writeReport(workspace) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', path.join(workspace, DRAFT), '--format', 'markdown'], { encoding: 'utf8' });
  assert(r.status === 0 && r.stdout.startsWith('# '), `speechcheck report failed (${r.status}): ${r.stderr}`);
  writeFileSync(path.join(workspace, REPORT_MD), r.stdout);
}
const BIG = '长篇讲话稿（100KB）.txt'; // generated into the UI workspace from DRAFT

/** A 100 KB draft: DRAFT's title, then its body repeated (slots, quotes, dates and all). */
function writeBigDraft(workspace) {
  const original = readFileSync(path.join(FIXTURES, DRAFT), 'utf8');
  const body = original.split('\n').slice(2).join('\n').trimEnd();
  let big = original.split('\n')[0] + '\n\n';
  while (Buffer.byteLength(big) < 100 * 1024) big += body + '\n';
  writeFileSync(path.join(workspace, BIG), big);
}

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const only = (argv.find((a) => a.startsWith('--only=')) || '').slice('--only='.length).split(',').filter(Boolean);
const wants = (part) => !only.length || only.includes(part);
const SMOKE = flag('smoke');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (...a) => console.log(`[e2e ${elapsed()}]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** A timer for Promise.race that does not keep the process alive once the race is over. */
const timer = (ms) => new Promise((r) => setTimeout(r, ms).unref());
const results = [];

// ---------------------------------------------------------------------------------------
// Processes: code-server runs in its own process group; we stop the group and every
// descendant we can see, by process id, on every way out.
const children = [];
function descendants(pid) {
  let out = '';
  try {
    out = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' });
  } catch {
    return [];
  }
  const byParent = new Map();
  for (const line of out.trim().split('\n')) {
    const [p, pp] = line.trim().split(/\s+/).map(Number);
    if (!byParent.has(pp)) byParent.set(pp, []);
    byParent.get(pp).push(p);
  }
  const all = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    for (const c of byParent.get(p) || []) {
      all.push(c);
      stack.push(c);
    }
  }
  return all;
}
function killTree(child, signal) {
  if (!child.pid) return;
  const pids = [child.pid, ...descendants(child.pid)];
  try {
    process.kill(-child.pid, signal); // the process group (spawned detached)
  } catch {}
  for (const p of pids) {
    try {
      process.kill(p, signal);
    } catch {}
  }
}
async function stopAll() {
  for (const c of children.splice(0)) {
    if (c.exitCode !== null || c.signalCode !== null) {
      killTree(c, 'SIGKILL'); // its children may outlive it
      continue;
    }
    const gone = new Promise((r) => c.once('exit', r));
    killTree(c, 'SIGTERM');
    const timedOut = await Promise.race([gone.then(() => false), timer(5000).then(() => true)]);
    killTree(c, 'SIGKILL');
    if (timedOut) log(`code-server ${c.pid} needed SIGKILL`);
    await sleep(200);
    const left = leftovers(c.pid);
    if (left.length) {
      log(`processes left by code-server ${c.pid}: ${left.join(' ')}; killing them`);
      for (const p of left) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {}
      }
    }
  }
}
/** Processes still in a stopped code-server's process group (there should be none). */
function leftovers(pgid) {
  try {
    return execFileSync('ps', ['-eo', 'pid=,pgid=,stat='], { encoding: 'utf8' })
      .trim().split('\n').map((l) => l.trim().split(/\s+/))
      .filter(([, g, stat]) => Number(g) === pgid && !stat.startsWith('Z')) // zombies are only waiting to be reaped
      .map(([p]) => Number(p));
  } catch {
    return [];
  }
}
process.on('SIGINT', () => stopAll().finally(() => process.exit(130)));
process.on('SIGTERM', () => stopAll().finally(() => process.exit(143)));
process.on('exit', () => {
  for (const c of children) killTree(c, 'SIGKILL');
});

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------
// The extension, installed as a VSIX would install it.
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXT_ID = `${pkg.publisher}.${pkg.name}`;

function productionDeps() {
  // Transitive closure of package.json `dependencies`, resolved the way Node would from the
  // repository root (nested node_modules inside a copied package come along with it).
  const seen = new Map();
  const visit = (name, fromDir) => {
    let pj;
    try {
      pj = require.resolve(`${name}/package.json`, { paths: [fromDir] });
    } catch {
      return; // optional or platform-specific dependency that is not installed
    }
    const dir = path.dirname(pj);
    const rel = path.relative(path.join(ROOT, 'node_modules'), dir);
    if (rel.startsWith('..') || rel.includes(`node_modules${path.sep}`)) return; // nested: copied with its parent
    if (seen.has(rel)) return;
    seen.set(rel, dir);
    const deps = JSON.parse(readFileSync(pj, 'utf8')).dependencies || {};
    for (const d of Object.keys(deps)) visit(d, dir);
  };
  for (const d of Object.keys(pkg.dependencies || {})) visit(d, ROOT);
  return [...seen.entries()];
}

function installExtension(extensionsDir) {
  const dest = path.join(extensionsDir, `${EXT_ID}-${pkg.version}`);
  mkdirSync(dest, { recursive: true });
  const skip = new Set(['node_modules', '.git', 'tests', 'server', 'client', 'out', '.vscode-test', 'coverage',
    'bench', 'tools', '.ci', 'package-lock.json', 'tsconfig.json', 'esbuild.mjs']);
  for (const entry of readdirSync(ROOT)) {
    if (skip.has(entry) || entry.startsWith('.') || entry.endsWith('.vsix') || entry.endsWith('.log')) continue;
    cpSync(path.join(ROOT, entry), path.join(dest, entry), { recursive: true, dereference: true });
  }
  for (const [rel, dir] of productionDeps()) {
    cpSync(dir, path.join(dest, 'node_modules', rel), { recursive: true, dereference: true });
  }
  return dest;
}

/** The packaged VSIX (`npm run package`), installed by code-server's own CLI. */
function installVsix(tmp) {
  log('node tools/package.mjs --target linux-x64 (the VSIX users on this platform install)');
  const before = Date.now();
  const p = spawnSync(process.execPath, ['tools/package.mjs', '--target', 'linux-x64'], { cwd: ROOT, encoding: 'utf8' });
  assert(p.status === 0, `tools/package.mjs failed (${p.status}):\n${(p.stdout || '') + (p.stderr || '')}`.slice(-3000));
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `speechcheck-linux-x64-${version}.vsix`);
  assert(existsSync(vsix) && statSync(vsix).mtimeMs >= before - 1000, `tools/package.mjs wrote no new ${path.basename(vsix)}`);
  const r = spawnSync(process.execPath, [CODE_SERVER, '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions'), '--install-extension', vsix, '--force'], {
    cwd: tmp,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'), XDG_DATA_HOME: path.join(tmp, 'xdg-data') },
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  assert(r.status === 0 && /successfully installed/i.test(out), `code-server --install-extension ${vsix} failed (${r.status}):\n${out}`);
  log(`installed ${path.basename(vsix)} with code-server --install-extension`);
}

// ---------------------------------------------------------------------------------------
// code-server
async function startCodeServer(tmp, workspace, extraEnv = {}) {
  const port = await freePort();
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const config = path.join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(tmp, 'code-server.log');
  const args = [
    CODE_SERVER,
    '--config', config,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userData,
    '--extensions-dir', extensions,
    workspace,
  ];
  const { openSync } = await import('node:fs');
  const out = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, {
    cwd: tmp,
    detached: true,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}',
      XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
      XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
      ...extraEnv,
    },
  });
  children.push(child);
  let exited = null;
  child.once('exit', (code, sig) => (exited = `exit code ${code} signal ${sig}`));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`code-server stopped before it answered (${exited}); log:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${base} within 90 s; log:\n${tail(logFile)}`);
    await sleep(250);
  }
  log(`code-server pid ${child.pid} on ${base} (log ${logFile})`);
  return { child, port, base, logFile };
}
function tail(file, n = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-n).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------------------------------
// Steps: each one named, retried where the UI is flaky, with a screenshot on failure.
let currentPage = null;
async function step(name, fn, { retries = 0 } = {}) {
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      await fn(attempt);
      results.push({ name, ok: true });
      log(`PASS ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      return true;
    } catch (err) {
      if (attempt < retries) {
        const detail = String((err && err.message) || err).split('\n').filter((l) => /waiting for|Error|expected/.test(l)).slice(0, 3).join(' / ');
        log(`retry ${name}: ${firstLine(err)}${detail && detail !== firstLine(err) ? ` (${detail})` : ''}`);
        if (currentPage) await currentPage.screenshot({ path: path.join(SHOTS, `RETRY-${name.replace(/[^\w.-]+/g, '_')}-${attempt + 1}.png`) }).catch(() => {});
        if (currentPage) await currentPage.keyboard.press('Escape').catch(() => {});
        await sleep(1000);
        continue;
      }
      let shot = '';
      if (currentPage) {
        shot = path.join(SHOTS, `FAILED-${name.replace(/[^\w.-]+/g, '_')}.png`);
        await currentPage.screenshot({ path: shot }).catch(() => (shot = ''));
      }
      results.push({ name, ok: false, error: err });
      log(`FAIL ${name}: ${err && err.stack ? err.stack : err}${shot ? `\n  screenshot: ${shot}` : ''}`);
      return false;
    }
  }
}
const firstLine = (e) => String((e && e.message) || e).split('\n')[0];
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
async function until(what, fn, timeout = 30_000, interval = 250) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last ? `: ${firstLine(last)}` : ''}`);
    await sleep(interval);
  }
}
const norm = (s) => s.replace(/\u00a0/g, ' ');

// Titles of the extension's commands as the workbench shows them (nls resolved).
function commandTitle(id, locale) {
  const cmd = ((pkg.contributes || {}).commands || []).find((c) => c.command === id);
  if (!cmd) return null;
  const nls = (f) => {
    try {
      return JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));
    } catch {
      return {};
    }
  };
  const table = { ...nls('package.nls.json'), ...(locale && locale !== 'en' ? nls(`package.nls.${locale}.json`) : {}) };
  const resolve = (s) => (typeof s === 'string' ? s.replace(/^%(.+)%$/, (m, k) => (typeof table[k] === 'string' ? table[k] : table[k]?.message ?? m)) : '');
  const title = resolve(cmd.title);
  const category = resolve(cmd.category);
  return category ? `${category}: ${title}` : title;
}

// ---------------------------------------------------------------------------------------
// The workbench
async function openWorkbench(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  currentPage = page;
  page.setDefaultTimeout(30_000);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
  // Workspace trust is off; click the dialog anyway should a build still show it.
  const trust = page.getByRole('button', { name: /Yes, I trust the authors/ });
  if (await trust.isVisible().catch(() => false)) await trust.click();
  return page;
}

async function runCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${label}`);
  const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  await rows.first().waitFor({ state: 'visible', timeout: 10_000 });
  await rows.filter({ hasText: label.split(': ').pop() }).first().waitFor({ timeout: 10_000 });
  // Walk the list by keyboard to the entry whose label is exactly this command.
  const seen = [];
  for (let i = 0; i < 10; i++) {
    const focused = norm(await page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first().innerText().catch(() => ''));
    seen.push(focused.split('\n')[0]);
    if (focused.split('\n').some((l) => l.trim() === label)) {
      await page.keyboard.press('Enter');
      // The palette closes, or the command reuses its widget at once for its own input box (the
      // guided fill does): either way the '>' query is gone. Waiting only for the widget to hide
      // timed out whenever the command's input box came first.
      await until(`the command palette to give way after "${label}"`, async () =>
        !(await input.isVisible()) || !(await input.inputValue()).startsWith('>'), 10_000, 50);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the command palette has no entry "${label}": ${[...new Set(seen)].join(' | ')}`);
}

/** Quick Open with `name` typed, its entry focused: Enter opens the file. */
async function quickOpenFocus(page, name) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(name);
  // The list filters asynchronously: wait until the focused entry is this file.
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused').first();
  await until(`Quick Open to focus "${name}"`, async () => norm(await focused.innerText()).includes(name), 15_000);
}

async function openFile(page, name) {
  await quickOpenFocus(page, name);
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).first().waitFor({ timeout: 15_000 });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

const editorText = async (page) =>
  norm(await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText());

async function goTo(page, line, column) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`); // the ':' prefix is Go to Line's own
  await page.keyboard.press('Enter');
  await until(`the cursor at ${line}:${column}`, async () =>
    /Ln (\d+), Col (\d+)/.exec(norm(await page.locator('.part.statusbar').innerText()))?.slice(1).join(':') === `${line}:${column}`, 10_000);
}

/** A retried step starts from the file as saved: File: Revert File when the editor is dirty. */
async function revertEditor(page) {
  await page.keyboard.press('Escape');
  if (await page.locator('.tabs-container .tab.active.dirty').count()) {
    await runCommand(page, 'File: Revert File');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
  }
}

/** Ctrl+. at a position, then the menu entry whose text contains `choice` (by keyboard). */
async function quickFix(page, at, choice, shot) {
  await page.keyboard.press('Escape');
  await goTo(page, at.line, at.column);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await menu.waitFor({ state: 'visible', timeout: 15_000 });
  await menu.locator('.monaco-list-row', { hasText: choice }).first().waitFor({ timeout: 15_000 });
  if (shot) await page.screenshot({ path: path.join(SHOTS, shot) });
  const seen = [];
  for (let i = 0; i < 15; i++) {
    const focused = norm(await menu.locator('.monaco-list-row.focused').first().innerText().catch(() => ''));
    seen.push(focused);
    if (focused.includes(choice)) {
      await page.keyboard.press('Enter');
      await menu.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no quick fix "${choice}" in the menu: ${[...new Set(seen)].join(' | ')}`);
}

function positionOf(text, needle, inside = 1) {
  const i = text.indexOf(needle);
  assert(i >= 0, `fixture has no "${needle}"`);
  const before = text.slice(0, i + inside);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { line, column };
}

// ---------------------------------------------------------------------------------------
// 3. The extension-host suite, inside code-server.
async function runSuite(browser, server, workspace, extensionPath) {
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(SUITE)],
  ]);
  const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  currentPage = page;
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  const lines = [];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    lines.push(text);
    process.stdout.write(`  [suite] ${text.replace(/\n/g, '\n  [suite] ')}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const code = await Promise.race([exited, timer(300_000).then(() => 'timeout')]);
  await page.screenshot({ path: path.join(SHOTS, '00-suite-in-code-server.png') }).catch(() => {});
  await context.close().catch(() => {});
  currentPage = null;
  if (code === 'timeout') throw new Error('the extension-host suite did not finish within 300 s');
  const summary = lines.filter((l) => /\d+ (passing|failing|pending)/.test(l)).join(' ');
  assert(code === 0, `the extension-host suite exited with ${code} (${summary || 'no mocha summary'})`);
  assert(/\d+ passing/.test(summary), `the extension-host suite printed no "N passing" line (exit ${code})`);
  log(`suite: ${summary.trim()}`);
}

// ---------------------------------------------------------------------------------------
// 4. The UI, as a user sees it.
async function runUi(browser, server, workspace) {
  const page = await openWorkbench(browser, `${server.base}/?folder=${encodeURIComponent(workspace)}`);
  const draftPath = path.join(workspace, DRAFT);
  const original = readFileSync(draftPath, 'utf8');

  // The status bar as the first check runs: never a green tick before it has finished.
  const statusSeen = [];
  let watching = true;
  const watchStatus = (async () => {
    while (watching) {
      const bar = norm(await page.locator('.part.statusbar').innerText({ timeout: 200 }).catch(() => ''));
      const t = (/(正在检查…|占位符 \d+ · 问题 \d+(?: · 正在加载分词词典…)?|讲话稿无问题)/.exec(bar) || [])[1] || '';
      if (t && statusSeen[statusSeen.length - 1] !== t) {
        statusSeen.push(t);
        if (/正在检查|正在加载/.test(t)) await page.screenshot({ path: path.join(SHOTS, '11-status-while-checking.png') }).catch(() => {});
      }
      await sleep(20);
    }
  })();
  const opened = await step('ui: open the 讲话 draft', async () => {
    await openFile(page, DRAFT);
    const text = await editorText(page);
    assert(text.includes('在全区城市更新工作推进会上的讲话'), `editor does not show the draft:\n${text.slice(0, 200)}`);
  }, { retries: 2 });
  if (!opened || SMOKE) {
    await page.screenshot({ path: path.join(SHOTS, '01-draft.png') });
    return;
  }

  // (a) squiggles, the language mode and a hover with the rule code
  await step('ui: squiggles on the draft (a)', async () => {
    const squiggles = page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error, .editor-instance .monaco-editor .squiggly-info');
    await until('at least 4 squiggles (3 slots, the date format)', async () => (await squiggles.count()) >= 4, 60_000);
    const mode = norm(await page.locator('.part.statusbar').innerText());
    const aliases = ((pkg.contributes || {}).languages || []).find((l) => l.id === 'speech-draft')?.aliases || ['speech-draft'];
    assert(aliases.some((a) => mode.includes(a)), `status bar shows no speech-draft language mode (${aliases.join('/')}): ${mode.replace(/\n/g, ' | ')}`);
    await until('the status bar to count 3 open slots', async () =>
      /占位符\s*3(?!\d)|3\s*slots?/i.test(norm(await page.locator('.part.statusbar').innerText())), 20_000);
    // Hover the first slot: the hover names the source and the rule code.
    const slot = positionOf(original, 'XX亿元');
    await goTo(page, slot.line, slot.column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').first();
    await hover.waitFor({ timeout: 10_000 });
    const hoverText = norm(await hover.innerText());
    assert(/speechcheck/.test(hoverText) && /placeholder/.test(hoverText), `hover on XX亿元 lacks speechcheck/placeholder: ${hoverText}`);
    await page.screenshot({ path: path.join(SHOTS, '01-draft-squiggles.png') });
    await page.keyboard.press('Escape');
  }, { retries: 1 });

  await step('ui: honest status while the first check runs (12.3)', async () => {
    watching = false;
    await watchStatus;
    log(`status bar while opening: ${statusSeen.join(' → ')}`);
    assert(statusSeen.length > 0, 'the status bar item never showed');
    const clean = statusSeen.findIndex((t) => /讲话稿无问题|Draft clean/.test(t));
    assert(clean < 0, `the status bar claimed a clean draft while it had findings: ${statusSeen.join(' → ')}`);
    assert(/占位符\s*3/.test(statusSeen[statusSeen.length - 1]), `the status bar ends on the counts: ${statusSeen.join(' → ')}`);
  });

  // The 讲话稿 view in the Activity Bar: slots by kind, each in its sentence; a row jumps there.
  await step('ui: 讲话稿 view lists slots in their sentences, a row jumps to its place (12.1)', async () => {
    await page.keyboard.press('Escape');
    const icon = page.locator('.activitybar .action-item a[aria-label*="讲话稿校对"]').first();
    await icon.click();
    const view = page.locator('.pane', { hasText: /讲话稿/ }).locator('.monaco-list').first();
    await view.waitFor({ timeout: 15_000 });
    const text = await until('slot rows with their sentences in the view', async () => {
      const t = norm(await view.innerText());
      return t.includes('未填写的占位符') && t.includes('投资【XX】亿元') && t.includes('【X.X】') ? t : null;
    }, 30_000);
    assert(/提法|日期/.test(text), `the view lacks the formulation or date groups: ${text}`);
    await page.screenshot({ path: path.join(SHOTS, '09-draft-view.png') });
    await view.locator('.monaco-list-row', { hasText: '【X.X】' }).first().click();
    await until('the cursor on X.X after clicking its row', async () => {
      const m = /Ln (\d+), Col (\d+)/.exec(norm(await page.locator('.part.statusbar').innerText()));
      return m && m[1] === '6';
    }, 10_000);
    await icon.click(); // hide the view again: the Explorer comes back for the steps below
  }, { retries: 1 });

  // Palette search in Chinese: the English UI still finds 占位符, 讲话稿 and 报告.
  await step('ui: the command palette finds the commands by 占位符 / 讲话稿 / 报告 (12.5)', async () => {
    for (const [word, must] of [['占位符', 'guidedFill'], ['讲话稿', 'fixAll'], ['报告', 'showReport']]) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${word}`);
      const list = page.locator('.quick-input-widget .quick-input-list');
      const title = commandTitle(`speechcheck.${must}`, null).split(': ').pop();
      await until(`"${title}" among the entries for ${word}`, async () => norm(await list.innerText()).includes(title), 10_000);
      if (word === '占位符') await page.screenshot({ path: path.join(SHOTS, '10-palette-chinese.png') });
    }
    await page.keyboard.press('Escape');
  }, { retries: 1 });

  // "Ignore this word" says which file it wrote and can be undone.
  await step('ui: ignore a word, then 撤销 restores the workspace (12.2)', async () => {
    const rc = path.join(workspace, '.speechcheckrc.json');
    assert(!existsSync(rc), 'the workspace already has a .speechcheckrc.json');
    const current = readFileSync(draftPath, 'utf8');
    await quickFix(page, positionOf(current, '2024-03-29', 3), '在工作区忽略');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: '.speechcheckrc.json' }).first();
    await toast.waitFor({ timeout: 15_000 });
    assert(existsSync(rc) && readFileSync(rc, 'utf8').includes('2024-03-29'), 'the rc file does not hold the ignored word');
    await page.screenshot({ path: path.join(SHOTS, '12-ignore-with-undo.png') });
    assert(norm(await toast.innerText()).includes('已写入'), `the notice is not in Chinese: ${norm(await toast.innerText())}`);
    await toast.locator('a.monaco-button, .monaco-button', { hasText: '撤销' }).first().click();
    await until('the rc file removed again', () => !existsSync(rc), 15_000);
    if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
    await until('date-format back in the Problems panel', async () =>
      norm(await page.locator('.markers-panel').innerText()).includes('date-format'), 20_000);
  }, { retries: 0 });

  // (b) the Problems panel
  await step('ui: Problems panel lists speechcheck findings with rule codes (b)', async () => {
    await page.keyboard.press('Escape');
    const panel = page.locator('.markers-panel');
    // Ctrl+Shift+M toggles the panel: the step before may have left it open (pressing it then
    // closed it, and the first attempt always failed).
    if (!(await panel.isVisible().catch(() => false))) await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: 10_000 });
    const text = await until('Problems rows for placeholder, date-missing, date-format', async () => {
      const t = norm(await panel.innerText());
      return ['placeholder', 'date-missing', 'date-format'].every((c) => t.includes(c)) ? t : null;
    }, 30_000);
    assert(/speechcheck\(placeholder\)|speechcheck.{0,3}placeholder/.test(text.replace(/\n/g, ' ')), `Problems rows do not show "speechcheck(placeholder)": ${text}`);
    const placeholders = (text.match(/placeholder/g) || []).length;
    assert(placeholders >= 3, `expected 3 placeholder rows (XX亿元, X.X%, XX个), saw ${placeholders}`);
    assert(!text.includes(CLEAN.slice(0, 6)), `the clean draft should have no problems: ${text}`);
    await page.screenshot({ path: path.join(SHOTS, '02-problems-panel.png') });
  }, { retries: 1 });

  // (c) the quick-fix menu on a finding, applying it: the reversed quote, then the date format
  await step('ui: quick-fix menu and applying the fix (c)', async (attempt) => {
    if (attempt) await revertEditor(page);
    const current = readFileSync(draftPath, 'utf8');
    assert(current.includes('”三个一批”') && current.includes('2024-03-29'), 'the draft on disk is not the original before the quick fixes');
    await quickFix(page, positionOf(current, '”三个一批”', 2), '“三个一批”', '03-quick-fix-menu.png');
    await until('the editor to show “三个一批”', async () => (await editorText(page)).includes('“三个一批”'), 10_000);
    // Code actions are built from the diagnostics of the current version: wait for them.
    await until('the quote-pair problem to go (diagnostics of the edited text)', async () => {
      const t = norm(await page.locator('.markers-panel').innerText());
      return !t.includes('quote-pair') && t.includes('date-format');
    }, 20_000);
    await quickFix(page, positionOf(current, '2024-03-29', 3), '2024年3月29日');
    await until('the editor to show 2024年3月29日', async () => (await editorText(page)).includes('2024年3月29日'), 10_000);
    await page.keyboard.press('Control+S');
    const expected = current.replace('”三个一批”', '“三个一批”').replace('2024-03-29', '2024年3月29日');
    await until('the saved file to hold exactly the two fixes', () => readFileSync(draftPath, 'utf8') === expected, 15_000);
    const shown = await editorText(page);
    assert(!shown.includes('2024-03-29') && !shown.includes('”三个一批”'), 'the editor still shows the unfixed text');
    await until('the quote-pair and date-format problems to go', async () => {
      const t = norm(await page.locator('.markers-panel').innerText());
      return !t.includes('date-format') && !t.includes('quote-pair') && t.includes('placeholder');
    }, 20_000);
    await goTo(page, 1, 1);
    await page.screenshot({ path: path.join(SHOTS, '04-after-quick-fix.png') });
  }, { retries: 1 });

  // (f) the guided fill: one slot at a time in its sentence; two XX slots get two figures
  await step('ui: guided fill gives two XX slots two different figures (f, 12.1)', async (attempt) => {
    if (attempt) await revertEditor(page);
    const current = readFileSync(draftPath, 'utf8');
    assert((current.match(/XX/g) || []).length === 2, 'the draft on disk should hold two XX slots');
    await goTo(page, 1, 1);
    const title = commandTitle('speechcheck.guidedFill', null);
    assert(title, 'package.json contributes no command speechcheck.guidedFill');
    await runCommand(page, title);
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('input.input');
    const answer = async (k, sentence, value, shot) => {
      await until(`the input box for slot ${k}/3 showing "${sentence}"`, async () => {
        const t = norm(await widget.innerText());
        return t.includes(`第 ${k}/3 处`) && t.includes(sentence);
      }, 15_000);
      await input.fill(value);
      if (shot) await page.screenshot({ path: path.join(SHOTS, shot) });
      await page.keyboard.press('Enter');
    };
    await answer(1, '投资【XX】亿元', '12.5', '07-guided-fill.png');
    await answer(2, '增长【X.X】%', '', null); // skipped
    await answer(3, '改造老旧小区【XX】个', '360', '07b-guided-fill-second-xx.png');
    await until('the editor to show both figures', async () => {
      const t = await editorText(page);
      return t.includes('12.5亿元') && t.includes('360个');
    }, 10_000);
    await page.keyboard.press('Control+S');
    const expected = current.replace('XX亿元', '12.5亿元').replace('XX个', '360个');
    await until('the saved file to hold 12.5 and 360 in the two XX slots, nothing else changed', () => readFileSync(draftPath, 'utf8') === expected, 15_000);
    await until('the status bar to count one open slot', async () => /占位符\s*1(?!\d)|1\s*slot/i.test(norm(await page.locator('.part.statusbar').innerText())), 20_000);
  }, { retries: 1 });

  // (e) the Outline view, while the draft is the active editor
  await step('ui: Outline view shows the headings (e)', async () => {
    await goTo(page, 1, 1);
    if (await page.locator('.part.panel').isVisible().catch(() => false)) {
      await page.keyboard.press('Control+J'); // View: Toggle Panel Visibility
      await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await runCommand(page, 'Explorer: Focus on Outline View');
    const outline = page.locator('.outline-pane');
    await outline.waitFor({ timeout: 10_000 });
    // Give the Outline the sidebar: collapse the folder tree above it.
    const folders = page.locator('.explorer-folders-view').first();
    if (await folders.isVisible().catch(() => false)) {
      await page.locator('.pane-header', { hasText: /workspace-ui/i }).first().click().catch(() => {});
    }
    await until('the headings of both levels in the Outline', async () => {
      const t = norm(await outline.innerText());
      return ['一、充分肯定城市更新取得的成效', '（一）项目建设提速增效', '二、扎实推进今年重点工作', '（二）压实工作责任']
        .every((h) => t.replace(/\s+/g, '').includes(h));
    }, 30_000);
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.screenshot({ path: path.join(SHOTS, '05-outline.png') });
  }, { retries: 1 });

  // Files the server does not check: no squiggle and no status item (never 讲话稿无问题, nor a
  // 正在检查… that never ends). A file in the 讲话稿 mode shows 正在检查… until the server's
  // first answer (it cannot know before asking; on a loaded CI machine that took over a
  // second), and the item may only appear after the editor switch was read: so the window
  // waits (≤ 20 s) for 正在检查… to be gone for 4 s on end. A draft's status (讲话稿无问题, a slot
  // count) or a squiggle at any moment fails at once.
  const staysQuiet = async (name, mode, shot) => {
    await openFile(page, name);
    const bar = page.locator('.part.statusbar');
    await until(`the ${mode} language mode`, async () => norm(await bar.innerText()).includes(mode), 15_000);
    const deadline = Date.now() + 20_000;
    let quietSince = Date.now();
    let last = '';
    while (Date.now() - quietSince < 4000) {
      const t = norm(await bar.innerText());
      last = t;
      assert(!/讲话稿无问题|占位符 \d+/.test(t), `the status bar speaks of a draft on ${name}: ${t.replace(/\n/g, ' | ')}`);
      if (t.includes('正在检查')) quietSince = Date.now();
      const squiggles = await page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-info').count();
      assert(squiggles === 0, `${squiggles} squiggles on ${name}`);
      assert(Date.now() < deadline, `正在检查… on ${name} did not go for 4 s on end within 20 s: ${last.replace(/\n/g, ' | ')}`);
      await sleep(100);
    }
    await page.screenshot({ path: path.join(SHOTS, shot) });
  };
  await step('ui: an English text file stays quiet, with no 讲话稿无问题 in the status bar', () =>
    staysQuiet(ENGLISH, 'Plain Text', '13-english-note-quiet.png'), { retries: 0 });
  // The report exported beside the draft opens as 讲话稿 (its name holds 讲话) but is not a draft.
  await step('ui: the exported Markdown report is not checked as a draft', () =>
    staysQuiet(REPORT_MD, '讲话稿', '14-exported-report-quiet.png'), { retries: 0 });

  // (g) a 100 KB draft: the time from opening it to its first squiggle, as a user waits
  await step('ui: first diagnostics on a 100 KB draft', async () => {
    const name = BIG;
    const big = readFileSync(path.join(workspace, name), 'utf8');
    await quickOpenFocus(page, name);
    const started = Date.now();
    await page.keyboard.press('Enter');
    const squiggle = page.locator('.editor-instance .monaco-editor .squiggly-warning, .editor-instance .monaco-editor .squiggly-error');
    await until('a squiggle in the 100 KB draft', async () => (await page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).count()) > 0 && (await squiggle.count()) > 0, 30_000, 25);
    const ms = Date.now() - started;
    log(`100 KB draft (${Buffer.byteLength(big)} bytes, ${big.split('\n').length} lines): first squiggle ${ms} ms after opening`);
    assert(ms < 10_000, `the first diagnostics on a 100 KB draft took ${ms} ms`);
    await page.screenshot({ path: path.join(SHOTS, '08-100kb-draft.png') });
  }, { retries: 0 });

  // (d) the report panel from the command palette
  await step('ui: report panel from the command palette (d)', async () => {
    const title = commandTitle('speechcheck.showReport', null);
    assert(title, 'package.json contributes no command speechcheck.showReport');
    await openFile(page, DRAFT);
    await runCommand(page, title);
    const tab = page.locator('.tabs-container .tab.active', { hasText: /报告|一致性/ }).first();
    await tab.waitFor({ timeout: 20_000 });
    // The report is a webview: its document sits in nested iframes of the workbench.
    // The panel re-renders when diagnostics change (its frame is then replaced): keep the text read.
    const body = norm(await until('the report webview content', async () => {
      for (const f of page.frames()) {
        if (f === page.mainFrame()) continue;
        const text = await f.locator('body').innerText({ timeout: 1000 }).catch(() => '');
        if (/一致性报告|Consistency report/.test(text) && text.includes('X.X') && text.includes('概览')) return text;
      }
      return null;
    }, 30_000));
    // The report's parts (RULES.md): open slots, formulations, dates, outline. After the quick
    // fixes and the fill, X.X is the one open slot and the date reads 2024年3月29日.
    // “三个一批” is now written consistently, so it sits folded under 写法一致的提法.
    for (const part of ['X.X', '写法一致的提法（1 个）', '2024年3月29日', '充分肯定城市更新取得的成效', '项目建设提速增效']) {
      assert(body.includes(part), `the report lacks "${part}": ${body.slice(0, 400)}`);
    }
    assert(!/<script|<table/i.test(body), 'the report shows raw HTML');
    // Report v2: the summary strip comes first, each category passed or to be handled.
    assert(body.indexOf('概览') >= 0 && body.indexOf('概览') < body.indexOf('未填写的占位符'), 'the summary strip is not at the top');
    assert(body.includes('需处理') && body.includes('通过'), 'the summary strip lacks 通过/需处理');
    await page.screenshot({ path: path.join(SHOTS, '06-report-panel.png') });
  }, { retries: 1 });
}

// ---------------------------------------------------------------------------------------
// 5. Neovim: the same server as a second real client. The check itself is
// tests/lsp/nvim.test.ts (with tests/lsp/nvim-check.lua); vitest skips it when `nvim` is
// missing, and on a fresh machine setup.sh installs Neovim only after vitest has run, so it
// runs again here, where Neovim is known to be present.
async function runNvim() {
  const vitest = path.join(ROOT, 'node_modules/vitest/vitest.mjs');
  const r = spawnSync(process.execPath, [vitest, 'run', '--config', 'tests/vitest.config.ts', 'tests/lsp/nvim.test.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, CI: 'true', NO_COLOR: '1' },
  });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (out.trim()) process.stdout.write(`${out.trimEnd().replace(/^/gm, '  [nvim] ')}\n`);
  assert(r.status === 0, `the Neovim check failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''})`);
  assert(/Tests\s+1 passed/.test(out), 'the Neovim check did not run (skipped?)');
}

// ---------------------------------------------------------------------------------------
/** Why this machine cannot run the E2E stage (it needs Debian or Ubuntu on x86_64), or undefined. */
function unsupportedPlatform() {
  if (process.platform !== 'linux' || process.arch !== 'x64') return `${process.platform} ${process.arch}`;
  for (const tool of ['dpkg-query', 'apt-get']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `no ${tool}`;
  }
  return undefined;
}

async function main() {
  const unsupported = unsupportedPlatform();
  if (unsupported) {
    // setup.sh has said so already when run by `npm run test:e2e`.
    if (process.env.npm_lifecycle_event !== 'test:e2e') {
      console.log(`e2e: skipped, needs Debian or Ubuntu on x86_64 (this machine: ${unsupported}); see tests/e2e/README.md`);
    }
    return;
  }
  // Whatever hangs, the run ends: 12 minutes, then everything started here is stopped.
  setTimeout(() => {
    log('FAIL watchdog: the E2E run took more than 12 minutes');
    stopAll().finally(() => {
      console.log(`e2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
      process.exit(1);
    });
  }, 12 * 60_000).unref();
  assert(existsSync(CODE_SERVER), `code-server is not installed: run bash tests/e2e/setup.sh (${CODE_SERVER} missing)`);
  assert(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run bash tests/e2e/setup.sh`);
  mkdirSync(SHOTS, { recursive: true });
  for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) rmSync(path.join(SHOTS, f));

  if (!flag('no-build')) {
    log('npm run build');
    const b = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    assert(b.status === 0, `npm run build failed (${b.status})`);
  }
  const haveClient = existsSync(path.join(ROOT, pkg.main || 'dist/client.js'));
  if (!SMOKE && wants('ui')) assert(haveClient, `the extension is not built: ${pkg.main} missing`);

  const tmp = mkdtempSync(path.join(tmpdir(), 'speechcheck-e2e-'));
  log(`temp dir ${tmp}; screenshots in ${SHOTS}`);
  const makeWorkspace = (name) => {
    const ws = path.join(tmp, name);
    cpSync(FIXTURES, ws, { recursive: true });
    return ws;
  };
  const settings = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.editor.enablePreview': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'files.autoSave': 'off',
    'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Droid Sans Mono', monospace",
    'editor.minimap.enabled': false,
    'editor.hover.delay': 300,
    'outline.collapseItems': 'alwaysExpand',
    // The extension's messages and panels in Chinese, as its users see them (the workbench
    // itself stays English: code-server has no language pack here).
    'speechcheck.locale': 'zh-CN',
  };
  mkdirSync(path.join(tmp, 'user-data/User'), { recursive: true });
  writeFileSync(path.join(tmp, 'user-data/User/settings.json'), JSON.stringify(settings, null, 2));
  if (haveClient && !SMOKE) {
    if (flag('no-vsix')) {
      const dest = installExtension(path.join(tmp, 'extensions'));
      log(`copied the built extension into ${dest}`);
    } else {
      installVsix(tmp);
    }
  }

  const { chromium } = await import('playwright-core');
  let browser;
  try {
    const uiWorkspace = makeWorkspace('workspace-ui');
    writeBigDraft(uiWorkspace); // before code-server starts, so Quick Open knows it
    writeReport(uiWorkspace);
    const server = await startCodeServer(tmp, uiWorkspace);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--lang=zh-CN'],
      timeout: 60_000,
    });

    if (flag('self-test')) {
      // The runner must fail when the suite fails: a second code-server whose extension host
      // sees SPEECHCHECK_SUITE_MUST_FAIL=1, so the suite adds a failing test.
      await step('self-test: a failing extension-host suite fails the run', async () => {
        const failing = await startCodeServer(mkdtempSync(path.join(tmp, 'selftest-')), makeWorkspace('workspace-selftest'), { SPEECHCHECK_SUITE_MUST_FAIL: '1' });
        let error;
        try {
          await runSuite(browser, failing, path.join(tmp, 'workspace-selftest'), ROOT);
        } catch (err) {
          error = err;
        }
        assert(error && /exited with 1/.test(error.message), `expected the suite to exit with 1, got ${error ? error.message : 'success'}`);
      });
    }
    if (wants('suite') && !SMOKE) {
      if (existsSync(SUITE)) {
        await step('suite: extension-host mocha suite inside code-server', () =>
          runSuite(browser, server, makeWorkspace('workspace-suite'), ROOT));
      } else {
        await step('suite: extension-host mocha suite inside code-server', () => {
          throw new Error(`${path.relative(ROOT, SUITE)} was not built (tests/vscode/suite/index.ts missing?)`);
        });
      }
    }
    if (wants('ui')) await runUi(browser, server, path.join(tmp, 'workspace-ui'));
  } catch (err) {
    results.push({ name: 'harness', ok: false, error: err });
    log(`FAIL harness: ${err && err.stack ? err.stack : err}`);
    if (currentPage) await currentPage.screenshot({ path: path.join(SHOTS, 'FAILED-harness.png') }).catch(() => {});
  } finally {
    if (browser) await browser.close().catch(() => {});
    await stopAll();
  }

  if (wants('docx') && !SMOKE) {
    // The reviewed Word file opens in LibreOffice; docx-before.png / docx-after.png.
    const { runDocxProof } = await import('./docx-proof.mjs');
    await step('docx: LibreOffice opens the Word file --fix wrote, with its tracked changes and comments', () => runDocxProof({ log }));
  }

  if (wants('nvim') && !SMOKE) {
    if (spawnSync('nvim', ['--version']).status === 0) {
      await step('nvim: headless Neovim gets the diagnostics', () => runNvim());
    } else {
      log('skip nvim: not installed');
    }
  }

  if (!flag('keep')) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`screenshots: ${SHOTS}`);
  for (const f of readdirSync(SHOTS).sort()) console.log(`  ${path.join(SHOTS, f)}`);
  if (failed) for (const r of results.filter((x) => !x.ok)) console.log(`  failed: ${r.name}: ${firstLine(r.error)}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed || !results.length ? 1 : 0;
}

main().catch(async (err) => {
  console.error(err && err.stack ? err.stack : err);
  await stopAll();
  console.log(`e2e: ${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
  process.exit(1);
});
