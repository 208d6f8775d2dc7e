/**
 * residue: web-residue, pinyin-residue, broken-line — tables, the pattern data checked
 * entry by entry, the title still found under residue, a clean draft, idempotent fix-all.
 */
import { describe, expect, it } from 'vitest';
import { findings, flagged, fixed } from '../helpers';
import { findWebResidueLines, WEB_RESIDUE_PATTERNS, webResidueStrength } from '../../server/src/engine/analysis/residue';
import { findResidueSpans, SENTENCE_PATTERNS, SPAN_PATTERNS } from '../../server/src/engine/analysis/residue-spans';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import type { RuleId } from '../../server/src/engine/model/types';

const RESIDUE: RuleId[] = ['web-residue', 'pinyin-residue', 'broken-line'];

describe('web-residue patterns (data)', () => {
  for (const p of WEB_RESIDUE_PATTERNS) {
    it(p.pattern, () => {
      for (const e of p.examples) expect(webResidueStrength(e), e).toBe(p.weak ? 'weak' : 'strong');
      for (const c of p.counterexamples) expect(new RegExp(p.pattern).test(c.trim()), c).toBe(false);
      // A safe deletion needs the whole line to be chrome: the pattern is anchored at both ends.
      if (p.safe) expect(p.pattern.startsWith('^') && p.pattern.endsWith('$'), 'safe pattern anchored').toBe(true);
    });
  }
  for (const p of SPAN_PATTERNS) {
    it(`span ${p.pattern}`, () => {
      for (const [line, span] of p.examples) {
        const found = findResidueSpans(line, 0).map((s) => line.slice(s.start, s.end));
        expect(found, line).toContain(span);
        // A gate skips lines the pattern cannot match: each span found holds it.
        if (p.gate) expect(new RegExp(p.gate).test(span), `gate in ${span}`).toBe(true);
      }
      for (const c of p.counterexamples) expect(findResidueSpans(c, 0), c).toEqual([]);
    });
  }
  for (const p of SENTENCE_PATTERNS) {
    it(`sentence ${p.pattern}`, () => {
      for (const e of p.examples) expect(findResidueSpans(e, 0).map((s) => e.slice(s.start, s.end)), e).toEqual([e]);
      for (const c of p.counterexamples) expect(findResidueSpans(c, 0), c).toEqual([]);
    });
  }
});

describe('web-residue', () => {
  /** The page as copied, each line marked with whether web-residue must flag it. */
  const lines: Array<[string, boolean]> = [
    ['您好,欢迎访问三七文档', true],
    ['当前位置:首页 > 办公文档 > 讲话稿', true],
    ['在全市工作会议上的讲话', false],
    ['VIP专免', true],
    ['2024-03-19', true],
    ['999+', true],
    ['31KB', true],
    ['22 页', true],
    ['侵权投诉', true],
    ['同志们：', false],
    ['今天召开会议，主要任务是部署工作。', false],
    ['展开>>', true],
    ['收起<<', true],
    ['在全市工作会议上的讲话同志们：今天召开会议，主要任务是...', true],
    ['评论(0)', true],
    ['没有更多评论了哦~', true],
    ['登录/注册', true],
  ];
  const draft = lines.map(([l]) => l).join('\n');

  it('flags every boilerplate line, including weak lines beside strong ones and the truncated summary', () => {
    expect(flagged(draft, 'web-residue')).toEqual(lines.filter(([, r]) => r).map(([l]) => l));
  });

  it('fix-all deletes the chrome lines and nothing else; the title is still the title', () => {
    // The site's summary of the speech holds the draft's own words: a suggestion. The bare date
    // between the site's widgets (VIP专免 / 2024-03-19 / 999+) is its upload date and goes with
    // them: left alone under the title, the next pass made it the speech's date line (2024年3月19日,
    // blind6/58, a 51gongwen.com copy).
    expect(fixed(draft, 'web-residue')).toBe(
      '在全市工作会议上的讲话\n同志们：\n今天召开会议，主要任务是部署工作。\n在全市工作会议上的讲话同志们：今天召开会议，主要任务是...',
    );
    expect(new SpeechDocument(draft).title?.text).toBe('在全市工作会议上的讲话');
    const [f] = findings(draft, 'web-residue');
    expect(f!.message).toContain('请删除此行');
    expect(f!.fixes[0]!.safe).toBe(true);
  });

  it('weak lines alone are content', () => {
    const text = '在全市工作会议上的讲话\n2024-03-19\n同志们：\n今年全市完成投资\n999+\n项目。';
    expect(flagged(text, 'web-residue')).toEqual([]);
    expect([...findWebResidueLines(text.split('\n'))]).toEqual([]);
  });

  it('prose that mentions the same words stays', () => {
    const text = '欢迎大家来到我市考察。\n当前位置重要，下载安装后即可使用。\n相关推荐意见请报市政府。\n请登录省政务服务网填报数据。';
    expect(flagged(text, 'web-residue')).toEqual([]);
  });
});

