import { HAN } from '../util/han';
import { TONE_MARKS } from '../util/pinyin';
import { defineRule } from '../rule-api/rule-helpers';
import { MASS_MIN, reportMassOf } from '../rule-api/mass-findings';
import { residueLines } from '../rule-api/cjk';
import { byLine } from '../analysis/by-line';
import { LINE_CACHE_SIZE, ownString, type BoundedCache } from '../util/bounded-cache';
import type { SpeechDocument } from '../analysis/document';
import { isConvertibleChar } from '../analysis/traditional';
import { commonHanSet } from '../util/common-han';

/**
 * Pronunciation left inside a word by a simplified/traditional converter or a ruby export:
 * `建設(shè)`, `務(wù)`, `(jian4)`. Only syllables with a tone mark or tone digit right
 * after a Chinese character count, so English in brackets and `(1)` stay quiet.
 */
const VOWELS = `aeiouüv${TONE_MARKS}`;
/** One pinyin syllable with a tone mark somewhere, or a tone digit at its end. */
const SYLLABLE = `(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[${VOWELS}]{1,3}(?:ng|n|r)?[1-5]?)`;
const CJK = `[${HAN}]`;
/**
 * Tried only where an opening bracket stands (every match starts at one): the whole text
 * searched with the leading lookbehind costs a test at every position.
 */
const PINYIN_RE = new RegExp(`(?<=${CJK})[(（](${SYLLABLE}(?:[ \\u00a0'’-]${SYLLABLE}){0,3})[)）]`, 'iy');
const TONE_MARK_RE = new RegExp(`[${TONE_MARKS}]`, 'i');
/** Tone digits only on syllables of two letters or more: `(A4)` is a paper size. */
const TONE_DIGIT_RE = /^[a-zü]{2,}[1-5]$/i;

/** The pattern searched, for tests that search the whole text with it (flags `gi`) to compare. */
export const PINYIN_SOURCE = PINYIN_RE.source;

