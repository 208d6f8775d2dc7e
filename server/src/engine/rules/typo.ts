import { firstIndexWhere } from '../util/binary-search';
import type { BoundedCache } from '../util/bounded-cache';
import { defineRule } from '../rule-api/rule-helpers';
import typoData from '../data/typos.json';
import type { Segmenter } from '../analysis/segment';
import type { SpeechDocument } from '../analysis/document';
import { analyzeTraditional } from '../analysis/traditional';

/**
 * Misspellings, three ways:
 * 1. whole-word misspellings from data/typos.json (`再接再励`, `布署`) — no segmenter needed
 *    for long entries; the fix is safe for the curated and ECSpell lists;
 * 2. letters typed or scanned for digits (`IO%`, `o.x`) — a guess, so the fix is not safe;
 * 3. with the segmenter: a character jieba cannot place (a single-character or unknown
 *    token) whose look-alike or sound-alike makes a known word that a unigram model of
 *    jieba's dictionary prefers by a wide margin (`衣村`→农村, `杜会`→社会, `深人`→深入).
 *    Names are never corrected (POS nr/ns/nt, a surname before an unknown word, a title after).
 */

export interface TypoEntry {
  wrong: string;
  right: string;
  source: string;
  examples?: string[];
}

export const TYPO_ENTRIES: readonly TypoEntry[] = typoData.entries;

export interface Typo {
  start: number;
  end: number;
  wrong: string;
  right: string;
  kind: 'list' | 'digits' | 'confusion';
  safe: boolean;
}

/** Entries by the UTF-16 code of their first character, longest first. */
const BY_FIRST = new Map<number, TypoEntry[]>();
for (const e of TYPO_ENTRIES) {
  const list = BY_FIRST.get(e.wrong.charCodeAt(0)) ?? [];
  list.push(e);
  BY_FIRST.set(e.wrong.charCodeAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
/**
 * Bit set of the entries' first two characters (hashed): a position whose pair is not in it
 * starts no entry. Entries are words of two characters or more.
 */
const FIRST_PAIRS = new Uint32Array(1 << 11);
const firstPairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 16;
const HAS_ONE_CHAR_ENTRY = TYPO_ENTRIES.some((e) => e.wrong.length < 2);
for (const e of TYPO_ENTRIES) {
  const h = firstPairHash(e.wrong.charCodeAt(0), e.wrong.charCodeAt(1));
  FIRST_PAIRS[h >>> 5]! |= 1 << (h & 31);
}

/** Sources whose entries are exact misspellings a fix may apply unasked. */
const SAFE_SOURCES = new Set(['curated', 'ecspell-common']);
/** A neighbouring word this frequent means the match straddles two real words. */
const BOUNDARY_FREQ = 50;

function isWordAt(seg: Segmenter, w: string, minFreq: number): boolean {
  return seg.freq(w) >= minFreq;
}

/** Whether a real word overlaps the match from outside (`国家重点` is not `家重`). */
function straddles(text: string, start: number, end: number, seg: Segmenter): boolean {
  for (let k = 2; k <= 4; k++) {
    if (start - k + 1 >= 0 && isWordAt(seg, text.slice(start - k + 1, start + 1), BOUNDARY_FREQ)) return true;
    if (end - 1 + k <= text.length && isWordAt(seg, text.slice(end - 1, end - 1 + k), BOUNDARY_FREQ)) return true;
  }
  return false;
}

export function findListedTypos(text: string, seg?: Segmenter): Typo[] {
  const out: Typo[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const h = firstPairHash(code, text.charCodeAt(i + 1));
    if ((FIRST_PAIRS[h >>> 5]! & (1 << (h & 31))) === 0 && !HAS_ONE_CHAR_ENTRY) continue;
    const list = BY_FIRST.get(code);
    if (!list) continue;
    for (const e of list) {
      if (!text.startsWith(e.wrong, i)) continue;
      const end = i + e.wrong.length;
      // Without the dictionary only long, distinctive forms are safe to match.
      if (!seg && e.wrong.length < (e.source === 'curated' ? 3 : 4)) continue;
      if (seg && e.wrong.length < 4 && straddles(text, i, end, seg)) continue;
      out.push({ start: i, end, wrong: e.wrong, right: e.right, kind: 'list', safe: SAFE_SOURCES.has(e.source) });
      i = end - 1;
      break;
    }
  }
  return out;
}

/** `IO%`, `o.x`, `2O21`: letters I, l, O, o standing for digits next to numbers. */
const DIGIT_LOOKALIKE_RE =
  /(?<![A-Za-z0-9.])(?:([0-9IlO]*[IlO][0-9IlO]*(?:\.[0-9]+)?%)|([Oo]\.[0-9xX]+)|(\d[0-9Oo]*[Oo][0-9Oo]*))(?![A-Za-z0-9])/g;

export function findDigitLookalikes(text: string): Typo[] {
  const out: Typo[] = [];
  DIGIT_LOOKALIKE_RE.lastIndex = 0;
  for (let m = DIGIT_LOOKALIKE_RE.exec(text); m; m = DIGIT_LOOKALIKE_RE.exec(text)) {
    const wrong = m[0];
    // A bare `2O` is too short to judge; `1O0`, `2O21` are not.
    if (m[3] && wrong.replace(/[Oo]/g, '').length < 2) continue;
    const right = wrong.replace(/[IlO]/g, (c) => (c === 'O' ? '0' : '1')).replace(/o/g, '0');
    if (m[1] && /^[0-9.]*%$/.test(right) === false) continue;
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right, kind: 'digits', safe: false });
  }
  return out;
}

