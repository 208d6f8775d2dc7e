#!/usr/bin/env node
// The command line at scale, next to AutoCorrect's command line on the same files:
//
//   1,000 drafts   `speechcheck --format json DIR` and `autocorrect --lint --format json DIR`,
//                  interleaved, each RUNS times: median wall time and peak RSS (of the whole
//                  process, worker threads included: GNU time's maximum resident set size)
//   cold, one seed `speechcheck --format json SEED` and `autocorrect --lint --format json SEED`
//                  in fresh processes, alternating, COLD_RUNS each: median wall time
//   distinct       the same two commands on tests/corpus's real excerpts, one file each: text
//                  in which hardly a line repeats (see distinctDir), RUNS times each; not a target
//
// The 1,000 drafts are made of the seed drafts' paragraphs (../shared/seeds, else
// tests/scenarios/drafts), about 5,300 characters each (5.3 M in all), written once to a
// scratch folder.
//
// `node tests/bench/cli-scale.mjs [--runs=N] [--cold-runs=N] [--cli=PATH]` (after `node esbuild.mjs`); also
// run by `npm run bench`. Prints a table; with --json, one JSON object on stdout instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from '../../tools/seeded-random.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// `--cli=PATH`: another build's dist/cli.js (a before/after comparison).
const CLI = path.resolve(process.argv.find((a) => a.startsWith('--cli='))?.slice(6) ?? path.join(ROOT, 'dist', 'cli.js'));
const AUTOCORRECT = path.join(ROOT, 'node_modules', 'autocorrect-node', 'cli.js');
const SHARED_SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const SEEDS = existsSync(SHARED_SEEDS) ? SHARED_SEEDS : path.join(ROOT, 'tests', 'scenarios', 'drafts');
const FILES = 1000;
const DRAFT_CHARS = 4700;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function seedTexts() {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: path.join(SEEDS, f), text: readFileSync(path.join(SEEDS, f), 'utf8') }));
}


/**
 * The 1,000-draft folder, written once per set of seeds. Each draft opens with a seed's first
 * lines (title, date, salutation) and goes on with paragraphs drawn from all the seeds until it
 * holds about DRAFT_CHARS characters: no two drafts are the same text.
 */
export function corpusDir() {
  const seeds = seedTexts().map((s) => s.text.split(/\n\s*\n/).filter((p) => p.trim()));
  const paragraphs = seeds.flat();
  const dir = path.join(os.tmpdir(), `speechcheck-cli-scale-${FILES}-${paragraphs.length}-${paragraphs.reduce((n, p) => n + p.length, 0)}`);
  if (existsSync(path.join(dir, 'done'))) return dir;
  mkdirSync(dir, { recursive: true });
  const next = random(11);
  for (let i = 0; i < FILES; i++) {
    let text = `${seeds[i % seeds.length][0]}\n\n`;
    while (text.length < DRAFT_CHARS) text += `${paragraphs[Math.floor(next() * paragraphs.length)]}\n\n`;
    writeFileSync(path.join(dir, `draft-${String(i).padStart(4, '0')}.txt`), text);
  }
  writeFileSync(path.join(dir, 'done'), '');
  return dir;
}

/** Wall time (ms) and peak RSS (MB) of one command, via GNU time. */
function timed(argv, env = {}) {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - t;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { ms, rssMb: kb / 1024, stdout: r.stdout };
}

/**
 * Text that hardly repeats: the real excerpts of tests/corpus (templates, speeches, PDF and
 * site copies, each from its own page), one file each, written once to a scratch folder. The
 * 1,000 drafts above reuse the seeds' paragraphs, so the engine's per-line caches answer most of
 * their lines after the first few hundred files; here nearly every line is checked anew, as in
 * a folder of different drafts (short ones: per-file costs weigh too). Reported beside the
 * targets, not as one.
 */
export function distinctDir() {
  const corpus = path.join(ROOT, 'tests', 'corpus');
  const texts = readdirSync(corpus)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const data = JSON.parse(readFileSync(path.join(corpus, f), 'utf8'));
      return (Array.isArray(data) ? data : data.cases ?? []).map((c) => c.text).filter((t) => typeof t === 'string' && t.trim());
    });
  const unique = [...new Set(texts)];
  const dir = path.join(os.tmpdir(), `speechcheck-cli-distinct-${unique.length}-${unique.reduce((n, t) => n + t.length, 0)}`);
  if (existsSync(path.join(dir, 'done'))) return { dir, files: unique.length, chars: unique.reduce((n, t) => n + t.length, 0) };
  mkdirSync(dir, { recursive: true });
  unique.forEach((t, i) => writeFileSync(path.join(dir, `excerpt-${String(i).padStart(4, '0')}.txt`), t));
  writeFileSync(path.join(dir, 'done'), '');
  return { dir, files: unique.length, chars: unique.reduce((n, t) => n + t.length, 0) };
}

