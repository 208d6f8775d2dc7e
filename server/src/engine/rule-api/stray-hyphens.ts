/**
 * Hyphens inside words, for punct-stray: a `-` typed inside a Chinese word (`发扬民-主`, `社情民-意`,
 * `高举邓-小-平理论`). Document sites put one into the words their filters watch, and a draft
 * copied from them keeps it (blind11/18, a county 政协 report: `民-主` three times, `邓-小-平`).
 *
 * A hyphen between two whole words is a writer's separator (`思想政治-工作实绩-廉洁自律`,
 * `人民网-产经频道`), and so is one after a single character (`京-沪`, `中-美`: two names paired).
 * A hyphen counts as stray only where joining the text either side puts a dictionary word
 * across the join, and the sides do not each read as whole words at the hyphen (`行使民` reads
 * `行使|民`: 民 is no word's end; `思想政治` reads `思想|政治` and `工作实绩` `工作|实绩`: two
 * words meet, even though the dictionary has 政治工作). A run of such hyphens (`邓-小-平`) is read
 * with the others taken out. The deletion is safe: it removes the mark and nothing else.
 * Linear: a line is scanned once for `-`, and each hyphen reads at most four characters a side.
 */
import type { RuleContext } from './rule';
import { isHan, wordAcrossJoin } from './cjk';
import { lineFeature, lineFeaturesOf, lineHas } from './line-features';
import type { Segmenter } from '../analysis/segment';

const HYPHEN_RE = /[\u4e00-\u9fff]-[\u4e00-\u9fff]/;
const HYPHEN_BIT = lineFeature(HYPHEN_RE);
/** Characters read on each side of a hyphen. */
const SIDE = 4;

/**
 * Up to SIDE Chinese characters before (step -1) or after (step 1) `i` exclusive, skipping
 * hyphens between them, and whether the character next to `i` stands between two hyphens
 * (`邓-小-平`'s 小: not a name paired with the next one).
 */
function side(text: string, i: number, step: 1 | -1): { part: string; sandwiched: boolean } {
  let part = '';
  let sandwiched = false;
  for (let j = i + step; j >= 0 && j < text.length && part.length < SIDE; j += step) {
    const c = text[j]!;
    if (isHan(c)) part = step > 0 ? part + c : c + part;
    else if (c === '-' && isHan(text[j - 1]) && isHan(text[j + 1])) sandwiched ||= part.length === 1;
    else break;
  }
  return { part, sandwiched };
}

/** Whether `segmenter` reads a word of two characters or more at the end (`atEnd`) or start of `part`. */
function edgeWord(segmenter: Segmenter, part: string, atEnd: boolean): boolean {
  const tokens = segmenter.cut(part);
  const t = atEnd ? tokens[tokens.length - 1] : tokens[0];
  return t !== undefined && t.end - t.start >= 2;
}

/** Reports each hyphen inside a Chinese word on the lines that are not residue. */
export function checkHyphens(ctx: RuleContext, residue: ReadonlySet<number>, report: (i: number, joined: string, sample: string) => void): void {
  const segmenter = ctx.segmenter;
  if (!segmenter) return;
  const text = ctx.text;
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, HYPHEN_BIT) || residue.has(line.index)) continue;
    for (let k = line.text.indexOf('-'); k >= 0; k = line.text.indexOf('-', k + 1)) {
      const i = line.start + k;
      if (!isHan(text[i - 1]) || !isHan(text[i + 1])) continue;
      const left = side(text, i, -1);
      // One character alone before the hyphen (`京-沪`, `中-美`, `沪-宁线`) pairs two names.
      if (left.part.length === 1 && !left.sandwiched) continue;
      const right = side(text, i, 1);
      const across = wordAcrossJoin(segmenter, left.part, right.part);
      // Two words meeting (`思想政治-工作实绩`: 政治 ends one side, 工作 starts the other) is a
      // writer's separator even where the dictionary has the pair as one word (政治工作).
      if (!across || (edgeWord(segmenter, left.part, true) && edgeWord(segmenter, right.part, false))) continue;
      report(i, across.word, `${across.leftPart}-${across.word.slice(across.leftPart.length)}`);
    }
  }
}
