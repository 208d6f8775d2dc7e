#!/usr/bin/env node
// Language-server latency, next to AutoCorrect's `autocorrect server`, on the same edits:
//
//   one at a time   an edit, then wait for the diagnostics of that version (p50/p95/max)
//   typing          an edit every 50 ms for 10 s; how many versions got diagnostics and the
//                   longest stretch of typing without a publish
//   RSS             the server's resident memory over a run of edits (Linux: /proc)
//
// Both servers get push diagnostics (no pull capability), full-document or incremental sync as
// they announce. Drafts: the seeds repeated to 100 KB and 1 MB (or a built-in draft without
// ../shared, or SPEECHCHECK_SHARED_DIR). Usage: node tests/bench/lsp-latency.mjs [--edits=N] [--typing-seconds=S] [--sizes=100k,1m]
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEEDS = path.resolve(process.env.SPEECHCHECK_SHARED_DIR ?? path.resolve(ROOT, '..', 'shared'), 'seeds');
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const EDITS = Number(args.edits ?? 60);
const TYPING_S = Number(args['typing-seconds'] ?? 10);
const SIZES = (args.sizes ?? '100k,1m').split(',');

const FALLBACK = [
  '在全市经济工作会议上的讲话',
  '（2024年3月9日）',
  '同志们：',
  '今年以来，全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，经济运行总体平稳。',
  '一、过去一年的工作',
  '全年地区生产总值增长5.2%，一般公共预算收入增长6.1%，城乡居民收入稳步提高。',
].join('\n');

export function draftOf(chars) {
  const parts = existsSync(SEEDS)
    ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(SEEDS, f), 'utf8'))
    : [FALLBACK];
  let out = '';
  while (out.length < chars) for (const p of parts) out += `${p}\n`;
  return out.slice(0, chars);
}

const quantile = (xs, q) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

export function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** A minimal push-diagnostics LSP client over stdio. */
export async function startServer(command, argv, { cwd = ROOT, env = {}, publishesPerResult = 1 } = {}) {
  const proc = spawn(command, argv, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr.on('data', (d) => { if (process.env.LSP_BENCH_DEBUG) process.stderr.write(d); });
  proc.on('exit', (c, sig) => { if (process.env.LSP_BENCH_DEBUG) process.stderr.write(`server exit ${c} ${sig}\n`); });
  // `autocorrect server` prints a banner line on stdout before its first message: drop
  // whatever precedes the first header.
  let started = false;
  let head = '';
  const clean = new Transform({
    transform(chunk, _enc, done) {
      if (started) return done(null, chunk);
      head += chunk.toString('latin1');
      const at = head.indexOf('Content-Length');
      if (at < 0) return done();
      started = true;
      done(null, Buffer.from(head.slice(at), 'latin1'));
    },
  });
  proc.stdout.pipe(clean);
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(clean), new rpc.StreamMessageWriter(proc.stdin));
  const waiters = new Set();
  const published = new Map();
  const last = new Map();
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const at = performance.now();
    const list = published.get(p.uri) ?? [];
    list.push({ version: p.version, at, count: p.diagnostics.length });
    last.set(p.uri, p);
    published.set(p.uri, list);
    for (const w of [...waiters]) w(p, at);
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification('window/logMessage', () => undefined);
  conn.onNotification('window/showMessage', () => undefined);
  conn.listen();
  const init = await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(cwd).href,
    workspaceFolders: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await conn.sendNotification('initialized', {});
  const sync = init.capabilities.textDocumentSync;
  const kind = typeof sync === 'number' ? sync : (sync?.change ?? 1);
  return {
    proc,
    conn,
    incremental: kind === 2,
    /**
     * Publishes without a version that make one result: `autocorrect server` clears a
     * document's diagnostics and then publishes the new ones (2); a versioned server, 1.
     */
    publishesPerResult,
    published,
    /** The last publish per uri (its params). */
    last,
    /** Resolves with the time of the `nth` next publish for `uri` that satisfies `ok`. */
    next(uri, ok = () => true, timeoutMs = 120_000, nth = 1) {
      let seen = 0;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(w);
          reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
        }, timeoutMs);
        const w = (p, at) => {
          if (p.uri !== uri || !ok(p) || ++seen < nth) return;
          clearTimeout(timer);
          waiters.delete(w);
          resolve(at);
        };
        waiters.add(w);
      });
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch {
        /* gone already */
      }
      setTimeout(() => proc.kill('SIGKILL'), 500).unref();
      conn.dispose();
    },
  };
}

/** Keystroke i: insert (or, every other time, delete) one character in the middle third. */
function editAt(text, i) {
  const at = Math.floor(text.length / 3) + ((i * 7919) % Math.floor(text.length / 3));
  if (i % 2 === 0) return { text: text.slice(0, at) + '的' + text.slice(at), range: { at, len: 0 }, newText: '的' };
  return { text: text.slice(0, at) + text.slice(at + 1), range: { at, len: 1 }, newText: '' };
}

function positionOf(text, offset) {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, character: offset - last - 1 };
}

function change(server, before, edit) {
  if (!server.incremental) return [{ text: edit.text }];
  const start = positionOf(before, edit.range.at);
  const end = positionOf(before, edit.range.at + edit.range.len);
  return [{ range: { start, end }, text: edit.newText }];
}

