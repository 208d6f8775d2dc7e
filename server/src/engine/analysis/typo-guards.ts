/**
 * Guesses of typo-confusions.ts that are never slips, whatever their score: an office's short
 * name after its organ, a reduplicated form made by copying a neighbour.
 */
import type { ConfusionCandidate } from './typo-confusions';
import type { Segmenter } from './segment';

/** An organ before an office's short name: `中央财办`, `省农办`, `市编办`, `县扶贫办`. */
const ORGAN_BEFORE_RE = /(?:中央|国务院|省委|市委|县委|区委|省|市|县|区|州|盟|旗|乡|镇)$/;
/** `财办` after an organ is an office (财经委员会办公室), not a slip for 财力. */
export function officeAbbreviation(run: string, base: number, p: number, cand: ConfusionCandidate): boolean {
  const from = cand.start - base;
  return cand.wrong.endsWith('办') && p === from + cand.wrong.length - 1 && ORGAN_BEFORE_RE.test(run.slice(Math.max(0, from - 3), from));
}

/**
 * `释放收散心、树雄心…` read as 散散心: a broad guess that copies the next or the previous
 * character over the one written makes a reduplicated form (AA), the casual speech a draft
 * rarely holds, out of a verb and its object. Our curated look-alikes may still do it.
 */
export function makesDoubling(run: string, base: number, cand: ConfusionCandidate): boolean {
  if (cand.curated) return false;
  let i = 0;
  while (i < cand.wrong.length && cand.wrong[i] === cand.right[i]) i++;
  const at = cand.start - base + i;
  const c = cand.right[i];
  return c !== undefined && (run[at - 1] === c || run[at + 1] === c);
}

/** Directional complements: a verb takes any of them (拨出, 拨入, 拨下, 收回). */
const DIRECTIONAL = '出入进上下回来去开起过到';
/** A verb this common alone (拨, 收, 抬) is a word of its own before a complement. */
const VERB_ALONE_FREQ = 1000;

/**
 * `拨出专项资金` read as 拔出: a guess that changes the verb of a verb + directional
 * complement, where the written verb is a common verb alone, swaps one well-formed phrase for
 * another (拨出/拔出, 抬出/提出); jieba lacks the written pair only because it is
 * compositional. A slip in the complement (收人 for 收入) is still checked.
 */
export function swapsVerbBeforeComplement(cand: ConfusionCandidate, seg: Segmenter): boolean {
  if (cand.wrong.length !== 2 || cand.wrong[1] !== cand.right[1] || !DIRECTIONAL.includes(cand.wrong[1]!)) return false;
  const verb = cand.wrong[0]!;
  if (seg.freq(verb) < VERB_ALONE_FREQ) return false;
  const tags = seg.tag(verb);
  return tags.length === 1 && tags[0]!.tag === 'v';
}

/** The marks of a potential complement: 数不清, 看得见. */
const POTENTIAL = '不得';
/** A character this common alone is a verb's own (数, 看, 分) before a potential complement. */
const POTENTIAL_VERB_FREQ = 5000;
/**
 * `数不清的晨曦暮霭` read as 说不清: a guess that changes only the verb of a verb + 不/得 +
 * complement (数不清, 分不清, 看不清), where the written verb is a common character alone, swaps
 * one well-formed phrase for another; jieba lacks the written form only because it is
 * compositional. A slip in the complement (说不情) is still checked.
 */
export function swapsVerbBeforePotential(cand: ConfusionCandidate, seg: Segmenter): boolean {
  if (cand.wrong.length !== 3 || !POTENTIAL.includes(cand.wrong[1]!) || cand.wrong.slice(1) !== cand.right.slice(1)) return false;
  return seg.freq(cand.wrong[0]!) >= POTENTIAL_VERB_FREQ;
}

/** Measure words (classifiers) a demonstrative or a numeral takes: one stands for another only by choice. */
const MEASURE_WORDS = '个颗粒棵株位名只条张件项座所家次回遍场把根支枝本部台辆架艘匹头口间栋幢层片块朵双对副套份篇首封批群种样类';
/** Demonstratives and numerals that take a measure word. */
const TAKES_MEASURE = '这那哪每某各一二三四五六七八九十百千万两几半整';
/**
 * `这颗“初心”`, `一棵树`, `那粒种子`: a public-list guess that swaps one measure word for another
 * after a demonstrative or a numeral (这颗 → 这个) chooses another classifier for the noun, which the
 * draft chose on purpose; jieba lacks the written pair only because it is compositional.
 */
