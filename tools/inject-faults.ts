/**
 * Fault generators for tools/inject-measure.ts: each takes a clean text and a seeded random
 * source and returns one variant with one fault, or nothing when the text has no place where
 * that fault can stand. A place is drawn at random among all places that qualify (the rule for
 * qualifying is written here, before any check is run); nothing looks at what the engine finds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEEN_GENERATORS } from './inject-faults-seen';
import { CANON_GENERATORS } from './inject-faults-canon';
import { CANON_GENERATORS2 } from './inject-faults-canon2';

export interface Variant {
  text: string;
  /** The fault's span in the variant (for a removal: the line it leaves bare). */
  start: number;
  end: number;
  /** The edit, in the clean text's offsets: `[at, removed length, inserted length]`. */
  edit: [number, number, number];
  /** Rules any of which catching the fault counts. */
  expect: string[];
  shape: string;
}

export type Rng = () => number;
export interface Sources { words: Set<string>; wordPairs: Array<[string, string]>; shapes: Record<string, string[]> }
export type Generator = (text: string, rng: Rng, src: Sources) => Variant | undefined;

/** mulberry32: a small seeded generator, the same numbers on every machine. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);

function matches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))) out.push(m as RegExpExecArray);
  return out;
}

/** Replace `text[at, at+len)` by `ins`; the fault spans `ins` (or, for a deletion, the characters around it). */
function replace(text: string, at: number, len: number, ins: string, expect: string[], shape: string, span?: [number, number]): Variant {
  const [s, e] = span ?? (ins.length ? [at, at + ins.length] : [Math.max(0, at - 1), at + 1]);
  return { text: text.slice(0, at) + ins + text.slice(at + len), start: s, end: e, edit: [at, len, ins.length], expect, shape };
}

const UNIT = '亿万千百元%％个家件人项次名倍户所吨亩公里千瓦';
const SLOT_SHAPES = ['XX', 'X', '××', 'ＸＸ', '**', '☆☆', '＿＿', '（ ）', 'x', 'blank', 'blank-space', 'X.X'];

/** A figure before a unit becomes a slot: `8200亿元` → `XX亿元`, `6.8%` → `X.X%`, `2000家` → `家`. */
export const slotFigure: Generator = (text, rng) => {
  const m = pick(rng, matches(text, new RegExp(`(?<![\\d.年月])\\d+(?:\\.\\d+)?(?=[${UNIT}])`)));
  if (!m) return undefined;
  let shape = pick(rng, SLOT_SHAPES)!;
  if (shape === 'X.X' && !m[0].includes('.')) shape = 'XX';
  const ins = shape === 'blank' ? '' : shape === 'blank-space' ? ' ' : shape;
  return replace(text, m.index, m[0].length, ins, ['placeholder'], shape);
};

/**
 * A figure masked in part, the rest of the model's digits kept, as templates leave them: `6.8%` → `X.8%` or
 * `xx.8%`, `8200亿元` → `XX00亿元`, `1250家` → `**50家`. Only figures of two digits or a decimal.
 */
export const slotPartial: Generator = (text, rng) => {
  const m = pick(rng, matches(text, new RegExp(`(?<![\\d.年月])(?:\\d{2,}|\\d+\\.\\d+)(?=[${UNIT}])`)));
  if (!m) return undefined;
  const mark = pick(rng, ['X', 'x', '×', '*'])!;
  const dot = m[0].indexOf('.');
  // The integer part masked before a decimal; else the leading half of the digits.
  const cut = dot > 0 ? dot : Math.ceil(m[0].length / 2);
  const ins = mark.repeat(dot > 0 && cut === 1 && mark !== '*' ? 1 : Math.max(2, cut)) + m[0].slice(cut);
  return replace(text, m.index, m[0].length, ins, ['placeholder'], `partial:${mark}`, [m.index, m.index + ins.length]);
};

