/**
 * Slips the lists do not hold, found with the segmenter: a character jieba cannot place (a
 * single-character or unknown token) whose look-alike or sound-alike makes a known word that
 * a unigram model of jieba's dictionary prefers by a wide margin (`衣村`→农村, `杜会`→社会,
 * `深人`→深入). Names are never corrected (POS nr/ns/nt, a surname before an unknown word, a
 * title after). Every guess is a suggestion, never a safe fix.
 */
import { inFourCharProse } from './four-char-prose';
import type { BoundedCache } from '../util/bounded-cache';
import { HAN } from '../util/han';
import type { Segmenter } from './segment';
import { isOfficialWord } from './official-vocab';
import type { Typo } from './typo-detect';
import { confusable, wordsWith } from './typo-confusable';
import { adverbBeforeNominal, contrastsSelf, idiomTaggedName, preferLookAlike, breaksFrame, degreeBeforeAdjective, endsOnObjectVerb, inCouplet, makesDoubling, officeAbbreviation, placeBeforeBody, placeShortName, swapsMeasureWord, swapsVerbBeforeComplement, swapsVerbBeforePotential, prefixedVerb } from './typo-guards';
import { accept, acceptedAsPairOnly, evidenceFor, SURNAMES, THRESHOLDS, type ConfusionCandidate, type Evidence } from './typo-accept';
import { isRareWord } from './rare-words';
import { absorbedLast, markRun, NAME_TAGS, officialSplit, type RunMarks } from './typo-marks';

export { accept, THRESHOLDS, type ConfusionCandidate } from './typo-accept';


/** ln of jieba's total word count, for the unigram log-probabilities. */
export const LN_TOTAL = Math.log(60_101_967);
const MAX_WORD = 6;
/** A correction must make a word at least this frequent. */
const MIN_NEW_FREQ = 30;
/** Corrections that change a surname in front of an unknown word need a very common word. */
const SURNAME_NEW_FREQ = 5000;

const CJK_RUN_RE = new RegExp(`[${HAN}]{2,}`, 'g');
/**
 * Clauses checked lately, by text (and whether they stand in quotes): an edit re-checks only
 * the clauses it changed. The engine owns the cache, one per segmenter and added words.
 */
export type TypoRunCache = BoundedCache<readonly Typo[]>;
/** Shared by every clause without a finding (most of them). */
const NO_TYPOS: readonly Typo[] = Object.freeze([]) as readonly Typo[];
// A page may open a quotation with ’ or close it with ‘ (’智造业’): either mark counts either way.
const OPEN_QUOTES = '“"「『‘’\'';
const CLOSE_QUOTES = '”"」』’‘\'';
/** Marks that end a clause: a word before one takes no object after it. */
const CLAUSE_MARKS = '，。；！？、：,.;!?:';
/** Whether `c` is one of `marks` (the text's start or end is none: ''.includes would say yes). */
const isOneOf = (marks: string, c: string | undefined): boolean => c !== undefined && c !== '' && marks.includes(c);

/** A document number's year right after a run: `冀政呈〔2019〕`, `国发[2020]`. */
const DOC_NUMBER_AFTER_RE = /^[〔［[（(]\d{4}[〕］\]）)]/;
/**
 * Negation, aspect and range adverbs, prepositions, particles and the concessive conjunctions
 * and adverbs (虽, 却, 亦, 乃): characters that combine freely with what follows (`未到`, `将于`,
 * `那虽不同于…`), so a look-alike correction of one is a guess.
 * Degree adverbs (太, 很) are left out: `重太` for 重大 is a real slip.
 */
const FUNCTION_CHARS = new Set('未不没已将再也都就才又还曾正均皆仍尚之于以与和及把被对向从在而且或其虽却亦乃');
/** Prepositions and particles that make a phrase of any character before them (甲于, 重于, 长以). */
const PREPOSITIONS_AFTER = '于以之与而其';
/** Particles that stand alone beside any word: a neighbour of this kind says nothing of a term. */
const PARTICLES = '的了着过地得是';
function functionWord(_seg: Segmenter, c: string): boolean {
  return FUNCTION_CHARS.has(c);
}

