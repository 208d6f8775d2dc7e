/**
 * How the canon compares a draft's words with a formulation: characters read alike
 * (quotes skipped, joiners 和/与/， read as 、), a bounded edit distance, and the edits that
 * are deliberate rather than misquotes (a national scope put to a local one, a word added
 * or dropped). Everything here is bounded by a formulation's length.
 */
import { isOfficialWord } from './official-vocab';

const QUOTE_RE = /[“”"「」『』‘’]/;
export const isQuote = (c: string | undefined) => c !== undefined && QUOTE_RE.test(c);
/** Separators and joining words documents use interchangeably inside a formulation (、，和与同及). */
export const JOINERS = new Set(['，', ',', '和', '与', '同', '及']);
export const normChar = (c: string): string => (JOINERS.has(c) ? '、' : c);
export const PUNCT_RE = /[，。；：！？、,.;:!?（）()《》〈〉【】\s—…]/;

/** National scope words in a formulation, and the local scopes a draft adapts them to. */
const NATIONAL_SCOPE = new Set(['国家', '全国', '中国']);
const LOCAL_SCOPE = new Set(['基层', '市域', '县域', '全省', '全市', '全县', '全区', '地方', '社会', '城市', '乡村', '区域', '本地', '本省', '本市', '我省', '我市', '我县', '我区']);

/**
 * A locality's own verb for a national strategy: the country builds the new development pattern
 * (构建新发展格局), a city or county serves it and merges into it (`融入新发展格局`, `服务和融入
 * 新发展格局`, as provincial and municipal plans write it).
 */
const NATIONAL_VERB = new Set(['构建']);
const LOCAL_VERB = new Set(['融入', '服务', '对接']);

/**
 * Whether `a` is `b` with its national scope put to a local one (`推进国家治理体系…` →
 * `推进基层治理体系…`, `构建新发展格局` → `融入新发展格局`): a deliberate adaptation, not a misquote.
 */
export function scopeLocalised(a: string, b: string): boolean {
  const k = wordSwap(a, b);
  if (k === undefined) return false;
  const [x, y] = [a.slice(k, k + 2), b.slice(k, k + 2)];
  return (NATIONAL_SCOPE.has(y) && LOCAL_SCOPE.has(x)) || (NATIONAL_VERB.has(y) && LOCAL_VERB.has(x));
}

/** Characters that open a formulation as a word of their own; another may stand there by design (`用…`, `让市场在…`). */
const FUNCTION_HEAD = new Set([...'以为把在同与使让将对从由向于用']);

/**
 * Whether the text at `start` is `w` with one slip in its first two characters: the first
 * changed (`导近平新时代…`) or dropped (`水青山就是…`), or the second changed, dropped or doubled
 * by another (`以基近平同志…`, `习平新时代…`, `因产地制宜…`); the characters after it as written.
 * The first character is not judged where it is a word of its own (`以`, `使`, `让`).
 */
export function headSlip(text: string, start: number, w: string): boolean {
  const t = (k: number) => normChar(text[start + k] ?? '');
  if (isQuote(text[start]) || isQuote(text[start + 1]) || isQuote(text[start + 2])) return false;
  const han = (k: number) => /[\u4e00-\u9fff]/.test(t(k));
  const before = text[start - 1];
  if (yiDropped(w, before, t(0) + t(1) + t(2)) && !yiBefore(text, start)) return true;
  // A head that is an official word itself (`提高生态系统多样性…` for 提升) is the writer's own verb,
  // and one that ends the word before it (`构建现代化产业体系`: 建 is 构建's) is no head at all.
  if (t(1) !== w[1] && isOfficialWord(t(0) + t(1))) return false;
  if (before !== undefined && isOfficialWord(before + t(0))) return false;
  if (t(0) === w[0]) {
    if (t(1) === w[2] && t(2) === w[3]) return true; // second dropped
    // A first character doubled (`学习习近平…`: the 习 of 学习 before the name) is no slip in the name.
    return han(1) && t(1) !== w[1] && (t(2) === w[2] || (t(1) !== w[0] && t(2) === w[1] && t(3) === w[2])); // changed, or one put in
  }
  if (FUNCTION_HEAD.has(w[0]!) || before === w[0]) return false;
  if (t(0) === w[1] && t(1) === w[2] && t(2) === w[3]) return true; // first dropped
  return han(0) && t(1) === w[1] && t(2) === w[2] && t(3) === w[3]; // first changed
}

const SENTENCE_END_RE = /[。！？；!?;]/;

/** Whether `found` holds a sentence's end that the wording `w` does not (`全体人民。共同富裕`). */
export function crossesSentence(found: string, w: string): boolean {
  return SENTENCE_END_RE.test(found) && !SENTENCE_END_RE.test(w);
}

/**
 * Whether `a` is `b` with one 的 left out, and the text goes on with a 的 (`next`): a writer who
 * says `实现中华民族伟大复兴中国梦的关键一步` drops the first of two 的, not a word of the formulation.
 */
export function deBeforeDe(a: string, b: string, next: string | undefined): boolean {
  if (next !== '的' || a.length !== b.length - 1) return false;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return b[k] === '的' && a.slice(k) === b.slice(k + 1);
}

/**
 * Whether `a` is `b` with one 的 put in between two words (`推进国家治理体系和治理能力的现代化`,
 * a paraphrase going on `…党内权力结构及其运行机制的现代化`): the writer's grammar, not a misquote.
 * Two characters at least stand on either side, no 的 is doubled, and no word of `isWord` spans the place.
 */
export function deAdded(a: string, b: string, isWord: (w: string) => boolean, particle = '的'): boolean {
  if (a.length !== b.length + 1) return false;
  let k = 0;
  while (k < b.length && a[k] === b[k]) k++;
  if (!(k >= 2 && b.length - k >= 2 && a[k] === particle && b[k - 1] !== particle && b[k] !== particle && a.slice(k + 1) === b.slice(k))) return false;
  // Between two words, not inside one (`以习的近平…`, `以人民为中的心…`: a slip, no grammar).
  for (let i = Math.max(0, k - 3); i < k; i++) for (let j = k + 1; j <= Math.min(b.length, i + 4); j++) if (isWord(b.slice(i, j))) return false;
  return true;
}

/** Words that join the two halves of a list in the speaker's own sentence (`既…，又…`, `…，并…`). */
const HALF_JOINERS = new Set([...'又并也还且']);

/**
 * Whether `a` is `b` with one joining word put in right after a pause (`既严以修身、严以用权、严以律己，
 * 又谋事要实、…`, as 习近平 said it in 2014): the sentence that carries the list, not a misquote of it.
 */
export function joinerAfterPause(a: string, b: string): boolean {
  if (a.length !== b.length + 1) return false;
  let k = 0;
  while (k < b.length && a[k] === b[k]) k++;
  return k > 0 && b[k - 1] === '、' && HALF_JOINERS.has(a[k]!) && a.slice(k + 1) === b.slice(k);
}

/** Predicates a writer puts where a wording's 的 joins two nouns (`“两个确立”具有决定性意义`). */
const DE_AS_VERB = ['具有', '具备', '富有', '有', '是'];

/**
 * Whether `a` is `b` with a 的 between two nouns turned into a predicate (`…的决定性意义` → `…具有决定性
 * 意义`): a clause of the writer's own about the formulation, not a misquote of the phrase.
 */
export function deAsVerb(a: string, b: string): boolean {
  const k = b.indexOf('的');
  if (k < 2 || b.length - k < 3) return false;
  return DE_AS_VERB.some((v) => a === b.slice(0, k) + v + b.slice(k + 1));
}

/** Verbs that take `X为Y` themselves (`确立…为…`, `选举…为…`): there no 以 is missing. */
const PIVOT_VERB_END = new Set([...'立选举推尊奉视称任命拜认']);

/**
 * Whether `head` (the text's first three characters) starts a `以…为…` wording `w` with its 以
 * left out (`紧密团结在习近平同志为核心的党中央周围`): 为 is left without the 以 it pairs with,
 * unless the character before ends a verb that takes `X为Y` itself.
 */
function yiDropped(w: string, before: string | undefined, head: string): boolean {
  if (w[0] !== '以' || w.indexOf('为') < 2 || head !== w.slice(1, 4)) return false;
  return before !== '以' && !(before !== undefined && PIVOT_VERB_END.has(before));
}

const CLAUSE_MARK_RE = /[，。；：！？\n,;:!?]/;

/**
 * Whether a 以 stands earlier in the clause before `at` (at most 200 characters back): the 以 of
 * a list of guides (`以马克思列宁主义、…、习近平新时代中国特色社会主义思想为指导`).
 */
/** Words that hold 以 but not the coverb of `以…为…` (可以, 所以, 以及, 以来…). */
const YI_IN_WORD_BEFORE = new Set([...'可所加予难足用借得']);
const YI_IN_WORD_AFTER = new Set([...'及来上下后前便免致至往']);

function yiBefore(text: string, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 200; j--) {
    if (text[j] === '以' && !YI_IN_WORD_BEFORE.has(text[j - 1] ?? '') && !YI_IN_WORD_AFTER.has(text[j + 1] ?? '')) return true;
    if (CLAUSE_MARK_RE.test(text[j]!)) return false;
  }
  return false;
}

