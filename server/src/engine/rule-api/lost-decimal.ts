/**
 * cjk-space, a space inside a figure where its decimal point was (`生产总值5 9亿元`, `增长12 5%`,
 * `任务的108 3%`): a PDF's text layer drops the point and leaves a space. The figure stands in
 * Chinese text and runs on into 亿, 万 or a percent sign, and what follows the space is one or
 * two digits: a group of three is a thousands separator (`10 000万元`), not a lost point. Whether
 * the point or nothing belongs there (`1 3亿元`: 1.3 or 13) is the writer's to say, so the fix
 * putting the point back is a suggestion that fix-all leaves alone.
 */
import type { RuleContext } from './rule';
import { HAN } from './cjk';
import { lineFeature, lineFeaturesOf, lineHas } from './line-features';

const LOST_POINT_RE = new RegExp(`(?<=[${HAN}])(\\d{1,4})[ \\u00a0](\\d{1,2})(?=[亿万%％‰])`, 'g');
const LOST_POINT_BIT = lineFeature(LOST_POINT_RE);

export function checkLostDecimals(ctx: RuleContext, residue: ReadonlySet<number>, nearSlot: (s: number, e: number) => boolean): void {
  const features = lineFeaturesOf(ctx);
  for (const line of ctx.doc.lines) {
    if (!lineHas(features, line.index, LOST_POINT_BIT) || residue.has(line.index)) continue;
    LOST_POINT_RE.lastIndex = 0;
    for (let m = LOST_POINT_RE.exec(line.text); m; m = LOST_POINT_RE.exec(line.text)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      if (nearSlot(start, end)) continue;
      const space = start + m[1]!.length;
      const sample = m[0];
      const dotted = `${m[1]}.${m[2]}`;
      ctx.report({
        start,
        end,
        messageId: 'lostPoint',
        params: { sample, dotted },
        fixes: [{ title: 'join', params: { joined: dotted }, edits: [{ start: space, end: space + 1, newText: '.' }], safe: false }],
      });
    }
  }
}