/** A place name before 市/县/区/省 becomes `某某` or `XX`: `扬州市` → `某某市`. */
export const slotName: Generator = (text, rng) => {
  const m = pick(rng, matches(text, /(?<=[，。、；：,;:\s“(（]|^)[\u4e00-\u9fff]{2}(?=[市县区省](?:委|政府|人大|政协|法院|人民))/m));
  if (!m) return undefined;
  const shape = pick(rng, ['某某', 'XX', '××', '**'])!;
  return replace(text, m.index, m[0].length, shape, ['placeholder'], `name:${shape}`);
};

/** A quoted term's marks re-written: reversed, doubled one way, or another pair (`‘六稳’`, `"六稳"`). */
export const requote: Generator = (text, rng) => {
  const all = matches(text, /“([^“”\n]{2,8})”/);
  const repeated = all.filter((m) => all.some((o) => o !== m && o[1] === m[1]));
  const shape = pick(rng, ['reversed', 'open-open', 'close-close', 'single', 'ascii', 'corner'])!;
  const other = shape === 'single' || shape === 'ascii' || shape === 'corner';
  // Another pair of marks is only a fault where the draft quotes the same term the usual way too.
  const m = pick(rng, other ? repeated : all);
  if (!m) return undefined;
  const t = m[1]!;
  const ins = { reversed: `”${t}“`, 'open-open': `“${t}“`, 'close-close': `”${t}”`, single: `‘${t}’`, ascii: `"${t}"`, corner: `「${t}」` }[shape]!;
  return replace(text, m.index, m[0].length, ins, other ? ['slogan-variant', 'quote-pair'] : ['quote-pair'], shape);
};

const FULL_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y: number, mo: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!;
const valid = (m: RegExpExecArray) => +m[2]! >= 1 && +m[2]! <= 12 && +m[3]! >= 1 && +m[3]! <= dim(+m[1]!, +m[2]!);

/** A date line under the title: a line near the top that is mostly a full date. */
function dateLines(text: string): Array<{ start: number; end: number; prevStart: number }> {
  const out: Array<{ start: number; end: number; prevStart: number }> = [];
  let at = 0;
  let prevStart = -1;
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const l = lines[i]!;
    const d = FULL_DATE.exec(l);
    if (i > 0 && d && l.replace(/\s/g, '').length <= d[0].length + 24 && lines[i - 1]!.trim()) out.push({ start: at, end: at + l.length + 1, prevStart });
    prevStart = at;
    at += l.length + 1;
  }
  return out;
}

/** The date line under the title deleted: the title is left without a date. */
export const dateLineRemoved: Generator = (text, rng) => {
  const d = pick(rng, dateLines(text));
  if (!d) return undefined;
  const v = replace(text, d.start, d.end - d.start, '', ['date-missing'], 'removed');
  // The finding belongs on the title, the lines above the removed one.
  v.start = 0;
  v.end = d.start - 1;
  return v;
};

/** A full date made impossible: `6月31日`, `2月30日`, `2月29日` in a common year. */
export const dateImpossible: Generator = (text, rng) => {
  const m = pick(rng, matches(text, FULL_DATE).filter(valid));
  if (!m) return undefined;
  const y = +m[1]!;
  const shape = pick(rng, ['2-30', '30-day-31', 'feb-29'])!;
  const md = shape === '2-30' ? '2月30日' : shape === 'feb-29' && !isLeap(y) ? '2月29日' : `${pick(rng, [4, 6, 9, 11])}月31日`;
  const ins = `${y}年${md}`;
  return replace(text, m.index, m[0].length, ins, ['date-invalid'], shape);
};

