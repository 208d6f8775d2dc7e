/**
 * Fault generators for the formulation canon (tools/inject-measure.ts): the slips writers make in
 * a 规范提法 they quote. Each starts from a formulation the clean text itself writes correctly
 * (an exact occurrence of a canon wording, or an enumeration named and listed with its members
 * right, or a dated draft) and makes one fault:
 *   canon-sub / canon-drop / canon-add: a character changed, dropped or added inside the wording
 *     (the character put in is one the text writes elsewhere, as a slip of the pen is);
 *   canon-mswap / canon-mdrop / canon-mwrong: two adjacent members swapped, a member dropped, a
 *     member replaced by a look-alike with the list's shared ending (大局意识 → 责任意识);
 *   canon-plan: a dated draft says its year is a five-year plan's first or last year when it is not
 *     (`今年是“十三五”收官之年` pasted into a 2023 draft from an old template);
 *   canon-congress: a draft dated after a congress studies the previous one's spirit.
 * Places are drawn at random among all that qualify; nothing looks at what the engine finds.
 */
import type { Generator, Rng, Variant } from './inject-faults';
import { CANON, canonFor } from '../server/src/engine/analysis/canon';
import { findListedEnumerations } from '../server/src/engine/analysis/enumeration-lists';
import { SpeechDocument } from '../server/src/engine/analysis/document';
import { draftDate } from '../server/src/engine/analysis/draft-date';

const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);
const HAN = /[\u4e00-\u9fff]/;
const WORDING = ['formulation-wording'];
const MEMBERS = ['formulation-members'];
const CURRENT = ['formulation-current'];

function variant(text: string, at: number, len: number, ins: string, span: [number, number], expect: string[], shape: string): Variant {
  return { text: text.slice(0, at) + ins + text.slice(at + len), start: span[0], end: span[1], edit: [at, len, ins.length], expect, shape };
}

/** Every exact occurrence of a checked canon wording (seven characters or more, no quotes inside). */
function wordingsIn(text: string): Array<{ at: number; w: string }> {
  const out: Array<{ at: number; w: string }> = [];
  for (const e of CANON) {
    if (e.wordingCheck === false || (e.kind !== 'wording' && e.kind !== 'enumeration')) continue;
    for (const w of [e.wording, ...(e.also ?? [])]) {
      if (w.length < 7 || /[“”"「」‘’]/.test(w)) continue;
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) out.push({ at: i, w });
    }
  }
  return out;
}

/** A Han character the text writes somewhere, other than `not`. */
function someHan(text: string, rng: Rng, not: string): string {
  for (let k = 0; k < 50; k++) {
    const c = text[Math.floor(rng() * text.length)]!;
    if (HAN.test(c) && c !== not) return c;
  }
  return '的';
}

function wordingFault(op: 'sub' | 'drop' | 'add'): Generator {
  return (text, rng) => {
    const o = pick(rng, wordingsIn(text));
    if (!o) return undefined;
    // A character put in goes inside the wording (before its second character at the earliest).
    const inner = [...o.w].map((_, k) => k).filter((k) => HAN.test(o.w[k]!) && (op !== 'add' || k > 0));
    const k = pick(rng, inner)!;
    const at = o.at + k;
    const span: [number, number] = [o.at, o.at + o.w.length];
    if (op === 'sub') return variant(text, at, 1, someHan(text, rng, text[at]!), span, WORDING, `sub@${k}`);
    if (op === 'drop') return variant(text, at, 1, '', [span[0], span[1] - 1], WORDING, `drop@${k}`);
    return variant(text, at, 0, someHan(text, rng, text[at]!), [span[0], span[1] + 1], WORDING, `add@${k}`);
  };
}

/** Lists the text names and writes with every member right and in order. */
function correctLists(text: string) {
  return findListedEnumerations(text, canonFor(undefined)).filter((l) => !l.problem && l.items.every((i) => i.member) && l.items.length === l.entry.members!.length);
}

const WRONG_HEADS = ['责任', '历史', '全局', '担当', '纪律', '创新', '服务', '法治'];

function membersFault(op: 'swap' | 'drop' | 'wrong'): Generator {
  return (text, rng) => {
    const l = pick(rng, correctLists(text));
    if (!l) return undefined;
    const span: [number, number] = [l.listStart, l.listEnd];
    const k = Math.floor(rng() * (l.items.length - (op === 'swap' ? 1 : 0)));
    const a = l.items[k]!;
    if (op === 'swap') {
      const b = l.items[k + 1]!;
      const between = text.slice(a.end, b.start);
      return variant(text, a.start, b.end - a.start, text.slice(b.start, b.end) + between + text.slice(a.start, a.end), span, MEMBERS, `swap@${k}`);
    }
    if (op === 'drop') {
      // The item with the separator after it (or before it, for the last).
      const next = l.items[k + 1];
      const prev = l.items[k - 1];
      if (next) return variant(text, a.start, next.start - a.start, '', [span[0], span[1] - (next.start - a.start)], MEMBERS, `drop@${k}`);
      return variant(text, prev!.end, a.end - prev!.end, '', [span[0], prev!.end], MEMBERS, `drop@${k}`);
    }
    const item = text.slice(a.start, a.end);
    const tail = item.length > 2 ? item.slice(-2) : '';
    const members = l.entry.members!;
    const head = pick(rng, WRONG_HEADS.filter((h) => !members.includes(h + tail)))!;
    const wrong = tail && members.filter((m) => m.endsWith(tail)).length > 1 ? head + tail : someHan(text, rng, item[0]!) + item.slice(1);
    return variant(text, a.start, a.end - a.start, wrong, [span[0], span[1] + wrong.length - item.length], MEMBERS, `wrong@${k}`);
  };
}

/** Where a line opens on a Chinese character, after a line break: a paragraph's head, where a sentence can be put. */
export function paragraphStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) if (HAN.test(text[i + 1]!)) starts.push(i + 1);
  return starts;
}

