/**
 * Traditional characters in a simplified draft (`贏`, `總`, `設`), found and converted with
 * OpenCC (t→cn, then Taiwan variants), and whether the draft is written wholly in
 * traditional script. Used by the traditional-char rule and by typo (which leaves such
 * drafts alone).
 */
import { LINE_CACHE_SIZE, BoundedCache, ownString } from '../util/bounded-cache';
import { countHan, HAN_RANGES } from '../util/han';
import type { SpeechDocument } from './document';
import { byLine } from './by-line';
import convertibleData from '../data/opencc-convertible.txt';

type ConverterFunction = (text: string) => string;
interface OpenCCModule {
  Converter(options: { from: string; to: string }): ConverterFunction;
}

/**
 * Characters OpenCC converts that are also valid simplified characters in some words, so
 * in a simplified draft they are left alone (whole-traditional drafts still convert them):
 * 乾 (乾坤, 乾隆), 沈 (surname; t2s turns 沈思 into 沉思), 著 (著作; Taiwan t2s turns
 * 显著 into 显着), 於 (surname), 拚 (拚命), 徵 (宫商角徵羽, 文徵明), 夥, 麽, 藉 (狼藉),
 * 瞭 (瞭望), 甦, 矇, 蹠. Found by running OpenCC over the jieba dictionary's words, the
 * 公文 word lists of ECSpell, the corrected sentences of ECSpell's odw.train and the
 * simplified seed drafts: only these changed (see tests/unit/wording.test.ts).
 */
export const SIMPLIFIED_TOO = new Set([...'乾沈著於拚徵夥麽藉瞭甦矇蹠']);

/**
 * Where OpenCC's simplified form is not the standard one (通用规范汉字表, 2013, its table of
 * traditional and variant forms): 篠 is a variant of 筱 (篠田 → 筱田, a Japanese surname in a
 * Chinese text), not of the rare 筿 that OpenCC gives.
 */
const STANDARD_FORM: Readonly<Record<string, string>> = { 篠: '筱' };

/**
 * Standard simplified characters that OpenCC, character by character, reads as a traditional
 * variant of another: 么 (the simplified form of 麼: 什么, 怎么, 要么, and the particle of a
 * question, `不是再正常不过了么？`) becomes 幺 wherever no phrase of OpenCC's holds it, so a
 * draft's `的么？` was "traditional" with the fix 幺. In 通用规范汉字表 么 is a character of its
 * own: it is never converted, in a simplified draft or a traditional one. Found by counting the
 * convertible characters in the simplified drafts gathered from document sites: 么 311 times,
 * 著 121 (SIMPLIFIED_TOO), every other one fewer than ten, each in a traditional passage.
 */
const NEVER_CONVERTED = new Set([...'么']);

/** Whole-document mode: this many traditional occurrences, this share of Chinese text. */
const DOC_MIN_COUNT = 20;
const DOC_MIN_SHARE = 0.1;

let converters: ConverterFunction[] | undefined;
/** By UTF-16 code unit: 1 where OpenCC converts the character on its own. */
let convertible: Uint8Array | undefined;

