/**
 * cjk-space on a numbered heading run into running text (RULES.md: "a space where a line break
 * was lost between a heading and its paragraph gets a fix that restores the line break, never
 * one that glues them"). Lines from real copies: wenku.docs.qq.com piiHqomg2x, wenke99.com
 * p-5530274, soolun.net 12bc04ea, taowenge.com p-93338050 (rw2/t02),
 * tougao.spcol.cn tid=1440809 (rwj/05), xiaomilidoc.com p-9721952 (rwn/24).
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed } from '../helpers';
import { applyEdits } from '../../server/src/engine/fix/fix';

/** Each space reported, and the text with each finding's first fix applied. */
function restored(text: string): { spaces: string[]; after: string } {
  const found = findings(text, 'cjk-space');
  const edits = found.flatMap((f) => f.fixes[0]?.edits ?? []);
  return { spaces: found.map((f) => text.slice(f.start, f.end)), after: applyEdits(text, edits) };
}

describe('a heading run into running text', () => {
  it.each([
    [
      '下面,我代表党委、政府对同志们提三点希望: 一、正视成绩,认清形势,找准农业工作的痛点和难点 今年,算是个多灾之年。',
      '下面,我代表党委、政府对同志们提三点希望:\n一、正视成绩,认清形势,找准农业工作的痛点和难点\n今年,算是个多灾之年。',
    ],
    [
      '是改革开放力度较大、人民群众生活质量明显改善的五年。 一、结构调整步伐加快,综合实力逐渐增强 全县上下以经济建设为中心,促进了国民经济较快增长。',
      '是改革开放力度较大、人民群众生活质量明显改善的五年。\n一、结构调整步伐加快,综合实力逐渐增强\n全县上下以经济建设为中心,促进了国民经济较快增长。',
    ],
    [
      '我着重讲两个问题,作为我在这次会议结束时的发言。 第一个问题,关于过去工作的回顾与研究会工作规律性的探讨 十五年前的一月中旬,七部门在北京召开了会议。',
      // The space before the heading follows a sentence's end: its break comes back first too.
      '我着重讲两个问题,作为我在这次会议结束时的发言。\n第一个问题,关于过去工作的回顾与研究会工作规律性的探讨\n十五年前的一月中旬,七部门在北京召开了会议。',
    ],
    [
      '下面,结合我区实际,我再强调四点: 一、充分熟悉营商环境优化工作的重要性 今年,济宁市被确定为代表山东省参与国家营商环境评价的城市。',
      '下面,结合我区实际,我再强调四点:\n一、充分熟悉营商环境优化工作的重要性\n今年,济宁市被确定为代表山东省参与国家营商环境评价的城市。',
    ],
    ['会议要求,要加强组织领导。 (一)压实责任。各级要层层抓落实。', '会议要求,要加强组织领导。\n(一)压实责任。各级要层层抓落实。'],
  ])('%s', (text, after) => {
    const r = restored(text);
    expect(r.spaces.length).toBeGreaterThan(0);
    // The break comes back; no character of the writer's is removed or glued.
    expect(r.after).toBe(after);
    expect(r.after.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    // A suggestion: fix-all leaves the line as it is.
    expect(fixed(text, 'cjk-space')).toBe(text);
  });

  it('uses the draft\'s own line break', () => {
    const text = '在全县工作会议上的讲话\r\n我讲两点意见。 一、提高认识 今年以来,全县经济运行平稳。\r\n';
    expect(restored(text).after).toBe('在全县工作会议上的讲话\r\n我讲两点意见。\r\n一、提高认识\r\n今年以来,全县经济运行平稳。\r\n');
  });

  it.each([
    // An inline list after a colon with no space: nothing was lost.
    '主要有三项任务:(一)稳增长;(二)促改革;(三)惠民生。',
    // A heading on its own line.
    '一、提高认识\n今年以来,全县经济运行平稳。',
  ])('stays quiet: %s', (text) => {
    expect(findings(text, 'cjk-space')).toEqual([]);
  });

  it('a heading whose paragraph opens with a figure, in a copy that spaces its figures: the break comes back, the figure\'s space goes', () => {
    // A county petition report copied from a PDF (dybbs8.com doc-211798294, in traditional characters there).
    const text = '按照会议安排,我讲几点意见。 一、基本情况 2020 年我县共受理群众来信来访 120 件,信访总量下降,群 众满意度提升。';
    const found = findings(text, 'cjk-space');
    const atHeading = found.find((f) => text.slice(f.start, f.end) === '况 2');
    expect(atHeading?.message).toContain('标题与正文挤在一行');
    expect(atHeading?.fixes.map((x) => x.edits[0]!.newText)).toEqual(['\n']);
    expect(fixed(text, 'cjk-space')).toContain('一、基本情况 2020年我县');
  });

  it('a title run into a salutation of several terms: the title\'s break comes back, never glued', () => {
    // A template site's anthology (xiaomilidoc.com p-13182760; typ2/30 and slt/06 are the same shape).
    const text = '医院周年庆领导致辞范文篇一 尊敬的各位领导、各位来宾、同志们、朋友们: 大家上午好! 金秋十月,丹桂飘香,我们迎来了建院周年庆典。';
    const found = findings(text, 'cjk-space');
    const atTitle = found.find((f) => text.slice(f.start, f.end) === '一 尊');
    expect(atTitle?.message).toContain('标题与正文挤在一行');
    expect(atTitle?.fixes.map((x) => x.edits[0]!.newText)).toEqual(['\n']);
    expect(fixed(text, 'cjk-space')).toContain('篇一 尊敬的各位领导');
  });

  it('a title ending in its draft\'s name (文稿, 讲话稿) run into a salutation that names the body first: the break comes back', () => {
    const text = '2021年领导在接受县委巡察工作动员会上的表态发言文稿 县委巡察组各位领导,同志们:县委开展常规巡察,是落实从严治党的重要举措。今天,县委第二巡察组正式进驻,我们表示热烈欢迎!';
    const found = findings(text, 'cjk-space');
    const atTitle = found.find((f) => text.slice(f.start, f.end) === '稿 县');
    expect(atTitle?.message).toContain('标题与正文挤在一行');
    expect(atTitle?.fixes.map((x) => x.edits[0]!.newText)).toEqual(['\n']);
  });

  it('a title ending in 讲话稿 at the line\'s start run into its text: the break comes back, and the copy\'s figure spaces are strays', () => {
    const text = '2021年领导在全县廉政工作会议上讲话稿 政府系统如何抓落实,重点围绕四个字。今年全县共有 126 名干部参加了培训。';
    const found = findings(text, 'cjk-space');
    const atTitle = found.find((f) => text.slice(f.start, f.end) === '稿 政');
    expect(atTitle?.message).toContain('标题与正文挤在一行');
    expect(atTitle?.fixes.map((x) => x.edits[0]!.newText)).toEqual(['\n']);
    expect(found.some((f) => text.slice(f.start, f.end) === '有 126')).toBe(true);
  });

  it('a salutation inside a clause stays a space to delete: 尊敬的 after a pause is no title\'s end', () => {
    const found = findings('我们要向全县广大教师, 尊敬的老师们致以节日的问候:祝大家节日快乐,身体健 康。', 'cjk-space');
    expect(found.some((f) => f.message.includes('标题与正文挤在一行'))).toBe(false);
  });

  it('a figure after a sentence\'s end is no heading: the space is the sentence\'s (tests/rules/cjk-space-marks.test.ts)', () => {
    const found = findings('会议强调了这一点。 一二年来,我们做了大量工作。', 'cjk-space');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('句末标点后多了空格')]);
  });
});
