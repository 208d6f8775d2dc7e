#!/usr/bin/env node
// Fuzzes the built engine (dist/engine.js) with drafts built from the shapes of real ones:
// lines of the seed drafts (../shared/seeds, else the built-in lines below) cut, joined and
// mutated with random punctuation, astral characters, quotes, slot marks, spaces, line
// breaks and web residue. For each draft it checks that
//   - checking and fix-all throw nothing;
//   - every range and every edit lies inside the text and not inside a surrogate pair;
//   - the edits of one fix do not overlap, nor do the safe edits fix-all picks;
//   - fix-all is idempotent: fixing the fixed text changes nothing.
// Not part of npm test (it takes minutes). Usage:
//   node esbuild.mjs && node tools/fuzz.mjs [--drafts 100000] [--seed 1] [--out fuzz-failures.json]
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const engine = require(path.join(root, 'dist', 'engine.js'));

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const DRAFTS = Number(arg('drafts', 100_000));
const SEED = Number(arg('seed', 1));
const OUT = arg('out', path.join(root, 'fuzz-failures.json'));

// --- a seeded random source (mulberry32) ---------------------------------------------------
let state = SEED >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

// --- material ------------------------------------------------------------------------------
const BUILT_IN = [
  '在全市经济工作会议上的讲话',
  '（2024年3月15日）',
  '同志们：',
  '今年以来，全市上下坚持稳中求进工作总基调，经济运行总体平稳。',
  '一、2023年工作回顾',
  '（一）坚持“六稳”“六保”，扎实做好各项工作。',
  '全年完成地区生产总值XX亿元，增长X.X%。',
  '一是抓项目，二是抓招商，三是抓服务。',
  '下面，我讲三点意见。',
  '第3页 共12页',
  '此处隐藏1234字，下载后查看',
  '会议定于2024-03-20召开，2024年3月15日（星期四）已作部署。',
  '习近平 总书记强调，要统筹发展和安全。',
  '再接再励，一股作气，按部就搬。',
  '建設(shè)现代化经济体系',
  '要贯彻落实"十四五"规划，推进‘放管服’改革。',
];
function seedLines() {
  const dir = path.resolve(root, '..', 'shared', 'seeds');
  const lines = [];
  try {
    for (const f of fs.readdirSync(dir)) {
      for (const l of fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/)) if (l.trim()) lines.push(l);
    }
  } catch {
    // no seeds beside the worktree
  }
  return lines.length > 0 ? lines.concat(BUILT_IN) : BUILT_IN;
}
const LINES = seedLines();
const PUNCT = [...'，。、；：,.;:！？!?“”‘’「」『』〝〞"\'（）()【】[]〔〕《》〈〉…—-·．'];
const ASTRAL = ['𠮷', '😀', '𝑥', '𪚥', '🇨🇳', '\u{20000}', '\u{2A6D6}'];
const SLOTS = ['XX', 'X', '××', 'xx', '***', '☆☆', '□□', '○○', '〇〇', '＿＿', '____', '某某', '【待补】', '[姓名]', '20XX年', 'X月X日', '（略）', ' 亿元', '…'];
const NOISE = [' ', '  ', '\u3000', '\t', '\n', '\r\n', '\n\n', '\r'];
const RESIDUE = ['第3页 共12页', '- 2 -', 'VIP专免', '当前位置:首页 > 范文', '本文标题:', '登录/注册', '相关推荐', '下载后可任意编辑', 'www.example.com'];
const RUNS = ['，。', '。，', '，，', '。。', '、，', '；，', '“”', '（）', '””', '““'];

function fragment() {
  const line = pick(LINES);
  if (random() < 0.5) return line;
  const a = int(line.length + 1);
  return line.slice(a, a + 1 + int(40));
}

function mutate(text) {
  const n = int(6);
  let out = text;
  for (let k = 0; k < n; k++) {
    const at = int(out.length + 1);
    const r = random();
    let ins;
    if (r < 0.3) ins = pick(PUNCT);
    else if (r < 0.45) ins = pick(ASTRAL);
    else if (r < 0.6) ins = pick(SLOTS);
    else if (r < 0.75) ins = pick(NOISE);
    else if (r < 0.85) ins = pick(RUNS).repeat(1 + int(6));
    else if (r < 0.92) {
      // delete a few characters (may split an astral character: the engine must cope)
      out = out.slice(0, at) + out.slice(at + 1 + int(3));
      continue;
    } else ins = pick(PUNCT).repeat(2 + int(4));
    out = out.slice(0, at) + ins + out.slice(at);
  }
  return out;
}