function getConverters(): ConverterFunction[] {
  if (!converters) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OpenCC = require('opencc-js/t2cn') as OpenCCModule;
    converters = [OpenCC.Converter({ from: 't', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  }
  return converters;
}

/** Every character OpenCC changes on its own: a quick filter before converting a line. */
function getConvertible(): Uint8Array {
  if (!convertible) {
    // From data/opencc-convertible.txt, which a unit test keeps equal to computeConvertible():
    // building the converters and converting 28k characters would delay the editor's first
    // findings by ~50 ms, and most drafts never need the converters at all.
    const set = new Uint8Array(0x10000);
    for (const line of convertibleData.split('\n')) {
      if (line.startsWith('#')) continue;
      for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) set[line.charCodeAt(i)] = 1;
    }
    // A line whose only such character is 么 (什么, 怎么) has nothing to convert.
    for (const c of NEVER_CONVERTED) set[c.charCodeAt(0)] = 0;
    convertible = set;
  }
  return convertible;
}

/** Whether OpenCC changes this character on its own (a traditional form: 設, 節, 聯). */
export function isConvertibleChar(ch: string): boolean {
  return ch.length === 1 && getConvertible()[ch.charCodeAt(0)] === 1;
}

/** Every Chinese character (han.ts's blocks) that OpenCC t→cn or tw→cn changes on its own. */
export function computeConvertible(): string {
  const chars: string[] = [];
  for (const [first, last] of HAN_RANGES) for (let cp = first; cp <= last; cp++) chars.push(String.fromCodePoint(cp));
  const joined = chars.join('\n');
  const set = new Set<string>();
  for (const conv of getConverters()) {
    const out = conv(joined).split('\n');
    out.forEach((c, i) => {
      if (c !== chars[i]) set.add(chars[i]!);
    });
  }
  return chars.filter((c) => set.has(c)).join('');
}

/** The characters of data/opencc-convertible.txt, in order. */
export function listedConvertible(): string {
  return convertibleData
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('')
    .replace(/[\s]/g, '');
}

/**
 * The line in simplified characters, character for character (the line itself when nothing
 * converts, or when a phrase conversion would change its length).
 */
export function simplifiedLine(line: string): string {
  const spans = convertLine(line, 0, false);
  if (spans.length === 0 || spans.some((c) => c.end - c.start !== c.simplified.length)) return line;
  let out = '';
  let at = 0;
  for (const c of spans) {
    out += line.slice(at, c.start) + c.simplified;
    at = c.end;
  }
  return out + line.slice(at);
}

export interface TraditionalChar {
  start: number;
  end: number;
  text: string;
  simplified: string;
}

/** Converted spans of one line, by position; `strict` leaves SIMPLIFIED_TOO alone. */
function convertLine(line: string, offset: number, strict: boolean): TraditionalChar[] {
  const set = getConvertible();
  let any = false;
  for (let i = 0; i < line.length; i++) {
    if (set[line.charCodeAt(i)] === 1) {
      any = true;
      break;
    }
  }
  if (!any) return [];
  if (strict || offset !== 0) return converted(line, offset, strict);
  // Editors re-check on every keystroke: unchanged lines are answered from the cache.
  let spans = LINE_CACHE.get(line);
  if (!spans) {
    spans = converted(line, 0, false);
    LINE_CACHE.set(line, spans);
  }
  return spans.slice();
}

/** Lines converted lately (those with a convertible character), by text: spans from offset 0. */
const LINE_CACHE = new BoundedCache<TraditionalChar[]>(LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars);

const SURROGATE_RE = /[\ud800-\udfff]/;

function converted(line: string, offset: number, strict: boolean): TraditionalChar[] {
  if (SURROGATE_RE.test(line)) return convertedAround(line, offset, strict);
  const out: TraditionalChar[] = [];
  const [t, tw] = getConverters() as [ConverterFunction, ConverterFunction];
  const a = t(line);
  const b = a.length === line.length ? tw(a) : a;
  if (b.length !== line.length) {
    // A phrase conversion changed the length: report the changed middle as one span.
    let s = 0;
    while (s < line.length && line[s] === b[s]) s++;
    let e = 0;
    while (e < line.length - s && line[line.length - 1 - e] === b[b.length - 1 - e]) e++;
    return [{ start: offset + s, end: offset + line.length - e, text: line.slice(s, line.length - e), simplified: b.slice(s, b.length - e) }];
  }
  for (let i = 0; i < line.length; i++) {
    if (line[i] === b[i] || NEVER_CONVERTED.has(line[i]!)) continue;
    if (strict && SIMPLIFIED_TOO.has(line[i]!)) continue;
    out.push({ start: offset + i, end: offset + i + 1, text: line[i]!, simplified: STANDARD_FORM[line[i]!] ?? b[i]! });
  }
  return out;
}

/**
 * A line with characters beyond the BMP (emoji, rare ideographs): each such character and
 * each stretch between them converted on its own. OpenCC turns some of them into a BMP
 * character and some BMP ones into an astral one (U+2F982 → 育, U+FAD0 → U+22844), so the
 * converted line can have the line's length with every character after such a pair shifted
 * by one: compared position by position, it made a fix of a whole line of non-changes.
 */
function convertedAround(line: string, offset: number, strict: boolean): TraditionalChar[] {
  const out: TraditionalChar[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to > from) for (const c of converted(line.slice(from, to), offset + from, strict)) out.push(c);
  };
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    flush(i);
    const pair = c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const ch = line.slice(i, pair ? i + 2 : i + 1);
    // A lone surrogate is no character: nothing to convert.
    if (pair) {
      const [t, tw] = getConverters() as [ConverterFunction, ConverterFunction];
      const simplified = tw(t(ch));
      if (simplified !== ch && !(strict && SIMPLIFIED_TOO.has(ch))) out.push({ start: offset + i, end: offset + i + 2, text: ch, simplified });
    }
    if (pair) i++;
    from = i + 1;
  }
  flush(line.length);
  return out;
}

