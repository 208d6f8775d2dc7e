/**
 * When a guess of typo-confusions.ts is reported: the measured candidate, the thresholds it must
 * clear on its own, and what a weaker one needs from the rest of the draft (typo.ts decides).
 */

/** How much likelier (ln) the corrected clause must be under the unigram model. */
export const THRESHOLDS = {
  /** OCR look-alikes (人/入, 衣/农): the clause must get this much likelier (ln). */
  curatedGain: 4,
  curatedFreq: 100,
  /** An OCR look-alike whose window is not jieba's tokens needs a word this common… */
  commonFreq: 10000,
  /** …and this clear a gain. */
  unalignedGain: 9,
  /** Public sound/shape lists are broad: only a clear gain with a longer word in context… */
  broadContextGain: 9,
  /**
   * …or, where the correction completes a word of four or more, this gain: on ODW's official
   * sentences 8 slips (系统集城, 按职责分供负责, 边江地区) and no wrong correction; on ~2,200
   * gathered pages none.
   */
  longContextGain: 7,
  /**
   * …or this gain where that word is one of official vocabulary (社会各届 → 社会各界, a same-sound
   * slip of an IME): on ~2,700 gathered pages the one candidate between this and longContextGain
   * was that slip (ocr3/48).
   */
  officialLongGain: 6,
  /** …or a very common two-character word and a very clear gain… */
  broadGain: 12,
  broadFreq: 1000,
  /**
   * …or a clear gain where the written character makes almost no word with the characters
   * of official writing (`彭成`→形成, `会蚁`→会议): it is a stray, not part of a term jieba
   * lacks (`担责`, `重典`, `治源`: 责, 典, 治 make dozens of words).
   */
  strayGain: 10,
  strayMaxWords: 2,
  /**
   * A character this frequent as a word alone (做, 请, 还) is rarely the slip: the public lists'
   * corrections of it are reported only where the draft bears them out (`word` evidence).
   */
  broadMaxCharFreq: 20000,
  /**
   * A public look-alike (OCR) with a clear gain, a lone unknown among known words, is kept for
   * the draft to decide: reported only where the draft writes the corrected word elsewhere
   * (`地方各级泛院` in a court's report that says 法院 again and again).
   */
  evidenceGain: 8,
  /** A lone rare character (`stray` evidence) needs a clearer gain. */
  strayEvidenceGain: 9,
  /**
   * A look-alike measured on the glyphs only whose written character is this common as a word
   * alone (干, 仅) needs a clearer gain (glyphCommonGain): `全凭老干为扶持` (a quoted verse, gain
   * 5.3) is no 老子; `礼仅培训` (6.9) is 礼仪.
   */
  glyphCommonWrittenFreq: 10000,
  glyphCommonGain: 6,
  /** A written character this common as a word alone (摆, 戴) stands as a word beside a word jieba placed. */
  placedWrittenFreq: 3000,
  /** How much likelier (ln) the placed long word may be than two words of official vocabulary (申请人|党 against 申请|入党). */
  absorbedLoss: 3,
  /**
   * A pair jieba reads as one unknown token, one character from a word of official vocabulary
   * this common (惨疾 → 残疾, 组碍 → 阻碍, 督醋 → 督促), with this clear a gain, the character kept
   * no common word alone (below officialPairOtherFreq), where the draft cannot bear it out: on ODW's official sentences 7 slips and 1
   * wrong correction; on ~2,200 gathered pages none (the nearest correct pairs gained 8.8: 崇严,
   * 勇争). Terms jieba lacks (齐聚, 共融, 创先) seldom sit one character from official vocabulary.
   */
  officialPairGain: 9.5,
  officialPairFreq: 300,
  officialPairOtherFreq: 5000,
};