describe('pinyin-residue', () => {
  const invalid: Array<[string, string[], string]> = [
    ['项目建設(shè)暨脱贫攻坚', ['(shè)'], '项目建設暨脱贫攻坚'],
    ['項目任務(wù)，各縣(市、區(qū))', ['(wù)', '(qū)'], '項目任務，各縣(市、區)'],
    // Common characters no converter touched: found, but a suggestion (the writer may have put
    // the reading there for the speaker): fix-all leaves it.
    ['各项任务(wù)，各县(市、区(qū))', ['(wù)', '(qū)'], '各项任务(wù)，各县(市、区(qū))'],
    ['加强建设（jiàn shè）工作', ['（jiàn shè）'], '加强建设（jiàn shè）工作'],
    ['建设(jian4 she4)工作', ['(jian4 she4)'], '建设工作'],
  ];
  it.each(invalid)('%s', (text, expected, output) => {
    expect(flagged(text, 'pinyin-residue')).toEqual(expected);
    expect(fixed(text, 'pinyin-residue')).toBe(output);
  });
  const valid = [
    '(1)加强领导；（2）落实责任。',
    '中国(China)和世界贸易组织(WTO)。',
    '参见李明(Li Ming)的报告，使用A4(A4)纸。',
    '单位(ma)和X(xù)以及发布了(Good)。',
    '其他工作（略）。',
  ];
  it.each(valid)('%s', (text) => expect(flagged(text, 'pinyin-residue')).toEqual([]));
});

/** A PDF page cut at 24 characters. */
const PDF = `在全市工作会议上的讲话
同志们：
今天会议的主要任务是，统筹推进疫情防控和经济社
会发展工作。这既是一次大战，也是一次大考，各级各部
门特别是各级领导干部要扛起责任，统筹兼顾，巩固好来
之不易的防控形势，全面恢复好经济社会运行秩序，努力
把今年的各项目标任务完成好，确保交出优异的答卷。
第一，着力推动实体经济发展。就是要帮助实体经济
攻坚克难，实现高质量发展，这是当前的首要任务。`;

describe('broken-line', () => {
  it('joins PDF-wrapped lines, each break its own finding', () => {
    const fs = findings(PDF, 'broken-line');
    expect(fs.map((f) => PDF.slice(f.start, f.end))).toEqual(['社\n会', '部\n门', '来\n之', '力\n把', '济\n攻']);
    expect(fixed(PDF, 'broken-line')).toBe(`在全市工作会议上的讲话
同志们：
今天会议的主要任务是，统筹推进疫情防控和经济社会发展工作。这既是一次大战，也是一次大考，各级各部门特别是各级领导干部要扛起责任，统筹兼顾，巩固好来之不易的防控形势，全面恢复好经济社会运行秩序，努力把今年的各项目标任务完成好，确保交出优异的答卷。
第一，着力推动实体经济发展。就是要帮助实体经济攻坚克难，实现高质量发展，这是当前的首要任务。`);
  });

  const valid: Array<[string, string]> = [
    ['one line per paragraph', '同志们：\n今天会议的主要任务是统筹推进疫情防控和经济社会发展工作。\n这既是一次大战，也是一次大考。\n'],
    ['a poem', '床前明月光\n疑是地上霜\n举头望明月\n低头思故乡\n'],
    [
      'a list of headings of one width',
      '一、统筹推进疫情防控和经济社会发展工作的总体要求\n二、统筹推进疫情防控和经济社会发展工作的主要任务\n三、统筹推进疫情防控和经济社会发展工作的保障措施\n四、统筹推进疫情防控和经济社会发展工作的组织领导\n五、统筹推进疫情防控和经济社会发展工作的考核评价\n',
    ],
    [
      'Markdown',
      '# 讲话\n\n今天会议的主要任务是，统筹推进疫情防控和经济社\n会发展工作。这既是一次大战，也是一次大考，各级各部\n门特别是各级领导干部要扛起责任，统筹兼顾，巩固好来\n之不易的防控形势，全面恢复好经济社会运行秩序，努力\n- 一项\n- 两项\n',
    ],
  ];
  it.each(valid)('%s', (_name, text) => expect(flagged(text, 'broken-line')).toEqual([]));

  it('finds one break before the tail of a sentence in a draft of one line per paragraph, and leaves joining to the writer', () => {
    const text = '同志们：\n今天会议的主要任务是统筹推进疫情防控和经济社会发展工作，这既是一次大战\n也是一次大考。\n';
    expect(flagged(text, 'broken-line')).toEqual(['战\n也']);
    expect(fixed(text, 'broken-line')).toBe(text);
  });
});