/** Best unigram log-probability of `s` segmented with jieba's dictionary. */
export function bestPath(s: string, seg: Segmenter): number {
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

interface Window {
  a: number;
  b: number;
  head: string;
  tail: string;
}

/**
 * The correction must make a frequent word around p that was not a word before: the windows
 * around p that are not words now, shortest first (the same for every candidate).
 */
function openWindows(run: string, p: number, seg: Segmenter): Window[] {
  const windows: Window[] = [];
  for (let len = 2; len <= 4; len++) {
    for (let a = Math.max(0, p - len + 1); a <= p && a + len <= run.length; a++) {
      if (seg.freq(run.slice(a, a + len)) === 0) windows.push({ a, b: a + len, head: run.slice(a, p), tail: run.slice(p + 1, a + len) });
    }
  }
  return windows;
}

/** One suspicious character of a run, and what every candidate for it is measured against. */
interface Site {
  run: string;
  base: number;
  p: number;
  seg: Segmenter;
  marks: RunMarks;
  windows: Window[];
  /** The run around p (six characters each side), and its score before any correction. */
  lo: number;
  before: string;
  baseScore?: number;
  /** Whether a clause mark follows the run. */
  closes: boolean;
  /** A function character at p that can be none here (choiceAt). */
  stranded: boolean;
  /** p ends a word jieba placed, before a character it could not (absorbedLast). */
  absorbed: boolean;
}

/** The longest known word around p that candidate `c` makes and the run lacks (context), and that word (none: the made word's length). */
function contextOf(s: Site, c: string, from: number, joinsPrev: boolean, joinsNext: boolean): { len: number; word?: string } {
  const { run, p, seg } = s;
  for (let len = 6; len > from; len--) {
    for (let a = Math.max(0, p - len + 1); a <= p && a + len <= run.length; a++) {
      if ((a < p && !joinsPrev) || (a + len > p + 1 && !joinsNext)) continue;
      const w = run.slice(a, a + len);
      const made = w.slice(0, p - a) + c + w.slice(p - a + 1);
      if (seg.has(made) && !seg.has(w)) return { len, word: made };
    }
  }
  return { len: from };
}

/** Candidate `c` at the site measured, or undefined when it makes no new word there. */
function measure(s: Site, c: string, asCurated: boolean, mayBroad: boolean, shape: boolean, frequent: boolean, glyph = false): ConfusionCandidate | undefined {
  const { run, base, p, seg } = s;
  const code = c.charCodeAt(0);
  // Whether a word may hold c after the character before p, and before the one after it.
  const joinsPrev = p === 0 || !seg.pairMayOccur || seg.pairMayOccur(run.charCodeAt(p - 1), code);
  const joinsNext = p + 1 >= run.length || !seg.pairMayOccur || seg.pairMayOccur(code, run.charCodeAt(p + 1));
  if (!joinsPrev && !joinsNext) return undefined;
  // The windows c may make a word in, by whether it may join its neighbours (shortest first).
  const windows = joinsPrev && joinsNext ? s.windows : s.windows.filter((w) => (joinsPrev ? !w.tail : !w.head));
  let made: { a: number; b: number; f: number } | undefined;
  for (const w of windows) {
    const f = seg.freq(w.head + c + w.tail);
    if (f >= MIN_NEW_FREQ) {
      made = { a: w.a, b: w.b, f };
      break;
    }
  }
  if (!made || (!asCurated && !mayBroad)) return undefined;
  // A stranded function character's look-alike (周未 → 周末) may follow a surname where it makes a
  // word of official writing: a name would not end on 未.
  const nameLike = s.marks.surnameUnknown[p] && !(asCurated && s.stranded && isOfficialWord(run.slice(made.a, p) + c + run.slice(p + 1, made.b)));
  if (nameLike && (made.f < SURNAME_NEW_FREQ || p !== made.a)) return undefined;
  s.baseScore ??= bestPath(s.before, seg);
  const after = s.before.slice(0, p - s.lo) + c + s.before.slice(p - s.lo + 1);
  const gain = bestPath(after, seg) - s.baseScore;
  const edge = (q: number): boolean => s.marks.boundary[q]! || s.marks.inUnknown[q]!;
  // Every character one jieba could not place, the edges its words' or inside words it does not know.
  let softAligned = edge(made.a) && edge(made.b);
  let aligned = s.marks.boundary[made.a]! && s.marks.boundary[made.b]!;
  // A character of a word jieba placed (决不|摆花, 戴|学士) inside the window.
  let placedWord = false;
  for (let q = made.a; q < made.b; q++) {
    if (!s.marks.suspicious[q]) {
      aligned = softAligned = false;
      if (q !== p) placedWord = true;
    }
  }
  const wrong = run.slice(made.a, made.b);
  const t = THRESHOLDS;
  // A function character beside it (作风之诟, 暂以) combines freely: no stray there; a
  // surname (彭, 汪: rare characters too) may begin a name.
  const free = [...wrong].some((ch, i) => made.a + i !== p && FUNCTION_CHARS.has(ch));
  const stray = !asCurated && aligned && made.f >= t.broadFreq && gain >= t.strayGain && gain < t.broadGain && !SURNAMES.has(run[p]!) && !free;
  const writtenWords = stray ? wordsWith(run[p]!, seg, t.strayMaxWords + 1) : undefined;
  const context = contextOf(s, c, made.b - made.a, joinsPrev, joinsNext);
  const right = wrong.slice(0, p - made.a) + c + wrong.slice(p - made.a + 1);
  return {
    start: base + made.a,
    end: base + made.b,
    wrong,
    right,
    freq: made.f,
    gain,
    aligned,
    context: context.len,
    curated: asCurated,
    ...(glyph && asCurated ? { glyph: true } : {}),
    shape,
    loose: free || [made.a - 1, made.b].some((q) => s.marks.suspicious[q] === true && !FUNCTION_CHARS.has(run[q]!) && !PARTICLES.includes(run[q]!)),
    writtenWords,
    ...(frequent && !asCurated ? { frequent: true } : {}),
    writtenFreq: seg.freq(run[p]!),
    ...(free ? { free: true } : {}),
    ...(placedWord ? { placedWord: true } : {}),
    ...(asCurated && s.stranded ? { stranded: true } : {}),
    ...(asCurated && s.absorbed && made.a === p && made.b === p + 2 ? { absorbed: true, ...(officialSplit(run, p, right, s.marks) ? { officialSplit: true } : {}) } : {}),
    // …not where the written character is a very common word alone (不太大, a phrase jieba's model joined).
    ...(asCurated && softAligned && !aligned && seg.freq(run[p]!) < t.broadMaxCharFreq ? { softAligned: true } : {}),
    ...(placedWord && isOfficialWord(context.word ?? right) ? { officialContext: true } : {}),
    ...(context.len >= 3 && context.word !== undefined && isOfficialWord(context.word) ? { officialLong: true } : {}),
    // One unknown token of two (惨疾: jieba's model joined them) one character from official vocabulary.
    ...(wrong.length === 2 && aligned && s.marks.inUnknown[made.a + 1] && isOfficialWord(right) ? { officialPair: true, otherFreq: seg.freq(wrong[made.a === p ? 1 : 0]!) } : {}),
    ...([...wrong].some((ch, i) => made.a + i > p && PREPOSITIONS_AFTER.includes(ch)) ? { prepositionAfter: true } : {}),
    ...(prefixedVerb(wrong, p - made.a, seg) ? { prefixedVerb: true } : {}),
  };
}

/** What may be measured at a suspicious character: its candidates, and which of them can count. */
interface Choice {
  /**
   * OCR look-alikes first (our list's, then those measured on the glyphs), then the public
   * look-alikes (either way round), then the sound-alikes.
   */
  cands: string;
  /** How many of `cands` are OCR look-alikes (the glyphs' last of them), and how many public look-alikes follow them. */
  curated: number;
  glyph: number;
  shape: number;
  curatedOk: boolean;
  mayBroad: boolean;
  /** Whether the character is a very common word alone: its public-list corrections need the draft's evidence. */
  frequent: boolean;
  /** How many of `cands` are measured: with no broad ones allowed, the look-alikes (when they count here), else none. */
  count: number;
}

function choiceAt(ch: string, quoted: boolean, seg: Segmenter, stranded: boolean): Choice {
  const { curated, shape, broad, glyph } = confusable(ch);
  // A function word (未, 之, 将) read as a look-alike: `未到年限` is 未 + 到, not 来到. Where it
  // can be none (stranded: `到年未，`, an adverb with no verb after it) its OCR look-alikes count.
  const fn = functionWord(seg, ch);
  const curatedOk = !fn || stranded;
  // A character that is a very common word alone (做, 请, 还) is rarely the slip: the public
  // lists' corrections of it count only with the draft's evidence (typo-accept.ts), never those
  // of a function word or a particle (在, 的); a short quoted term is a coinage on purpose: in
  // both, only our OCR look-alikes count on their own.
  const frequent = seg.freq(ch) >= THRESHOLDS.broadMaxCharFreq;
  const mayBroad = !quoted && (!frequent || (!fn && !PARTICLES.includes(ch)));
  const cands = curated + glyph + shape + broad;
  const ocr = curated.length + glyph.length;
  const count = mayBroad ? cands.length : curatedOk ? ocr : 0;
  return { cands, curated: ocr, glyph: glyph.length, shape: shape.length, curatedOk, mayBroad, frequent, count };
}

/**
 * `入脑入心`, `走深走实`, `见行见效`: the character repeats two places away, both times at the
 * head of a word (A B A C). Correcting one of them breaks the parallel; an OCR slip would have
 * hit one only by chance. (`个人收人` stays checked: the first 人 ends 个人.)
 */
function keepsParallel(run: string, p: number, marks: RunMarks): boolean {
  const c = run[p];
  if (p >= 2 && run[p - 2] === c && marks.boundary[p - 2] === true && marks.boundary[p] === true) return true;
  return p + 2 < run.length && run[p + 2] === c && marks.boundary[p] === true && marks.boundary[p + 2] === true;
}

/** The run's best so far: accepted, and (while none is) kept for the draft's evidence. */
interface Best {
  best?: ConfusionCandidate;
  pending?: ConfusionCandidate;
  /** What the pending candidate needs from the draft. */
  evidence?: Evidence;
}

/** The best candidates at p, if they beat the run's best so far. */
function bestAt(s: Site, choice: Choice, b: Best, onCandidate?: (c: ConfusionCandidate) => void): void {
  const { cands, curated, glyph, shape, curatedOk, mayBroad, frequent, count } = choice;
  const rivals: ConfusionCandidate[] = [];
  for (let ci = 0; ci < count; ci++) {
    const cand = measure(s, cands[ci]!, ci < curated && curatedOk, mayBroad, ci >= curated && ci < curated + shape, frequent, ci >= curated - glyph && ci < curated);
    if (!cand) continue;
    onCandidate?.(cand);
    if (cand.shape || cand.curated) rivals.push(cand);
    const ok = accept(cand);
    const evidence = ok ? undefined : evidenceFor(cand);
    if (ok ? b.best && cand.gain <= b.best.gain : !evidence || (b.pending && cand.gain <= b.pending.gain)) continue;
    // Never "correct" into a name: 天向市 is not 天津市. jieba tags some common words as
    // transliterated names (崇高 nrt): an OCR look-alike (祟高) may still be read as one.
    if (s.seg.tag(cand.right).some((t) => t.tag && NAME_TAGS.has(t.tag) && !(cand.curated && t.tag === 'nrt') && !idiomTaggedName(t, cand))) continue;
    if (officeAbbreviation(s.run, s.base, s.p, cand) || placeBeforeBody(s.run, s.p) || makesDoubling(s.run, s.base, cand) || swapsVerbBeforeComplement(cand, s.seg) || degreeBeforeAdjective(s.run, s.base, cand, s.seg)) continue;
    if (!cand.curated && (breaksFrame(s.run, s.base, cand) || swapsMeasureWord(cand) || swapsVerbBeforePotential(cand, s.seg) || placeShortName(s.run, s.p) || (s.closes && endsOnObjectVerb(s.run, s.base, cand)))) continue;
    if (ok) b.best = cand;
    else {
      b.pending = cand;
      b.evidence = evidence;
    }
  }
  if (b.best) b.best = preferLookAlike(b.best, rivals);
}

/**
 * `打佯`: the guess's correction is a sound-alike (打听: ECSpell's sound list is loose, 听 is no
 * 佯 in sound, and pycorrector does not give 佯's sound), but a look-alike of the written
 * character makes a word jieba lists in its place (打烊, rated 10, below the trimmed dictionary,
 * where no look-alike was measured): a scan or a slip of the pen gave the written character, and
 * that word is named instead. Only the name of a guess already made changes; a look-alike's own
 * correction is kept.
 */
function lookAlikeWord(c: ConfusionCandidate): string | undefined {
  if (c.curated || c.shape || c.wrong.length !== 2) return undefined;
  const i = c.wrong[0] === c.right[0] ? 1 : 0;
  // Only the look-alikes of a character whose sound the public lists do not give (the rare
  // column holds those alone): 适界 stays 世界, though 冥界 is a word and 冥 looks like 适.
  for (const l of confusable(c.wrong[i]!).rare) {
    const w = i === 0 ? l + c.wrong[1] : c.wrong[0] + l;
    if (isRareWord(w)) return w;
  }
  return undefined;
}

/** The confusions of one run of Chinese characters starting at `base`: at most one per stretch. */
function confusionsInRun(run: string, base: number, quoted: boolean, closes: boolean, seg: Segmenter, onCandidate?: (c: ConfusionCandidate) => void): Typo[] {
  const out: Typo[] = [];
  const marks = markRun(run, seg);
  const b: Best = {};
  const flush = () => {
    const c = b.best ?? b.pending;
    // An OCR look-alike whose correction completes a longer word (千部队伍 → 干部队伍) is read
    // there even where the written pair is a rare word of its own (千部, a thousand volumes).
    const whole = b.best?.curated && b.best.context >= 4 ? { whole: true as const } : {};
    const named = c && lookAlikeWord(c);
    if (c) out.push({ start: c.start, end: c.end, wrong: c.wrong, right: named ?? c.right, kind: 'confusion', safe: false, ...(b.best ? whole : { evidence: b.evidence }), ...(named ? { measured: c.right } : {}), ...(c.curated ? {} : { broad: true as const }), ...(b.best && acceptedAsPairOnly(b.best) ? { once: true as const } : {}), ...(b.best?.glyph ? { glyph: true as const } : {}) });
    b.best = b.pending = b.evidence = undefined;
  };
  for (let p = 0; p < run.length; p++) {
    const absorbed = !marks.suspicious[p] && absorbedLast(run, p, marks, seg);
    if (!marks.suspicious[p] && !absorbed) {
      const c = b.best ?? b.pending;
      if (c && base + p >= c.end + 2) flush();
      continue;
    }
    // A parallel's repeated character, or 人 set against 己 (悦己纳人), is corrected by no candidate.
    if (keepsParallel(run, p, marks) || contrastsSelf(run, p, seg)) continue;
    // No candidate, or none that may count here: nothing to measure.
    // A function character that ends its clause or stands before 的 modifies nothing (`到年未，`,
    // `年未的`). Inside a word jieba does not know it may still be one (村于9月, 甲于天下, 身披未到).
    const stranded = (p === run.length - 1 && closes) || run[p + 1] === '的' || adverbBeforeNominal(run, p, seg);
    const full = choiceAt(run[p]!, quoted, seg, stranded);
    // An absorbed character is read only for our OCR look-alikes.
    const choice = absorbed ? { ...full, mayBroad: false, count: full.curatedOk ? full.curated : 0 } : full;
    if (choice.count === 0) continue;
    const windows = openWindows(run, p, seg);
    // No window around p can become a new word: no candidate can make one.
    if (windows.length === 0) continue;
    const lo = Math.max(0, p - 6);
    const site: Site = { run, base, p, seg, marks, windows, lo, before: run.slice(lo, Math.min(run.length, p + 7)), closes, stranded: stranded && FUNCTION_CHARS.has(run[p]!), absorbed };
    bestAt(site, choice, b, onCandidate);
  }
  flush();
  return out;
}

/**
 * Look-alike and sound-alike slips in `text`: a character jieba cannot place whose
 * confusable makes a frequent new word and a much likelier clause. `skip` leaves spans out;
 * `onCandidate` sees every measured candidate (for tuning); `cache` answers unchanged clauses.
 */
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
    // A short quoted term (“含新量”, “五简五办”) is a coinage on purpose, and so is one half of a
    // couplet of short clauses (郡县治，天下安, a classical saying): only OCR look-alikes count there.
    // In four-character prose (a 祭文's 君生上古) only our list's: a look-alike measured on the glyphs reads classical words as slips.
    const fourChar = inFourCharProse(text, base);
    const quoted = (run.length <= 8 && isOneOf(OPEN_QUOTES, text[base - 1]) && isOneOf(CLOSE_QUOTES, text[base + run.length])) || inCouplet(text, base, run.length) || fourChar;
    // The text's end closes a clause too.
    const next = text.charAt(base + run.length);
    const closes = next === '' || CLAUSE_MARKS.includes(next);
    // Editors re-check on every keystroke: unchanged clauses are answered from the cache.
    const key = `${fourChar ? '\u3010' : quoted ? '\u201c' : ''}${run}${closes ? '\u3002' : ''}`;
    const cached = onCandidate ? undefined : cache?.get(key);
    if (cached) {
      for (const t of cached) out.push({ ...t, start: base + t.start, end: base + t.end });
      continue;
    }
    const found = confusionsInRun(run, base, quoted, closes, seg, onCandidate).filter((t) => !fourChar || !t.glyph);
    for (const t of found) out.push(t);
    cache?.set(key, found.length === 0 ? NO_TYPOS : found.map((t) => ({ ...t, start: t.start - base, end: t.end - base })));
  }
  return out;
}
