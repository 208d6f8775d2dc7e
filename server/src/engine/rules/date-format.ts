import { defineRule } from '../rule-api/rule-helpers';
import type { DateMention } from '../analysis/dates';
import { datesOf, slotsOf } from '../rule-api/shared-analyses';
import type { SpeechDocument } from '../analysis/document';

const FORMAT_NAMES: Record<string, { zh: string; en: string }> = {
  iso: { zh: '短横线格式', en: 'dash-separated' },
  dotted: { zh: '圆点格式', en: 'dot-separated' },
  slashed: { zh: '斜线格式', en: 'slash-separated' },
  'chinese-padded': { zh: '补零格式', en: 'zero-padded' },
  'chinese-numerals': { zh: '汉字数字格式', en: 'Chinese-numeral' },
  compact: { zh: '数字连写格式', en: 'run-together' },
};

/** The GB/T 9704-2012 form of a mention: Arabic numerals, 年月日, no padding. */
function canonical(d: DateMention): string | undefined {
  if (d.month === undefined || d.month < 1 || d.month > 12) return undefined;
  let out = d.year !== undefined ? `${d.year}年${d.month}月` : `${d.month}月`;
  // `号` is kept: it is a wording matter, not a format one.
  if (d.day !== undefined) out += `${d.day}${d.text.trimEnd().endsWith('号') ? '号' : '日'}`;
  return out;
}

/**
 * A page's stamp, not the draft's text: a line with no clause in it that carries a stamp's marks,
 * a label's colon, a table's bar, a crumb's arrow or a bullet (`- 2026-01-29 发布于四川`,
 * `[ 成文日期 ] | 2024-02-22 |`, `信息來源:新華社 2023-03-11`, `更新 2024年04月19日`, `2025-01-09 40.25KB 6 页`, `心得体会范文2018-10-26王新老师`), or
 * nothing but a Latin name beside the date (`VION WILLIAMS 2022-08-22`). A short line of prose
 * (`截至2024-03-09共完成投资100亿元`) and the title's own date (`…的讲话(2021.3.16)`) are the draft's.
 */
const STAMP_MARK_RE = /[|｜>＞»:：]|^[ \u3000]*[-•·]|发布|發布|更新|来源|來源|版权|版權|作者|编辑|編輯|浏览|瀏覽|阅读|閱讀|下载|下載|投稿|老师|老師|\d[KM]B\b|\d[ \u3000]?页/;
function onStamp(line: string, d: DateMention, lineStart: number, inTitle: boolean): boolean {
  if (inTitle || /[，,。；;！？!?、]/.test(line)) return false;
  const rest = (line.slice(0, d.start - lineStart) + line.slice(d.end - lineStart)).trim();
  return rest !== '' && (STAMP_MARK_RE.test(line.replace(d.text, '')) || /^[A-Za-z .·]+$/.test(rest));
}

/** Formats a date widget prints: a date in one of them alone on its line may be the site's, not the writer's. */
const MACHINE_FORMATS = new Set(['iso', 'dotted', 'slashed', 'compact']);
/**
 * `政府领导春节致辞范文` / `2017-03-01` / a 小编 intro: a bare machine date alone on its line is as
 * often a site's upload stamp as the speech's date line. Still reported, but fix-all leaves it to
 * the writer: once the residue around it is gone, its fix would make the site's date the speech's.
 */
function machineStampAlone(line: string, d: DateMention): boolean {
  return MACHINE_FORMATS.has(d.format) && line.trim() === d.text.trim();
}

/**
 * A machine date on a line of its own above a draft that has its own date line (`2024-10-09  ————` /
 * `在…上的讲话` / `(2024年9月29日,上午)`, or a slot `（    年  月  日）`, or `2024.9.29`, that line's own finding):
 * the page's upload stamp, not a date the writer wrote.
 */
const STAMP_REST_RE = /^(?:[—\-─―|｜]*|\d{1,7}[ \u3000]*次?)$/;
function stampAboveDateLine(doc: SpeechDocument, d: DateMention): boolean {
  const dl = doc.dateLine;
  if (!dl || dl.line === d.line || !MACHINE_FORMATS.has(d.format)) return false;
  const top = doc.title ? Math.min(doc.title.firstLine, dl.line) : dl.line;
  return d.line < top && STAMP_REST_RE.test(doc.lines[d.line]!.text.replace(d.text, '').trim());
}

/**
 * A date in Chinese numerals written as the writer meant it: every figure a Chinese digit (`一九二七年一月四日`,
 * `二〇二三年五月八日`, `二○二三年…`). Speech titles of finished and historical texts carry such a date line
 * by design (the 文集 and 选集 form, and writing guides that tell the writer to put the date in Chinese
 * characters), so turning it into Arabic numerals is the writer's choice, not a repair: a suggestion.
 * A year typed with a Latin O or a zero (`二O二三`, `二0二三`) is broken, and its fix stays safe.
 */
const WELL_FORMED_CN_RE = /^[〇○零一二三四五六七八九]{4}年(?:[一二三四五六七八九十]{1,3}|元)月(?:[一二三四五六七八九十]{1,3}日)?$/;
function chooseNumerals(d: DateMention): boolean {
  return d.format === 'chinese-numerals' && WELL_FORMED_CN_RE.test(d.text.trim());
}

export const dateFormat = defineRule({
  id: 'date-format',
  category: 'date',
  description: { zh: '日期格式不统一或不规范', en: 'Date format inconsistent or non-standard' },
  docs: { zh: '例：`2024-03-09` 应为 `2024年3月9日`。', en: 'e.g. `2024-03-09` should read `2024年3月9日`.' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    nonStandard: {
      zh: '日期“{text}”为{formatZh}：公文日期应使用阿拉伯数字、年月日、不补零，写作“{fixed}”（GB/T 9704-2012）',
      en: 'The date "{text}" is {formatEn}: official documents write dates with Arabic numerals, 年月日 and no zero padding, as "{fixed}" (GB/T 9704-2012)',
    },
    toCanonical: { zh: '改为“{fixed}”', en: 'Change to "{fixed}"' },
  },
  check(ctx) {
    const dates = datesOf(ctx);
    let dateSlots: ReturnType<typeof slotsOf> | undefined;
    for (const d of dates) {
      const name = FORMAT_NAMES[d.format];
      if (!name) continue;
      // The written part of a date slot (`（二〇〇九年三月   日）`, `（2021年02月 日）`) is placeholder's, reported once.
      dateSlots ??= slotsOf(ctx).filter((s) => s.kind === 'date');
      if (dateSlots.some((s) => s.start <= d.start && d.end <= s.end)) continue;
      // Chinese numerals are normal in prose (`一九四九年十月一日`); only the date line must be Arabic.
      if (d.format === 'chinese-numerals' && !d.isDateLine) continue;
      const title = ctx.doc.title;
      const line = ctx.doc.lines[d.line]!;
      if (!d.isDateLine && onStamp(line.text, d, line.start, !!title && d.line >= title.firstLine && d.line <= title.lastLine)) continue;
      if (!d.isDateLine && stampAboveDateLine(ctx.doc, d)) continue;
      const fixed = canonical(d);
      if (!fixed || fixed === d.text) continue;
      const params = { text: d.text, fixed, formatZh: name.zh, formatEn: name.en };
      ctx.report({
        start: d.start,
        end: d.end,
        messageId: 'nonStandard',
        params,
        fixes: [{ title: 'toCanonical', params, edits: [{ start: d.start, end: d.end, newText: fixed }], safe: !machineStampAlone(line.text, d) && !chooseNumerals(d) }],
        data: { format: d.format },
      });
    }
  },
});