function draft() {
  const parts = [];
  const lines = 1 + int(8);
  for (let i = 0; i < lines; i++) {
    const r = random();
    if (r < 0.08) parts.push(pick(RESIDUE));
    else if (r < 0.12) parts.push('');
    else parts.push(mutate(fragment()));
  }
  return parts.join(random() < 0.15 ? '\r\n' : '\n') + (random() < 0.7 ? '\n' : '');
}

// --- checks --------------------------------------------------------------------------------
const splits = (text, i) => {
  if (i <= 0 || i >= text.length) return false;
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
};
const counts = {
  drafts: 0,
  findings: 0,
  safeEdits: 0,
  exceptions: 0,
  rangeOutside: 0,
  rangeSplitsPair: 0,
  editOutside: 0,
  editSplitsPair: 0,
  fixSelfOverlap: 0,
  safeOverlap: 0,
  notIdempotent: 0,
  fixAllPasses10: 0,
};
const failures = [];
function fail(kind, text, detail) {
  counts[kind]++;
  if (failures.filter((f) => f.kind === kind).length < 10) failures.push({ kind, text, detail });
}

const options = engine.resolveConfig({ today: new Date(2024, 2, 15) });
const segmenter = engine.loadSegmenterSync();
const started = Date.now();
for (let d = 0; d < DRAFTS; d++) {
  const text = draft();
  counts.drafts++;
  try {
    const findings = engine.checkSync(text, options, segmenter);
    counts.findings += findings.length;
    for (const f of findings) {
      if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) fail('rangeOutside', text, f);
      if (splits(text, f.start) || splits(text, f.end)) fail('rangeSplitsPair', text, { rule: f.rule, start: f.start, end: f.end });
      for (const fix of f.fixes) {
        for (const e of fix.edits) {
          if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) fail('editOutside', text, { rule: f.rule, e });
          if (splits(text, e.start) || splits(text, e.end)) fail('editSplitsPair', text, { rule: f.rule, e });
        }
        const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
        if (sorted.some((e, i) => i > 0 && e.start < sorted[i - 1].end)) fail('fixSelfOverlap', text, { rule: f.rule, fix });
      }
    }
    const safe = engine.selectSafeEdits(findings);
    counts.safeEdits += safe.length;
    try {
      engine.applyEdits(text, safe);
    } catch (e) {
      fail('safeOverlap', text, String(e));
    }
    const once = engine.fixAllSync(text, options, {}, segmenter);
    if (once.passes >= 10) counts.fixAllPasses10++;
    const twice = engine.fixAllSync(once.text, options, {}, segmenter);
    if (twice.text !== once.text) fail('notIdempotent', text, { once: once.text, twice: twice.text });
  } catch (e) {
    fail('exceptions', text, String(e && e.stack ? e.stack : e));
  }
  if ((d + 1) % 10_000 === 0) {
    process.stderr.write(`${d + 1} drafts, ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(counts)}\n`);
  }
}
const seconds = ((Date.now() - started) / 1000).toFixed(0);
fs.writeFileSync(OUT, `${JSON.stringify({ seed: SEED, seconds: Number(seconds), counts, failures }, null, 2)}\n`);
console.log(`fuzz: ${counts.drafts} drafts in ${seconds} s (seed ${SEED}, segmenter ${segmenter ? 'loaded' : 'none'})`);
console.log(JSON.stringify(counts, null, 2));
const bad = Object.entries(counts).filter(([k, v]) => !['drafts', 'findings', 'safeEdits', 'fixAllPasses10'].includes(k) && v > 0);
console.log(bad.length ? `FAILURES (examples in ${OUT}): ${bad.map(([k, v]) => `${k} ${v}`).join(', ')}` : 'no failures');
process.exit(bad.length ? 1 : 0);
