/**
 * Quotation marks lost to an encoding: `?两个维护?`, `“八?一”` (a GBK/UTF-8 round trip turned
 * the marks into `?` or `�`). Reported by quote-pair, never fixed. Split from quotes.ts.
 */

export interface GarbledQuote {
  /** The stretch from the first garbled mark to the last, marks included. */
  start: number;
  end: number;
  /** Offsets of the `?`/`�` marks inside it. */
  marks: number[];
}

/** `?两个维护?`: a term between two marks a GBK/UTF-8 round trip turned into `?` or `�`. */
const GARBLED_PAIR_RE = /[?\ufffd]([\u3400-\u9fff0-9０-９+＋]{2,12})[?\ufffd]/g;
/** `“八?一”`: a short quoted term whose middle mark (`·`, `-`) was lost the same way. */
const GARBLED_INNER_RE = /[“"‘「〝]([\u3400-\u9fff0-9]{1,6})[?\ufffd]([\u3400-\u9fff0-9]{1,6})[”"’」〞]/g;
const TERM_NUMERAL_RE = /[一二三四五六七八九十两百千0-9０-９]/;
/** What a real question between two half-width question marks holds. */
const QUESTION_RE = /什么|怎么|怎样|如何|为何|为啥|哪|谁|多少|几|是否|是不是|有没有|能不能|吗|呢|吧|么|甚麼|怎樣|為何|誰|幾|嗎|麼/;
/** A particle that ends a question: the `?` after it is a question mark (`能不激动吗?人生能有几个…?`). */
const QUESTION_END_RE = /[吗呢吧么嗎麼]/;
const AFTER_CLOSE_RE = /[\u3400-\u9fff、，,。；：:）)”’」]/;

/**
 * Garbled quotation marks. A `?` pair is taken for lost quotes only where the term between
 * looks like a formulation (a numeral in it, or quoted properly elsewhere in the draft), is
 * no question, and the sentence runs on after the second mark.
 */
export function findGarbledQuotes(text: string): GarbledQuote[] {
  const out: GarbledQuote[] = [];
  if (!/[?\ufffd]/.test(text)) return out;
  let quoted: Set<string> | undefined;
  GARBLED_PAIR_RE.lastIndex = 0;
  for (let m = GARBLED_PAIR_RE.exec(text); m; m = GARBLED_PAIR_RE.exec(text)) {
    const term = m[1]!;
    const end = m.index + m[0].length;
    const after = text[end] ?? '';
    const quotedElsewhere = () => (quoted ??= quotedTerms(text)).has(term);
    const question = QUESTION_RE.test(term) || QUESTION_END_RE.test(text[m.index - 1] ?? '');
    if (question || !AFTER_CLOSE_RE.test(after) || !(TERM_NUMERAL_RE.test(term) || quotedElsewhere())) {
      // The second mark may open the next garbled pair (`?A?B?C?` is rare; `这是什么?两个维护?` is not).
      GARBLED_PAIR_RE.lastIndex = end - 1;
      continue;
    }
    out.push({ start: m.index, end, marks: [m.index, end - 1] });
  }
  GARBLED_INNER_RE.lastIndex = 0;
  for (let m = GARBLED_INNER_RE.exec(text); m; m = GARBLED_INNER_RE.exec(text)) {
    const mark = m.index + 1 + m[1]!.length;
    if (QUESTION_RE.test(m[1]! + m[2]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, marks: [mark] });
  }
  return out.sort((a, b) => a.start - b.start);
}

const QUOTED_TERM_RE = /[“"]([\u3400-\u9fff0-9０-９+＋]{2,12})[”"]/g;

/** Short terms the text quotes properly, found in one pass. */
function quotedTerms(text: string): Set<string> {
  const out = new Set<string>();
  QUOTED_TERM_RE.lastIndex = 0;
  for (let m = QUOTED_TERM_RE.exec(text); m; m = QUOTED_TERM_RE.exec(text)) out.add(m[1]!);
  return out;
}