// ---- confusion-set detection ----

/** Our OCR look-alikes: a strong prior, so weaker evidence suffices. */
const CURATED_SOURCE = 'curatedShape';
const BROAD_SOURCES = ['ecspellShape', 'pycorrectorStroke', 'pycorrectorPinyin', 'ecspellSound'] as const;
type ConfusionMap = Record<string, string>;
let confusions: { curated: Map<string, string>; broad: Map<string, string> } | undefined;

/** The characters `c` may stand for: OCR look-alikes first, then the public lists. */
function confusable(c: string): { curated: string; broad: string } {
  if (!confusions) {
    // Required here, not imported: the 0.8 MB of data is only built when a segmenter runs.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const data = require('../data/confusions.json') as Record<string, ConfusionMap>;
    const curated = new Map<string, string>();
    const curatedData = data[CURATED_SOURCE]!;
    for (const k in curatedData) curated.set(k, curatedData[k]!);
    const broad = new Map<string, string>();
    for (const s of BROAD_SOURCES) {
      const map = data[s]!;
      for (const k in map) broad.set(k, (broad.get(k) ?? '') + map[k]);
    }
    // Each candidate once, in first-seen order, without the curated ones (all in the BMP).
    const seen = new Uint8Array(0x10000);
    for (const [k, v] of broad) {
      const skip = curated.get(k) ?? '';
      for (let i = 0; i < skip.length; i++) seen[skip.charCodeAt(i)] = 1;
      const kept: number[] = [];
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (seen[c] === 1) continue;
        seen[c] = 1;
        kept.push(c);
      }
      for (const c of kept) seen[c] = 0;
      for (let i = 0; i < skip.length; i++) seen[skip.charCodeAt(i)] = 0;
      broad.set(k, String.fromCharCode(...kept));
    }
    confusions = { curated, broad };
  }
  return { curated: confusions.curated.get(c) ?? '', broad: confusions.broad.get(c) ?? '' };
}