export function findPinyinResidue(text: string): Array<{ start: number; end: number; pinyin: string }> {
  const out: Array<{ start: number; end: number; pinyin: string }> = [];
  let half = text.indexOf('(');
  let full = text.indexOf('（');
  for (let from = 0; half >= 0 || full >= 0; ) {
    if (half >= 0 && half < from) half = text.indexOf('(', from);
    if (full >= 0 && full < from) full = text.indexOf('（', from);
    const at = half < 0 ? full : full < 0 ? half : Math.min(half, full);
    if (at < 0) break;
    PINYIN_RE.lastIndex = at;
    const m = PINYIN_RE.exec(text);
    // The next search starts after this match, as a global search's would.
    from = m ? at + m[0].length : at + 1;
    if (!m) continue;
    const inner = m[1]!;
    // Every syllable must carry its tone: `(xu)` may be English or an abbreviation.
    const syllables = inner.split(/[ \u00a0'’-]/);
    if (!syllables.every((s) => TONE_MARK_RE.test(s) || TONE_DIGIT_RE.test(s))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, pinyin: m[0] });
  }
  return out;
}

type PinyinHit = { start: number; end: number; pinyin: string };
const BRACKET_RE = /[(（]/;

/**
 * findPinyinResidue line by line, each line's hits kept (offsets within the line, strings of
 * their own): a match never spans a line (the bracket needs a Chinese character right before
 * it), so this finds what a search of the whole text finds.
 */
export function pinyinByLine(doc: SpeechDocument, cache: BoundedCache<readonly PinyinHit[]> | undefined, skipLine?: (index: number) => boolean): PinyinHit[] {
  const out: PinyinHit[] = [];
  for (const line of doc.lines) {
    if (!BRACKET_RE.test(line.text) || skipLine?.(line.index)) continue;
    const hits = byLine(doc, line, cache, () => findPinyinResidue(line.text).map((h) => ({ start: h.start, end: h.end, pinyin: ownString(h.pinyin) })));
    for (const h of hits) out.push({ start: line.start + h.start, end: line.start + h.end, pinyin: h.pinyin });
  }
  return out;
}

/**
 * What the character before the pronunciation says about it. A converter that writes a
 * simplified page in traditional characters leaves the reading of the characters it changed
 * (設(shè), 聯(lián)), and a ruby export's tone digits (建设(jian4 she4)): `converter`. A reading the writer put after a rare character for whoever
 * reads the speech aloud (台骀(dài)山, 苄(biàn)草丹) is the draft's own: `note`, not reported.
 * Any other (同志(zhì)们, 釜(fǔ)) may be either: `unsure`, a suggestion fix-all leaves alone.
 */
export type PinyinKind = 'converter' | 'note' | 'unsure';

export function pinyinKind(text: string, start: number, pinyin: string): PinyinKind {
  const before = text[start - 1] ?? '';
  // Tone digits (jian4) are a program's, never a writer's.
  if (isConvertibleChar(before) || /\d/.test(pinyin)) return 'converter';
  const common = commonHanSet();
  // A surrogate half stands for a character beyond the BMP: rarer than any in the common set.
  return common && !common.has(before) ? 'note' : 'unsure';
}

export const pinyinResidue = defineRule({
  id: 'pinyin-residue',
  category: 'residue',
  description: { zh: '残留的拼音注音', en: 'Leftover pinyin annotation' },
  docs: { zh: '例：`建設(shè)`。', en: 'e.g. `建設(shè)`.' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {
    pinyin: {
      zh: '残留的拼音注音“{pinyin}”：这是转换或复制时带入的读音，请删除',
      en: 'Leftover pinyin "{pinyin}" from a converter or copy: delete it',
    },
    delete: { zh: '删除“{pinyin}”', en: 'Delete "{pinyin}"' },
    many: {
      zh: '残留的拼音注音共 {count} 处（自此处“{pinyin}”起）：这是转换或复制时带入的读音，可一次全部删除',
      en: '{count} leftover pinyin annotations (from "{pinyin}" here on), left by a converter or copy: delete them all at once',
    },
    deleteAll: { zh: '删除全部拼音注音（{count} 处）', en: 'Delete all pinyin annotations ({count})' },
    reading: {
      zh: '拼音注音“{pinyin}”：如是复制时带入的读音，请删除；如是给念稿人标注的读音，可以保留',
      en: 'Pinyin "{pinyin}": delete it if a copy left it; keep it if it is a reading aid for the speaker',
    },
  },
  check(ctx) {
    const text = ctx.doc.text;
    // Glosses inside site text go with its line; the count and the first one are the draft's (a finding on a residue line is dropped).
    const residue = residueLines(ctx);
    const hits = pinyinByLine(ctx.doc, ctx.cache('pinyin-lines', LINE_CACHE_SIZE.entries, LINE_CACHE_SIZE.chars), (i) => residue.has(i));
    const found: Array<PinyinHit & { kind: PinyinKind }> = [];
    for (const h of hits) {
      const kind = pinyinKind(text, h.start, h.pinyin);
      if (kind !== 'note') found.push({ start: h.start, end: h.end, pinyin: h.pinyin, kind });
    }
    // A ruby export annotates every word: one finding, one fix (its edits made when the fix is read).
    if (found.length >= MASS_MIN) {
      const make = () => found.map((p) => ({ start: p.start, end: p.end, newText: '' }));
      reportMassOf(ctx, found[0]!, found.length, { count: found.length, make }, { messageId: 'many', fixTitle: 'deleteAll', params: { pinyin: found[0]!.pinyin } });
      return;
    }
    for (const p of found) {
      const sure = p.kind === 'converter';
      ctx.report({
        start: p.start,
        end: p.end,
        messageId: sure ? 'pinyin' : 'reading',
        params: { pinyin: p.pinyin },
        fixes: [{ title: 'delete', params: { pinyin: p.pinyin }, edits: [{ start: p.start, end: p.end, newText: '' }], safe: sure }],
      });
    }
  },
});