// speechcheck runs with the client's flags (server/src/server-flags.json, SERVER_EXEC_ARGV in protocol.ts).
export const SERVER_FLAGS = JSON.parse(readFileSync(path.join(ROOT, 'server', 'src', 'server-flags.json'), 'utf8'));
export const SERVERS = {
  speechcheck: () =>
    startServer(process.execPath, [...SERVER_FLAGS.execArgv, path.join(ROOT, 'dist/server.js'), '--stdio'], {
      env: SERVER_FLAGS.env,
    }),
  autocorrect: () => startServer(path.join(ROOT, 'node_modules/.bin/autocorrect'), ['server'], { publishesPerResult: 2 }),
};

/** One edit at a time: latency from didChange to the diagnostics of that version. */
export async function oneAtATime(server, text, edits, uri = pathToFileURL(path.join(ROOT, 'bench-draft.txt')).href) {
  let version = 1;
  const opened = server.next(uri, () => true, 120_000, server.publishesPerResult);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version, text } });
  await opened;
  const latencies = [];
  const rss = [rssMb(server.proc.pid)];
  for (let i = 0; i < edits; i++) {
    const e = editAt(text, i);
    const v = ++version;
    const got = server.next(uri, (p) => p.version === undefined || p.version === v, 120_000, server.publishesPerResult);
    const t = performance.now();
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: change(server, text, e) });
    latencies.push((await got) - t);
    text = e.text;
    if ((i + 1) % 100 === 0) rss.push(rssMb(server.proc.pid));
  }
  await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { latencies, rss, text };
}

/** An edit every `everyMs` for `seconds`: versions that got diagnostics, longest gap between publishes while typing. */
export async function typing(server, text, seconds, everyMs = 50, uri = pathToFileURL(path.join(ROOT, 'bench-typing.txt')).href) {
  let version = 1;
  const opened = server.next(uri, () => true, 120_000, server.publishesPerResult);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'speech-draft', version, text } });
  await opened;
  const start = performance.now();
  const n = Math.round((seconds * 1000) / everyMs);
  for (let i = 0; i < n; i++) {
    const e = editAt(text, i);
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: change(server, text, e) });
    text = e.text;
    const due = start + (i + 1) * everyMs;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
  }
  const end = performance.now();
  // A result is one publish, or (unversioned servers) the last of its clear-then-publish pair.
  const pubs = (server.published.get(uri) ?? [])
    .filter((p) => p.at > start && p.at <= end + 1)
    .filter((_p, i) => (i + 1) % server.publishesPerResult === 0);
  let gap = 0;
  let prev = start;
  for (const p of pubs) {
    gap = Math.max(gap, p.at - prev);
    prev = p.at;
  }
  gap = Math.max(gap, end - prev);
  await server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const results = server.publishesPerResult === 1 ? new Set(pubs.map((p) => p.version)).size : pubs.length;
  return { edits: n, published: results, maxGapMs: gap };
}

const f = (x) => (Number.isFinite(x) ? x.toFixed(x < 10 ? 1 : 0) : '–');

/** Runs the comparison; `opts` override the command-line settings (npm run bench uses a shorter run). */
export async function main(opts = {}) {
  const EDITS_ = opts.edits ?? EDITS;
  const TYPING_S_ = opts.typingSeconds ?? TYPING_S;
  const SIZES_ = opts.sizes ?? SIZES;
  if (!existsSync(path.join(ROOT, 'dist/server.js'))) {
    console.error('lsp-latency: build first (node esbuild.mjs)');
    process.exit(2);
  }
  const haveAc = spawnSync(path.join(ROOT, 'node_modules/.bin/autocorrect'), ['--version']).status === 0;
  const sizes = { '100k': 100_000, '1m': 1_000_000 };
  const results = [];
  for (const size of SIZES_) {
    const text = draftOf(sizes[size] ?? Number(size));
    // Alternate the two servers, fresh for each measurement.
    for (const name of haveAc ? ['speechcheck', 'autocorrect'] : ['speechcheck']) {
      process.stderr.write(`lsp-latency: ${name} ${size}, ${EDITS_} edits one at a time…\n`);
      const s = await SERVERS[name]();
      try {
        const one = await oneAtATime(s, text, size === '1m' ? Math.min(EDITS_, 20) : EDITS_);
        process.stderr.write(`lsp-latency: ${name} ${size}, typing for ${TYPING_S_} s…\n`);
        const t = await typing(s, text, TYPING_S_);
        results.push({
          server: name,
          size,
          p50: quantile(one.latencies, 0.5),
          p95: quantile(one.latencies, 0.95),
          max: Math.max(...one.latencies),
          typed: t.edits,
          publishedVersions: t.published,
          maxGapMs: t.maxGapMs,
          rssMb: rssMb(s.proc.pid),
        });
      } finally {
        await s.stop();
      }
    }
  }
  console.log('\nlanguage server, edit → diagnostics of that version (ms), and typing every 50 ms');
  console.log('server        size   p50    p95    max   typing: versions published / edits, longest gap   RSS MB');
  for (const r of results) {
    console.log(
      `${r.server.padEnd(13)} ${r.size.padEnd(5)} ${f(r.p50).padStart(5)} ${f(r.p95).padStart(6)} ${f(r.max).padStart(6)}   ${String(r.publishedVersions).padStart(4)}/${r.typed}, ${f(r.maxGapMs)} ms`.padEnd(86) +
        f(r.rssMb),
    );
  }
  for (const size of SIZES_) {
    const ours = results.find((r) => r.server === 'speechcheck' && r.size === size);
    const theirs = results.find((r) => r.server === 'autocorrect' && r.size === size);
    if (ours && theirs) console.log(`${size}: p50 ratio ${(ours.p50 / theirs.p50).toFixed(2)}× AutoCorrect`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
