/**
 * A series of coined terms, each quoted (`干好“土事”、染足“土气”、说清“土话”`): a guess whose
 * written form is a whole short quotation, where another short quotation near it holds the
 * character the guess would change at the same place, is one of the series (土事 beside 土气 and
 * 土话), not a slip of 工事. A slip does not repeat its wrong character across a series; a coinage
 * builds the series on it. Linear: a bounded window either side, scanned once.
 */
import type { Typo } from './typo-detect';

const OPEN = '“「『‘"\'';
const CLOSE = '”」』’"\'';
/** How far (characters) either side the series' other quotations are looked for. */
const SERIES_SPAN = 40;
/** A short quotation: two to four Chinese characters between quotation marks. */
const SHORT_QUOTE_RE = /[“「『‘"']([\u4e00-\u9fff]{2,4})[”」』’"']/g;

/** Whether `t` is a whole short quotation one of whose neighbours shares the character it changes. */
export function inQuotedSeries(text: string, t: Typo): boolean {
  if (t.wrong.length > 4 || !OPEN.includes(text[t.start - 1] || '\u0000') || !CLOSE.includes(text[t.end] || '\u0000')) return false;
  const k = [...t.wrong].findIndex((c, j) => c !== t.right[j]);
  if (k < 0) return false;
  const from = Math.max(0, t.start - 1 - SERIES_SPAN);
  const window = text.slice(from, Math.min(text.length, t.end + 1 + SERIES_SPAN));
  SHORT_QUOTE_RE.lastIndex = 0;
  for (let m = SHORT_QUOTE_RE.exec(window); m; m = SHORT_QUOTE_RE.exec(window)) {
    const term = m[1]!;
    if (from + m.index + 1 === t.start) continue;
    if (term !== t.wrong && term.length === t.wrong.length && term[k] === t.wrong[k]) return true;
  }
  return false;
}
