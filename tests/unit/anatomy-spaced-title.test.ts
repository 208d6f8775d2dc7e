/**
 * A Word title set out letter by letter to the page width (`第 二 次 会 议 开 幕 词`) under the line naming its
 * meeting: the two lines are the draft's title, under a document site's own headline for the page, and the
 * date line the fix inserts goes under both. A title set out so on its own (`政 府 工 作 报 告`) is no second
 * half of the line above it.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { applyFirstFix, findings } from '../helpers';

const BODY = '各位代表：\n在这春回大地的时节，公司职工代表大会隆重开幕了。';

describe('a letter-spaced title line', () => {
  it('joins the line naming its meeting, under the page headline', () => {
    const title = '某某机械公司第八届职工代表大会\n第 三 次 会 议 开 幕 词';
    const text = `工会开幕词\n${title}\n${BODY}`;
    const doc = new SpeechDocument(text);
    expect(doc.title && text.slice(doc.title.start, doc.title.end)).toBe(title);
    const found = findings(text, 'date-missing');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([title]);
    expect(applyFirstFix(text, found[0]!)).toBe(`工会开幕词\n${title}\n（    年  月  日）\n${BODY}`);
  });

  it('set out on its own, is a title of its own', () => {
    const text = '某镇2023年政府工作报告和2024年工作安排\n政 府 工 作 报 告\n2024年2月6日在某镇人民代表大会上\n各位代表：\n现在，我代表镇人民政府向大会报告工作。';
    const doc = new SpeechDocument(text);
    expect(doc.title && doc.lines[doc.title.lastLine]!.text).not.toBe('政 府 工 作 报 告');
  });
});
