import { defineRule } from '../rule-api/rule-helpers';
import { canonFor, type CanonEntry } from '../analysis/canon';
import { draftDate, type DraftDate } from '../analysis/draft-date';
import { isWebResidueLine } from '../analysis/residue';
import type { RuleContext } from '../rule-api/rule';
import { supersededUses } from '../analysis/superseded-names';

/** Party congresses in order, with the day each closed (public record). */
const CONGRESSES: ReadonlyArray<{ n: string; closed: [number, number, number] }> = [
  { n: '十八', closed: [2012, 11, 14] },
  { n: '十九', closed: [2017, 10, 24] },
  { n: '二十', closed: [2022, 10, 22] },
];

/** `今年是“十三五”收官之年`: a statement that something is current this year. */
const THIS_YEAR_RE = /今年(?:是|为|作为|正值|恰逢|适逢|也是|又是)([^。；！？\n]{1,40}?)(?:之年|的一年)/g;
/** `学习贯彻党的十八大精神`, `贯彻落实党的十九大和十九届历次全会精神`. */
const CONGRESS_RE = /(?:学习|贯彻|落实|领会|宣传)[^。；，,\n]{0,8}?(?:党的|中共)?(十八|十九|二十)(?:大|届[一二三四五六七八]中全会)(?:[和、及][^。；，,\n]{0,24}?)?精神/g;
/** Characters looked at before a statement for words that put it in the past. */
const WINDOW = 300;
/** Words that put a paragraph in the past (a review of earlier years). */
const HISTORIC_RE = /回顾|过去[五5一1]年|[五5]年来|一年来|去年|那时|当年|期间|时期|以来|曾经|曾/;

function afterDate(d: DraftDate, y: number, m: number, day: number): boolean {
  if (d.year !== y) return d.year > y;
  if (d.month === undefined) return false;
  if (d.month !== m) return d.month > m;
  return d.day !== undefined && d.day > day;
}

