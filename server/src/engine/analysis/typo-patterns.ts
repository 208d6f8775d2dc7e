/**
 * Slips no word list holds because the words around them are right: a character that only a
 * frame of the sentence shows wrong.
 * - `再…的基础上` for `在…的基础上`: 再 and 在 are one sound (zài), the commonest IME slip of
 *   official writing; the frame `在 X (的)基础上` is a preposition's, and 再 (again) never opens
 *   it. Only where 再 stands alone in jieba's reading (再生产, 再就业 are words), no 在 comes before
 *   it in the clause (`在扩大再生产的基础上`), and the frame closes within 16 characters with no
 *   punctuation. A suggestion: the writer confirms.
 * - `3月5曰` for `3月5日`: 曰 (to say) scanned or typed for 日 after a date's month and day
 *   number; no other reading exists there, so the fix is safe.
 * - `要像先进典型学习` for `要向…学习`: 像 (like) and 向 (towards) are one sound (xiàng); the verbs
 *   of learning from and honouring someone (学习, 看齐, 致敬, 请教) take 向 before whom. Only where
 *   像 stands alone in jieba's reading, the words between are a noun phrase (nouns, pronouns,
 *   names, 的) of at most eight characters and the clause makes no comparison (一样, 那样, 似的:
 *   `像小学生学习拼音一样`). A suggestion.
 * - `我仅代表学校…向大家表示欢迎` for `谨代表`: 仅 (only) and 谨 (respectfully) are one sound
 *   (jǐn); a greeting on someone's behalf (代表…向/对…表示/致以) is the formula's 谨. Not before
 *   个人/本人 (`仅代表个人观点`: only). A suggestion.
 * - One-sound words that the next word shows wrong (typo8's personal reports and notes), each
 *   read from jieba's words of a bounded clause, each a suggestion:
 *   `自己心理认为` for 心里: 心理 (psychology, a noun) and 心里 (in one's mind) are one sound (xīn lǐ);
 *   a verb of thinking or knowing right after it (认为, 觉得, 有数, 明白) takes 心里. Not after a
 *   noun (社会心理, 群众心理: a compound).
 *   `社会的一直认可` for 一致: 一直 (always) and 一致 (unanimous) are one sound (yī zhì); after 的, or
 *   after 得到/获得/赢得/受到 (了), and before a verdict (认可, 好评, 赞誉, 通过), it is 一致: an
 *   adverb stands neither after 的 nor as what is received (`我一直认可`: no 的, quiet).
 *   `发挥只身优势` for 自身: 只身 (alone) says how one goes (只身前往, 只身一人); a noun after it
 *   (优势, 素质, 建设) is 自身's (zì shēn / zhī shēn, one IME key apart).
 *   `一颗大树` for 一棵: 颗 counts small round things (种子, 心, 星), 棵 plants (kē, one sound); a
 *   word ending in 树 right after 颗, or after a modifier and 的 with no noun between (`一颗
 *   种子长成参天大树` counts the seed: quiet).
 * Linear: one regular-expression pass each, no nested quantifiers; a match reads a bounded clause.
 */
import type { Segmenter, Token } from './segment';
import type { Typo } from './typo-detect';
import { alone, findFrameSlips } from './typo-frames';

/** 再, then up to 16 characters of one clause with no 在 or 再, then (的)基础上. */
const ZAI_FRAME_RE = /再([\u4e00-\u9fff]{1,16}?)的?基础上/g;
/** Where a clause starts: the text before 再 back to the last punctuation. */
const CLAUSE_START_RE = /[^，。；：！？、,.;:!?\n“”"（）()]*$/;
/** A month and a day number before 曰: `3月5曰`, `十月一曰`. */
const DATE_DAY_RE = /(?<=[0-9０-９〇一二三四五六七八九十]月)([0-9０-９]{1,2}|[〇一二三四五六七八九十]{1,3})曰/g;

function zaiFrames(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  ZAI_FRAME_RE.lastIndex = 0;
  for (let m = ZAI_FRAME_RE.exec(text); m; m = ZAI_FRAME_RE.exec(text)) {
    const inner = m[1]!;
    // The frame's 在 is the first one: a 在 or 再 inside means 再 belongs to what follows it.
    if (inner.includes('在') || inner.includes('再')) {
      ZAI_FRAME_RE.lastIndex = m.index + 1;
      continue;
    }
    const before = CLAUSE_START_RE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
    if (before.includes('在')) continue;
    // 再 alone in jieba's reading of its clause (not 再生产, 再次, 再就业).
    if (!alone(before + m[0], before.length, seg)) continue;
    const wrong = text.slice(m.index, m.index + Math.min(3, 1 + inner.length));
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `在${wrong.slice(1)}`, kind: 'list', safe: false });
  }
  return out;
}

