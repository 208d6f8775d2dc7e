/**
 * Where a space inside a line is set on purpose or belongs to residue (cjk-space): titles in 《》,
 * quoted themes of two halves, and residue spans glued into lines.
 */
import { HAN } from './cjk';
import type { RuleContext } from './rule';
import { spansByLine, type ResidueSpan } from '../analysis/residue-spans';
import { SpanReach } from '../util/span-reach';

const TITLE_RE = /《[^《》\n]{1,200}》/g;
/** A title in 《》 that is two runs of Chinese apart by a space, and nothing else. */
const TITLE_HALVES_RE = new RegExp(`^《[${HAN}]{3}[ \\t\\u3000]+[${HAN}]{3}》$`);
/**
 * A quoted slogan or theme of two parallel halves set apart by a space, as a title's are
 * (`“荣休寄深情 薪火永相传”`, `「2020迎風而起 逆風高飛」`, `“云想尖峰 花享罗店”`): the halves
 * are as long as each other (give or take one character), and nothing else is in the quotes.
 */
const QUOTED_HALVES_RE = new RegExp(`[“「"][0-9A-Za-z]*([${HAN}]{3,12})[ \\t\\u3000]+([${HAN}]{3,12})[”」"]`, 'g');

/** A quoted theme of three parts or more, each a phrase of its own (`题为“抓住市场新机遇 奋楫扬帆逐浪行 振奋精神 担当作为”`). */
const QUOTED_PARTS_RE = new RegExp(`[“「"][${HAN}]{4,20}(?:[ \\t\\u3000][${HAN}]{4,20}){2,}[”」"]`, 'g');

/** The residue spans glued into lines, by line (offsets in the line), each line's indexed for its spaces: made once a check. */
export function gluedResidue(ctx: RuleContext): Map<number, SpanReach<ResidueSpan>> {
  return ctx.memo('cjkSpaceResidueSpans', () => new Map([...spansByLine(ctx.doc.residue.spans)].map(([i, own]) => [i, new SpanReach(own)])));
}

/**
 * Titles in 《》 on a line: they set two parallel clauses apart with a space on purpose
 * (《高举…伟大旗帜 为…而团结奋斗》); so do quoted slogans of two halves.
 */
export function titleSpans(lineText: string): Array<[number, number, number]> {
  const titles: Array<[number, number, number]> = [];
  if (lineText.includes('《')) {
    TITLE_RE.lastIndex = 0;
    for (let t = TITLE_RE.exec(lineText); t; t = TITLE_RE.exec(lineText)) {
      // A title of two three-character halves (`《迎国庆 树理想》`, a flag-raising speech's): parts as even as a quoted theme's.
      titles.push([t.index, t.index + t[0].length, TITLE_HALVES_RE.test(t[0]) ? 3 : 4]);
    }
  }
  if (/[“「"]/.test(lineText)) {
    QUOTED_HALVES_RE.lastIndex = 0;
    for (let q = QUOTED_HALVES_RE.exec(lineText); q; q = QUOTED_HALVES_RE.exec(lineText)) {
      // Three-character halves only as a pair (`“庆丰收 迎盛会”`): a word cut by a stray space is rarely cut so evenly.
      const [a, b] = [q[1]!.length, q[2]!.length];
      if (Math.abs(a - b) <= 1 && (Math.min(a, b) >= 4 || a === b)) titles.push([q.index, q.index + q[0].length, Math.min(a, b, 4)]);
    }
    QUOTED_PARTS_RE.lastIndex = 0;
    for (let q = QUOTED_PARTS_RE.exec(lineText); q; q = QUOTED_PARTS_RE.exec(lineText)) titles.push([q.index, q.index + q[0].length, 4]);
  }
  return titles;
}