export const formulationCurrent = defineRule({
  id: 'formulation-current',
  category: 'slogan',
  description: { zh: '提法已过时（与成文日期不符）', en: 'A formulation used as current after it was superseded' },
  docs: {
    zh: '例：2022 年的讲话写 `今年是“十三五”收官之年`、2019 年写 `深入学习贯彻党的十八大精神`、2023 年写 `坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导`；回顾性表述不报。',
    en: 'e.g. `今年是“十三五”收官之年` in a 2022 speech, `深入学习贯彻党的十八大精神` in 2019, `坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导` in 2023; historic mentions stay quiet.',
  },
  defaultSeverity: 'warning',
  // The finding covers a list or a statement, not a word to ignore.
  wordFindings: false,
  fixable: false,
  messages: {
    ended: {
      zh: '“{text}”与成文日期（{year}年）不符：“{term}”为 {since}—{until} 年的提法，已不是当前提法',
      en: '"{text}" contradicts the date of the draft ({year}): "{term}" belongs to {since}–{until} and is no longer current',
    },
    wrongYear: {
      zh: '“{text}”与成文日期（{year}年）不符：“{term}”的{which}是 {right} 年',
      en: '"{text}" contradicts the date of the draft ({year}): the {which} year of "{term}" is {right}',
    },
    statedEnded: {
      zh: '“{text}”自相矛盾：“{term}”为 {since}—{until} 年的提法，与句中的 {year} 年不符',
      en: '"{text}" contradicts itself: "{term}" belongs to {since}–{until}, not to {year}',
    },
    statedWrongYear: {
      zh: '“{text}”自相矛盾：“{term}”的{which}是 {right} 年，不是句中的 {year} 年',
      en: '"{text}" contradicts itself: the {which} year of "{term}" is {right}, not {year}',
    },
    congress: {
      zh: '“{text}”：成文日期（{year}年）时党的{latest}大已召开，学习贯彻的应是党的{latest}大精神',
      en: '"{text}": by the date of the draft ({year}) the {latest} Party Congress had met; the current line is its spirit',
    },
    guide: {
      zh: '“{text}”与成文日期（{year}年）不符：{guide}已写入党的指导思想，作为当前指导思想的表述应包括{guide}',
      en: '"{text}" contradicts the date of the draft ({year}): {guide} had joined the Party\'s guiding thought, which the current statement of it names',
    },
    superseded: {
      zh: '“{term}”与成文日期（{year}年）不符：{until}年后已为“{current}”，当前应写作“{current}”',
      en: '"{term}" contradicts the date of the draft ({year}): after {until} it became "{current}"',
    },
    supersededBy: {
      zh: '“{term}”与文中的“{later}”（{since}年提出）不属同一时期：{until}年后已为“{current}”，当前应写作“{current}”',
      en: '"{term}" belongs to an earlier time than "{later}" (put forward in {since}) in the same draft: after {until} it became "{current}"',
    },
    plenums: {
      zh: '“{text}”：{later}届全会在党的{later}大之后召开，与之并提的应是党的{later}大，不是{named}大',
      en: '"{text}": the plenums of the {later} Central Committee followed the {later} Party Congress, which is the one named with them, not the {named}',
    },
  },
  check(ctx) {
    laterPlenums(ctx);
    const timed = timedTerms(ctx);
    statedYears(ctx, timed);
    const d = draftDate(ctx.doc);
    superseded(ctx, d?.year);
    if (!d) return;
    outdatedGuides(ctx, d);
    for (const para of ctx.doc.paragraphs) {
      const text = ctx.text.slice(para.start, para.end);
      if (isWebResidueLine(text)) continue;
      THIS_YEAR_RE.lastIndex = 0;
      for (let m = THIS_YEAR_RE.exec(text); m; m = THIS_YEAR_RE.exec(text)) statement(ctx, para.start + m.index, m[0], m[1]!, timed, d.year, false);
      CONGRESS_RE.lastIndex = 0;
      for (let m = CONGRESS_RE.exec(text); m; m = CONGRESS_RE.exec(text)) {
        const k = CONGRESSES.findIndex((c) => c.n === m![1]);
        const next = CONGRESSES[k + 1];
        if (!next || !afterDate(d, ...next.closed)) continue;
        // The latest congress named in the same sentence counts (`十九大和二十大精神`). Windows
        // of a few hundred characters keep a long paragraph linear.
        const from = Math.max(0, m.index - WINDOW);
        const head = text.slice(from, m.index);
        const sentenceStart = from + Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), -1) + 1;
        const tail = text.slice(m.index, m.index + WINDOW);
        const stop = tail.search(/[。；！？]/);
        const sentence = text.slice(sentenceStart, m.index + (stop < 0 ? tail.length : stop));
        if (CONGRESSES.slice(k + 1).some((c) => sentence.includes(`${c.n}大`) || sentence.includes(`${c.n}届`))) continue;
        if (HISTORIC_RE.test(head) || HISTORIC_RE.test(sentence)) continue;
        const latest = [...CONGRESSES].reverse().find((c) => afterDate(d, ...c.closed))!;
        const start = para.start + m.index;
        ctx.report({ start, end: start + m[0].length, messageId: 'congress', params: { text: m[0], year: d.year, latest: latest.n }, data: { congress: m[1] } });
      }
    }
  },
});

/** `坚定“三个自信”` in a draft of 2017 or later (its date, or a formulation it uses, says so). */
function superseded(ctx: RuleContext, year: number | undefined): void {
  for (const u of supersededUses(ctx.text, canonFor(ctx.config).entries, year)) {
    if (isWebResidueLine(ctx.doc.lines[ctx.doc.lineIndexAt(u.start)]!.text)) continue;
    const base = { term: u.term, until: u.entry.until!, current: u.entry.replacedBy! };
    const data = { entry: u.entry.id };
    if (u.datedBy) ctx.report({ start: u.start, end: u.end, messageId: 'supersededBy', params: { ...base, later: u.datedBy.name, since: u.datedBy.since }, data });
    else ctx.report({ start: u.start, end: u.end, messageId: 'superseded', params: { ...base, year: u.year! }, data });
  }
}