export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
]);

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
  /**
   * Whether the pair is a look-alike measured on the glyphs that no list gives (仪/仅): read as
   * an OCR look-alike (`curated`), but a weaker prior than our own checked list, so the
   * correction must make a common word (`拆旧`, `一晌` are terms of their own, not 折旧, 一响).
   */
  glyph?: boolean;
  /** Whether the pair comes from the public look-alikes (shape), not the sound-alikes. */
  shape?: boolean;
  /** A function character in the word (`不躁`, `之诟`) or another one jieba cannot place beside it (`精雕细刻`). */
  loose?: boolean;
  /** How many two-character words the written character makes (asked only where it counts). */
  writtenWords?: number;
  /** A public-list correction of a character that is a very common word alone (THRESHOLDS.broadMaxCharFreq). */
  frequent?: boolean;
  /** A function character beside the corrected one inside the word (`不躁`, `之诟`): part of `loose`. */
  free?: boolean;
  /** A preposition or particle after the corrected character inside the word (`甲于`: X于 is a phrase of any X). */
  prepositionAfter?: boolean;
  /** A prefix and a verb (预评): the verb corrected after the prefix, a term of its own read wrong. */
  prefixedVerb?: true;
  /** How frequent the written character is as a word alone (jieba's dictionary). */
  writtenFreq?: number;
  /** The window holds, beside the corrected character, one of a word jieba placed (决不|摆, 戴|学士). */
  placedWord?: true;
  /** The longer word the correction makes is one of official vocabulary (规范 + 性, 审计 + 署). */
  officialContext?: true;
  /** The word of three or more the correction completes is one of official vocabulary (社会各界, 积极性). */
  officialLong?: true;
  /** An OCR look-alike of a function character that can be none where it stands (`年未，`). */
  stranded?: true;
  /** An OCR look-alike whose window ends inside words jieba does not know, not at its tokens (向烈|土默哀). */
  softAligned?: true;
  /** An OCR look-alike at the end of a word jieba placed, read with the lone character after it (申请人|党: 入党). */
  absorbed?: true;
  /** …where the word without it (申请) and the correction (入党) are words of official vocabulary. */
  officialSplit?: true;
  /** A pair jieba reads as one unknown token whose correction is a word of official vocabulary (惨疾 → 残疾). */
  officialPair?: true;
  /** …and how frequent its unchanged character is as a word alone. */
  otherFreq?: number;
}

/**
 * What a guess below the thresholds needs from the draft (typo.ts `borneOut`):
 * - `char`: the corrected word written at least twice elsewhere, the written character nowhere
 *   else (a public look-alike, `泛院`→法院 in a court's report);
 * - `word`: the corrected word written elsewhere, the written pair nowhere else, and the
 *   written character nowhere else unless it is a common one (`工做`, `问提`, `环镜` in a draft
 *   that says 工作, 问题, 环境; not 战疫 in one that says 疫情 and 战役): a two-character word
 *   jieba cannot read, one character from a common word the draft uses. On 60 gathered speeches and the
 *   odw.train sentences no such pair of a correct text had the corrected word elsewhere;
 *   the written forms that looked like slips there were terms the draft never corrects
 *   (`防旱`, `大疫`, `景城`) or real slips (`刚纲刚`, `盛市` for 省市);
 * - `stray`: the written character nowhere else in the draft and rare as a word alone (below
 *   STRAY_CHAR_FREQ: 镜, 洛, 债, 诀, not 提 or 富), the gain clear (strayEvidenceGain): a lone
 *   character that makes no word here, one look-alike or sound-alike from a common word. On the
 *   60 gathered speeches no correct pair met it; of the injected slips a third of those the
 *   other tiers missed did.
 * Any one that holds suffices.
 */
export interface Evidence {
  char?: true;
  word?: true;
  stray?: true;
}

/** A written character rarer than this as a word alone may be a stray (`stray` evidence). */
const STRAY_CHAR_FREQ = 1000;

/** Whether the correction changes a surname (姜曹村 is a village, not 农村). */
const changesSurname = (c: ConfusionCandidate): boolean => [...c.wrong].some((ch, i) => ch !== c.right[i] && SURNAMES.has(ch));

/** What a rejected candidate needs from the draft to be reported, or undefined when nothing will do. */
export function evidenceFor(c: ConfusionCandidate): Evidence | undefined {
  const t = THRESHOLDS;
  if (c.curated || !c.aligned || c.free || c.prefixedVerb || c.freq < t.broadFreq || c.gain < t.evidenceGain || changesSurname(c)) return undefined;
  const e: Evidence = {};
  // A stray may stand beside another character jieba cannot place (有债任、有担当: 有 alone).
  if (c.wrong.length === 2 && c.gain >= t.strayEvidenceGain && c.writtenFreq !== undefined && c.writtenFreq < STRAY_CHAR_FREQ) e.stray = true;
  if (c.loose) return e.stray ? e : undefined;
  if (c.shape === true && !c.frequent) e.char = true;
  if (c.wrong.length === 2) e.word = true;
  return e.char || e.word ? e : undefined;
}

/**
 * Characters written either way in the same word, both in use (`开幕辞`/`开幕词`, `贺辞`/`贺词`,
 * `致辞`/`致词`): a swap between them is a variant, no slip.
 */
const VARIANT_SWAPS: ReadonlyArray<readonly [string, string]> = [['辞', '词']];
function variantSwap(c: ConfusionCandidate): boolean {
  if (c.wrong.length !== c.right.length) return false;
  let diff = -1;
  for (let i = 0; i < c.wrong.length; i++) if (c.wrong[i] !== c.right[i]) diff = diff === -1 ? i : -2;
  if (diff < 0) return false;
  const [a, b] = [c.wrong[diff]!, c.right[diff]!];
  return VARIANT_SWAPS.some(([x, y]) => (a === x && b === y) || (a === y && b === x));
}