const ours = (target, extra = []) => [process.execPath, CLI, '--format', 'json', ...extra, target];
const theirs = (target) => [process.execPath, AUTOCORRECT, '--lint', '--format', 'json', target];

export function measure({ runs = 3, coldRuns = 7, log = () => {} } = {}) {
  const dir = corpusDir();
  const chars = readdirSync(dir).filter((f) => f.endsWith('.txt')).reduce((n, f) => n + readFileSync(path.join(dir, f), 'utf8').length, 0);
  const o = [];
  const a = [];
  for (let i = 0; i < runs; i++) {
    log(`1,000 drafts, run ${i + 1}/${runs}…`);
    const r = timed(ours(dir));
    if (i === 0) {
      const files = JSON.parse(r.stdout).length;
      if (files !== FILES) throw new Error(`speechcheck reported ${files} files, not ${FILES}`);
    }
    o.push(r);
    a.push(timed(theirs(dir)));
  }
  const distinct = distinctDir();
  const od = [];
  const ad = [];
  log(`${distinct.files} distinct real excerpts, ${runs} runs each…`);
  for (let i = 0; i < runs; i++) {
    od.push(timed(ours(distinct.dir)).ms);
    ad.push(timed(theirs(distinct.dir)).ms);
  }
  const seed = seedTexts()[0].file;
  const co = [];
  const ca = [];
  log(`cold on one seed (${path.basename(seed)}), ${coldRuns} runs each…`);
  for (let i = 0; i < coldRuns; i++) {
    co.push(timed(ours(seed)).ms);
    ca.push(timed(theirs(seed)).ms);
  }
  const scale = {
    files: FILES,
    chars,
    oursMs: median(o.map((r) => r.ms)),
    oursPeakRssMb: Math.max(...o.map((r) => r.rssMb)),
    autocorrectMs: median(a.map((r) => r.ms)),
    autocorrectPeakRssMb: Math.max(...a.map((r) => r.rssMb)),
  };
  const cold = { seed: path.basename(seed), oursMs: median(co), autocorrectMs: median(ca) };
  const unrepeated = { files: distinct.files, chars: distinct.chars, oursMs: median(od), autocorrectMs: median(ad) };
  return { cores: os.availableParallelism?.() ?? os.cpus().length, runs, coldRuns, scale, cold, distinct: unrepeated };
}

export function describe(m) {
  const { scale: s, cold: c } = m;
  return [
    `CLI, ${s.files} drafts (${(s.chars / 1e6).toFixed(1)} M chars) in one call, ${m.cores} cores, median of ${m.runs}: ` +
      `speechcheck ${(s.oursMs / 1000).toFixed(2)} s, peak RSS ${s.oursPeakRssMb.toFixed(0)} MB; ` +
      `AutoCorrect ${(s.autocorrectMs / 1000).toFixed(2)} s, ${s.autocorrectPeakRssMb.toFixed(0)} MB; ratio ${(s.oursMs / s.autocorrectMs).toFixed(2)}×`,
    `CLI cold on one seed (${c.seed}), median of ${m.coldRuns}: speechcheck ${c.oursMs.toFixed(0)} ms, AutoCorrect ${c.autocorrectMs.toFixed(0)} ms; ratio ${(c.oursMs / c.autocorrectMs).toFixed(2)}×`,
    ...(m.distinct
      ? [
          `CLI, ${m.distinct.files} distinct real excerpts (${(m.distinct.chars / 1e3).toFixed(0)} k chars, ~${Math.round(m.distinct.chars / m.distinct.files)} each, every one from its own page: the per-line caches seldom help, and per-file costs weigh), median of ${m.runs}: ` +
            `speechcheck ${m.distinct.oursMs.toFixed(0)} ms, AutoCorrect ${m.distinct.autocorrectMs.toFixed(0)} ms; ratio ${(m.distinct.oursMs / m.distinct.autocorrectMs).toFixed(2)}× (not a target)`,
        ]
      : []),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, d) => Number(process.argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? d);
  const m = measure({ runs: arg('runs', 3), coldRuns: arg('cold-runs', 7), log: (s) => process.stderr.write(`cli-scale: ${s}\n`) });
  if (process.argv.includes('--json')) console.log(JSON.stringify(m, null, 2));
  else for (const line of describe(m)) console.log(line);
}