/** The canon's terms with the years they were current, longest first. */
function timedTerms(ctx: RuleContext): Array<[string, CanonEntry]> {
  const timed: Array<[string, CanonEntry]> = [];
  for (const e of canonFor(ctx.config).entries) {
    if (e.since === undefined || e.until === undefined) continue;
    for (const n of [...(e.names ?? []), e.wording]) timed.push([n, e]);
  }
  return timed.sort((a, b) => b[0].length - a[0].length);
}

/** `2022年是“十三五”规划实施的关键之年`: a year the sentence names as a timed term's own. */
const YEAR_IS_RE = /((?:19|20)\d\d)年[，,]?(?:是|为|作为|正值|恰逢|适逢|也是|又是)([^。；！？\n]{1,40}?)(?:之年|的一年)/g;

/**
 * A year stated with a plan or another timed term (`2022年是“十三五”规划实施的关键之年`, a template
 * of 2018 with its year updated): the sentence contradicts itself, whatever the draft's date.
 */
function statedYears(ctx: RuleContext, timed: ReadonlyArray<[string, CanonEntry]>): void {
  for (const para of ctx.doc.paragraphs) {
    const text = ctx.text.slice(para.start, para.end);
    if (!text.includes('年') || isWebResidueLine(text)) continue;
    YEAR_IS_RE.lastIndex = 0;
    for (let m = YEAR_IS_RE.exec(text); m; m = YEAR_IS_RE.exec(text)) statement(ctx, para.start + m.index, m[0], m[2]!, timed, Number(m[1]), true);
  }
}

/**
 * One statement that terms are current in `year` (the draft's, or the one it names): each timed
 * term in it with the words after it (`“十三五”收官、“十四五”谋篇布局`) checked against its years.
 */
