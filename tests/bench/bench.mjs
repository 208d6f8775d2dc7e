#!/usr/bin/env node
// `npm run bench`: how fast the engine answers on the five seed drafts and on a ~1 MB
// draft made by repeating them, next to AutoCorrect's lint of the same texts.
//
//   first findings   checkSync(text, {}, null): no segmentation, what an editor shows before nodejieba is ready
//   full check       checkSync with nodejieba loaded: every rule
//   AutoCorrect      autocorrect-node lintFor(text, 'draft.txt') (and format(text) for reference)
//   nodejieba load   measured in fresh processes, and shown to come after the first findings
//   peak RSS         of a process that does only our work (engine + nodejieba + every check)
//
// Medians of RUNS runs after one warm-up run. Writes bench/out/bench.json.
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

function probe(kind) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--probe=${kind}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`probe ${kind} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function runProbe(kind) {
  const t0 = performance.now();
  const engine = require(ENGINE);
  const tRequire = performance.now() - t0;
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
  if (kind === 'rss') {
    const segmenter = engine.loadSegmenterSync();
    const counts = {};
    for (const { name, text } of loadTexts()) {
      engine.checkSync(text, {}, null);
      counts[name] = engine.checkSync(text, {}, segmenter).length;
      engine.report(text, {}, segmenter);
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
  const rss = probe('rss');

  const engine = require(ENGINE);
  const segmenter = engine.loadSegmenterSync();
  const autocorrect = require('autocorrect-node');

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
  console.log(`speechcheck bench — node ${process.version}, ${process.platform}/${process.arch}, median of ${RUNS} runs after a warm-up\n`);
  const head = ['draft', 'chars', 'first findings (no seg.)', 'full check', 'AutoCorrect lint', 'ours/AC', 'AC format', 'findings ours/AC'];
  const widths = [30, 9, 25, 12, 17, 8, 10, 17];
  console.log(head.map((h, i) => pad(h, widths[i], i > 0)).join(' '));
  for (const r of rows) {
    console.log(
      [
        pad(r.name, widths[0]),
        pad(r.chars, widths[1], true),
        pad(`${f(r.firstMs)} ms`, widths[2], true),
        pad(`${f(r.fullMs)} ms`, widths[3], true),
        pad(`${f(r.autocorrectLintMs)} ms${r.autocorrectLintedInParts ? '*' : ''}`, widths[4], true),
        pad(`${r.ratio.toFixed(2)}×`, widths[5], true),
        pad(`${f(r.autocorrectFormatMs)} ms`, widths[6], true),
        pad(`${r.fullFindings}/${r.autocorrectLintFindings}`, widths[7], true),
      ].join(' '),
    );
  }
  console.log(`\nslowest rules on the 1 MB draft (each alone, one run): ${perRule.slice(0, 6).map((r) => `${r.rule} ${f(r.ms)} ms`).join(', ')}`);
  if (rows.some((r) => r.autocorrectLintedInParts)) {
    console.log('* AutoCorrect could not parse the 1 MB text whole (error, no findings); timed on its repeated parts instead.');
  }
  const seedRows = rows.slice(0, -1);
  const sum = (k) => seedRows.reduce((n, r) => n + r[k], 0);
  console.log(
    `\nfive seeds together: first findings ${f(sum('firstMs'))} ms, full check ${f(sum('fullMs'))} ms, AutoCorrect lint ${f(sum('autocorrectLintMs'))} ms (ours/AC ${(sum('fullMs') / sum('autocorrectLintMs')).toFixed(2)}×)`,
  );
  console.log(`\nnodejieba load (fresh process, trimmed dictionaries): median ${f(jieba.medianLoadMs)} ms; engine require ${f(jieba.medianEngineRequireMs)} ms`);
  console.log(
    `editor order on seed 002 (fresh process, from require): first findings at ${f(timeline.medianFirstFindingsMs)} ms (${timeline.firstCount}), ` +
      `nodejieba ready at ${f(timeline.medianSegmenterReadyMs)} ms, full findings at ${f(timeline.medianFullFindingsMs)} ms (${timeline.fullCount}) — ` +
      `nodejieba ${timeline.firstBeforeSegmenter ? 'is off' : 'is ON'} the path to the first result`,
  );
  console.log(
    `peak RSS (engine + nodejieba + all checks and reports, own process): ${rss.maxRssMb.toFixed(1)} MB (target ≤ ${RSS_TARGET_MB} MB: ${rss.maxRssMb <= RSS_TARGET_MB ? 'met' : 'NOT met'}); ` +
      `this process incl. AutoCorrect: ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`,
  );

  const out = path.join(ROOT, 'bench', 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, 'bench.json'),
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs: RUNS, rows, perRule, jieba, timeline, peakRssMb: rss.maxRssMb, rssTargetMb: RSS_TARGET_MB, benchProcessRssMb: process.resourceUsage().maxRSS / 1024 }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${path.relative(process.cwd(), path.join(out, 'bench.json')) || 'bench/out/bench.json'}`);
}

await main();
