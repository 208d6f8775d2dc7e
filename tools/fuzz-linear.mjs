#!/usr/bin/env node
// Looks for paths that grow faster than the text: random mixes of a few tokens (words of
// speeches, punctuation, brackets, quotes, outline numbers, dates, slot marks, site residue,
// spaces and line breaks) are checked at N and 4N characters with the built engine
// (dist/engine.js); a mix whose 4N check takes more than RATIO times its N check (or more than
// 3 s) is printed, with its tokens, for a profile (`node --cpu-prof`). A linear path gives
// about 4; timings are noisy on a shared machine, so rerun a suspect before reading it.
// Not part of npm test (minutes). Found the quadratic paths fixed in 4f511b4 and 2980758.
//   node esbuild.mjs && node tools/fuzz-linear.mjs [--mixes 100] [--seed 1] [--chars 20000] [--ratio 8] [--fix]
// --fix times fix-all instead of the check.
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './seeded-random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const engine = createRequire(import.meta.url)(path.join(root, 'dist', 'engine.js'));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const MIXES = arg('mixes', 100);
const SEED = arg('seed', 1);
const CHARS = arg('chars', 20_000);
const RATIO = arg('ratio', 8);
const FIX = process.argv.includes('--fix');

const TOKENS = [
  '我们', '要', '坚持', '“', '”', '‘', '’', '"', "'", '（', '）', '(', ')', '【', '】', '《', '》', '〈', '〉',
  '，', '。', '、', '；', '：', '！', '？', ',', '.', ';', ':', '!', '?', ' ', '\u3000', '\n', '\n\n', '\t',
  '一、', '二、', '三、', '（一）', '（二）', '1.', '2.', '（1）', '①', '②', '一是', '二是', '第一', '第二',
  '讲三点意见', '三个方面', '以下四点', '2024年', '3月', '15日', '星期五', '（2024年3月15日）', '20XX年', 'X月',
  'XX亿元', '××', '**', '☆☆', '○○', '□□', '＿＿', '___', '[填写]', '某某', '同志', '书记', '市长', '习近平',
  '总书记', '六稳', '六保', '四个意识', '两个维护', '十四五', '今年是', '周年', '收人', '己经', 'http://www.a.com',
  '.com', '文库', '范文网', '下载', '此处隐藏', '页', '第3页 共12页', '- 2 -', '1', '2', '3', '0', '%', '亿元',
  '万元', '—', '-', '～', '~', '…', '……', '·', '建設', '務', '(shè)', '(wù)', 'A', 'b', 'Z', 'abc', '各位代表',
  '尊敬的', '大家好', '谢谢大家', '讲话', '在', '上的', '会议', '工作报告',
  '主持词', '讲话稿', '连续', '个', '今年', '月上中旬', '万起', '隐藏了', '......', '(', ')', '5.12', '三不五干', '商务宾馆',
];

const text = (next, pool, n) => {
  let s = '';
  while (s.length < n) s += pool[Math.floor(next() * pool.length)];
  return s.slice(0, n);
};

const segmenter = engine.loadSegmenterSync();
const config = engine.resolveConfig({ today: new Date(2024, 2, 15) });
const timed = (t) => {
  const t0 = performance.now();
  if (FIX) engine.fixAllSync(t, config, {}, segmenter);
  else engine.checkSync(t, config, segmenter);
  return performance.now() - t0;
};

let suspects = 0;
for (let k = SEED; k < SEED + MIXES; k++) {
  const next = random(k);
  const pool = Array.from({ length: 2 + Math.floor(next() * 5) }, () => TOKENS[Math.floor(next() * TOKENS.length)]);
  const small = text(random(k * 7), pool, CHARS);
  const big = text(random(k * 7), pool, 4 * CHARS);
  timed(small.slice(0, 2000)); // the first use of each path compiles it
  const a = timed(small);
  const b = timed(big);
  if (b / Math.max(a, 1) > RATIO || b > 3000) {
    suspects++;
    console.log(`mix ${k} ${JSON.stringify(pool)}: ${CHARS} chars ${a.toFixed(0)} ms, ${4 * CHARS} chars ${b.toFixed(0)} ms (x${(b / Math.max(a, 1)).toFixed(1)})`);
  }
}
console.log(`${MIXES} mixes from seed ${SEED}${FIX ? ' (fix-all)' : ''}: ${suspects} suspect`);
