/**
 * More fault generators for the formulation canon (tools/inject-measure.ts), for the slips the
 * first set left unmeasured:
 *   canon-short: one character of a short formulation (四个意识, 两个维护, 新发展理念, a member such
 *     as 政治意识) changed for a look-alike or sound-alike of it (the confusion sets, as an input
 *     method's or a scan's slip is) that makes no word with the characters around it; numerals
 *     and 个 left alone;
 *   canon-yi: the 以 of a `以…为…` formulation dropped (`紧密团结在习近平同志为核心的党中央周围`);
 *   canon-lswap / canon-ldrop / canon-lwrong: a list written before its name (`创新、协调、绿色、
 *     开放、共享的新发展理念`) put in before a name the text writes, with two members swapped, one
 *     dropped or one changed by a character;
 *   canon-guide: a dated draft of 2018 or later takes an outdated guide as its own
 *     (`坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导，` put at a paragraph's head).
 * Places are drawn at random among all that qualify; nothing looks at what the engine finds.
 */
import type { Generator, Rng, Variant } from './inject-faults';
import { CANON, type CanonEntry } from '../server/src/engine/analysis/canon';
import { SpeechDocument } from '../server/src/engine/analysis/document';
import { draftDate } from '../server/src/engine/analysis/draft-date';
import { confusable } from '../server/src/engine/analysis/typo-confusable';
import { paragraphStarts } from './inject-faults-canon';

const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);
const HAN = /[\u4e00-\u9fff]/;
const NUMERAL = /[一二三四五六七八九十两个]/;
const WORDING = ['formulation-wording'];
const LIST = ['formulation-members', 'formulation-wording'];
const CURRENT = ['formulation-current'];

function variant(text: string, at: number, len: number, ins: string, span: [number, number], expect: string[], shape: string): Variant {
  return { text: text.slice(0, at) + ins + text.slice(at + len), start: span[0], end: span[1], edit: [at, len, ins.length], expect, shape };
}

function someHan(text: string, rng: Rng, not: string): string {
  for (let k = 0; k < 50; k++) {
    const c = text[Math.floor(rng() * text.length)]!;
    if (HAN.test(c) && c !== not && !NUMERAL.test(c)) return c;
  }
  return '的';
}

const checked = (e: CanonEntry) => e.wordingCheck !== false && (e.kind === 'wording' || e.kind === 'enumeration');

/** Short formulations: names and members of four to eight characters, all Han. */
const SHORT = [...new Set(CANON.filter(checked).flatMap((e) => [...(e.names ?? []), ...(e.members ?? [])]))].filter((s) => s.length >= 4 && s.length <= 8 && [...s].every((c) => HAN.test(c)));

function occurrences(text: string, strings: readonly string[]): Array<{ at: number; s: string }> {
  const out: Array<{ at: number; s: string }> = [];
  for (const s of strings) for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ at: i, s });
  return out;
}

const shortFault: Generator = (text, rng, src) => {
  const places: Array<[number, string, number, number]> = [];
  for (const o of occurrences(text, SHORT)) {
    for (let k = 0; k < o.s.length; k++) {
      if (NUMERAL.test(o.s[k]!)) continue;
      const c = confusable(o.s[k]!);
      const at = o.at + k;
      for (const x of new Set(c.curated + c.shape + c.broad + c.glyph)) {
        if (!HAN.test(x) || NUMERAL.test(x)) continue;
        const t = text.slice(at - 3, at) + x + text.slice(at + 1, at + 4);
        const p = Math.min(3, at);
        let word = false;
        for (let a = 0; a <= p && !word; a++) for (let b = p + 1; b <= t.length && !word; b++) if (b - a >= 2 && b - a <= 4 && src.words.has(t.slice(a, b))) word = true;
        if (!word) places.push([at, x, o.at, o.s.length]);
      }
    }
  }
  const p = pick(rng, places);
  return p && variant(text, p[0], 1, p[1], [p[2], p[2] + p[3]], WORDING, `short@${p[0] - p[2]}`);
};

/** Wordings of the `以…为…` frame (`以习近平同志为核心的党中央`). */
const YI = [...new Set(CANON.filter(checked).flatMap((e) => [e.wording, ...(e.also ?? [])]))].filter((w) => w.startsWith('以') && w.indexOf('为') > 1 && w.length >= 7 && !/[“”"]/.test(w));

const yiFault: Generator = (text, rng) => {
  const o = pick(rng, occurrences(text, YI));
  if (!o) return undefined;
  return variant(text, o.at, 1, '', [o.at, o.at + o.s.length - 1], WORDING, 'yi');
};

/** Enumerations a list may be written before (members short, three to six of them). */
const LISTED = CANON.filter((e) => e.kind === 'enumeration' && e.members && e.members.length >= 3 && e.members.length <= 6 && e.members.every((m) => m.length <= 6 && HAN.test(m[0]!)));

function listBefore(op: 'swap' | 'drop' | 'wrong'): Generator {
  return (text, rng) => {
    const places: Array<{ at: number; e: CanonEntry }> = [];
    for (const e of LISTED) for (const o of occurrences(text, e.names ?? [])) places.push({ at: o.at, e });
    const p = pick(rng, places);
    if (!p) return undefined;
    // Before the name's opening quote, if it has one.
    const at = /[“"「]/.test(text[p.at - 1] ?? '') ? p.at - 1 : p.at;
    const m = [...p.e.members!];
    const k = Math.floor(rng() * (m.length - (op === 'swap' ? 1 : 0)));
    if (op === 'swap') [m[k], m[k + 1]] = [m[k + 1]!, m[k]!];
    else if (op === 'drop') m.splice(k, 1);
    else {
      const j = Math.floor(rng() * m[k]!.length);
      m[k] = m[k]!.slice(0, j) + someHan(text, rng, m[k]![j]!) + m[k]!.slice(j + 1);
    }
    const list = m.join('、');
    return variant(text, at, 0, `${list}的`, [at, at + list.length], LIST, `${op}@${k}`);
  };
}

const GUIDES = ['邓小平理论和“三个代表”重要思想', '邓小平理论、“三个代表”重要思想、科学发展观', '科学发展观'];

const guideFault: Generator = (text, rng) => {
  const d = draftDate(new SpeechDocument(text));
  if (!d || d.year < 2018) return undefined;
  const at = pick(rng, paragraphStarts(text));
  if (at === undefined) return undefined;
  const g = pick(rng, GUIDES)!;
  const s = `坚持以${g}为指导，`;
  return variant(text, at, 0, s, [at, at + s.length], CURRENT, `guide${GUIDES.indexOf(g)}`);
};

export const CANON_GENERATORS2: Record<string, Generator> = {
  'canon-short': shortFault, 'canon-yi': yiFault,
  'canon-lswap': listBefore('swap'), 'canon-ldrop': listBefore('drop'), 'canon-lwrong': listBefore('wrong'),
  'canon-guide': guideFault,
};
