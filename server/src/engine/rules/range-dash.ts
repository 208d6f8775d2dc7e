import { defineRule } from '../rule-api/rule-helpers';
import { inSpans, residueLines, urlSpans } from '../rule-api/cjk';
import { lineFeature, lineFeaturesOf, lineHas } from '../rule-api/line-features';

/** Units a range of numbers is followed by: `1-7月`, `2019-2023年`, `3-5个百分点`. */
const UNIT = '(?:年|月|日|号|天|周|个|万|亿|千|百|元|%|％|倍|人|名|家|项|次|岁|米|千米|公里|公顷|亩|吨|度|小时|分钟|秒|期|届|层|级|位|所|条|台|辆|座|户|批|季度|成|篇|章|节)';
const NUM = '\\d{1,4}(?:\\.\\d+)?';
/**
 * 1 the first number, 2 its unit (only 年/月/日/号/% repeat: `3月-5月`), 3 the dash,
 * 4 the second number, 5 its unit.
 */
const HYPHEN_RE = new RegExp(`(?<![\\d.．/:：\\-－A-Za-z])(${NUM})([年月日号%％]?)([-－–‐‑−~])(?!0\\d)(${NUM})(${UNIT})(?![-－\\d])`, 'g');
/** `20%30%`: two percentages with the range mark lost. */
const LOST_RE = /(?<![\d.．A-Za-z])(\d{1,3}(?:\.\d+)?)([%％])(\d{1,3}(?:\.\d+)?)[%％]/g;
/** Lines with a hyphenated range or two percentages side by side: the only ones the sweep reads. */
const RANGE_BITS = lineFeature(HYPHEN_RE) | lineFeature(LOST_RE);
/** `分别增长20%30%` lists two values; a range goes up. */
const LIST_BEFORE_RE = /(分别|依次|各)[^，。；]{0,6}$/;
/** Words that make two figures one range: `上浮20%30%`, `上下浮动`, `控制在3%5%` (any 在: 控制在, 保持在). */
const RANGE_BEFORE_RE = /(?:上浮|下浮|浮动|幅度为?|介于|区间为?|范围为?|在)$/;

const DASH = '—';

/** Inside a quoted title (`《2018－2022年全国干部教育培训规划》`): the title is written as issued. */
function inTitle(line: string, at: number): boolean {
  const open = line.lastIndexOf('《', at);
  return open >= 0 && line.lastIndexOf('》', at) < open && line.indexOf('》', at) > at;
}

export const rangeDash = defineRule({
  id: 'range-dash',
  category: 'typography',
  description: { zh: '范围号缺失或不规范', en: 'Missing or non-standard range mark' },
  docs: { zh: '例：`20%30%` 应为 `20%—30%`。', en: 'e.g. `20%30%` should read `20%—30%`.' },
  defaultSeverity: 'info',
  fixable: true,
  messages: {
    lost: {
      zh: '范围“{sample}”缺少范围号：应写作“{fixed}”（GB/T 15834-2011，本工具统一用一字线“—”）',
      en: 'The range "{sample}" has lost its range mark: write "{fixed}" (GB/T 15834-2011; this checker uses the dash "—" throughout)',
    },
    hyphen: {
      zh: '范围“{sample}”用了连接号“{mark}”：数值范围应写作“{fixed}”（GB/T 15834-2011，本工具统一用一字线“—”）',
      en: 'The range "{sample}" uses "{mark}": write numeric ranges as "{fixed}" (GB/T 15834-2011; this checker uses the dash "—" throughout)',
    },
    toDash: { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
  },
  check(ctx) {
    const residue = residueLines(ctx);
    // A web address's escapes are no figures: `%E5%91%98%E4` is not `91%98%`.
    const urls = urlSpans(ctx);
    const features = lineFeaturesOf(ctx);
    for (const line of ctx.doc.lines) {
      if (!lineHas(features, line.index, RANGE_BITS) || residue.has(line.index)) continue;
      const lt = line.text;
      HYPHEN_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = HYPHEN_RE.exec(lt))) {
        const [sample, a, unitA, mark, b, unitB] = m as unknown as [string, string, string, string, string, string];
        // Model numbers and standards: `GB/T 9704-2012`, `COVID-19`.
        if (/[A-Za-z][ \u00a0]?$/.test(lt.slice(0, m.index))) continue;
        if (unitA && unitA !== unitB) continue;
        if (inTitle(lt, m.index) || inSpans(urls, line.start + m.index)) continue;
        // A range goes up: `12-3号` is a house number, `3-1` a score.
        if (!(Number(a) < Number(b))) continue;
        const start = line.start + m.index;
        const at = start + a.length + unitA.length;
        const fixed = `${a}${unitA}${DASH}${b}${unitB}`;
        ctx.report({
          start,
          end: start + sample.length,
          messageId: 'hyphen',
          params: { sample, mark, fixed },
          fixes: [{ title: 'toDash', params: { fixed }, edits: [{ start: at, end: at + mark.length, newText: DASH }] }],
        });
      }
      LOST_RE.lastIndex = 0;
      while ((m = LOST_RE.exec(lt))) {
        const [sample, a, pct, b] = m as unknown as [string, string, string, string];
        if (!(Number(a) < Number(b)) || LIST_BEFORE_RE.test(lt.slice(0, m.index)) || inTitle(lt, m.index)) continue;
        if (inSpans(urls, line.start + m.index)) continue;
        const start = line.start + m.index;
        const at = start + a.length + pct.length;
        const fixed = `${sample.slice(0, a.length + pct.length)}${DASH}${sample.slice(a.length + pct.length)}`;
        ctx.report({
          start,
          end: start + sample.length,
          messageId: 'lost',
          params: { sample, fixed },
          // Two figures side by side may be a range (its dash lost) or a list (its 、 lost, or a PDF
          // table's cells side by side): fix-all adds the dash only where the words before it ask
          // for a range (`上浮20%30%`); elsewhere it is only offered.
          fixes: [{ title: 'toDash', params: { fixed }, edits: [{ start: at, end: at, newText: DASH }], safe: RANGE_BEFORE_RE.test(lt.slice(Math.max(0, m.index - 8), m.index)) }],
        });
      }
    }
  },
});