export interface TraditionalAnalysis {
  /** Whether the draft is written in traditional script as a whole. */
  wholeDocument: boolean;
  /** How many characters convert (in a simplified draft, SIMPLIFIED_TOO aside). */
  count: number;
  /**
   * The lines that hold any, in order: where each starts and its characters (offsets inside
   * the line; every one in a traditional draft, else SIMPLIFIED_TOO aside) and their runs
   * (neighbours joined: `總體設計`). The line's cached lists: read, never changed.
   */
  lines: Array<{ at: number; chars: readonly TraditionalChar[]; runs: readonly TraditionalChar[] }>;
}

/** A line's Han characters, its convertible characters (from offset 0) and, SIMPLIFIED_TOO aside, their runs; by the line's text. */
export type TraditionalLineCache = BoundedCache<TraditionalLine>;
export const TRADITIONAL_LINE_CACHE = LINE_CACHE_SIZE;

interface TraditionalLine {
  cjk: number;
  chars: TraditionalChar[];
  /** The characters a simplified draft reports. */
  strict: TraditionalChar[];
  runs: TraditionalChar[];
}

const NONE: TraditionalChar[] = [];

function lineTraditional(text: string): TraditionalLine {
  const cjk = countHan(text);
  const chars = convertLine(text, 0, false).map((c) => ({ ...c, text: ownString(c.text), simplified: ownString(c.simplified) }));
  if (chars.length === 0) return { cjk, chars: NONE, strict: NONE, runs: NONE };
  const strict = chars.filter((c) => !(c.text.length === 1 && SIMPLIFIED_TOO.has(c.text)));
  const runs: TraditionalChar[] = [];
  for (const c of strict) {
    const last = runs[runs.length - 1];
    if (last && last.end === c.start) runs[runs.length - 1] = { start: last.start, end: c.end, text: last.text + c.text, simplified: last.simplified + c.simplified };
    else runs.push(c);
  }
  return { cjk, chars, strict, runs };
}

export function analyzeTraditional(doc: SpeechDocument, cache?: TraditionalLineCache): TraditionalAnalysis {
  const found: Array<{ at: number; line: TraditionalLine }> = [];
  let cjk = 0;
  let loose = 0;
  let strict = 0;
  for (const l of doc.lines) {
    const line = byLine(doc, l, cache, () => lineTraditional(l.text));
    cjk += line.cjk;
    if (line.chars.length === 0) continue;
    loose += line.chars.length;
    strict += line.strict.length;
    found.push({ at: l.start, line });
  }
  const wholeDocument = loose >= DOC_MIN_COUNT && loose >= DOC_MIN_SHARE * cjk;
  return {
    wholeDocument,
    count: wholeDocument ? loose : strict,
    lines: found.map(({ at, line }) => ({ at, chars: wholeDocument ? line.chars : line.strict, runs: line.runs })),
  };
}

/** Every convertible character the analysis holds, at its place in the draft. */
export function placedChars(a: TraditionalAnalysis): TraditionalChar[] {
  const out: TraditionalChar[] = [];
  for (const { at, chars } of a.lines) for (const c of chars) out.push({ ...c, start: c.start + at, end: c.end + at });
  return out;
}