/** Aspect words a statement takes or leaves (`我国经济已由…转向…`). */
const ASPECT_RE = /已经|已/g;

/**
 * Whether `a` is `b` but for 已/已经 put in or left out, and with them aside the same words or a
 * whole word added or dropped (`我国经济发展由…` for `我国经济已由…`).
 */
export function aspectOnly(a: string, b: string): boolean {
  const [x, y] = [a.replace(ASPECT_RE, ''), b.replace(ASPECT_RE, '')];
  if (x.length === a.length && y.length === b.length) return false;
  return x === y || wordAddedOrDropped(x, y);
}

/**
 * Where `a` is `b` with two adjacent characters replaced by two others (a word for a word),
 * the offset of the pair; undefined otherwise. A shifted pair (`新发展格局` → `新发展局面`, a
 * character dropped and another added) is not a word swap.
 */
export function wordSwap(a: string, b: string): number | undefined {
  if (a.length !== b.length) return undefined;
  const diff: number[] = [];
  for (let k = 0; k < a.length && diff.length <= 2; k++) if (a[k] !== b[k]) diff.push(k);
  if (diff.length !== 2 || diff[1] !== diff[0]! + 1) return undefined;
  const k = diff[0]!;
  return a[k] === b[k + 1] || a[k + 1] === b[k] ? undefined : k;
}

