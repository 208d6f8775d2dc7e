/**
 * Anti-copy filler a site puts between the lines of a text: a long run of characters with no
 * punctuation and no space that reads as no words at all. Two kinds: rare characters
 * (`蒄蚄袀膇莀蚃…`), and common characters drawn at random (`擦局又徒半太遵粒貌正乡销仅师…`).
 * Linear in the line; residue.ts only asks about lines of at most 120 characters.
 */
import gongwenWords from '../data/gongwen-words.txt';
import { HAN } from '../util/han';
import { commonHanSet } from '../util/common-han';

/** A line of Chinese characters only (and spaces, for the rare kind). */
const FILLER_RE = new RegExp(String.raw`^[${HAN}\s\u3000]{24,}$`);
const FILLER_RARE_SHARE = 0.7;
/** The random kind: a run of at least this many characters with no space at all. */
const RANDOM_RE = new RegExp(String.raw`^[${HAN}]{40,}$`);
/** Characters prose cannot do without; random draws from 3,500 characters almost never hit them. */
const FUNCTION_CHARS = new Set('的一是了在和有我们这不为以与对中要也就都而及其将把被从向于上个人大地得着到');
const MAX_FUNCTION_SHARE = 0.03;
/** Pairs of characters that begin an official word (`深入`, `学习`): prose is made of them. */
const MAX_WORD_PAIR_SHARE = 0.05;
/** Common surnames: a list of names run together (a PDF that lost its spaces) is full of them. */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);
const MAX_SURNAME_SHARE = 0.15;

/** The first two characters of every word of data/gongwen-words.txt, made on first use. */
let wordPairs: Set<string> | undefined;
function officialWordPairs(): Set<string> {
  if (wordPairs) return wordPairs;
  wordPairs = new Set();
  for (const line of gongwenWords.split(/\r?\n/)) {
    const w = line.trim();
    if (w.length >= 2 && !w.startsWith('#')) wordPairs.add(w.slice(0, 2));
  }
  return wordPairs;
}

/** Rare characters, most of them. */
function isRareFiller(text: string): boolean {
  if (!FILLER_RE.test(text)) return false;
  const common = commonHanSet();
  if (!common) return false;
  const han = [...text].filter((c) => c.trim() !== '');
  const rare = han.filter((c) => !common.has(c)).length;
  return rare >= han.length * FILLER_RARE_SHARE;
}

/**
 * Common characters at random: hardly a function character (的, 是, 在…), hardly a pair that
 * begins a word, and not a list of names. Prose without punctuation still has both (a literary line: 的 one character
 * in ten; a heading: 深入/学习/贯彻, half its pairs).
 */
function isRandomFiller(text: string): boolean {
  if (!RANDOM_RE.test(text)) return false;
  const chars = [...text];
  const fn = chars.filter((c) => FUNCTION_CHARS.has(c)).length;
  if (fn > chars.length * MAX_FUNCTION_SHARE) return false;
  if (chars.filter((c) => SURNAMES.has(c)).length > chars.length * MAX_SURNAME_SHARE) return false;
  const pairs = officialWordPairs();
  let words = 0;
  for (let i = 0; i + 1 < chars.length; i++) if (pairs.has(chars[i]! + chars[i + 1]!)) words++;
  return words <= (chars.length - 1) * MAX_WORD_PAIR_SHARE;
}

/** Whether the (trimmed) line is anti-copy filler. */
export function isFillerLine(text: string): boolean {
  return isRareFiller(text) || isRandomFiller(text);
}