/** 像, a noun phrase of one to eight characters, a verb that takes 向 before whom. */
const XIANG_FRAME_RE = /像([\u4e00-\u9fff]{1,8}?)(?:学习|看齐|致敬|请教)/g;
/** A comparison in the clause: 像…一样/那样/似的/般. */
const COMPARISON_RE = /一样|那样|这样|似的|一般|般地|样子/;
/** The clause's rest after a match: up to its punctuation, bounded. */
const CLAUSE_REST_RE = /^[^，。；：！？、,.;:!?\n]{0,20}/;
/** Tags of a noun phrase's words: nouns, pronouns, names, places, abbreviations, 的. */
const NOUN_PHRASE_TAG_RE = /^(?:n|r|j|s|f|uj)/;

function xiangFrames(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  XIANG_FRAME_RE.lastIndex = 0;
  for (let m = XIANG_FRAME_RE.exec(text); m; m = XIANG_FRAME_RE.exec(text)) {
    const inner = m[1]!;
    const rest = CLAUSE_REST_RE.exec(text.slice(m.index + m[0].length))![0];
    const before = CLAUSE_START_RE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[0] ?? '';
    if (COMPARISON_RE.test(inner) || COMPARISON_RE.test(rest) || COMPARISON_RE.test(before)) continue;
    // 像 alone in jieba's reading of its clause (not 好像, 就像, 画像), then a noun phrase.
    const clause = before + m[0];
    const at = before.length;
    const tokens = seg.tag(clause);
    if (!tokens.some((t) => t.start === at && t.end === at + 1)) continue;
    const phrase = tokens.filter((t) => t.start > at && t.end <= at + 1 + inner.length);
    if (phrase.reduce((n, t) => n + t.end - t.start, 0) !== inner.length || !phrase.every((t) => NOUN_PHRASE_TAG_RE.test(t.tag ?? ''))) continue;
    out.push({ start: m.index, end: m.index + 1, wrong: '像', right: '向', kind: 'confusion', safe: false });
  }
  return out;
}

/** 仅代表, then in the same sentence 向/对 and a greeting's verb. */
const JIN_FRAME_RE = /仅代表([^。；！？;!?\n]{1,40}?)(?:向|对)[^。；！？;!?\n]{1,40}?(?:表示|致以)/g;
/** Whom 仅代表 names when it means 'only': oneself. */
const ONESELF_RE = /^(?:我?个人|本人|自己)/;

function jinFrames(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  JIN_FRAME_RE.lastIndex = 0;
  for (let m = JIN_FRAME_RE.exec(text); m; m = JIN_FRAME_RE.exec(text)) {
    if (ONESELF_RE.test(m[1]!)) continue;
    // 仅 in no word with the character before it (不仅, 仅仅).
    if (m.index > 0 && seg.freq(text.slice(m.index - 1, m.index + 1)) > 0) continue;
    out.push({ start: m.index, end: m.index + 3, wrong: '仅代表', right: '谨代表', kind: 'confusion', safe: false });
  }
  return out;
}

function dateDays(text: string): Typo[] {
  const out: Typo[] = [];
  DATE_DAY_RE.lastIndex = 0;
  for (let m = DATE_DAY_RE.exec(text); m; m = DATE_DAY_RE.exec(text)) {
    const wrong = m[0];
    out.push({ start: m.index, end: m.index + wrong.length, wrong, right: `${m[1]!}日`, kind: 'list', safe: true });
  }
  return out;
}