/** ln of jieba's total word count, for the unigram log-probabilities. */
const LN_TOTAL = Math.log(60_101_967);
const MAX_WORD = 6;
/** A correction must make a word at least this frequent. */
const MIN_NEW_FREQ = 30;
/** How much likelier (ln) the corrected clause must be under the unigram model. */
export const THRESHOLDS = {
  /** OCR look-alikes (人/入, 衣/农): the clause must get this much likelier (ln). */
  curatedGain: 4,
  curatedFreq: 100,
  /** Public sound/shape lists are broad: only a clear gain with a longer word in context… */
  broadContextGain: 9,
  /** …or a very common two-character word and a very clear gain. */
  broadGain: 12,
  broadFreq: 1000,
  /** Broad-list corrections never replace a character this frequent as a word alone. */
  broadMaxCharFreq: 20000,
};
/** Corrections that change a surname in front of an unknown word need a very common word. */
const SURNAME_NEW_FREQ = 5000;

const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);
const TITLE_AFTER_RE = /^(同志|书记|市长|县长|区长|省长|镇长|乡长|主任|局长|部长|厅长|处长|科长|主席|先生|女士|教授|院士|代表|委员|总理|副)/;
const NAME_TAGS = new Set(['nr', 'ns', 'nt', 'nrt', 'nrfg', 'nz']);
const CJK_RUN_RE = /[\u4e00-\u9fff]{2,}/g;
/**
 * Clauses checked lately, by text (and whether they stand in quotes): an edit re-checks only
 * the clauses it changed. The engine owns the cache, one per segmenter and added words.
 */
export type TypoRunCache = BoundedCache<readonly Typo[]>;
const RUN_CACHE_SIZE = { entries: 50_000, chars: 150_000 };
/** Shared by every clause without a finding (most of them). */
const NO_TYPOS: readonly Typo[] = Object.freeze([]) as readonly Typo[];
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';

/** A document number's year right after a run: `冀政呈〔2019〕`, `国发[2020]`. */
const DOC_NUMBER_AFTER_RE = /^[〔［[（(]\d{4}[〕］\]）)]/;
/**
 * Negation, aspect and range adverbs, prepositions and particles: characters that combine
 * freely with what follows (`未到`, `将于`), so a look-alike correction of one is a guess.
 * Degree adverbs (太, 很) are left out: `重太` for 重大 is a real slip.
 */
