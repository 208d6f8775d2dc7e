import { defineRule } from '../rule-api/rule-helpers';
import { dateLineYear } from '../analysis/dates';
import { dateNumberValue } from '../util/numerals';
import { isWebResidueLine } from '../analysis/residue';

export interface Anniversary {
  /** Names of the event as drafts write them. */
  names: string[];
  year: number;
  /** Sentences that, in a draft dated `datedYear`, are consistent (`ok`) or contradict it (`wrong`). */
  examples: { datedYear: number; ok: string[]; wrong: string[] };
}

export const ANNIVERSARIES: readonly Anniversary[] = [
  { names: ['建党', '党成立', '黨成立', '党的成立'], year: 1921, examples: { datedYear: 2021, ok: ['今年是建党100周年'], wrong: ['今年是中国共产党成立102周年'] } },
  { names: ['新中国成立', '中华人民共和国成立', '共和国成立', '新中國成立', '建国'], year: 1949, examples: { datedYear: 2024, ok: ['今年是新中国成立75周年'], wrong: ['今年是中华人民共和国成立70周年'] } },
  { names: ['改革开放', '改革開放'], year: 1978, examples: { datedYear: 2018, ok: ['今年是改革开放40周年'], wrong: ['今年恰逢改革开放45周年'] } },
  { names: ['建军', '人民军队建军', '中国人民解放军建军'], year: 1927, examples: { datedYear: 2017, ok: ['今年是建军90周年'], wrong: ['今年是建军95周年'] } },
  { names: ['五四运动', '五四運動'], year: 1919, examples: { datedYear: 2019, ok: ['今年是五四运动100周年'], wrong: ['今年是五四运动一百零五周年'] } },
  { names: ['抗日战争胜利', '抗战胜利', '世界反法西斯战争胜利'], year: 1945, examples: { datedYear: 2025, ok: ['今年是抗战胜利80周年'], wrong: ['今年是抗日战争胜利75周年'] } },
  { names: ['香港回归'], year: 1997, examples: { datedYear: 2022, ok: ['今年是香港回归25周年'], wrong: ['今年是香港回归20周年'] } },
  { names: ['澳门回归'], year: 1999, examples: { datedYear: 2024, ok: ['今年是澳门回归25周年'], wrong: ['今年是澳门回归20周年'] } },
];

const STATEMENT_RE = /今年(?:是|恰逢|适逢|正值|正逢|恰是|又逢|迎来)([^，。；！？\n]{1,16}?)([0-9]{1,3}|[一二三四五六七八九十百零]{1,5})周年/g;
const EXPLICIT_RE = /今年[（(]([0-9]{4})年?[）)]/g;

function numberValue(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三四五六七八九])?百(?:零?([一二三四五六七八九十]{1,3}))?$/.exec(s);
  if (m) return (m[1] ? dateNumberValue(m[1])! : 1) * 100 + (m[2] ? dateNumberValue(m[2]) ?? NaN : 0);
  return dateNumberValue(s);
}

export const dateYear = defineRule({
  id: 'date-year',
  category: 'date',
  description: { zh: '年份表述与成文日期矛盾', en: 'Year statement contradicts the date of the draft' },
  docs: { zh: '例：2023 年的讲话中写“今年是建党100周年”。', en: 'e.g. “今年是建党100周年” in a 2023 draft.' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {
    anniversary: {
      zh: '“{text}”与成文日期不符：{event}于{base}年，{year}年应为{right}周年，请核对',
      en: '"{text}" contradicts the date of the draft: {event} was in {base}, so {year} is the {right}th anniversary; check it',
    },
    explicit: {
      zh: '“{text}”与成文日期（{year}年）不符，请核对',
      en: '"{text}" contradicts the date of the draft ({year}); check it',
    },
  },
  check(ctx) {
    const year = dateLineYear(ctx.doc);
    if (year === undefined) return;
    for (const l of ctx.doc.lines) {
      if (!l.text.includes('今年') || isWebResidueLine(l.text)) continue;
      STATEMENT_RE.lastIndex = 0;
      for (let m = STATEMENT_RE.exec(l.text); m; m = STATEMENT_RE.exec(l.text)) {
        const subject = m[1]!;
        const event = ANNIVERSARIES.find((a) => a.names.some((n) => subject.endsWith(n)));
        const n = numberValue(m[2]!);
        if (!event || n === undefined || Number.isNaN(n) || event.year + n === year) continue;
        ctx.report({
          start: l.start + m.index,
          end: l.start + m.index + m[0].length,
          messageId: 'anniversary',
          params: { text: m[0], event: subject.replace(/^(?:我们?党|我国)?/, ''), base: event.year, year, right: year - event.year },
        });
      }
      EXPLICIT_RE.lastIndex = 0;
      for (let m = EXPLICIT_RE.exec(l.text); m; m = EXPLICIT_RE.exec(l.text)) {
        if (Number(m[1]) === year) continue;
        ctx.report({ start: l.start + m.index, end: l.start + m.index + m[0].length, messageId: 'explicit', params: { text: m[0], year } });
      }
    }
  },
});
