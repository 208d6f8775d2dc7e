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

/**
 * A title run into one line with its subtitle (`倍加珍惜好形势 持续保持好气势…——在市人大闭幕式上的讲话 各位代表…`):
 * what comes before the `——在…讲话` is the main title, whose parallel parts a space sets apart.
 */
const SUBTITLE_RE = /——[ \t\u3000]*在[^，。；：！？,;:!?\n]{2,60}?(?:讲话|講話|致辞|致辭|发言|發言|报告|報告)/;
const MARK_RE = /[，。；：！？,;:!?、]/;
/** A line of two halves as long as each other and at most an exclamation (`华人影响 影响世界!`): a slogan, set apart like a title. */
const SLOGAN_HALVES_RE = new RegExp(`^[ \\t\\u3000]*([${HAN}]{4,12})[ \\t\\u3000]+([${HAN}]{4,12})[!！]?[ \\t\\u3000]*$`);

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
  const sub = lineText.includes('——') ? SUBTITLE_RE.exec(lineText) : null;
  if (sub && !MARK_RE.test(lineText.slice(0, sub.index))) titles.push([0, sub.index, 1]);
  const halves = SLOGAN_HALVES_RE.exec(lineText);
  if (halves && halves[1]!.length === halves[2]!.length) titles.push([0, lineText.length, 1]);
  return titles;
}
