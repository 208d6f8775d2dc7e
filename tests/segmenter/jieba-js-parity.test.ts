/**
 * jieba-js (a TypeScript port of cppjieba) must give exactly nodejieba's tokens and tags, in
 * order, on every text: the scenario drafts, the corpus excerpts, the seed drafts, ECSpell's
 * sentences and word lists (when ../shared is present) and a generated set of awkward texts.
 *
 * One named difference, by design: nodejieba receives the text as UTF-8, where N-API has
 * turned each lone surrogate into U+FFFD, and returns U+FFFD; jieba-js cuts the same way
 * (a lone surrogate is the code point U+FFFD) but returns slices of the text itself, so that
 * offsets stay right. Its words are compared after lone surrogates are replaced by U+FFFD (String.prototype.toWellFormed).
 */
import { describe, expect, it } from 'vitest';
import { openBackend, type JiebaBackend } from '../../server/src/engine/analysis/segment';
import { fuzzTexts } from './fuzz-texts';
import { ecspellLines, textGroups, type Texts } from './texts';

/** The lone-surrogate rule above. */
const asNodejiebaReturns = (w: string): string => w.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

interface Tally {
  texts: number;
  tokens: number;
  mismatches: string[];
}

function compare(texts: Texts, a: JiebaBackend, b: JiebaBackend): Tally {
  const tally: Tally = { texts: texts.length, tokens: 0, mismatches: [] };
  for (const [name, text] of texts) {
    const cutA = a.cut(text);
    const cutB = b.cut(text).map(asNodejiebaReturns);
    const tagA = a.tag(text);
    const tagB = b.tag(text).map((t) => ({ word: asNodejiebaReturns(t.word), tag: t.tag }));
    tally.tokens += cutA.length + tagA.length;
    const first = firstDifference(cutA, cutB) ?? firstDifference(tagA.map((t) => `${t.word}/${t.tag}`), tagB.map((t) => `${t.word}/${t.tag}`));
    if (first) tally.mismatches.push(`${name}: ${first}`);
  }
  return tally;
}

function firstDifference(a: string[], b: string[]): string | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return `token ${i}: nodejieba ${JSON.stringify(a.slice(Math.max(0, i - 2), i + 3))} jieba-js ${JSON.stringify(b.slice(Math.max(0, i - 2), i + 3))}`;
  }
  return undefined;
}

describe('jieba-js cuts and tags exactly as nodejieba', () => {
  const native = openBackend('nodejieba');
  const js = openBackend('jieba-js');
  const groups: Array<[string, Texts]> = [...textGroups(), ['ECSpell word lists', ecspellLines()], ['generated texts', fuzzTexts(3000)]];
  for (const [name, texts] of groups) {
    it.skipIf(texts.length === 0)(`${name} (${texts.length})`, () => {
      const t = compare(texts, native, js);
      console.log(`jieba-js parity, ${name}: ${t.texts} texts, ${t.tokens} tokens (cut + tag), ${t.mismatches.length} mismatching texts`);
      expect(t.mismatches.slice(0, 20)).toEqual([]);
    });
  }

  it('the comparison can fail: a changed table gives other cuts', () => {
    const text = '农村居民人均可支配收入增长';
    expect(js.cut(text)).toEqual(native.cut(text));
    expect(js.cut(text).join('|')).not.toEqual(text.split('').join('|'));
  });
});