const WD = ['日', '一', '二', '三', '四', '五', '六'];
/** A weekday that does not match added after a full date: `2018年3月3日（星期五）`. */
export const dateWeekday: Generator = (text, rng) => {
  const m = pick(rng, matches(text, FULL_DATE).filter((x) => valid(x) && !/^[（(，,\s]*(星期|周)/.test(text.slice(x.index + x[0].length))));
  if (!m) return undefined;
  const right = new Date(+m[1]!, +m[2]! - 1, +m[3]!).getDay();
  const wrong = (right + 1 + Math.floor(rng() * 6)) % 7;
  const shape = pick(rng, ['（星期X）', '，星期X', ' 星期X'])!;
  const ins = shape.replace('X', WD[wrong]!);
  const at = m.index + m[0].length;
  return replace(text, at, 0, ins, ['date-weekday'], shape, [m.index, at + ins.length]);
};

const CN = '一二三四五六七八九十';
/** An announced count changed by one: `分为三部分` → `分为四部分`. */
export const enumCount: Generator = (text, rng) => {
  const re = /(?<=[讲谈提抓做分有共为好下了])([二三四五六七八九])(?=(?:个)?(?:点|方面|部分|件事|项|条|大|个))/;
  const m = pick(rng, matches(text, re));
  if (!m) return undefined;
  const n = CN.indexOf(m[1]!) + 1;
  const to = rng() < 0.5 && n > 2 ? n - 1 : n + 1;
  return replace(text, m.index, 1, CN[to - 1]!, ['enum-count'], to > n ? 'more' : 'fewer');
};

/** A heading number skipped (`一、二、四、`): one numbered item and all after it renumbered up by one. */
export const outlineSkip: Generator = (text, rng) => {
  const styles: Array<[RegExp, string]> = [
    [/(?<=^|\n)[ \t\u3000]*([一二三四五六七八九])、/, '一、'],
    [/(?<=^|\n)[ \t\u3000]*[（(]([一二三四五六七八九])[）)]/, '（一）'],
    [/(?<=[，。；：,;:\s]|^)([一二三四五六七八九])(?=[是要])/, '一是'],
    [/(?<=[，。；：,;:\s]|^)第([一二三四五六七八九])(?=[，,是要])/, '第一'],
  ];
  const runs: Array<{ items: RegExpExecArray[]; style: string }> = [];
  for (const [re, style] of styles) {
    const items = matches(text, re);
    // A run counts when it starts at one and goes up by one: 一、二、…
    if (items.length >= 2 && items.every((m, i) => CN.indexOf(m[1]!) === i)) runs.push({ items, style });
  }
  const run = pick(rng, runs);
  if (!run) return undefined;
  const k = 1 + Math.floor(rng() * (run.items.length - 1));
  let out = text;
  for (let i = run.items.length - 1; i >= k; i--) {
    const m = run.items[i]!;
    const at = m.index + m[0].indexOf(m[1]!);
    out = out.slice(0, at) + CN[i + 1] + out.slice(at + 1);
  }
  const m = run.items[k]!;
  const at = m.index + m[0].indexOf(m[1]!);
  return { text: out, start: at, end: at + 1, edit: [at, 1, 1], expect: ['outline-sequence'], shape: run.style };
};

/** A word from the public confusion lists written wrong where the wrong form is no word (`收入` → `收人`). */
export const typoWord: Generator = (text, rng, src) => {
  const places: Array<[number, string, string]> = [];
  for (const [wrong, right] of src.wordPairs) {
    if (src.words.has(wrong)) continue;
    for (let i = text.indexOf(right); i >= 0; i = text.indexOf(right, i + 1)) places.push([i, right, wrong]);
  }
  const p = pick(rng, places);
  return p && replace(text, p[0], p[1].length, p[2], ['typo'], 'word-list');
};

/** One character of a two-character word swapped for a look-alike (shape confusion set), the result no word. */
export const typoShape: Generator = (text, rng, src) => {
  const places: Array<[number, string]> = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const w = text.slice(i, i + 2);
    if (!/^[\u4e00-\u9fff]{2}$/.test(w) || !src.words.has(w)) continue;
    for (const j of [0, 1]) {
      for (const c of src.shapes[w[j]!] ?? []) {
        const bad = j === 0 ? c + w[1] : w[0] + c;
        if (!src.words.has(bad) && !src.words.has(text.slice(i - 1, i) + bad[0]) && !src.words.has(bad[1] + text.slice(i + 2, i + 3))) places.push([i + j, c]);
      }
    }
  }
  const p = pick(rng, places);
  return p && replace(text, p[0], 1, p[1], ['typo'], 'shape');
};