const CLEAN = `在全市经济工作会议上的讲话
（2024年3月15日）
同志们：
今天召开全市经济工作会议，主要任务是总结去年工作，安排部署今年任务。下面，我讲三点意见。
一、肯定成绩，坚定信心
去年，全市地区生产总值增长6.2%，PM2.5平均浓度下降到32微克每立方米（μg/m³），CPI涨幅控制在2.5%以内。
张伟同志、欧阳明同志分别通报了有关情况(详见附件1)，鄂尔多斯市的经验值得学习。
二、正视问题，保持清醒
要推进IT产业和AI应用，加快5G基站建设，做好GDP核算。
三、真抓实干，狠抓落实
希望大家再接再厉，谢谢大家。
`;

describe('a clean draft has no residue findings, and fix-all is idempotent', () => {
  it('clean draft', () => {
    for (const rule of RESIDUE) expect(flagged(CLEAN, rule), rule).toEqual([]);
  });
  it('idempotent fix-all', () => {
    const messy = `VIP专免\n999+\n${PDF}\n建設(shè)\n评论(0)`;
    for (const rule of RESIDUE) {
      const once = fixed(messy, rule);
      expect(fixed(once, rule), rule).toBe(once);
      expect(findings(once, rule).filter((f) => f.fixes[0]?.safe), rule).toEqual([]);
    }
  });
});

describe('web-residue: spans, contents pages, and what other rules see', () => {
  it('deletes only the span glued into a line of the draft', () => {
    const text = '同志们：\n会议强调，要全面推进乡村振兴（未完，全文共5000字，登录后阅读全文）\n各级领导干部要扛起责任第3页 共12页，统筹兼顾。';
    expect(flagged(text, 'web-residue')).toEqual(['（未完，全文共5000字，登录后阅读全文）', '第3页 共12页']);
    expect(fixed(text, 'web-residue')).toBe('同志们：\n会议强调，要全面推进乡村振兴\n各级领导干部要扛起责任，统筹兼顾。');
  });

  it('a 小编 sentence before the speech goes, the speech stays', () => {
    const text = '下面是小编为大家整理的在全市工作会议上的讲话，欢迎阅读。同志们：今天召开会议。';
    expect(flagged(text, 'web-residue')).toEqual(['下面是小编为大家整理的在全市工作会议上的讲话，欢迎阅读。']);
    expect(fixed(text, 'web-residue')).toBe('同志们：今天召开会议。');
  });

  it('a contents page copied with the text is residue, as a suggestion', () => {
    const text = '在全市工作会议上的讲话\n目录\n一、肯定成绩，坚定信心 2\n二、正视问题，保持清醒 5\n三、真抓实干，狠抓落实 9\n同志们：\n一、肯定成绩，坚定信心\n去年全市经济稳中有进。';
    expect(flagged(text, 'web-residue')).toEqual(['目录', '一、肯定成绩，坚定信心 2', '二、正视问题，保持清醒 5', '三、真抓实干，狠抓落实 9']);
    expect(findings(text, 'web-residue').every((f) => f.fixes[0]!.safe === false)).toBe(true);
  });

  it('a line "目录" followed by prose is not a contents page', () => {
    expect(flagged('目录\n今天召开会议，主要任务是部署工作。\n同志们要抓紧落实。', 'web-residue')).toEqual([]);
  });

  it('forum anti-copy junk around a heading goes, the heading stays', () => {
    const text = '% H, N8 ]: q: }. q! v(一)领导讲话稿的概念& J* D0 x: J2 [* c5 C6 w';
    expect(fixed(text, 'web-residue')).toBe('(一)领导讲话稿的概念');
  });

  it('other rules do not check residue lines or spans', () => {
    const text = '在全市工作会议上的讲话\n（2024年3月15日）\n发布时间：2021-06-24 00:32:59\n同志们：\n今天召开会议（未完，全文共5000字，登录后阅读全文\n';
    const others = findings(text).filter((f) => f.rule !== 'web-residue');
    expect(others.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`)).toEqual([]);
    expect(flagged(text, 'web-residue')).toEqual(['发布时间：2021-06-24 00:32:59', '（未完，全文共5000字，登录后阅读全文']);
  });
});