const PLANS = CANON.filter((e) => e.kind === 'plan');

/** `今年是“十三五”收官之年，` put at the head of a paragraph of a dated draft whose year it is not. */
const planFault: Generator = (text, rng) => {
  const d = draftDate(new SpeechDocument(text));
  if (!d || d.year < 2012) return undefined;
  const at = pick(rng, paragraphStarts(text));
  if (at === undefined) return undefined;
  const first = rng() < 0.5;
  const plan = pick(rng, PLANS.filter((p) => (first ? p.since : p.until) !== d.year && p.since! <= d.year + 5 && p.until! >= d.year - 6));
  if (!plan) return undefined;
  const s = `今年是“${plan.wording}”${first ? '开局' : '收官'}之年，`;
  return variant(text, at, 0, s, [at, at + s.length], CURRENT, first ? 'first' : 'final');
};

const CONGRESS_BEFORE: Record<string, [string, [number, number, number]]> = { 十九: ['十八', [2017, 10, 24]], 二十: ['十九', [2022, 10, 22]] };

/** `学习贯彻党的二十大精神` → `…十九大精神` in a draft dated after the 20th congress closed. */
const congressFault: Generator = (text, rng) => {
  const d = draftDate(new SpeechDocument(text));
  if (!d) return undefined;
  const places: Array<[number, string]> = [];
  for (const m of text.matchAll(/(?:学习|贯彻|落实)[^。；，\n]{0,6}?(?:党的|中共)(十九|二十)大(?:和[^。；，\n]{0,20})?精神/g)) {
    const [prev, closed] = CONGRESS_BEFORE[m[1]!]!;
    const after = d.year > closed[0] || (d.year === closed[0] && (d.month ?? 0) > closed[1]);
    if (after) places.push([m.index! + m[0].indexOf(`${m[1]}大`), prev]);
  }
  const p = pick(rng, places);
  if (!p) return undefined;
  return variant(text, p[0], 2, p[1], [p[0], p[0] + p[1].length + 1], CURRENT, 'congress');
};

export const CANON_GENERATORS: Record<string, Generator> = {
  'canon-sub': wordingFault('sub'), 'canon-drop': wordingFault('drop'), 'canon-add': wordingFault('add'),
  'canon-mswap': membersFault('swap'), 'canon-mdrop': membersFault('drop'), 'canon-mwrong': membersFault('wrong'),
  'canon-plan': planFault, 'canon-congress': congressFault,
};
