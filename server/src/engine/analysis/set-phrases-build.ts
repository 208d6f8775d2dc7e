/**
 * The typo rule's set phrases (typo-phrases.ts), four characters each, written by
 * prepareDictionaries beside the trimmed dictionaries (dist/dict/set-phrases.txt, in UTF-16LE,
 * and the bit sets of set-phrases.bits):
 * - the idioms (成语, part of speech `i`) and set phrases (习用语, `l`) of jieba's dictionary rated
 *   MIN_FREQ or more, with their rating (the trimmed dictionary drops words below 50, most idioms
 *   among them). Those rated TARGET_FREQ or more are targets, phrases a slip may stand for; the
 *   rarer ones are forms jieba lists beside a commoner one (栋梁之才 beside 栋梁之材): no slips,
 *   and no targets. Below 5, at jieba's floor, sit the misspellings it lists (金榜提名).
 * - the dictionary's other words of four characters rated MIN_FREQ or more that differ from a
 *   target in one character (故步自封, tagged `ns`, beside 固步自封): words, no slips, no targets.
 * - official-writing phrases, all targets: ECSpell's official-writing words (gongwen-words.txt),
 *   this project's official new words, the formulation canon's names and members and the
 *   formulation dictionary's terms, with jieba's rating when it has one, else 0.
 */
import gongwenWords from '../data/gongwen-words.txt';
import newOfficialWords from '../data/official-new-words.txt';
import canonData from '../data/canon.json';
import formulationsData from '../data/formulations.json';

const MIN_FREQ = 5;
export const TARGET_FREQ = 10;
/**
 * jieba tags many idioms as personal names, for a surname at their head (顾名思义, 金碧辉煌,
 * 车水马龙, 凤毛麟角 are `nr` there): a word of four so tagged and rated this high, at the trimmed
 * dictionary's floor, is an idiom or a name known well enough that a slip of it is a slip (a
 * draft's own people are rarely named in four characters one look-alike from such a word).
 */
const NAME_TAGGED_FREQ = 50;
const PHRASE_RE = /^[\u4e00-\u9fff]{4}$/;

/** Code-unit order (not localeCompare: typo-phrases.ts's binary searches compare code units). */
const byUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** A phrase's last two characters first: the order of the second section. */
const backKey = (w: string): string => w.slice(2) + w.slice(0, 2);

/** The official-writing phrases of four characters in the engine's data. */
export function officialPhrases(): Set<string> {
  const out = new Set<string>();
  const lines = (text: string): string[] => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const w of [...lines(gongwenWords), ...lines(newOfficialWords)]) if (PHRASE_RE.test(w)) out.add(w);
  for (const e of canonData.entries as Array<{ names?: string[]; members?: string[] }>) {
    for (const w of [...(e.names ?? []), ...(e.members ?? [])]) if (PHRASE_RE.test(w)) out.add(w);
  }
  for (const f of formulationsData.formulations) if (PHRASE_RE.test(f.term)) out.add(f.term);
  return out;
}

/**
 * The text of set-phrases.txt for jieba's dictionary text: a header line, then every phrase
 * with its mark (`+` a target, `-` not) and jieba's rating in five digits
 * (`<phrase><mark><00000>`), in code-unit order; a line `%`; then the targets ordered by their
 * last two characters. Lines of fixed width: typo-phrases.ts finds the nth by arithmetic and
 * searches both sections in place, so loading reads no line.
 */
export function buildSetPhrases(dict: string, official: Iterable<string>): string {
  const rating = new Map<string, number>();
  const target = new Map<string, boolean>();
  for (const line of dict.split('\n')) {
    const [word, f, pos] = line.split(' ');
    if (!word || !PHRASE_RE.test(word)) continue;
    const r = Math.min(99999, Number(f) || 0);
    rating.set(word, Math.max(r, rating.get(word) ?? 0));
    if ((pos === 'i' || pos === 'l') && r >= MIN_FREQ) target.set(word, r >= TARGET_FREQ || target.get(word) === true);
    else if (pos === 'nr' && r >= NAME_TAGGED_FREQ) target.set(word, true);
  }
  for (const w of official) if (PHRASE_RE.test(w)) target.set(w, true);
  // Any other four-character word of the dictionary rated MIN_FREQ or more (a noun, a verb, a
  // phrase jieba tags as something else: 故步自封 sits there as `ns`) that a target would take
  // for its slip is a word written as meant: listed, never a target.
  const near = new Set<string>();
  for (const [w, isTarget] of target) if (isTarget) for (let k = 0; k < 4; k++) near.add(w.slice(0, k) + '?' + w.slice(k + 1));
  for (const [w, r] of rating) {
    if (r < MIN_FREQ || target.has(w)) continue;
    for (let k = 0; k < 4; k++) {
      if (!near.has(w.slice(0, k) + '?' + w.slice(k + 1))) continue;
      target.set(w, false);
      break;
    }
  }
  const words = [...target.keys()].sort(byUnits);
  const targets = words.filter((w) => target.get(w)).sort((a, b) => byUnits(backKey(a), backKey(b)));
  const row = (w: string): string => `${w}${target.get(w) ? '+' : '-'}${String(rating.get(w) ?? 0).padStart(5, '0')}`;
  const head = `# Written by prepareDictionaries (set-phrases-build.ts): <phrase><+ a target, - not><jieba's rating> in code-unit order; after %, the targets by their last two characters`;
  return `${head}\n${words.map(row).join('\n')}\n%\n${targets.join('\n')}\n`;
}

/** The pair bit set's hash: 2^20 bits (128 KB) for the ~17,000 pairs of the targets. */
export const PAIR_SHIFT = 12;
export const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> PAIR_SHIFT;
/** The triple bit set's hash: 2^21 bits (256 KB) for the ~37,000 triples (a target less one character). */
export const TRIPLE_SHIFT = 11;
export const tripleHash = (a: number, b: number, c: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> TRIPLE_SHIFT;
/** Bytes of each bit set in set-phrases.bits: the pairs', then the triples'. */
export const PAIR_BYTES = 1 << (32 - PAIR_SHIFT - 3);
export const TRIPLE_BYTES = 1 << (32 - TRIPLE_SHIFT - 3);

/**
 * set-phrases.bits, written beside set-phrases.txt so that loading it is one read: the bit set
 * of the targets' first two and last two characters (pairHash), then the bit set of each
 * target's characters with one left out, in order (tripleHash: abc, abd, acd, bcd).
 */
export function buildPhraseBits(text: string): Uint8Array {
  const pairs = new Uint32Array(PAIR_BYTES / 4);
  const triples = new Uint32Array(TRIPLE_BYTES / 4);
  const set = (bits: Uint32Array, h: number): void => {
    bits[h >>> 5]! |= 1 << (h & 31);
  };
  const split = text.indexOf('\n%\n');
  for (let at = split + 3; at + 4 <= text.length; at += 5) {
    const [a, b, c, d] = [0, 1, 2, 3].map((k) => text.charCodeAt(at + k)) as [number, number, number, number];
    set(pairs, pairHash(a, b));
    set(pairs, pairHash(c, d));
    set(triples, tripleHash(a, b, c));
    set(triples, tripleHash(a, b, d));
    set(triples, tripleHash(a, c, d));
    set(triples, tripleHash(b, c, d));
  }
  const out = new Uint8Array(PAIR_BYTES + TRIPLE_BYTES);
  out.set(new Uint8Array(pairs.buffer), 0);
  out.set(new Uint8Array(triples.buffer), PAIR_BYTES);
  return out;
}
