/**
 * Generated texts for the jieba-js parity test: dictionary words and unknown Han characters
 * mixed with ASCII letters and digits, full- and half-width punctuation, spaces, tabs, line
 * breaks, astral characters, emoji (with joiners and variation selectors), lone surrogates,
 * NUL and U+FFFD, and very long runs of each. Deterministic (a seeded generator).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seeded as rng } from '../../tools/inject-faults';
import { root, type Texts } from './texts';


function dictionaryWords(): string[] {
  const file = path.join(root, 'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8');
  if (!existsSync(file)) return ['我们', '发展', '中华人民共和国'];
  const words = readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[0]!)
    .filter(Boolean);
  // Every 7th word: the trimmed and the dropped ones alike.
  return words.filter((_, i) => i % 7 === 0);
}

const PUNCT = '，。、；：？！“”‘’（）《》【】—…·．,.;:?!"\'()[]{}<>-_+=*/\\|@#$%^&~`';
const SPACES = [' ', '\t', '\n', '\r\n', '\u3000', '\u00a0'];
const ASTRAL = ['𠀀', '𪚥', '𝐀', '😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '❤️', '𠮷野家', '\u{10FFFF}'];
const ODD = ['\ud800', '\udfff', 'a\udc00b', '\ud83d', '\u0000', '\ufffd', '\u200b', '\ufeff'];

export function fuzzTexts(count: number, seed = 20261204): Texts {
  const r = rng(seed);
  const words = dictionaryWords();
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const han = (): string => String.fromCharCode(0x4e00 + Math.floor(r() * 0x51a6));
  const ascii = (): string => pick(['abc', 'Word', 'x1', 'COVID-19', '3.14', '2024', '1.2.3', '..', '5G', 'a1b2', 'Ｚ', '８']);
  const piece = (): string => {
    const k = r();
    if (k < 0.4) return pick(words);
    if (k < 0.55) return han();
    if (k < 0.65) return ascii();
    if (k < 0.8) return pick([...PUNCT]);
    if (k < 0.87) return pick(SPACES);
    if (k < 0.94) return pick(ASTRAL);
    return pick(ODD);
  };
  const out: Texts = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(r() * 40);
    let t = '';
    for (let k = 0; k < n; k++) t += piece();
    out.push([`fuzz:${i}`, t]);
  }
  const longs: Texts = [
    ['long:han', Array.from({ length: 3000 }, han).join('')],
    ['long:words', Array.from({ length: 3000 }, () => pick(words)).join('')],
    ['long:digits', '1234567890'.repeat(300)],
    ['long:letters', 'abcXYZ09'.repeat(400)],
    ['long:one-char', '的'.repeat(2000)],
    ['long:word-repeat', '发展'.repeat(1500)],
    ['long:emoji', '😀'.repeat(700) + '中国' + '𠀀'.repeat(700)],
    ['long:surrogates', '\ud800'.repeat(300) + '中' + '\udc00'.repeat(300)],
    ['long:punct', '，。'.repeat(500) + '！？'.repeat(500)],
    ['long:mixed', Array.from({ length: 4000 }, piece).join('')],
  ];
  return [...out, ...longs, ['empty', ''], ['space', ' '], ['one', '中']];
}
