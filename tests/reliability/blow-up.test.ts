/**
 * Guards against quadratic blow-up (issue 8): each pathological shape of 1 MB must be checked
 * (or fixed) within a generous bound. Not a benchmark: a quadratic path takes minutes on
 * these inputs (100 KB of `X` took 14 s, 1 MB of `，。` 84 s, `--fix` on 1 MB of real text
 * 69 s), so a bound of tens of seconds only fails when something went quadratic again.
 */
import { describe, expect, it } from 'vitest';
import { checkSync, resolveConfig } from '../../server/src/engine/check';
import { applyEdits, fixAllSync, selectSafeEdits } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { MAX_FINDINGS_PER_RULE, SHOWN_FINDINGS_PER_RULE, summarizeFindings } from '../../server/src/engine/summarize';
import type { Finding, TextEdit } from '../../server/src/engine/model/types';
import { TODAY } from '../helpers';

const MB = 1 << 20;
/** Seconds per megabyte no linear path comes near on a loaded machine. */
const BOUND_MS = 60_000;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** A paragraph in the style of a work report: prose, figures, quotes, dates, outline. */
const PROSE =
  '一、2023年工作回顾。过去一年，全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，' +
  '扎实做好“六稳”工作、全面落实“六保”任务，地区生产总值增长5.2%，一般公共预算收入完成128.6亿元。' +
  '（一）坚持项目为王，全年实施重点项目326个，完成投资XX亿元。2024年3月15日，我们召开会议作出部署。' +
  '二是抓改革，深化“放管服”改革，优化营商环境；三是抓民生，办好十件民生实事。';

const options = resolveConfig({ today: TODAY });

function timed<T>(run: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = run();
  return { ms: performance.now() - t0, value };
}

const SHAPES: Array<[name: string, text: string]> = [
  ['a run of X (URL/e-mail pattern)', repeatTo('X', MB)],
  ['a run of digits', repeatTo('1234567890', MB)],
  ['a run of letters and dots', repeatTo('abc.def-', MB)],
  ['alternating ，。 on one line', repeatTo('，。', MB)],
  ['alternating ，。 in short lines', repeatTo('今天，。，。，。开会\n', MB)],
  ['page-counter lines, then boilerplate', `${repeatTo('第3页 共12页\n- 2 -\n', MB)}此处隐藏1234字，下载后查看\n`],
  ['lines without brackets or sentence ends', repeatTo('一是抓项目\n', MB)],
  ['e-mail-like runs', repeatTo('a.b@c', MB)],
  ['brackets left open', repeatTo('（', MB / 4)],
  // Slot marks of two kinds alternating: joining touching marks re-tested the joined text (2 min for 200 KB).
  ['alternating slot marks ×* on one line', `全年投资${repeatTo('×*', MB / 4)}亿元`],
  ['alternating masked decimals ××.* on one line', `全年投资${repeatTo('××.*', MB / 4)}亿元`],
  // Template words and deleted names (slot-words.ts): each match looks around it in a bounded window.
  ['template words on one line', repeatTo('完成投资多少亿元，请某同志，于某年某月，在的领导下，', MB / 4)],
  ['titles listed without names on one line', `他们是：${repeatTo('老师、', MB / 4)}老师。`],
  // Patterns opening on a lookbehind that scans back over spaces ran it at every position:
  // 8 KB of spaces, 代表 and 8 KB of full-width spaces took 11 s, 64 KB over a minute.
  ['a line of spaces, a word and full-width spaces', `${' '.repeat(MB / 8)}代表${'\u3000'.repeat(MB / 8)}`],
  ['spaces before 强调， again and again', repeatTo(`${' '.repeat(30)}强调，`, MB / 4)],
  // The same look-behind over spaces, before `--` typed for a dash at a line's start (dash-dot-marks.ts).
  ['a line of spaces, a word, a dash and full-width spaces', `${' '.repeat(MB / 8)}代表--发言${'\u3000'.repeat(MB / 8)}--`],
];

describe('no pathological 1 MB draft blows up (no segmentation)', () => {
  it.each(SHAPES)('%s', (_name, text) => {
    const { ms } = timed(() => checkSync(text, options, null));
    expect(ms).toBeLessThan(BOUND_MS);
  }, 3 * BOUND_MS);
});