const FUNCTION_CHARS = new Set('未不没已将再也都就才又还曾正均皆仍尚之于以与和及把被对向从在而且或其');
function functionWord(_seg: Segmenter, c: string): boolean {
  return FUNCTION_CHARS.has(c);
}
/** Short quotations: the draft's own coinages (“发展之问”, “三问三解”). */
const SHORT_QUOTE_RE = /[“"「『‘]([^“”"「」『』‘’\n]{2,10})[”"」』’]/g;

/** Best unigram log-probability of `s` segmented with jieba's dictionary. */
function bestPath(s: string, seg: Segmenter): number {
  const best = new Array<number>(s.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let i = 0; i < s.length; i++) {
    if (best[i] === -Infinity) continue;
    for (let k = 1; k <= MAX_WORD && i + k <= s.length; k++) {
      // No known word holds this pair of characters, so neither this slice nor a longer one is a word.
      if (k > 1 && seg.pairMayOccur && !seg.pairMayOccur(s.charCodeAt(i + k - 2), s.charCodeAt(i + k - 1))) break;
      const f = seg.freq(s.slice(i, i + k));
      if (f === 0 && k > 1) continue;
      const score = best[i]! + Math.log(Math.max(f, 1)) - LN_TOTAL;
      if (score > best[i + k]!) best[i + k] = score;
    }
  }
  return best[s.length]!;
}

export interface ConfusionCandidate {
  start: number;
  end: number;
  wrong: string;
  right: string;
  /** Frequency of the word the correction makes. */
  freq: number;
  /** ln-likelihood gain of the corrected clause. */
  gain: number;
  /** Whether the window is exactly jieba's unknown or single-character tokens. */
  aligned: boolean;
  /** Length of the longest known word around the correction (context). */
  context: number;
  /** Whether the pair comes from our OCR look-alikes rather than the broad public lists. */
  curated: boolean;
}

/** Whether a candidate is strong enough to report. */
export function accept(c: ConfusionCandidate): boolean {
  const t = THRESHOLDS;
  if (c.curated) return c.gain >= t.curatedGain && c.freq >= t.curatedFreq && (c.aligned || c.context >= 3);
  if (c.context >= 3 && c.gain >= t.broadContextGain) return true;
  return c.aligned && c.freq >= t.broadFreq && c.gain >= t.broadGain;
}

export function findConfusions(
  text: string,
  seg: Segmenter,
  skip?: (start: number, end: number) => boolean,
  onCandidate?: (c: ConfusionCandidate) => void,
  cache?: TypoRunCache,
): Typo[] {
  const out: Typo[] = [];
  CJK_RUN_RE.lastIndex = 0;
  for (let m = CJK_RUN_RE.exec(text); m; m = CJK_RUN_RE.exec(text)) {
    const run = m[0];
    const base = m.index;
    if (skip?.(base, base + run.length)) continue;
    // `冀政呈〔2019〕6号`: an issuing organ's code before a document number's year.
    if (DOC_NUMBER_AFTER_RE.test(text.slice(base + run.length, base + run.length + 7))) continue;
    // A short quoted term (“含新量”, “五简五办”) is a coinage on purpose: only OCR look-alikes count there.
    const quoted = run.length <= 8 && OPEN_QUOTES.includes(text[base - 1] ?? '') && CLOSE_QUOTES.includes(text[base + run.length] ?? '');
    // Editors re-check on every keystroke: unchanged clauses are answered from the cache.
    const key = quoted ? `\u201c${run}` : run;
    const cached = onCandidate ? undefined : cache?.get(key);
    if (cached) {
      for (const t of cached) out.push({ ...t, start: base + t.start, end: base + t.end });
      continue;
    }
    const found = out.length;
    const tokens = seg.tag(run);
    // Characters jieba could not place: single-character or unknown tokens, not names.
    const suspicious = new Array<boolean>(run.length).fill(false);
    const surnameUnknown = new Array<boolean>(run.length).fill(false);
    const boundary = new Array<boolean>(run.length + 1).fill(false);
    tokens.forEach((t, ti) => {
      boundary[t.start] = boundary[t.end] = true;
      if (t.tag && NAME_TAGS.has(t.tag)) return;
      const unknown = t.word.length > 1 && !seg.has(t.word);
      if (t.word.length === 1 || unknown) for (let p = t.start; p < t.end; p++) suspicious[p] = true;
      const next = tokens[ti + 1];
      if (unknown && SURNAMES.has(t.word[0]!)) {
        if (next && TITLE_AFTER_RE.test(run.slice(next.start))) for (let p = t.start; p < t.end; p++) suspicious[p] = false;
        else for (let p = t.start; p < t.end; p++) surnameUnknown[p] = true;
      }
      if (t.word.length === 1 && SURNAMES.has(t.word) && next && TITLE_AFTER_RE.test(run.slice(next.end))) {
        // 张|伟|同志: a name split into characters.
        for (let p = t.start; p < next.end; p++) suspicious[p] = false;
      }
    });
    let best: ConfusionCandidate | undefined;
    const flush = () => {
      if (best) out.push({ start: best.start, end: best.end, wrong: best.wrong, right: best.right, kind: 'confusion', safe: false });
      best = undefined;
    };
    for (let p = 0; p < run.length; p++) {
      if (!suspicious[p]) {
        if (best && base + p >= best.end + 2) flush();
        continue;
      }
      const { curated, broad } = confusable(run[p]!);
      const cands = curated + broad;
      const pairOk = seg.pairMayOccur ? seg.pairMayOccur.bind(seg) : () => true;
      // A character that is a very common word alone (向, 在, 的) is rarely the slip.
      const commonAlone = seg.freq(run[p]!) >= THRESHOLDS.broadMaxCharFreq;
      if (!cands) continue;
      const lo = Math.max(0, p - 6);
      const hi = Math.min(run.length, p + 7);
      const before = run.slice(lo, hi);
      let baseScore: number | undefined;
      // The correction must make a frequent word around p that was not a word before: the
      // windows around p that are not words now, shortest first (the same for every candidate).
      const windows: Array<{ a: number; b: number; head: string; tail: string }> = [];
      for (let len = 2; len <= 4; len++) {
        for (let a = Math.max(0, p - len + 1); a <= p && a + len <= run.length; a++) {
          if (seg.freq(run.slice(a, a + len)) === 0) windows.push({ a, b: a + len, head: run.slice(a, p), tail: run.slice(p + 1, a + len) });
        }
      }
      // No window around p can become a new word: no candidate can make one.
      if (windows.length === 0) continue;
      const prev = p > 0 ? run.charCodeAt(p - 1) : -1;
      const next = p + 1 < run.length ? run.charCodeAt(p + 1) : -1;
      // The windows a candidate may make a word in, by whether it may join the character
      // before p and the one after (order kept: shortest first).
      const endingAtP = windows.filter((w) => !w.tail);
      const startingAtP = windows.filter((w) => !w.head);
      for (let ci = 0; ci < cands.length; ci++) {
        const c = cands[ci]!;
        const code = c.charCodeAt(0);
        // Whether a word may hold c after the character before p, and before the one after it.
        const joinsPrev = prev < 0 || pairOk(prev, code);
        const joinsNext = next < 0 || pairOk(code, next);
        if (!joinsPrev && !joinsNext) continue;
        let made: { a: number; b: number; f: number } | undefined;
        for (const w of joinsPrev && joinsNext ? windows : joinsPrev ? endingAtP : startingAtP) {
          const f = seg.freq(w.head + c + w.tail);
          if (f >= MIN_NEW_FREQ) {
            made = { a: w.a, b: w.b, f };
            break;
          }
        }
        // A function word (未, 之, 将) read as a look-alike: `未到年限` is 未 + 到, not 来到.
        const asCurated = ci < curated.length && !functionWord(seg, run[p]!);
        if (!made || (!asCurated && (quoted || commonAlone))) continue;
        if (surnameUnknown[p] && (made.f < SURNAME_NEW_FREQ || p !== made.a)) continue;
        baseScore ??= bestPath(before, seg);
        const after = before.slice(0, p - lo) + c + before.slice(p - lo + 1);
        const gain = bestPath(after, seg) - baseScore;
        let context = made.b - made.a;
        for (let len = 6; len > context; len--) {
          for (let a = Math.max(0, p - len + 1); a <= p && a + len <= run.length; a++) {
            if ((a < p && !joinsPrev) || (a + len > p + 1 && !joinsNext)) continue;
            const w = run.slice(a, a + len);
            if (seg.has(w.slice(0, p - a) + c + w.slice(p - a + 1)) && !seg.has(w)) {
              context = len;
              break;
            }
          }
        }
        let aligned = boundary[made.a]! && boundary[made.b]!;
        for (let q = made.a; q < made.b; q++) if (!suspicious[q]) aligned = false;
        const wrong = run.slice(made.a, made.b);
        const cand: ConfusionCandidate = {
          start: base + made.a,
          end: base + made.b,
          wrong,
          right: wrong.slice(0, p - made.a) + c + wrong.slice(p - made.a + 1),
          freq: made.f,
          gain,
          aligned,
          context,
          curated: asCurated,
        };
        onCandidate?.(cand);
        if (!accept(cand) || (best && gain <= best.gain)) continue;
        // Never "correct" into a name: 天向市 is not 天津市.
        if (seg.tag(cand.right).some((t) => t.tag && NAME_TAGS.has(t.tag))) continue;
        best = cand;
      }
    }
    flush();
    cache?.set(key, out.length === found ? NO_TYPOS : out.slice(found).map((t) => ({ ...t, start: t.start - base, end: t.end - base })));
  }
  return out;
}

/** Every typo of the document, list matches first; overlapping guesses are dropped. */
export function findTypos(doc: SpeechDocument, seg: Segmenter | undefined, traditional?: boolean, cache?: TypoRunCache): Typo[] {
  const text = doc.text;
  const listed = findListedTypos(text, seg);
  const all = [...listed, ...findDigitLookalikes(text)];
  if (seg && !traditional) {
    // Overlap with a list or digit finding, by binary search over those sorted by start (they
    // do not overlap each other, so their ends are sorted too).
    const fixed = all.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    let maxEnd = -1;
    let disjoint = true;
    for (const t of fixed) {
      if (t.start < maxEnd) disjoint = false;
      maxEnd = Math.max(maxEnd, t.end);
    }
    const taken = disjoint
      ? (s: number, e: number) => {
          // The first finding that ends after s: it overlaps when it starts before e.
          const lo = firstIndexWhere(fixed.length, (i) => fixed[i]!.end > s);
          return lo < fixed.length && fixed[lo]!.start < e;
        }
      : (s: number, e: number) => fixed.some((t) => t.start < e && s < t.end);
    // A term the draft quotes and uses again is its own coinage, wherever it stands
    // (“发展之问”…发展之问). Quoted once, it may hold a slip like any text (“外防输人”).
    const quotedTerms = new Set<string>();
    SHORT_QUOTE_RE.lastIndex = 0;
    for (let m = SHORT_QUOTE_RE.exec(text); m; m = SHORT_QUOTE_RE.exec(text)) quotedTerms.add(m[1]!);
    // Asked only for the few guesses, each wrong word once.
    const coinedMemo = new Map<string, boolean>();
    const repeated = new Map<string, boolean>();
    const coined = (w: string): boolean => {
      let v = coinedMemo.get(w);
      if (v === undefined) {
        v = false;
        for (const q of quotedTerms) {
          if (q.length < 3 || !q.includes(w)) continue;
          let r = repeated.get(q);
          if (r === undefined) repeated.set(q, (r = text.indexOf(q) !== text.lastIndexOf(q)));
          if (r) {
            v = true;
            break;
          }
        }
        coinedMemo.set(w, v);
      }
      return v;
    };
    // Guesses also give way to earlier guesses (few, so a plain scan).
    const guesses: Typo[] = [];
    for (const t of findConfusions(text, seg, undefined, undefined, cache)) {
      if (taken(t.start, t.end) || guesses.some((g) => g.start < t.end && t.start < g.end) || coined(t.wrong)) continue;
      guesses.push(t);
      all.push(t);
    }
  }
  return all.sort((a, b) => a.start - b.start);
}

export const typo = defineRule({
  id: 'typo',
  category: 'wording',
  description: { zh: '错别字', en: 'Misspelling' },
  docs: { zh: '例：`收人`→`收入`、`再接再励`→`再接再厉`。', en: 'e.g. `收人` → `收入`, `再接再励` → `再接再厉`.' },
  defaultSeverity: 'warning',
  fixable: true,
  segmentation: 'optional',
  messages: {
    list: { zh: '错别字“{wrong}”：应为“{right}”', en: 'Misspelling "{wrong}": write "{right}"' },
    digits: {
      zh: '“{wrong}”中的字母像是数字之误：应为“{right}”？请核对',
      en: 'Letters for digits in "{wrong}": should it be "{right}"? Check it',
    },
    confusion: {
      zh: '疑似错别字“{wrong}”：可能应为“{right}”，请核对',
      en: 'Possible misspelling "{wrong}": perhaps "{right}"; check it',
    },
    replace: { zh: '改为“{right}”', en: 'Change to "{right}"' },
  },
  check(ctx) {
    const traditional = ctx.memo('traditional', () => analyzeTraditional(ctx.doc)).wholeDocument;
    const cache = ctx.cache<readonly Typo[]>('typo-runs', RUN_CACHE_SIZE.entries, RUN_CACHE_SIZE.chars);
    for (const t of findTypos(ctx.doc, ctx.segmenter, traditional, cache)) {
      ctx.report({
        start: t.start,
        end: t.end,
        messageId: t.kind,
        params: { wrong: t.wrong, right: t.right },
        fixes: [{ title: 'replace', params: { right: t.right }, edits: [{ start: t.start, end: t.end, newText: t.right }], safe: t.safe }],
        data: { kind: t.kind, right: t.right },
      });
    }
  },
});