export function swapsMeasureWord(cand: ConfusionCandidate): boolean {
  if (cand.curated || cand.wrong.length !== 2 || cand.wrong[0] !== cand.right[0]) return false;
  return TAKES_MEASURE.includes(cand.wrong[0]!) && MEASURE_WORDS.includes(cand.wrong[1]!) && MEASURE_WORDS.includes(cand.right[1]!);
}

/** Degree adverbs an OCR look-alike pair holds (太/大). */
const DEGREE = '太';
/**
 * `太多的四平故事` read as 大多, `规模不太大` as 不大: a degree adverb before an adjective or a
 * numeral word alone (太多, 太难, 太大) is a phrase of its own, though jieba lists no such word;
 * before a noun or a measure word (太家, 太力) the look-alike is still read.
 */
export function degreeBeforeAdjective(run: string, base: number, cand: ConfusionCandidate, seg: Segmenter): boolean {
  const i = [...cand.wrong].findIndex((c, k) => c !== cand.right[k]);
  if (i < 0 || !DEGREE.includes(cand.wrong[i]!)) return false;
  const after = run[cand.start - base + i + 1];
  if (after === undefined) return false;
  const tags = seg.tag(after);
  return tags.length === 1 && (tags[0]!.tag === 'a' || tags[0]!.tag === 'm');
}

/** A clause mark between the halves of a couplet. */
const COUPLET_MARK_RE = /^[，,；;]$/;
/** Chinese characters of `text` from `at` in direction `dir` (1 or -1), counted up to `cap + 1`. */
function hanRun(text: string, at: number, dir: 1 | -1, cap: number): number {
  let n = 0;
  for (let i = at; i >= 0 && i < text.length && n <= cap && /[\u4e00-\u9fff]/.test(text[i]!); i += dir) n++;
  return n;
}
/**
 * Whether the run at `base` (three characters) is one half of a couplet: a clause of three
 * beside it across a comma, each standing alone (郡县治，天下安; 稳增长，促改革).
 */
export function inCouplet(text: string, base: number, len: number): boolean {
  if (len !== 3) return false;
  const end = base + len;
  const before = base >= 2 && COUPLET_MARK_RE.test(text[base - 1]!) && hanRun(text, base - 2, -1, len) === len;
  const after = COUPLET_MARK_RE.test(text[end] ?? '') && hanRun(text, end + 1, 1, len) === len;
  return before || after;
}

/**
 * `一张一弛`, `一言一行`: a pair in the frame X A X B (its first character the one two before
 * it) is the frame's second half; a public-list correction of B (一弛 → 一次) breaks the frame.
 */
export function breaksFrame(run: string, base: number, cand: ConfusionCandidate): boolean {
  const a = cand.start - base;
  return cand.wrong.length === 2 && cand.wrong[0] === cand.right[0] && a >= 2 && run[a - 2] === run[a];
}

/** Verbs of coming and going before a place, and what one comes to do there. */
const COME_BEFORE = '来到赴莅抵';
const VISIT_AFTER_RE = /^(?:视察|调研|考察|检查|指导|慰问|参观|访问|出席|讲学|交流|投资|落户)/;
/**
 * `来睢视察`, `莅临…`, `赴京参会`: a character between a verb of coming and a visit's verb is a
 * place's short name (睢宁, 徐州), not a slip for 来说.
 */
export function placeShortName(run: string, p: number): boolean {
  return p >= 1 && COME_BEFORE.includes(run[p - 1]!) && VISIT_AFTER_RE.test(run.slice(p + 1));
}

/** A place's last character (南顿村, 东关镇, 城关街道) and the body of its party or council that follows it. */
const PLACE_END = '村镇乡县区市街屯寨';
const PLACE_BODY_RE = /^(?:党总支|党支部|党委|党工委|党组|两委|村委|居委|委员会|支部委员会|经济合作社|股份经济合作社)/;
/**
 * `壶镇镇南顿村党总支`: a place's last character before its party branch or council ends a place's
 * name; read as a slip it made 顿时 of 顿村 (a page that also wrote 会场顿时一片肃然).
 */
export function placeBeforeBody(run: string, p: number): boolean {
  return PLACE_END.includes(run[p]!) && PLACE_BODY_RE.test(run.slice(p + 1, p + 7));
}

/** Verbs that take an object and prepositions that are no noun, never ending a clause (成为, 进行, 对于; not 依据, 根据). */
const OBJECT_VERBS = new Set(['成为', '作为', '进行', '加以', '予以', '给予', '属于', '位于', '处于', '等于', '成了', '作出', '做出', '致力', '对于', '关于', '按照', '为了', '由于']);
/**
 * `让微光成炬，`: a correction that ends the clause with a verb that takes an object, or a
 * preposition (成为，, 对于，), makes no sentence: the written word (成炬, a torch) was meant.
 */