describe('with segmentation', () => {
  const segmenter = loadSegmenterSync();

  it('one long line of 1 MB of prose', () => {
    const { ms, value } = timed(() => checkSync(repeatTo(PROSE, MB), options, segmenter));
    expect(value.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(2 * BOUND_MS);
  }, 4 * BOUND_MS);

  // Slot marks on a line with no separator the segmenter cuts at: each one walked out to the
  // clause's ends and searched its tokens from the start (20,000 characters took 5-7 s, 40,000 12 s).
  it.each([
    ['slots among dates and brackets on one line', '”星期五（2X月X月（2'],
    ['slots, blanks and words on one line', 'XX项目＿＿周年我们'],
  ])('%s, 512 KB', (_name, unit) => {
    const { ms, value } = timed(() => checkSync(repeatTo(unit, MB / 2), options, segmenter));
    expect(value.some((f) => f.rule === 'placeholder')).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 4 * BOUND_MS);

  // Items on a line with no sentence end: each item's range and title searched the rest of the
  // line (40,000 characters of `一、二是`: 6.7 s).
  it('numbered items with no sentence end on one line, 512 KB', () => {
    const { ms, value } = timed(() => checkSync(repeatTo('一、二是', MB / 2), options, segmenter));
    expect(value.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 4 * BOUND_MS);

  // A quoted count on a line without clause marks read the rest of the line for its list's
  // clauses (80,000 characters: 11 s); a closing bracket with nothing open searched back for
  // its line's start (80,000 characters of `〉书`: 2 s, growing fourfold with each doubling).
  // Many slots on a line with no closing double quote: each slot searched the whole line for
  // one, and back and forward for the quote of a cited phrase (320,000 characters of
  // `‘3＿＿》`: 18 s, of `……总书记`: 12 s, growing fourfold with each doubling).
  it.each([
    ['blanks among single quotes and title marks on one line', '‘3＿＿》'],
    ['ellipses among words on one line', '……总书记'],
  ])('%s, 1 MB', (_name, unit) => {
    const { ms, value } = timed(() => checkSync(repeatTo(unit, MB), options, segmenter));
    expect(value.some((f) => f.rule === 'placeholder')).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 4 * BOUND_MS);

  it.each([
    ['quoted counts with no clause mark on one line', '‘四个意识‘!', MB / 2],
    ['stray closing brackets on one line', '〉书', MB],
  ])('%s', (_name, unit, size) => {
    const { ms, value } = timed(() => checkSync(repeatTo(unit, size), options, segmenter));
    expect(value.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 4 * BOUND_MS);

  // Page counters glued into one long line among spaces and brackets (a page's text copied
  // without its breaks): each finding and each space read every residue span of the line
  // (1 MB: 22 s, growing fourfold with each doubling).
  it('page counters, spaces and brackets mixed on one line, 2 MB', () => {
    const pieces = ['\u3000', '第3页 共12页', ' ', '（一）', '）'];
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let text = '';
    while (text.length < 2 * MB) text += pieces[Math.floor(next() * pieces.length)];
    const { ms, value } = timed(() => checkSync(text, options, segmenter));
    expect(value.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 4 * BOUND_MS);

  it('fix-all on 1 MB of prose with a fix in every line', () => {
    const text = repeatTo(`${PROSE.replace(/，/g, ',')}\n`, MB);
    const { ms, value } = timed(() => fixAllSync(text, options, {}, segmenter));
    expect(value.applied).toBeGreaterThan(1000);
    expect(value.text).not.toMatch(/[\u4e00-\u9fff],[\u4e00-\u9fff]/);
    expect(ms).toBeLessThan(2 * BOUND_MS);
  }, 4 * BOUND_MS);
});

describe('fix machinery is linear in the number of edits', () => {
  it('selects and applies 200,000 edits, and one fix holding 200,000 edits', () => {
    const text = repeatTo('今天,我们', 1_000_000);
    const edits: TextEdit[] = [];
    for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) edits.push({ start: i, end: i + 1, newText: '，' });
    expect(edits.length).toBeGreaterThan(190_000);
    const finding = (e: TextEdit[]): Finding => ({ rule: 'punct-halfwidth', category: 'typography', severity: 'warning', message: '', start: 0, end: 0, fixes: [{ title: '', edits: e, safe: true }] });
    const many = edits.map((e) => finding([e]));
    const one = [finding(edits)];
    for (const findings of [many, one]) {
      const { ms, value } = timed(() => applyEdits(text, selectSafeEdits(findings)));
      expect(value).not.toContain(',');
      expect(ms).toBeLessThan(BOUND_MS);
    }
  }, 3 * BOUND_MS);
});

describe('a pathological draft yields a bounded, summarised set of findings', () => {
  it('2 MB of “: the engine builds at most its cap per rule and counts the rest', () => {
    const text = repeatTo('“', 2 * MB);
    const { ms, value } = timed(() => checkSync(text, options, null));
    const quotes = value.filter((f) => f.rule === 'quote-pair');
    expect(quotes.length).toBe(MAX_FINDINGS_PER_RULE + 1);
    expect(quotes[quotes.length - 1]!.message).toContain(String(2 * MB - MAX_FINDINGS_PER_RULE));
    const shown = summarizeFindings(value, 'en').filter((f) => f.rule === 'quote-pair');
    expect(shown.length).toBe(SHOWN_FINDINGS_PER_RULE + 1);
    expect(shown[SHOWN_FINDINGS_PER_RULE]!.message).toBe(`${2 * MB - SHOWN_FINDINGS_PER_RULE} more "Unpaired or reversed quotation marks" findings not listed (too many of this kind; deal with the listed ones first)`);
    expect(ms).toBeLessThan(2 * BOUND_MS);
  }, 4 * BOUND_MS);

  it('a draft under the caps is shown whole', () => {
    const findings = checkSync('今天,,我们开会。。\n', options, null);
    expect(summarizeFindings(findings, 'zh-CN')).toEqual(findings);
  });
});

describe('an rc file with 200,000 words', () => {
  it('ignoreWords and formulations of 200,000 entries normalise and check without overflowing the stack', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => `词${i.toString(36)}`);
    const config = resolveConfig({ today: TODAY, ignoreWords: [...words, '我们开会'], formulations: words });
    expect(config.ignoreWords.length).toBe(200_001);
    const { ms, value } = timed(() => checkSync(repeatTo('今天,我们开会，，研究工作。\n', 100_000), config, null));
    expect(value.some((f) => f.rule === 'punct-repeat')).toBe(true);
    expect(ms).toBeLessThan(BOUND_MS);
  }, 3 * BOUND_MS);
});