/** Verbs of thinking and knowing that take 心里 before them. */
const XINLI_NEXT = new Set(['认为', '觉得', '想着', '想到', '明白', '清楚', '有数', '没数', '有底', '没底', '踏实', '话', '默念', '暗想', '惦记', '装着', '记着', '盘算', '嘀咕', '美滋滋']);
/** Verdicts given with one voice: 一致 before them. */
const YIZHI_NEXT = new Set(['认可', '好评', '赞誉', '赞扬', '称赞', '肯定', '认同', '赞同', '通过', '公认', '拥护', '表扬']);
/** What receives a verdict before 一致 (得到了一致好评). */
const RECEIVE = new Set(['的', '得到', '获得', '赢得', '受到']);
/** The words of one clause around a match: up to 12 characters each side, to punctuation. */
const CLAUSE_AFTER_RE = /^[^，。；：！？、,.;:!?\n“”"]{0,12}/;
const CLAUSE_BEFORE_RE = /[^，。；：！？、,.;:!?\n“”"]{0,12}$/;
/** 心理, 一直, 只身 or 颗: the words whose next word may show them wrong. */
const WORD_FRAME_RE = /心理|一直|只身|颗/g;
/** The same words, tested once over the text before any is read. */
const WORD_FRAME_HINT = new RegExp(WORD_FRAME_RE.source);

/** The slip a word-frame match makes, given jieba's words of its clause and its token index. */
function wordFrameSlip(toks: readonly Token[], i: number, at: number): { k: number; right: string } | undefined {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next) return undefined;
  const prev = toks[i - 1];
  if (t.word === '心理') return XINLI_NEXT.has(next.word) && !(prev?.tag ?? '').startsWith('n') ? { k: 1, right: '里' } : undefined;
  if (t.word === '一直') {
    const before = prev?.word === '了' ? toks[i - 2] : prev;
    return YIZHI_NEXT.has(next.word) && before && RECEIVE.has(before.word) ? { k: 1, right: '致' } : undefined;
  }
  if (t.word === '只身') return /^(?:n|vn)$/.test(next.tag ?? '') && next.word.length >= 2 ? { k: 0, right: '自' } : undefined;
  // 颗 ends its word (一颗, 两颗): a word ending in 树 next, or a modifier, 的 and the 树 word.
  if (!t.word.endsWith('颗') || t.end !== at + 1) return undefined;
  for (let j = i + 1; j < toks.length && j <= i + 6; j++) {
    const w = toks[j]!;
    if (w.word.endsWith('树') && (j === i + 1 || toks[j - 1]!.word === '的')) return { k: t.word.length - 1, right: '棵' };
    if (/^(?:n|r|m|q)/.test(w.tag ?? '') && !w.word.endsWith('树')) return undefined;
  }
  return undefined;
}

/** Whether the clause after a word-frame match could hold the word that shows it wrong. */
function mayFollow(word: string, after: string): boolean {
  if (word === '心理') return [...XINLI_NEXT].some((w) => after.startsWith(w));
  if (word === '一直') return [...YIZHI_NEXT].some((w) => after.startsWith(w));
  return word === '只身' || after.includes('树');
}

function wordFrames(text: string, seg: Segmenter): Typo[] {
  const out: Typo[] = [];
  WORD_FRAME_RE.lastIndex = 0;
  for (let m = WORD_FRAME_RE.exec(text); m; m = WORD_FRAME_RE.exec(text)) {
    const before = CLAUSE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index))![0];
    const after = CLAUSE_AFTER_RE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 12))![0];
    // Most matches are read right without the words: only a possible next word is tagged.
    if (!mayFollow(m[0], after)) continue;
    const from = m.index - before.length;
    const toks = seg.tag(before + m[0] + after);
    const end = before.length + m[0].length;
    // The match is one of jieba's words (颗 may end one: 一颗).
    const i = toks.findIndex((t) => t.end === end && (t.start === before.length || m![0] === '颗'));
    if (i < 0) continue;
    const slip = wordFrameSlip(toks, i, before.length);
    if (!slip) continue;
    const t = toks[i]!;
    const start = from + t.start;
    const wrong = t.word;
    out.push({ start, end: start + wrong.length, wrong, right: wrong.slice(0, slip.k) + slip.right + wrong.slice(slip.k + 1), kind: 'confusion', safe: false });
  }
  return out;
}

/** The frame slips of `text` (再…的基础上, 像…学习, 仅代表, 心理/一直/只身/颗 and typo-frames.ts's only with the segmenter). */
export function findPatternTypos(text: string, seg?: Segmenter): Typo[] {
  const xiang = text.includes('像');
  const jin = text.includes('仅代表');
  const words = seg !== undefined && WORD_FRAME_HINT.test(text);
  const frames = seg ? findFrameSlips(text, seg) : [];
  if (!text.includes('曰') && !text.includes('再') && !xiang && !jin && !words) return frames;
  const out = dateDays(text);
  for (const t of frames) out.push(t);
  if (seg && text.includes('基础上')) for (const t of zaiFrames(text, seg)) out.push(t);
  if (seg && xiang) for (const t of xiangFrames(text, seg)) out.push(t);
  if (seg && jin) for (const t of jinFrames(text, seg)) out.push(t);
  if (seg && words) for (const t of wordFrames(text, seg)) out.push(t);
  return out;
}
