#!/usr/bin/env node
// `npm run bench`: how fast the engine answers on the five seed drafts and on a ~1 MB
// draft made by repeating them, next to AutoCorrect's lint of the same texts.
//
//   first findings   checkSync(text, {}, null): no segmentation, what an editor shows before nodejieba is ready
//   full check       checkSync with nodejieba loaded: every rule
//   AutoCorrect      autocorrect-node lintFor(text, 'draft.txt') (and format(text) for reference)
//   warm             medians of RUNS runs after one warm-up run, in this process
//   cold             the first check of the text in a fresh process (nodejieba loaded first, not
//                    timed; AutoCorrect's first lint likewise in a fresh process of its own)
//   nodejieba load   measured in fresh processes, and shown to come after the first findings
//   peak RSS         of fresh processes that do only our work (engine + nodejieba + the checks
//                    and reports): the five seeds (the editor case), the same re-checked 20 times
//                    (an editing session), and the 1 MB draft, each in its own process
//
// Writes bench/out/bench.json.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ENGINE = path.join(ROOT, 'dist', 'engine.js');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BIG_BYTES = 1024 * 1024;
const RSS_TARGET_MB = 150;
/**
 * Heap limits a language server could be launched with (not what the server does unless its
 * launch options say so): most of the remaining peak is V8 letting its young generation grow
 * to 32 MB and garbage pile up in the old one (live data is ~20 MB after a GC), and glibc
 * giving each V8 worker thread its own malloc arena.
 */
// The flags the VS Code client launches the server with (client/src/extension.ts).
const CAPPED_HEAP = { flags: ['--max-semi-space-size=2', '--max-old-space-size=256'], env: { MALLOC_ARENA_MAX: '2' } };
const CAPPED_HEAP_LABEL = `MALLOC_ARENA_MAX=2 node ${CAPPED_HEAP.flags.join(' ')}`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Medians of RUNS runs, at least 5 (fewer would not be a median worth the name). */
function time(fn, runs = RUNS) {
  runs = Math.max(5, runs);
  fn(); // warm-up
  const ms = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}

function loadTexts() {
  if (!existsSync(SEEDS)) {
    console.error(`bench: no seed drafts at ${SEEDS}`);
    process.exit(2);
  }
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f.replace(/_[0-9a-f]+\.txt$/, ''), text: readFileSync(path.join(SEEDS, f), 'utf8') }));
  const all = texts.map((t) => t.text).join('\n\n');
  let big = '';
  while (Buffer.byteLength(big) < BIG_BYTES) big += `${all}\n\n`;
  // `parts`: the same text as separate documents, for a linter that cannot take it whole.
  const parts = Array.from({ length: Math.round(big.length / (all.length + 2)) }, () => `${all}\n\n`);
  texts.push({ name: `1MB (${texts.length} seeds ×${parts.length})`, text: big, parts });
  return texts;
}

// ----------------------------------------------------------------- child-process probes
// Run in a fresh process so that loading costs and peak memory are our own.

