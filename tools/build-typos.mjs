// Builds the typo rule's vocabulary from the public lists in ../shared/data (see its
// README for origins and licences) plus tools/typos-curated.json (our own):
//   server/src/engine/data/typos.json       whole-word misspellings (wrong → right)
//   server/src/engine/data/confusions.json  confusable characters, one map per source
//   server/src/engine/data/confusions.txt   the same, merged as the typo rule reads them
// Run: node tools/build-typos.mjs [path/to/shared/data]. odw.train is never read here:
// it is the measurement set (tests/eval/typo-odw.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { CONFUSIONS_TXT, prepareConfusions } from './prepare-confusions.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = path.resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'data'));
const out = path.join(root, 'server', 'src', 'engine', 'data');
const require = createRequire(import.meta.url);
const read = (p) => fs.readFileSync(path.join(shared, p), 'utf8');

// jieba's dictionary decides which forms are real words.
const jiebaDict = path.join(path.dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'jieba.dict.utf8');
const freq = new Map();
const allWords = new Set();
for (const line of fs.readFileSync(jiebaDict, 'utf8').split('\n')) {
  const [w, f] = line.split(' ');
  if (w) allWords.add(w);
  if (w && Number(f) >= 5) freq.set(w, Number(f));
}
for (const w of read('ecspell/公文写作_vocab_Data.txt').split(/\r?\n/)) if (w.trim()) freq.set(w.trim(), Math.max(freq.get(w.trim()) ?? 0, 5));
for (const l of read('ecspell/公文写作_wordlist_pinyin.txt').split(/\r?\n/)) {
  const w = l.split('\t')[0]?.trim();
  if (w) freq.set(w, Math.max(freq.get(w) ?? 0, 5));
}
const curated0 = JSON.parse(fs.readFileSync(path.join(root, 'tools', 'typos-curated.json'), 'utf8'));
const isWord = (w) => (freq.get(w) ?? 0) > 0;
const CJK = /^[\u4e00-\u9fff]+$/;

/** Whether `s` splits wholly into dictionary words of two characters or more. */
function coveredByWords(s) {
  const ok = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!ok[i]) continue;
    for (let k = 2; i + k <= s.length; k++) if (isWord(s.slice(i, i + k))) ok[i + k] = true;
  }
  return ok[s.length];
}
/** Pieces of longer words: `蓝缕` is right inside `筚路蓝缕`. */
const pieces = new Set();
for (const w of [...freq.keys(), ...curated0.misspellings.map((m) => m[1])]) {
  for (let len = 2; len <= 4 && len < w.length; len++) for (let i = 0; i + len <= w.length; i++) pieces.add(w.slice(i, i + len));
}
const diffCount = (a, b) => [...a].filter((c, i) => c !== b[i]).length;

/** A misspelling is kept only when the wrong form is no word and the right form is one. */
function acceptable(wrong, right) {
  if (!CJK.test(wrong) || !CJK.test(right) || wrong.length !== right.length || wrong.length < 2) return 'not same-length Chinese';
  if (wrong === right) return 'identical';
  if (isWord(wrong) || coveredByWords(wrong)) return 'wrong form is a word';
  if (pieces.has(wrong)) return 'wrong form is part of a longer word';
  if (diffCount(wrong, right) > 2) return 'more than two characters differ';
  if (!isWord(right) && !coveredByWords(right) && right.length < 4) return 'right form unknown';
  return undefined;
}

