/**
 * Real excerpts for the typo rule; each excerpt's typo findings are exactly the expected ones.
 * - tests/corpus/typ.json: the guesses the draft must bear out (typo-accept.ts): terms jieba
 *   lacks a look-alike or sound-alike away from a common word (防旱, 冷冬, 提效, 战疫), quiet
 *   where the draft never writes that word or where they are a series of coinages.
 * - tests/corpus/typ2.json: correct drafts: a given name before 同志 and a name after an office,
 *   a word jieba rates low (院址), a four-character clause standing alone (天干物燥) are no slips;
 *   a listed misspelling is still found.
 * - tests/corpus/ocr3.json: the correction a guess names on an OCR'd page (流泾 → 流经, not the loose
 *   sound list's 流行; no figure guessed for 第儿), and real pages the doubled-character rule leaves
 *   alone (协会会长). An expectation's `message` is a part the finding's message must hold.
 * - tests/corpus/wor.json: OCR look-alikes in common words (现固) and slips in official set
 *   phrases (对标对标) found on real pages; classical wording (甲于天下) left alone.
 * - tests/corpus/typo4.json: a term whose changed character makes a real word the trimmed
 *   dictionary lacks (紧抓机遇, 中央财委会), a numeral counting years (直辖十周年), a glyph
 *   look-alike's form the draft writes again unread (老干工作…老干科), a reading glossed in
 *   brackets inside an AABB form (實(shí)實(shí)在在): quiet; 决大多数 and a forum page's 问侯 found.
 * - tests/corpus/typo5.json: a set phrase holding a real word the trimmed dictionary lacks (天公作美)
 *   and an inner quotation in a PDF-broken paragraph (‘不可避免论’): quiet; 社会各届 found.
 */
import { describe, expect, it } from 'vitest';
import { corpusCases, findings } from '../helpers';

for (const file of ['typ.json', 'typ2.json', 'wor.json', 'ocr3.json', 'typo4.json', 'typo5.json']) {
  const cases = corpusCases(file);

  describe(file, () => {
    it.each(cases.map((c) => [`${c.rules.join(',')} ${c.text.slice(0, 24)}`, c] as const))('%s', (_name, c) => {
      const fs = findings(c.text);
      for (const rule of c.rules) {
        const mine = fs.filter((f) => f.rule === rule);
        const got = mine.map((f) => c.text.slice(f.start, f.start + 20));
        const wanted = c.expect.filter((e) => e.rule === rule);
        const want = wanted.map((e) => e.match);
        expect(got, `${rule} ${c.source}`).toHaveLength(want.length);
        want.forEach((w, i) => expect(got[i]!.startsWith(w), `${rule} ${c.source}`).toBe(true));
        wanted.forEach((w, i) => w.message === undefined || expect(mine[i]!.message, `${rule} ${c.source}`).toContain(w.message));
      }
    });
  });
}