function probe(kind, launch = { flags: [], env: {} }) {
  const r = spawnSync(process.execPath, [...launch.flags, fileURLToPath(import.meta.url), `--probe=${kind}`], {
    env: { ...process.env, ...launch.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`probe ${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const COLD_RUNS = Math.max(1, Number(process.env.BENCH_COLD_RUNS ?? 3));
const SESSION_ROUNDS = 20;

/** The texts a cold probe checks: one draft by index, or `seeds` (the five one after another). */
function probeTexts(which) {
  const texts = loadTexts();
  return which === 'seeds' ? texts.slice(0, -1) : [texts[Number(which)]];
}

async function runProbe(kind) {
  const t0 = performance.now();
  if (kind.startsWith('cold-ac:')) {
    const texts = probeTexts(kind.slice('cold-ac:'.length));
    const autocorrect = require('autocorrect-node');
    const t = performance.now();
    for (const x of texts) {
      const r = autocorrect.lintFor(x.text, 'draft.txt');
      if (r.error && x.parts) for (const p of x.parts) autocorrect.lintFor(p, 'draft.txt');
    }
    console.log(JSON.stringify({ ms: performance.now() - t }));
    return;
  }
  const engine = require(ENGINE);
  const tRequire = performance.now() - t0;
  if (kind.startsWith('cold-first:')) {
    const texts = probeTexts(kind.slice('cold-first:'.length));
    const t = performance.now();
    for (const x of texts) engine.checkSync(x.text, {}, null);
    console.log(JSON.stringify({ ms: performance.now() - t }));
    return;
  }
  if (kind.startsWith('cold-full:')) {
    const texts = probeTexts(kind.slice('cold-full:'.length));
    const segmenter = engine.loadSegmenterSync();
    const t = performance.now();
    for (const x of texts) engine.checkSync(x.text, {}, segmenter);
    console.log(JSON.stringify({ ms: performance.now() - t }));
    return;
  }
  if (kind === 'jieba') {
    const t = performance.now();
    engine.loadSegmenterSync();
    console.log(JSON.stringify({ requireMs: tRequire, jiebaMs: performance.now() - t }));
    return;
  }
  if (kind === 'timeline') {
    // The editor's order: start loading nodejieba, answer at once without it, then in full.
    const text = loadTexts().find((t) => t.name.startsWith('002'))?.text ?? loadTexts()[0].text;
    const loading = engine.loadSegmenter();
    const first = engine.checkSync(text, {}, null);
    const tFirst = performance.now() - t0;
    const segmenter = await loading;
    const tLoaded = performance.now() - t0;
    const full = engine.checkSync(text, {}, segmenter);
    const tFull = performance.now() - t0;
    console.log(JSON.stringify({ requireMs: tRequire, firstMs: tFirst, firstCount: first.length, loadedMs: tLoaded, fullMs: tFull, fullCount: full.length }));
    return;
  }
  if (kind.startsWith('rss:')) {
    // seeds: each seed once (first findings, full check, report); session: the same 20 times; big: the 1 MB draft.
    const which = kind.slice('rss:'.length);
    const all = loadTexts();
    const texts = which === 'big' ? all.slice(-1) : all.slice(0, -1);
    const rounds = which === 'session' ? SESSION_ROUNDS : 1;
    const segmenter = engine.loadSegmenterSync();
    const counts = {};
    for (let r = 0; r < rounds; r++) {
      for (const { name, text } of texts) {
        engine.checkSync(text, {}, null);
        counts[name] = engine.checkSync(text, {}, segmenter).length;
        engine.report(text, {}, segmenter);
      }
    }
    console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024, counts }));
  }
}

// ----------------------------------------------------------------- main

function pad(s, n, right = false) {
  s = String(s);
  const w = [...s].reduce((a, c) => a + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
  return right ? ' '.repeat(Math.max(0, n - w)) + s : s + ' '.repeat(Math.max(0, n - w));
}

async function main() {
  const probeArg = process.argv.find((a) => a.startsWith('--probe='));
  if (probeArg) return runProbe(probeArg.slice('--probe='.length));
  if (!existsSync(ENGINE)) {
    console.error('bench: dist/engine.js is missing; run `npm run build` (npm run bench does).');
    process.exit(2);
  }

  const texts = loadTexts();
  const jiebaRuns = Array.from({ length: Math.max(5, Math.min(RUNS, 7)) }, () => probe('jieba'));
  const timelines = Array.from({ length: 5 }, () => probe('timeline'));
  const rss = { seeds: probe('rss:seeds'), session: probe('rss:session'), big: probe('rss:big') };
  const rssCapped = {
    seeds: probe('rss:seeds', CAPPED_HEAP),
    session: probe('rss:session', CAPPED_HEAP),
    big: probe('rss:big', CAPPED_HEAP),
  };
  // Cold: medians of COLD_RUNS fresh processes per draft (and for the five seeds in a row).
  const coldOf = (kind, which) => median(Array.from({ length: COLD_RUNS }, () => probe(`${kind}:${which}`).ms));
  const cold = (which) => ({ firstMs: coldOf('cold-first', which), fullMs: coldOf('cold-full', which), autocorrectMs: coldOf('cold-ac', which) });
  const colds = texts.map((_, i) => cold(i));
  const coldSeeds = cold('seeds');

  const engine = require(ENGINE);
  const segmenter = engine.loadSegmenterSync();
  const autocorrect = require('autocorrect-node');
  // Warm means warm for the engine as a whole, not just for the text being timed: JavaScript
  // needs a few passes before the JIT has compiled the rules (AutoCorrect is native code).
  for (let i = 0; i < 3; i++) {
    for (const { text } of texts.slice(0, -1)) {
      engine.checkSync(text, {}, null);
      engine.checkSync(text, {}, segmenter);
      autocorrect.lintFor(text, 'draft.txt');
    }
  }

  const rows = texts.map(({ name, text }, i) => {
    // The 1 MB draft gets the minimum of five runs: it is the slow case by design.
    const runs = i === texts.length - 1 ? 5 : RUNS;
    const first = time(() => engine.checkSync(text, {}, null), runs);
    const full = time(() => engine.checkSync(text, {}, segmenter), runs);
    // AutoCorrect's parser gives up on the whole 1 MB text (an error, no findings, early
    // exit); then it lints the same text as its repeated parts, which it does parse.
    let ac = time(() => autocorrect.lintFor(text, 'draft.txt'), runs);
    const acWholeError = ac.result.error ? ac.result.error.split('\n')[0].trim() || 'parse error' : undefined;
    if (acWholeError && texts[i].parts) {
      const inParts = time(() => texts[i].parts.map((p) => autocorrect.lintFor(p, 'draft.txt')), runs);
      ac = { ms: inParts.ms, result: { lines: inParts.result.flatMap((r) => r.lines) } };
    }
    const acFormat = time(() => autocorrect.format(text), runs);
    return {
      name,
      chars: text.length,
      bytes: Buffer.byteLength(text),
      firstMs: first.ms,
      firstFindings: first.result.length,
      fullMs: full.ms,
      fullFindings: full.result.length,
      autocorrectLintMs: ac.ms,
      autocorrectLintFindings: ac.result.lines.length,
      ...(acWholeError ? { autocorrectWholeTextError: acWholeError, autocorrectLintedInParts: true } : {}),
      autocorrectFormatMs: acFormat.ms,
      ratio: full.ms / ac.ms,
      coldFirstMs: colds[i].firstMs,
      coldFullMs: colds[i].fullMs,
      coldAutocorrectMs: colds[i].autocorrectMs,
      coldRatio: colds[i].fullMs / colds[i].autocorrectMs,
    };
  });

  // Where the time goes: each rule alone (with its shared analyses) on the 1 MB draft, once.
  const big = texts[texts.length - 1].text;
  const perRule = engine.RULE_IDS.map((id) => {
    const rules = Object.fromEntries(engine.RULE_IDS.filter((x) => x !== id).map((x) => [x, 'off']));
    const t = performance.now();
    engine.checkSync(big, { rules }, segmenter);
    return { rule: id, ms: performance.now() - t };
  }).sort((a, b) => b.ms - a.ms);

  const jieba = {
    medianLoadMs: median(jiebaRuns.map((r) => r.jiebaMs)),
    medianEngineRequireMs: median(jiebaRuns.map((r) => r.requireMs)),
  };
  const timeline = {
    medianFirstFindingsMs: median(timelines.map((t) => t.firstMs)),
    medianSegmenterReadyMs: median(timelines.map((t) => t.loadedMs)),
    medianFullFindingsMs: median(timelines.map((t) => t.fullMs)),
    firstBeforeSegmenter: timelines.every((t) => t.firstMs < t.loadedMs),
    firstCount: timelines[0].firstCount,
    fullCount: timelines[0].fullCount,
  };

  const f = (ms) => ms.toFixed(ms < 10 ? 2 : 1);
  console.log(`speechcheck bench — node ${process.version}, ${process.platform}/${process.arch}; warm: median of ${RUNS} runs after a warm-up; cold: median of ${COLD_RUNS} fresh processes\n`);
  const head = ['draft', 'chars', 'first (no seg.)', 'full check', 'AutoCorrect lint', 'ours/AC', '| cold: first', 'full', 'AC lint', 'ours/AC', '| findings ours/AC'];
  const widths = [24, 7, 16, 11, 17, 8, 13, 10, 10, 8, 18];
  console.log(head.map((h, i) => pad(h, widths[i], i > 0)).join(' '));
  const row = (cells) => console.log(cells.map((c, i) => pad(c, widths[i], i > 0)).join(' '));
  for (const r of rows) {
    row([
      r.name,
      r.chars,
      `${f(r.firstMs)} ms`,
      `${f(r.fullMs)} ms`,
      `${f(r.autocorrectLintMs)} ms${r.autocorrectLintedInParts ? '*' : ''}`,
      `${r.ratio.toFixed(2)}×`,
      `${f(r.coldFirstMs)} ms`,
      `${f(r.coldFullMs)} ms`,
      `${f(r.coldAutocorrectMs)} ms`,
      `${r.coldRatio.toFixed(2)}×`,
      `${r.fullFindings}/${r.autocorrectLintFindings}`,
    ]);
  }
  const seedRows = rows.slice(0, -1);
  const sum = (k) => seedRows.reduce((n, r) => n + r[k], 0);
  const together = {
    firstMs: sum('firstMs'),
    fullMs: sum('fullMs'),
    autocorrectLintMs: sum('autocorrectLintMs'),
    coldFirstMs: coldSeeds.firstMs,
    coldFullMs: coldSeeds.fullMs,
    coldAutocorrectMs: coldSeeds.autocorrectMs,
  };
  row([
    'five seeds together',
    sum('chars'),
    `${f(together.firstMs)} ms`,
    `${f(together.fullMs)} ms`,
    `${f(together.autocorrectLintMs)} ms`,
    `${(together.fullMs / together.autocorrectLintMs).toFixed(2)}×`,
    `${f(together.coldFirstMs)} ms`,
    `${f(together.coldFullMs)} ms`,
    `${f(together.coldAutocorrectMs)} ms`,
    `${(together.coldFullMs / together.coldAutocorrectMs).toFixed(2)}×`,
    `${sum('fullFindings')}/${sum('autocorrectLintFindings')}`,
  ]);
  console.log('(five seeds together: warm = sum of the per-seed medians; cold = the five checked one after another in one fresh process)');
  if (rows.some((r) => r.autocorrectLintedInParts)) {
    console.log('* AutoCorrect could not parse the 1 MB text whole (error, no findings); timed on its repeated parts instead.');
  }
  console.log(`\nslowest rules on the 1 MB draft (each alone, one run): ${perRule.slice(0, 6).map((r) => `${r.rule} ${f(r.ms)} ms`).join(', ')}`);
  console.log(`\nnodejieba load (fresh process, trimmed dictionaries): median ${f(jieba.medianLoadMs)} ms; engine require ${f(jieba.medianEngineRequireMs)} ms`);
  console.log(
    `editor order on seed 002 (fresh process, from require): first findings at ${f(timeline.medianFirstFindingsMs)} ms (${timeline.firstCount}), ` +
      `nodejieba ready at ${f(timeline.medianSegmenterReadyMs)} ms, full findings at ${f(timeline.medianFullFindingsMs)} ms (${timeline.fullCount}) — ` +
      `nodejieba ${timeline.firstBeforeSegmenter ? 'is off' : 'is ON'} the path to the first result`,
  );
  const met = (mb) => (mb <= RSS_TARGET_MB ? 'met' : 'NOT met');
  console.log(
    `peak RSS (fresh process: engine + nodejieba + first findings, full check and report of each draft; target ≤ ${RSS_TARGET_MB} MB):\n` +
      `  five seeds ${rss.seeds.maxRssMb.toFixed(1)} MB (${met(rss.seeds.maxRssMb)}); ` +
      `five seeds re-checked ${SESSION_ROUNDS}× ${rss.session.maxRssMb.toFixed(1)} MB (${met(rss.session.maxRssMb)}); ` +
      `1 MB draft ${rss.big.maxRssMb.toFixed(1)} MB (${met(rss.big.maxRssMb)}); ` +
      `this process incl. AutoCorrect: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`,
  );
  console.log(
    `  the same launched as ${CAPPED_HEAP_LABEL} (capped heap, if the server is launched so): ` +
      `five seeds ${rssCapped.seeds.maxRssMb.toFixed(1)} MB (${met(rssCapped.seeds.maxRssMb)}); ` +
      `re-checked ${SESSION_ROUNDS}× ${rssCapped.session.maxRssMb.toFixed(1)} MB (${met(rssCapped.session.maxRssMb)}); ` +
      `1 MB draft ${rssCapped.big.maxRssMb.toFixed(1)} MB (${met(rssCapped.big.maxRssMb)})`,
  );

  const out = path.join(ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, coldRuns: COLD_RUNS, rows, fiveSeeds: together, perRule, jieba, timeline, peakRssMb: { seeds: rss.seeds.maxRssMb, session: rss.session.maxRssMb, big: rss.big.maxRssMb }, peakRssMbCappedHeap: { launch: CAPPED_HEAP_LABEL, seeds: rssCapped.seeds.maxRssMb, session: rssCapped.session.maxRssMb, big: rssCapped.big.maxRssMb }, rssTargetMb: RSS_TARGET_MB, benchProcessRssMb: process.resourceUsage().maxRSS / 1024 }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(out, 'bench.json')) || 'bench/out/bench.json'}`);
}

await main();