function statement(ctx: RuleContext, start: number, whole: string, body: string, timed: ReadonlyArray<[string, CanonEntry]>, year: number, stated: boolean): void {
  const hits: Array<[number, string, CanonEntry]> = [];
  for (const [n, e] of timed) {
    const at = body.indexOf(n);
    if (at >= 0 && !hits.some(([p, h]) => at < p + h.length && p < at + n.length)) hits.push([at, n, e]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const zh = ctx.config.locale !== 'en';
  for (let h = 0; h < hits.length; h++) {
    const [at, term, e] = hits[h]!;
    const qualifier = body.slice(at + term.length, h + 1 < hits.length ? hits[h + 1]![0] : body.length);
    const since = e.since!;
    const until = e.until!;
    const end = start + whole.length;
    const base = { text: whole, year, term, since, until };
    const data = { entry: e.id };
    if (/谋划|谋篇|布局|编制|前期|筹备/.test(qualifier)) continue;
    const wrongYear = stated ? 'statedWrongYear' : 'wrongYear';
    if (/开局|开篇|起步|第一年/.test(qualifier)) {
      if (year !== since) ctx.report({ start, end, messageId: wrongYear, params: { ...base, which: zh ? '开局之年' : 'first', right: since }, data });
    } else if (/收官|决胜|最后一年|冲刺/.test(qualifier)) {
      if (year !== until) ctx.report({ start, end, messageId: wrongYear, params: { ...base, which: zh ? '收官之年' : 'final', right: until }, data });
    } else if (year > until || (stated && year < since)) {
      ctx.report({ start, end, messageId: stated ? 'statedEnded' : 'ended', params: base, data });
    }
  }
}

/**
 * `党的十八大和十九届二中、三中全会精神`: a template updated by half. The plenums of a later
 * Central Committee are named with the congress that elected it (党的十九大和十九届历次全会),
 * never with an earlier one; no date is needed to see it.
 */
const PLENUMS_RE = /(?:党的|中共)(十八|十九|二十)大(?:精神)?[和、及以及]+(?:党的)?(十九|二十|二十一)届/g;

function laterPlenums(ctx: RuleContext): void {
  for (const para of ctx.doc.paragraphs) {
    const text = ctx.text.slice(para.start, para.end);
    if (!/届/.test(text) || isWebResidueLine(text)) continue;
    PLENUMS_RE.lastIndex = 0;
    for (let m = PLENUMS_RE.exec(text); m; m = PLENUMS_RE.exec(text)) {
      const named = CONGRESSES.findIndex((c) => c.n === m![1]);
      const later = CONGRESSES.findIndex((c) => c.n === m![2]);
      if (later <= named || later < 0) continue;
      const start = para.start + m.index;
      ctx.report({ start, end: start + m[0].length, messageId: 'plenums', params: { text: m[0], named: m[1]!, later: m[2]! }, data: { congress: m[1] } });
    }
  }
}

/**
 * Guides added to the Party's guiding thought, each by a congress (the Party Constitution as each
 * congress amended it): after that congress closed, a statement of the current guide that names
 * the earlier ones names this one too. `新时代中国特色社会主义思想` also matches a copy whose filter
 * masked the name before it.
 */
const GUIDES: ReadonlyArray<{ guide: string; congress: number }> = [
  { guide: '科学发展观', congress: 0 },
  { guide: '新时代中国特色社会主义思想', congress: 1 },
];
/** `以邓小平理论、“三个代表”重要思想、科学发展观为指导`: the guides the statement names. */
const GUIDE_RE = /以([^。；！？\n]{2,60}?)为(?:指导|指引|行动指南)/g;
const OLD_GUIDE_RE = /邓小平理论|三个代表|科学发展观/;
/** An earlier congress or its plenums named in the sentence: a statement quoted from its time. */
const EARLIER_RE = /十[四五六七八]大|十[四五六七八]届|胡锦涛|江泽民/;

/**
 * `坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导` in a draft dated after the 19th
 * congress: a template of an earlier time taking an outdated statement of the guiding thought as
 * its own. Historic sentences (a review, an earlier congress named, a guide named elsewhere in
 * the sentence) stay quiet.
 */
function outdatedGuides(ctx: RuleContext, d: DraftDate): void {
  const latest = [...GUIDES].reverse().find((g) => afterDate(d, ...CONGRESSES[g.congress]!.closed));
  if (!latest) return;
  for (const para of ctx.doc.paragraphs) {
    const text = ctx.text.slice(para.start, para.end);
    if (!text.includes('为指') && !text.includes('行动指南')) continue;
    if (isWebResidueLine(text)) continue;
    GUIDE_RE.lastIndex = 0;
    for (let m = GUIDE_RE.exec(text); m; m = GUIDE_RE.exec(text)) {
      if (!OLD_GUIDE_RE.test(m[1]!)) continue;
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      if (sentence.includes(latest.guide) || EARLIER_RE.test(sentence) || HISTORIC_RE.test(sentence)) continue;
      if (HISTORIC_RE.test(text.slice(Math.max(0, m.index - WINDOW), m.index))) continue;
      const start = para.start + m.index;
      ctx.report({ start, end: start + m[0].length, messageId: 'guide', params: { text: m[0], year: d.year, guide: latest.guide === '科学发展观' ? '科学发展观' : '习近平新时代中国特色社会主义思想' }, data: { guide: latest.guide } });
    }
  }
}

/** The sentence of `text` around [from, to), read at most WINDOW characters either way. */
function sentenceAround(text: string, from: number, to: number): string {
  const head = text.slice(Math.max(0, from - WINDOW), from);
  const tail = text.slice(to, to + WINDOW);
  const stop = tail.search(/[。；！？]/);
  return head.slice(Math.max(head.lastIndexOf('。'), head.lastIndexOf('；'), head.lastIndexOf('！'), head.lastIndexOf('？')) + 1) + text.slice(from, to) + (stop < 0 ? tail : tail.slice(0, stop));
}