const curated = curated0;
const entries = new Map();
const dropped = [];
/** Forms a public list gives as misspellings that are right Chinese (爬上, 处里): never entries. */
const notMisspellings = new Set((curated.notMisspellings?.forms ?? []).map(([form]) => form));
const add = (wrong, right, source, example, suggest = false) => {
  if (notMisspellings.has(wrong)) return dropped.push(`${source}: ${wrong}→${right} (right Chinese: tools/typos-curated.json notMisspellings)`);
  // Our own entries are checked by hand: jieba's dictionary itself holds some misspellings
  // (气慨, 名符其实), and some right forms are rarer than its threshold (赓续, 铆足劲).
  const why = source === 'curated' ? (wrong === right ? 'identical' : undefined) : acceptable(wrong, right);
  if (why) return dropped.push(`${source}: ${wrong}→${right} (${why})`);
  if (entries.has(wrong)) return;
  entries.set(wrong, { wrong, right, source, ...(example ? { examples: [example] } : {}), ...(suggest ? { safe: false } : {}) });
};
for (const [wrong, right, example, mark] of curated.misspellings) add(wrong, right, 'curated', example, mark === 'suggest');
for (const line of read('ecspell/常见错字错词.txt').split(/\r?\n/)) {
  const [right, wrong] = line.trim().split('-');
  if (right && wrong) add(wrong, right, 'ecspell-common');
}
for (const line of read('pycorrector/tests_custom_confusion.txt').split(/\r?\n/)) {
  if (line.startsWith('#') || !line.trim()) continue;
  const [wrong, right] = line.trim().split(/\s+/);
  if (!wrong || !right) continue;
  // A test list, not a lexicon: on the ~500 gathered real pages each of its findings was wrong.
  // A two-character form jieba's dictionary holds at any rating is a word (延后 for 然后,
  // 建在 for 现在, 可使 for 可是: rated 3, where jieba also keeps misspellings, so other sources
  // and longer forms, 承上起下 or 磬竹难书, still need 5); 的 for 地 is often right
  // (有较大幅度的提升, 耐心的教育: 的 before a noun).
  if (wrong.length === 2 && allWords.has(wrong)) dropped.push(`pycorrector-custom: ${wrong}→${right} (a two-character word of jieba's dictionary)`);
  else if (wrong.replace('的', '地') === right) dropped.push(`pycorrector-custom: ${wrong}→${right} (的 for 地)`);
  else add(wrong, right, 'pycorrector-custom');
}

// An entry whose right form still holds another entry's wrong form (今天的计画) is no fix.
for (const [wrong, e] of entries) {
  for (const other of entries.keys()) {
    if (other !== wrong && e.right.includes(other)) {
      dropped.push(`${e.source}: ${wrong}→${e.right} (right form holds misspelling ${other})`);
      entries.delete(wrong);
      break;
    }
  }
}

const typos = {
  $comment:
    'Whole-word misspellings (wrong → right), generated by tools/build-typos.mjs; do not edit by hand (edit tools/typos-curated.json). source: "curated" = the speechcheck project\'s own list (with an example); "ecspell-common" = aopolin-lv/ECSpell @ 025bf43f1ea5 csc_evaluation/data/wordlist/常见错字错词.txt (MIT License, Copyright (c) aopolin-lv); "pycorrector-custom" = shibing624/pycorrector @ fc8aa56c336 tests/custom_confusion.txt (Apache License 2.0, Copyright shibing624). Entries whose wrong form is a jieba word (or splits into words) were dropped. Each entry: the wrong form must be flagged with the right one offered, the right form must stay quiet (tests/unit/wording.test.ts).',
  entries: [...entries.values()],
};

// Confusable characters: which character may stand for which (value = candidates).
const shape = JSON.parse(read('ecspell/shapeConfusion.json'));
const sound = JSON.parse(read('ecspell/soundConfusion.json'));
/** Characters of common words: a correction must be one of them. */
const common = new Set();
for (const [w, f] of freq) if (f >= 20 && w.length >= 2) for (const c of w) common.add(c);
const compact = (map) => {
  const o = {};
  for (const k of Object.keys(map).sort()) {
    const v = [...new Set(map[k])].filter((c) => c !== k && common.has(c)).join('');
    if (v) o[k] = v;
  }
  return o;
};
/**
 * A look-alike pair read both ways: ECSpell lists 砚 under 规, and a scanned 砚 may stand for
 * 规. Only the pairs neither ECSpell nor pycorrector's strokes already give that way.
 */
const reverseOf = (map, also) => {
  const o = {};
  for (const [k, vs] of Object.entries(map)) {
    if (!common.has(k)) continue;
    for (const v of vs) if (!(map[v] ?? []).includes(k) && !(also[v] ?? []).includes(k)) (o[v] ??= []).push(k);
  }
  return o;
};
const stroke = {};
for (const line of read('pycorrector/pycorrector_data_same_stroke.txt').split(/\r?\n/)) {
  if (line.startsWith('#')) continue;
  const g = line.trim().split(/\s+/).filter((c) => c.length === 1);
  for (const c of g) (stroke[c] ??= []).push(...g);
}
const pinyin = {};
for (const line of read('pycorrector/pycorrector_data_same_pinyin.txt').split(/\r?\n/)) {
  if (line.startsWith('#')) continue;
  const [c, same] = line.split('\t');
  if (c && same) (pinyin[c] ??= []).push(...same.trim());
}
const ocr = {};
for (const pair of curated.ocrShape.pairs.split(/\s+/)) {
  const [a, b] = [...pair];
  if (a && b) (ocr[a] ??= []).push(b);
}
/**
 * Look-alikes measured on the glyphs (tools/glyph-lookalikes.py: one stroke or a dot apart,
 * 仪/仅, 巳/已), read both ways; those our own list already gives are left to it.
 */
