/**
 * What the typo rule's guesses read about single characters: which characters each may stand
 * for (data/confusions.txt), and how many words a character makes (a stray one makes few).
 */
import { PARTNER_MIN_FREQ, officialChars, type Segmenter } from './segment';
import confusionsText from '../data/confusions.txt';

/**
 * Each character's confusables as written, from data/confusions.txt (prepared from
 * confusions.json by tools/prepare-confusions.mjs, so no check builds them): one line per character,
 * `<char><curated>\t<shape>\t<sound>[\t<glyph>[\t<rare>]]` — our OCR look-alikes (a strong prior, so
 * weaker evidence suffices), then the public look-alikes (ECSpell's read both ways: it lists
 * 砚 under 规 only, and a scanned 砚 may stand for 规), then the sound-alikes, then the
 * look-alikes measured on the glyphs (tools/glyph-lookalikes.py) that none of those gives,
 * then the public look-alikes that make only words jieba rates low (offered, never measured).
 */
let lineAt: Int32Array | undefined;
/**
 * A character's confusables: our OCR look-alikes, the public look-alikes (both ways), the
 * sound-alikes, and the look-alikes measured on the glyphs that no list gives (仪/仅).
 */
export interface Confusables {
  curated: string;
  shape: string;
  broad: string;
  glyph: string;
  /** Look-alikes that make only words jieba rates below the common ones (烊 for 佯): offered, never measured. */
  rare: string;
}
const confusions = new Map<string, Confusables>();
const NONE: Confusables = { curated: '', shape: '', broad: '', glyph: '', rare: '' };

/**
 * Where each character's line starts in the table (one pass over it, no strings made: a cold
 * check asks for a few hundred characters of the table's ~5,000); 0 for none (line 0 is the
 * header comment).
 */
function indexLines(): Int32Array {
  const at = new Int32Array(0x10000);
  for (let i = 0; i < confusionsText.length; ) {
    const code = confusionsText.charCodeAt(i);
    if (code !== 0x23 /* # */ && at[code] === 0) at[code] = i;
    const nl = confusionsText.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return at;
}

/** The characters `c` may stand for: OCR look-alikes first, then the public lists. */
export function confusable(c: string): Confusables {
  let found = confusions.get(c);
  if (found) return found;
  lineAt ??= indexLines();
  const code = c.charCodeAt(0);
  const start = c.length === 1 ? lineAt[code]! : 0;
  found = NONE;
  if (start > 0) {
    const end = confusionsText.indexOf('\n', start);
    const line = confusionsText.slice(start, end < 0 ? undefined : end);
    const [curated, shape, broad, glyph, rare] = line.slice(1).split('\t');
    if (curated !== undefined && shape !== undefined && broad !== undefined) found = { curated, shape, broad, glyph: glyph ?? '', rare: rare ?? '' };
  }
  confusions.set(c, found);
  return found;
}

/** By segmenter (its words may be added to), then by character. */
const wordsOfChar = new WeakMap<Segmenter, Map<string, number>>();
/**
 * How many two-character words (frequency PARTNER_MIN_FREQ or more) `w` makes with a
 * character of official writing, before or after it, counted up to `cap`. The jieba-js
 * segmenter has the count in its table; another (or one with a configuration's words) is asked
 * word by word.
 */
export function wordsWith(w: string, seg: Segmenter, cap: number): number {
  const code = w.charCodeAt(0);
  if (seg.partnerWords && w.length === 1) return Math.min(cap, seg.partnerWords(code));
  let known = wordsOfChar.get(seg);
  if (!known) wordsOfChar.set(seg, (known = new Map()));
  let n = known.get(w);
  if (n !== undefined) return n;
  n = countWordsWith(w, seg, cap);
  known.set(w, n);
  return n;
}

/** wordsWith, word by word: each character of official writing before and after `w`. */
export function countWordsWith(w: string, seg: Segmenter, cap: number): number {
  let n = 0;
  // Most pairs occur in no known word: the segmenter's pair table says so without making a string.
  const may = seg.pairMayOccur?.bind(seg) ?? (() => true);
  const code = w.charCodeAt(0);
  const chars = officialChars();
  for (let i = 0; i < chars.length; i++) {
    const x = chars[i]!;
    const xc = chars.charCodeAt(i);
    if (may(code, xc) && seg.freq(w + x) >= PARTNER_MIN_FREQ) n++;
    if (may(xc, code) && seg.freq(x + w) >= PARTNER_MIN_FREQ) n++;
    if (n >= cap) break;
  }
  return Math.min(n, cap);
}
