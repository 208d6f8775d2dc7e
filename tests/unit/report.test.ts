/**
 * The consistency report: slots grouped by kind, formulations with their forms, dates and
 * formats, the outline and announced counts, totals — and its Markdown/HTML renderings.
 * Formulations and announcements come from their own analyses; a switchable fake checks
 * how the report groups them, independently of those analyses' progress.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Announcement } from '../../server/src/engine/analysis/enumerations';
import type { FormulationUse } from '../../server/src/engine/analysis/formulations';
import { report } from '../../server/src/engine/report/report';
import { renderReportHtml, renderReportMarkdown } from '../../server/src/engine/report/render';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { TODAY } from '../helpers';

const fake = vi.hoisted(() => ({
  formulations: undefined as FormulationUse[] | undefined,
  announcements: undefined as Announcement[] | undefined,
}));

vi.mock('../../server/src/engine/analysis/formulations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../server/src/engine/analysis/formulations')>();
  return { ...actual, analyzeFormulations: (...args: Parameters<typeof actual.analyzeFormulations>) => fake.formulations ?? actual.analyzeFormulations(...args) };
});
vi.mock('../../server/src/engine/analysis/enumerations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../server/src/engine/analysis/enumerations')>();
  return { ...actual, findAnnouncements: (...args: Parameters<typeof actual.findAnnouncements>) => fake.announcements ?? actual.findAnnouncements(...args) };
});

beforeEach(() => {
  fake.formulations = undefined;
  fake.announcements = undefined;
});

const DRAFT = [
  '在全市经济工作会议上的讲话',
  '（2024年3月15日）',
  '',
  '同志们：',
  '今年全市完成投资XX亿元，增长X%。请XX同志牵头落实。',
  '会议定于2024-03-20召开，3月31日前完成。',
  '下面，我讲三点意见。',
  '一、稳住经济基本盘',
  '（一）抓投资',
  '（二）抓消费',
  '二、深化改革',
  '三、改善民生',
  '',
].join('\n');

const segmenter = loadSegmenterSync();
const options = { today: TODAY };

describe('report data', () => {
  it('groups open slots by kind with counts and 0-based lines', () => {
    const r = report(DRAFT, options, segmenter);
    expect(r.slots.total).toBe(3);
    expect(r.slots.groups.map((g) => [g.kind, g.count, g.lines, g.slots.map((s) => s.text)])).toEqual([
      ['number', 2, [4], ['XX', 'X']],
      ['name', 1, [4], ['XX']],
    ]);
    const first = r.slots.groups[0]!.slots[0]!;
    expect(DRAFT.slice(first.start, first.end)).toBe('XX');
  });

  it('leaves out slots inside ignored words, as the placeholder rule does', () => {
    const r = report(DRAFT, { ...options, ignoreWords: ['XX同志'] }, segmenter);
    expect(r.slots.groups.map((g) => g.kind)).toEqual(['number']);
  });

  it('lists every date with its format and says whether the formats agree', () => {
    const r = report(DRAFT, options, segmenter);
    expect(r.dateLine).toEqual({ text: '2024年3月15日', line: 1 });
    expect(r.dates.mentions.map((d) => [d.text, d.line, d.format, d.isDateLine])).toEqual([
      ['2024年3月15日', 1, 'chinese', true],
      ['2024-03-20', 5, 'iso', false],
      ['3月31日', 5, 'partial', false],
    ]);
    expect(r.dates.consistent).toBe(false);
    const same = report(DRAFT.replace('2024-03-20', '2024年3月20日'), options, segmenter);
    expect(same.dates.formats).toEqual([
      { format: 'chinese', count: 2 },
      { format: 'partial', count: 1 },
    ]);
    expect(same.dates.consistent).toBe(true);
  });

  it('gives the outline as a tree', () => {
    const r = report(DRAFT, options, segmenter);
    expect(r.title).toEqual({ text: '在全市经济工作会议上的讲话', line: 0 });
    expect(r.outline.map((o) => [o.marker, o.title, o.line, o.children.map((c) => c.marker)])).toEqual([
      ['一、', '稳住经济基本盘', 7, ['（一）', '（二）']],
      ['二、', '深化改革', 10, []],
      ['三、', '改善民生', 11, []],
    ]);
  });

  it('totals the findings per severity, category and rule', () => {
    const r = report(DRAFT, options, segmenter);
    const byRule = Object.fromEntries(r.totals.byRule.map((x) => [x.rule, x.count]));
    expect(byRule.placeholder).toBe(3);
    expect(byRule['date-format']).toBe(1);
    expect(r.totals.byCategory.placeholder).toBe(3);
    expect(r.totals.byRule.reduce((n, x) => n + x.count, 0)).toBe(r.totals.findings);
    expect(Object.values(r.totals.bySeverity).reduce((a, b) => a + b, 0)).toBe(r.totals.findings);
    expect(r.totals.segmented).toBe(true);
  });

  it('a clean draft has no slots and no findings', () => {
    const clean = DRAFT.replace('XX亿元，增长X%。请XX同志', '120亿元，增长6%。请张明同志').replace('2024-03-20', '2024年3月20日');
    const r = report(clean, options, segmenter);
    expect(r.slots.total).toBe(0);
    expect(r.totals.findings).toBe(0);
  });

  it('gives each formulation its forms with counts and lines', () => {
    fake.formulations = [
      {
        term: '六稳',
        canonical: '“六稳”',
        forms: [
          { form: '“六稳”', quote: 'cn-double', count: 2 },
          { form: '六稳', quote: 'none', count: 1 },
        ],
        occurrences: [
          { start: 0, end: 4, line: 3, form: '“六稳”', quote: 'cn-double' },
          { start: 9, end: 13, line: 9, form: '“六稳”', quote: 'cn-double' },
          { start: 20, end: 22, line: 5, form: '六稳', quote: 'none' },
        ],
      },
      { term: '三农', canonical: '“三农”', forms: [{ form: '“三农”', quote: 'cn-double', count: 1 }], occurrences: [{ start: 30, end: 34, line: 6, form: '“三农”', quote: 'cn-double' }] },
    ];
    const r = report(DRAFT, options, segmenter);
    expect(r.formulations).toEqual([
      {
        term: '六稳',
        canonical: '“六稳”',
        canon: 'canonical',
        consistent: false,
        total: 3,
        forms: [
          { form: '“六稳”', quote: 'cn-double', count: 2, lines: [3, 9] },
          { form: '六稳', quote: 'none', count: 1, lines: [5] },
        ],
      },
      { term: '三农', canonical: '“三农”', consistent: true, total: 1, forms: [{ form: '“三农”', quote: 'cn-double', count: 1, lines: [6] }] },
    ]);
  });

  it('sets each announced count against what follows', () => {
    fake.announcements = [
      { start: 0, end: 5, line: 6, text: '讲三点意见', announced: 3, counted: 3, countedWhat: '一级标题' },
      { start: 9, end: 14, line: 8, text: '抓好两件事', announced: 2, counted: 3, countedWhat: '“一是……”' },
      { start: 20, end: 26, line: 9, text: '以下五个方面', announced: 5 },
    ];
    const r = report(DRAFT, options, segmenter);
    expect(r.announcements.map((a) => [a.text, a.announced, a.counted, a.kept])).toEqual([
      ['讲三点意见', 3, 3, true],
      ['抓好两件事', 2, 3, false],
      ['以下五个方面', 5, undefined, undefined],
    ]);
  });
});

describe('report data from the real analyses', () => {
  it('formulations and announced counts of a draft', () => {
    const text = [
      '在全市经济工作会议上的讲话',
      '（2024年3月15日）',
      '',
      '同志们：',
      '要做好“六稳”工作，落实“六保”任务。',
      '做好六稳工作，关键在落实。下面，我讲三点意见。',
      '一、稳增长',
      '二、促改革',
      '',
    ].join('\n');
    const r = report(text, options, segmenter);
    const sixStable = r.formulations.find((f) => f.term === '六稳');
    expect(sixStable?.consistent).toBe(false);
    expect(sixStable?.forms.map((f) => [f.form, f.count, f.lines])).toEqual([
      ['“六稳”', 1, [4]],
      ['六稳', 1, [5]],
    ]);
    expect(r.formulations.find((f) => f.term === '六保')?.consistent).toBe(true);
    expect(r.announcements.map((a) => [a.line, a.announced, a.counted, a.kept])).toEqual([[5, 3, 2, false]]);
    expect(r.totals.byCategory.slogan).toBeGreaterThan(0);
    expect(r.totals.byCategory.structure).toBeGreaterThan(0);
  });
});

describe('rendering', () => {
  it('a blank slot (spaces, or nothing at all) shows as ＿', () => {
    const md = renderReportMarkdown(report('财政收入完成亿元，增长 %。\n', options, segmenter), { file: 'draft.txt' });
    expect(md).toContain('| ＿ | 空白 | 2 |');
  });

  it('Markdown: tables with 1-based lines', () => {
    const md = renderReportMarkdown(report(DRAFT, options, segmenter), { file: 'draft.txt' });
    expect(md).toContain('# 一致性报告：draft.txt');
    // The summary strip comes first: each category with its count and state.
    expect(md.indexOf('## 概览')).toBeLessThan(md.indexOf('## 未填写的占位符'));
    expect(md).toContain('| 占位符 | 3 | 需处理 |');
    expect(md).toContain('| 残留 | 0 | 通过 |');
    // One row per distinct slot, with its sentence; a figure XX and a name XX apart.
    expect(md).toContain('| XX | 数字 | 1 | 第 5 行 | 今年全市完成投资【XX】亿元，增长X%。 |');
    expect(md).toContain('| X | 数字 | 1 | 第 5 行 | 今年全市完成投资XX亿元，增长【X】%。 |');
    expect(md).toContain('| XX | 人名 | 1 | 第 5 行 | 请【XX】同志牵头落实。 |');
    // Dates say plainly how a wrongly written one should read.
    expect(md).toContain('| 6 | 2024-03-20 | 写法不规范，应为 2024年3月20日 |');
    expect(md).toContain('全文日期写法不统一。');
    expect(md).toContain('- 一、稳住经济基本盘（第 8 行）');
    expect(md).toContain('  - （一）抓投资（第 9 行）');
    // Rule names, not ids; full-width colons in Chinese labels.
    expect(md).toContain('| 未填写的占位符（XX、某某、○○） | 占位符 | 3 |');
    expect(md).not.toMatch(/\| placeholder \|/);
    expect(md).toContain('- 标题：在全市经济工作会议上的讲话（第 1 行）');
  });

  it('Markdown in English', () => {
    const md = renderReportMarkdown(report(DRAFT, options, segmenter), { locale: 'en' });
    expect(md).toContain('## Open slots (3)');
    expect(md).toContain('| XX | figure | 1 | line 5 | 今年全市完成投资【XX】亿元，增长X%。 |');
    expect(md).toContain('- Title: 在全市经济工作会议上的讲话 (line 1)');
    expect(md).toContain('| Placeholders | 3 | needs attention |');
  });

  it('Markdown: document text cannot break a table or add markup', () => {
    const text = '在|的*讲话*上\n（2024年3月15日）\n\n一、<b>要点</b>|[链接](http://x)\n';
    const md = renderReportMarkdown(report(text, options, segmenter));
    expect(md).toContain('在\\|的\\*讲话\\*上');
    expect(md).toContain('一、\\<b\\>要点\\</b\\>\\|\\[链接\\](http://x)');
  });

  it('HTML: self-contained, and every piece of document text escaped', () => {
    fake.formulations = [
      { term: '<img src=x onerror=alert(1)>', canonical: '"x"', forms: [{ form: '"x"', quote: 'ascii-double', count: 1 }], occurrences: [{ start: 0, end: 3, line: 0, form: '"x"', quote: 'ascii-double' }] },
    ];
    const text = '在<script>alert("x")</script>&会上的讲话\n（2024年3月15日）\n\n一、\'要点\'<i>XX</i>\n投资XX亿元。\n';
    const html = renderReportHtml(report(text, options, segmenter), { file: 'a<b>.txt' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<img|<i>|<b>|<a |<link/i);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;');
    expect(html).toContain('a&#60;b&#62;.txt');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain("Content-Security-Policy");
  });
});

describe('the 提法 table against the formulation canon', () => {
  const text = '在全县经济工作会议上的讲话\n（2022年1月5日）\n同志们：\n今年是“十三五”收官之年。要增强“四个意识”，即政治意识、全局意识、核心意识、看齐意识。坚定“四个自信”。要坚持以经济建设为重心。\n';
  const r = report(text, { today: TODAY }, loadSegmenterSync());
  it('marks each known formulation 规范, 不规范 or 已过时', () => {
    const status = Object.fromEntries(r.formulations.map((f) => [f.term, f.canon]));
    expect(status['四个自信']).toBe('canonical');
    expect(status['四个意识']).toBe('nonstandard');
    expect(status['十三五']).toBe('outdated');
    expect(r.formulations.find((f) => f.canonical === '坚持以经济建设为中心')?.canon).toBe('nonstandard');
  });
  it('shows the column in the rendered report', () => {
    const md = renderReportMarkdown(r, { locale: 'zh-CN' });
    expect(md).toContain('规范性');
    expect(md).toContain('已过时');
    expect(md).toContain('不规范');
  });
});