/** Whether `a` is `b` with one 了 put in after its first characters (`打赢了脱贫攻坚战` for `打赢脱贫攻坚战`), nothing else. */
export function aspectAdded(a: string, b: string): boolean {
  if (a.length !== b.length + 1) return false;
  let k = 0;
  while (k < b.length && a[k] === b[k]) k++;
  return k > 0 && a[k] === '了' && a.slice(k + 1) === b.slice(k);
}

/** Whether `a` is `b` with two or more adjacent characters added or dropped, and nothing else. */
export function wordAddedOrDropped(a: string, b: string): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length - short.length < 2) return false;
  let p = 0;
  while (p < short.length && long[p] === short[p]) p++;
  let q = 0;
  while (q < short.length - p && long[long.length - 1 - q] === short[short.length - 1 - q]) q++;
  return p + q >= short.length;
}


/**
 * Whether `a` is `b` with the 同志 after a name left out (`以习近平为核心的党中央`): a fixed form of
 * address, never the writer's own shortening of the formulation.
 */
export function honorificDropped(a: string, b: string): boolean {
  // 同 reads as a joiner (normChar): the compared wording writes 同志 as `、志`.
  const k = Math.max(b.indexOf('同志'), b.indexOf(normChar('同') + '志'));
  return k > 1 && a.length === b.length - 2 && a === b.slice(0, k) + b.slice(k + 2);
}