export function endsOnObjectVerb(run: string, base: number, cand: ConfusionCandidate): boolean {
  return cand.end - base === run.length && OBJECT_VERBS.has(cand.right.slice(-2));
}

/** Negation and aspect adverbs that modify a verb or an adjective, never a noun (未, 不, 已, 曾, 又). */
const VERB_ADVERBS = '未不已曾又';
/** Nouns, pronouns and time words: what such an adverb cannot stand before. */
const NOMINAL_TAGS = new Set(['n', 'r', 't']);

/**
 * `这个周未我们`, `交又口`: an adverb of VERB_ADVERBS that jieba could not place, before a noun,
 * a pronoun or a time word, modifies nothing there — like one at a clause's end (`到年未，`), it
 * can be none, and its OCR look-alike (末, 叉) is read. A number after it (`已三年`, `又一年`) is
 * a phrase, and so is a verbal noun (`未审批`).
 */
export function adverbBeforeNominal(run: string, p: number, seg: Segmenter): boolean {
  if (!VERB_ADVERBS.includes(run[p]!) || p + 1 >= run.length) return false;
  const next = seg.tag(run.slice(p + 1, p + 7))[0];
  return next !== undefined && next.tag !== undefined && NOMINAL_TAGS.has(next.tag);
}

/** Where a candidate changes the written word. */
const changedAt = (c: ConfusionCandidate): number => [...c.wrong].findIndex((ch, k) => ch !== c.right[k]);

/** How much likelier (ln) a sound-alike's clause may be than a look-alike's and the look-alike still be named. */
const LOOK_ALIKE_MARGIN = 2;

/**
 * `河流流泾`: the public sound list is loose (泾 jīng for 行 xíng), and its word (流行) may be a
 * little likelier than the look-alike's (流经). A look-alike at the same place whose clause is
 * nearly as likely is the slip a scan or a pen makes: its word is the one named.
 */
export function preferLookAlike(best: ConfusionCandidate, rivals: readonly ConfusionCandidate[]): ConfusionCandidate {
  if (best.curated || best.shape) return best;
  let pick: ConfusionCandidate | undefined;
  for (const r of rivals) {
    if (r.start !== best.start || r.end !== best.end || changedAt(r) !== changedAt(best) || r.right === best.right || r.freq < 100 || r.gain < best.gain - LOOK_ALIKE_MARGIN) continue;
    if (!pick || r.gain > pick.gain) pick = r;
  }
  return pick ? { ...best, right: pick.right } : best;
}

/** A word this common holding 己 is a word of its own (自己), not one half of a contrast. */
const SELF_WORD_FREQ = 1000;
/**
 * `悦己纳人`, `推己及人`, `成己达人`: 人 (others) set against 己 (oneself) two places away, each
 * the object of a one-character verb, is a contrast of two verb + object pairs, not 入 (纳入,
 * 及入) misread. `自己收人` stays checked: 自己 is a word of its own, no half of a contrast.
 */
export function contrastsSelf(run: string, p: number, seg: Segmenter): boolean {
  if (run[p] !== '人') return false;
  const half = (a: number): boolean => a >= 0 && a + 2 <= run.length && run[a + 1] === '己' && seg.freq(run.slice(a, a + 2)) < SELF_WORD_FREQ;
  return half(p - 3) || half(p + 1);
}

/** Prefixes that make a verb of any verb after them: 预评, 复审, 初检, 互评, 自查. */
const VERB_PREFIXES = '预复初互自';
/**
 * `演讲稿预评、演讲比赛`: a pair of a prefix and a verb (预 + 评) is a term of its own, however
 * rare; the public lists' corrections of the verb (预计) read it wrong.
 */
export function prefixedVerb(wrong: string, at: number, seg: Segmenter): boolean {
  if (wrong.length !== 2 || at !== 1 || !VERB_PREFIXES.includes(wrong[0]!)) return false;
  const t = seg.tag(wrong[1]!);
  return t.length === 1 && (t[0]!.tag ?? '').startsWith('v');
}

/**
 * `顾名思议` for 顾名思义: jieba tags many idioms as personal names (顾名思义, 博大精深, 东张西望 are
 * `nr` there, for a surname at their head). A correction that makes such a word whole, four
 * characters or more, one token, over jieba's own tokens (aligned, context 4), restores a word:
 * the rule against correcting into a name guards a short name the draft writes its own way
 * (天向市 is no 天津市), not a set phrase.
 */
export function idiomTaggedName(t: { word: string; tag?: string }, cand: ConfusionCandidate): boolean {
  return t.tag === 'nr' && t.word === cand.right && cand.right.length >= 4 && cand.context >= 4 && cand.aligned;
}