/** Whether a candidate is strong enough to report on its own. */
export function accept(c: ConfusionCandidate): boolean {
  return !variantSwap(c) && (acceptMeasured(c) || officialPairTier(c));
}

/**
 * A pair jieba reads as one unknown token, one character from official vocabulary (THRESHOLDS
 * officialPairGain): where the draft can bear a guess out (担责, 治源: terms of its own,
 * evidenceFor) the draft decides, as it does where the written pair stands again (typo.ts).
 */
function officialPairTier(c: ConfusionCandidate): boolean {
  const t = THRESHOLDS;
  return !c.curated && !c.frequent && c.officialPair === true && !c.loose && c.gain >= t.officialPairGain && c.freq >= t.officialPairFreq && (c.otherFreq ?? Infinity) < t.officialPairOtherFreq && !evidenceFor(c);
}

/** Whether only the official-pair tier reports the candidate: the written pair must then stand once in the draft. */
export const acceptedAsPairOnly = (c: ConfusionCandidate): boolean => !acceptMeasured(c) && officialPairTier(c);

function acceptMeasured(c: ConfusionCandidate): boolean {
  const t = THRESHOLDS;
  // A look-alike measured on the glyphs only is a weaker prior: before a preposition that makes
  // a phrase of any character (甲于天下, a classical 'first under heaven', read as 用于) it is no
  // guess; after a negation it still is (不仪 for 不仅).
  // A look-alike of a function character that can be none where it stands (年未，, 元且，, 交又，):
  // the written character's own frequency as a word says nothing there, so any gain will do.
  if (c.stranded) return c.gain > 0 && (c.aligned || c.context >= 3);
  // The unigram model prefers the long word jieba placed (申请人 | 党): where the correction splits
  // the run into two words of official vocabulary (申请 | 入党) a small loss will do.
  if (c.absorbed) return c.freq >= t.curatedFreq && (c.gain >= t.curatedGain || (c.officialSplit === true && c.gain >= -t.absorbedLoss));
  if (c.curated) {
    // jieba may read the slip's neighbour into a word of its own (昨天|己|经过|去, 但己|经): the
    // window is then not its tokens, but a very common word with a clear gain still reads it.
    // Where it ends inside words jieba does not know (向烈|土默哀: 烈土), its model placed the
    // ends by chance: our own look-alikes are read there as where they are aligned.
    const placed = c.aligned || c.context >= 3 || (!c.glyph && (c.softAligned === true || (c.freq >= t.commonFreq && c.gain >= t.unalignedGain)));
    const gain = c.glyph && (c.writtenFreq ?? 0) >= t.glyphCommonWrittenFreq ? t.glyphCommonGain : t.curatedGain;
    return c.gain >= gain && c.freq >= (c.glyph ? t.broadFreq : t.curatedFreq) && placed && !(c.glyph && c.prepositionAfter);
  }
  if (c.frequent || c.prefixedVerb) return false;
  // A longer word the correction makes out of a word jieba placed and its neighbour is a slip's
  // where it is a word of official writing (规范牲 → 规范性, 丙虫害 → 病虫害, 大数局 → 大数据) or
  // the written character is no common word alone (紧迫苔, 裁判唷, 身体助行); a common one stands
  // as a word where it is, and the public lists' breadth reads a sentence wrong (决不|摆 → 决不能,
  // 戴|学士 → 大学士).
  const placedOk = !c.placedWord || c.officialContext === true || (c.writtenFreq ?? Infinity) < t.placedWrittenFreq;
  if (c.context >= 3 && c.gain >= t.broadContextGain && placedOk) return true;
  // A word of four or more that the correction completes (决|大多数 → 绝大多数, 分供|负责 → 分工负责)
  // is a longer context still: a smaller gain will do.
  // A common written character beside a word jieba placed (决|大多数) is read there too: a word of
  // four is no reading of the public lists' breadth, as 决不|摆 → 决不能 (three) may be.
  if (c.context >= 4 && c.gain >= (c.officialLong ? t.officialLongGain : t.longContextGain) && !c.loose && !c.free) return true;
  // A word of official vocabulary of three (积极性, 责任制) the correction completes is context
  // enough for the gain a word of four needs (积极姓 → 积极性): on ~2,700 gathered pages no
  // finding more; on ODW's official sentences 2 slips more, no false one.
  if (c.context === 3 && c.officialLong && c.gain >= t.longContextGain && !c.loose && !c.free) return true;
  if (!c.aligned || c.freq < t.broadFreq) return false;
  return c.gain >= t.broadGain || (c.gain >= t.strayGain && c.writtenWords !== undefined && c.writtenWords <= t.strayMaxWords);
}
