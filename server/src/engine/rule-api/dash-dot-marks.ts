/**
 * Marks typed for the dash and the middle dot a Chinese keyboard does not offer at once:
 *   - `--` (or `－－`) for the dash —— between Chinese words (`不忘初心--就是`, `团结--批评--团结`) or
 *     opening a subtitle line (`--在全县工作会议上的讲话`);
 *   - `〃` (the ditto mark) for the middle dot · between Chinese characters (`《孟子〃滕文公下》`,
 *     `卡尔〃马克思`).
 * The fix changes the mark alone, so it is safe. Runs of three or more hyphens (a site's rule, a
 * `---此处隐藏…---` banner), a mark beside a letter or a digit (`--help`, `2〃3`) and a catalogue's
 * path (`马克思主义--马克思主义其他学科`) are left alone.
 * Linear: one regular expression pass with fixed lookarounds.
 */
import type { TextEdit } from '../model/types';

export interface MarkSlip {
  start: number;
  end: number;
  kind: 'dash' | 'dot';
  found: string;
  edits: TextEdit[];
}

const BEFORE = '[\\u4e00-\\u9fff”’」』）》，。：；！？]';
const AFTER = '[\\u4e00-\\u9fff“‘「『（《]';
// The line-start alternative matches the dash first and only then looks back over the spaces
// before it: a look-behind first scanned them back from every position (a line of spaces before
// a `--`: quadratic, 128 K spaces took 22 s).
const DASH_RE = new RegExp(`(?<=${BEFORE})(?:--|－－)(?=${AFTER})|(?:--|－－)(?<=^[ \\t\\u3000]*(?:--|－－))(?=[\\u4e00-\\u9fff])`, 'gm');
const DOT_RE = /(?<=[\u4e00-\u9fff])〃(?=[\u4e00-\u9fff])/g;

/** `马克思主义--马克思主义其他学科`: a catalogue's path (a class, then its own subclass), not a dash. */
function subcategory(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < MAX_CLASS && /[\u4e00-\u9fff]/.test(text[from - 1]!)) from--;
  return at - from >= 2 && text.startsWith(text.slice(from, at), at + 2);
}
const MAX_CLASS = 10;

export function markSlips(text: string): MarkSlip[] {
  const out: MarkSlip[] = [];
  if (text.includes('--') || text.includes('－－')) {
    DASH_RE.lastIndex = 0;
    for (let m = DASH_RE.exec(text); m; m = DASH_RE.exec(text)) {
      if (subcategory(text, m.index)) continue;
      out.push({ start: m.index, end: m.index + 2, kind: 'dash', found: m[0], edits: [{ start: m.index, end: m.index + 2, newText: '——' }] });
    }
  }
  if (text.includes('〃')) {
    DOT_RE.lastIndex = 0;
    for (let m = DOT_RE.exec(text); m; m = DOT_RE.exec(text)) {
      out.push({ start: m.index, end: m.index + 1, kind: 'dot', found: m[0], edits: [{ start: m.index, end: m.index + 1, newText: '·' }] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
