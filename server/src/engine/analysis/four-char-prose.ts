/**
 * Prose of four-character clauses (四言): a 祭文, a 赋 or an inscription writes whole sentences
 * of them (`锦缎铺地，清水濯台，青衣白衫，虔诚焚香，酹酒一觞`; `君生上古，继天立极，作民主，神功圣德`),
 * in a register a speech's vocabulary does not measure: a classical phrase read against modern
 * words looks like a slip (一觞 → 一场, 君生 → 君主).
 */
const SENTENCE_END = '。！？!?\n';
const CLAUSE_MARK_RE = /[，,；;、：:]/;
const HAN_RE = /^[\u4e00-\u9fff]+$/;

/** Whether the sentence around `at` has four clauses or more, three in four of them of four characters exactly. */
export function inFourCharProse(text: string, at: number): boolean {
  let s = at;
  while (s > 0 && at - s < 400 && !SENTENCE_END.includes(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && e - at < 400 && !SENTENCE_END.includes(text[e]!)) e++;
  const clauses = text.slice(s, e).split(CLAUSE_MARK_RE).map((c) => c.trim());
  if (clauses.length < 4) return false;
  const four = clauses.filter((c) => c.length === 4 && HAN_RE.test(c)).length;
  return four * 4 >= clauses.length * 3;
}