const SITES = ['公文范文网', '第一范文网', '文库网', '政务信息网'];
const RESIDUE: Array<(rng: Rng) => string> = [
  (r) => `当前位置：首页 > ${pick(r, ['领导讲话', '工作报告', '政务公开'])} > 正文`,
  (r) => `来源：${pick(r, SITES)}  发布时间：2023-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
  () => '下载文档',
  () => '相关推荐',
  () => '【打印本页】 【关闭窗口】',
  (r) => `责任编辑：${pick(r, ['王', '李', '张'])}${pick(r, ['磊', '敏', '婷'])}`,
  (r) => `浏览次数：${100 + Math.floor(r() * 9000)}`,
];
/** A line of site chrome inserted between two lines. */
export const residueLine: Generator = (text, rng) => {
  const starts = [0, ...matches(text, /\n(?=.)/).map((m) => m.index + 1)];
  const at = pick(rng, starts)!;
  const line = pick(rng, RESIDUE)!(rng);
  return replace(text, at, 0, line + '\n', ['web-residue'], line.slice(0, 4), [at, at + line.length]);
};

/** A hard line break inside a sentence, as PDF copy leaves it. */
export const brokenLine: Generator = (text, rng) => {
  const m = pick(rng, matches(text, /(?<=[\u4e00-\u9fff]{6})(?=[\u4e00-\u9fff]{6})/));
  return m && replace(text, m.index, 0, '\n', ['broken-line'], 'break', [m.index - 1, m.index + 2]);
};

/** A space inside a run of Chinese prose. */
export const cjkSpace: Generator = (text, rng) => {
  const m = pick(rng, matches(text, /(?<=[，。；,;][\u4e00-\u9fff]{4,})(?=[\u4e00-\u9fff]{4,}[，。；,;])/));
  return m && replace(text, m.index, 0, pick(rng, [' ', '\u3000'])!, ['cjk-space'], 'space', [m.index - 1, m.index + 2]);
};

/** A function character typed twice: `的的`, `了了`, `在在`. */
export const charRepeat: Generator = (text, rng) => {
  const m = pick(rng, matches(text, /(?<=[\u4e00-\u9fff])[的了在是和对]/));
  return m && replace(text, m.index, 0, m[0], ['char-repeat'], m[0], [m.index, m.index + 2]);
};

/** A bracket left unclosed or closed by the other width: `（草案)`, `（草案`. */
export const bracketPair: Generator = (text, rng) => {
  const m = pick(rng, matches(text, /[（(][^（()）\n]{1,20}([）)])/));
  if (!m) return undefined;
  const close = m.index + m[0].length - 1;
  const shape = pick(rng, ['other-width', 'dropped'])!;
  const ins = shape === 'dropped' ? '' : m[1] === ')' ? '）' : ')';
  const v = replace(text, close, 1, ins, ['bracket-pair'], shape);
  v.start = m.index;
  v.end = close + ins.length;
  return v;
};

export const GENERATORS: Record<string, Generator> = {
  'slot-figure': slotFigure, 'slot-partial': slotPartial, 'slot-name': slotName, requote, 'date-removed': dateLineRemoved, 'date-impossible': dateImpossible,
  'date-weekday': dateWeekday, 'enum-count': enumCount, 'outline-skip': outlineSkip, 'typo-word': typoWord, 'typo-shape': typoShape,
  residue: residueLine, 'broken-line': brokenLine, 'cjk-space': cjkSpace, 'char-repeat': charRepeat, 'bracket-pair': bracketPair,
  ...SEEN_GENERATORS,
  ...CANON_GENERATORS,
  ...CANON_GENERATORS2,
};

/** The confusion sets (SPEECHCHECK_SHARED_DIR/data) and the segmenter's dictionary (what counts as a word). */
export function loadSources(root: string, shared: string): Sources {
  const words = new Set<string>();
  for (const f of ['dist/dict/jieba.dict.utf8', 'dist/dict/jieba.dropped.utf8', 'server/src/engine/data/gongwen-words.txt']) {
    for (const l of readFileSync(path.join(root, f), 'utf8').split('\n')) words.add(l.split(/\s/)[0]!);
  }
  const data = path.join(shared, 'data');
  const wordPairs: Array<[string, string]> = [];
  for (const l of readFileSync(path.join(data, 'ecspell/常见错字错词.txt'), 'utf8').split('\n')) {
    const [right, wrong] = l.trim().split('-');
    if (right && wrong && right.length === wrong.length) wordPairs.push([wrong, right]);
  }
  for (const l of readFileSync(path.join(data, 'pycorrector/tests_custom_confusion.txt'), 'utf8').split('\n')) {
    const [wrong, right] = l.split('\t');
    if (!l.startsWith('#') && wrong && right && wrong.length === right.length && right.length >= 2) wordPairs.push([wrong, right.trim()]);
  }
  const shapes = JSON.parse(readFileSync(path.join(data, 'ecspell/shapeConfusion.json'), 'utf8')) as Record<string, string[]>;
  return { words, wordPairs, shapes };
}