/** Whether the paragraph around `at` quotes the leader whose own words use the short form. */
export function attributedTo(text: string, at: number, who: string): boolean {
  if (text.startsWith(who, at - who.length)) return true;
  // The 300 characters before it on its line (searched back from `at` for the line's start, a
  // long line without breaks was read once per formulation in it).
  const window = text[at] === '\n' ? '' : text.slice(Math.max(0, at - 300), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const re = new RegExp(`${who}(?:总书记|主席|同志)?(?:强调|指出|表示|说|在)`);
  return re.test(before);
}

/** Whether `piece` (no quotes) is written at `i`, quotes in the text skipped. */
export function matchesAt(text: string, i: number, piece: string): boolean {
  let j = i;
  for (let k = 0; k < piece.length; k++, j++) {
    while (k > 0 && isQuote(text[j])) j++;
    if (normChar(text[j] ?? '') !== piece[k]) return false;
  }
  return true;
}

/** The offset `n` characters (quotes not counted) before `at`. */
export function backOff(text: string, at: number, n: number): number {
  let j = at;
  for (let k = 0; k < n && j > 0; ) {
    j--;
    if (!isQuote(text[j])) k++;
  }
  return j;
}

export function lastTwo(text: string, start: number, end: number): string {
  let out = '';
  for (let j = end - 1; j >= start && out.length < 2; j--) if (!isQuote(text[j])) out = normChar(text[j]!) + out;
  return out;
}

export function stripQuotes(s: string): string {
  return s.replace(/[“”"「」『』‘’]/g, '');
}

/**
 * The canonical wording as it replaces `text[start, end)`: a mark the wording opens or closes
 * with that the draft already writes just outside the span is left out (`实现“两个一百年”奋斗目的`:
 * the span starts after the draft's “, and the fix must not write a second one), and the
 * draft's own marks take the wording's places when both write as many.
 */
export function fitQuotes(wording: string, text: string, start: number, end: number): string {
  let w = wording;
  if (isQuote(w[0]) && isQuote(text[start - 1])) w = w.slice(1);
  if (w.length > 1 && isQuote(w[w.length - 1]) && isQuote(text[end])) w = w.slice(0, -1);
  const marks = [...text.slice(start, end)].filter((c) => isQuote(c));
  const slots = [...w].filter((c) => isQuote(c)).length;
  if (marks.length === 0 || marks.length !== slots) return w;
  let k = 0;
  return [...w].map((c) => (isQuote(c) ? marks[k++]! : c)).join('');
}

/**
 * Edit distance between `w` and a stretch of `text` starting at `start`, with the text's end
 * free and at most `d` edits (quotes in the text cost nothing). Bounded: O(|w| · (2d+1)).
 * Returns the end with the lowest distance (ties: the one closest to |w| characters).
 */
export function boundedDistance(w: string, text: string, start: number, d: number): Array<{ distance: number; end: number }> {
  // Text characters (skipping quotes) with their offsets, enough for |w| + d.
  const chars: string[] = [];
  const offs: number[] = [];
  for (let j = start; j < text.length && chars.length < w.length + d; j++) {
    const ch = text[j]!;
    if (ch === '\n') break;
    if (isQuote(ch)) continue;
    chars.push(normChar(ch));
    offs.push(j);
  }
  const n = chars.length;
  const INF = 1e9;
  let prev = new Array<number>(n + 1).fill(INF);
  for (let j = 0; j <= Math.min(n, d); j++) prev[j] = j;
  for (let i = 1; i <= w.length; i++) {
    const cur = new Array<number>(n + 1).fill(INF);
    const lo = Math.max(0, i - d);
    const hi = Math.min(n, i + d);
    if (lo === 0) cur[0] = i;
    let rowMin = cur[0]!;
    for (let j = Math.max(1, lo); j <= hi; j++) {
      const sub = prev[j - 1]! + (w[i - 1] === chars[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > d) return [];
    prev = cur;
  }
  // Every end within reach, closest first (lowest distance, then nearest to |w| characters).
  const ends: Array<{ distance: number; end: number; gap: number }> = [];
  for (let j = Math.max(0, w.length - d); j <= Math.min(n, w.length + d); j++) {
    const dist = prev[j]!;
    if (dist > d) continue;
    ends.push({ distance: dist, end: j === 0 ? start : offs[j - 1]! + 1, gap: Math.abs(j - w.length) });
  }
  return ends.sort((a, b) => a.distance - b.distance || a.gap - b.gap);
}