const glyph = {};
const glyphFile = path.join(root, 'tools', 'glyph-lookalikes.json');
for (const entry of fs.existsSync(glyphFile) ? JSON.parse(fs.readFileSync(glyphFile, 'utf8')).pairs : []) {
  const [a, b] = [...entry.split(' ')[0]];
  if (!a || !b) continue;
  if (!(ocr[a] ?? []).includes(b)) (glyph[a] ??= []).push(b);
  if (!(ocr[b] ?? []).includes(a)) (glyph[b] ??= []).push(a);
}
/**
 * Look-alikes (ECSpell's shapes either way round, pycorrector's strokes) that make only words
 * jieba rates below the common ones (烊 for 佯: 打烊, rated 10): never measured, only offered
 * where a guess's own correction is a sound-alike and such a word stands in its place. Only for
 * characters pycorrector does not know the sound of: their sound-alikes are ECSpell's loose ones
 * alone (听 for 佯); a character with a sound of its own there keeps its sound-alike's word (寂时
 * is 及时, though 寅 looks like 寂).
 */
/** Characters pycorrector knows the sound of (a line of its own in same_pinyin.txt). */
const sounded = new Set();
for (const line of read('pycorrector/pycorrector_data_same_pinyin.txt').split(/\r?\n/)) if (!line.startsWith('#') && line[0]) sounded.add(line[0]);
const rated = new Set();
for (const [w, f] of freq) if (w.length >= 2 && f >= 5) for (const c of w) rated.add(c);
const rareLooks = {};
for (const map of [shape, stroke]) {
  for (const [k, vs] of Object.entries(map)) {
    for (const v of vs) {
      if (v === k) continue;
      if (!common.has(v) && rated.has(v) && !sounded.has(k)) (rareLooks[k] ??= []).push(v);
      // Either way round: ECSpell lists 佯 under 烊 only.
      if (!common.has(k) && rated.has(k) && !sounded.has(v)) (rareLooks[v] ??= []).push(k);
    }
  }
}
const compactRare = (map) => {
  const o = {};
  for (const k of Object.keys(map).sort()) {
    const v = [...new Set(map[k])].join('');
    if (v) o[k] = v;
  }
  return o;
};
const confusions = {
  $comment:
    'Confusable characters: for each character as written, the characters it may stand for (only characters of common jieba words). Generated by tools/build-typos.mjs. Sources: "curatedShape" = the speechcheck project\'s OCR look-alikes (tools/typos-curated.json); "glyphShape" = look-alikes measured on the glyphs of Noto Sans CJK SC (SIL Open Font License 1.1, tools/glyph-lookalikes.py); "ecspellShape"/"ecspellSound" = aopolin-lv/ECSpell @ 025bf43f1ea5 Data/confusion/shapeConfusion.json and soundConfusion.json (MIT License, Copyright (c) aopolin-lv), "ecspellShapeReverse" = the same shape pairs read the other way; "rareShape" = those look-alikes and the pycorrector strokes that make only words jieba rates 5-19, for characters same_pinyin.txt has no line for (offered, never measured); "pycorrectorStroke" = shibing624/pycorrector @ fc8aa56c336 pycorrector/data/same_stroke.txt, "pycorrectorPinyin" = same_pinyin.txt, same sound and tone (Apache License 2.0, Copyright shibing624).',
  curatedShape: compact(ocr),
  glyphShape: compact(glyph),
  rareShape: compactRare(rareLooks),
  ecspellShape: compact(shape),
  ecspellShapeReverse: compact(reverseOf(shape, stroke)),
  ecspellSound: compact(sound),
  pycorrectorStroke: compact(stroke),
  pycorrectorPinyin: compact(pinyin),
};

const json = (o) => `{\n${Object.entries(o).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n')}\n}`;
fs.writeFileSync(
  path.join(out, 'typos.json'),
  `{\n  "$comment": ${JSON.stringify(typos.$comment)},\n  "entries": [\n${typos.entries.map((e) => `    ${JSON.stringify(e)}`).join(',\n')}\n  ]\n}\n`,
);
fs.writeFileSync(path.join(out, 'confusions.json'), json(confusions) + '\n');
fs.writeFileSync(CONFUSIONS_TXT, prepareConfusions(confusions));
console.log(`typos.json: ${typos.entries.length} entries (${dropped.length} dropped)`);
for (const k of Object.keys(confusions).filter((k) => k !== '$comment')) {
  console.log(`confusions.${k}: ${Object.keys(confusions[k]).length} chars, ${Object.values(confusions[k]).join('').length} pairs`);
}
if (process.argv.includes('--verbose')) console.log(dropped.join('\n'));
