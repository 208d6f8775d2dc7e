import { HAN } from '../util/han';

const HAN_ONLY_RE = new RegExp(`^[${HAN}]+$`);
const HAN_RE = /[\u4e00-\u9fff]/;

/**
 * A line of verse: two runs of Chinese or more, each as long as the others (three to seven
 * characters), set apart by spaces and nothing else (`唯我黄帝 中华祖先 天纵神圣 公孙轩辕`,
 * `教化敷至 万方欣然`). A 祭文's or an inscription's layout: its spaces part the verses and
 * its line ends close them; neither is a copy's mark nor a deleted figure.
 */
export function verseLine(text: string): boolean {
  const parts = text.trim().split(/[ \t\u3000]+/);
  const n = parts[0]!.length;
  return parts.length >= 2 && n >= 3 && n <= 7 && parts.every((p) => p.length === n && HAN_ONLY_RE.test(p));
}

/**
 * A line of English words and no Chinese: a bilingual text's translation, set apart from the
 * Chinese on purpose (a slot alone on a line, `X`, is none: the sentence runs through it).
 */
export function englishLine(text: string): boolean {
  return !HAN_RE.test(text) && /[A-Za-z]{2,}/.test(text);
}
