/**
 * Wrong safe fixes found by blind6's audit of 63 copied pages: what fix-all, with every rule,
 * must not do to a draft.
 */
import { describe, expect, it } from 'vitest';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { describeCorpusFile, findings, TODAY } from '../helpers';

const fixAll = (text: string) => fixAllSync(text, { today: TODAY }, {}, loadSegmenterSync()).text;

describe('fix-all with every rule', () => {
  it("deletes a site's upload date with the widgets around it, not turning it into the speech's date line", () => {
    // 51gongwen.com (blind6/58): the site's card under the title, the title again, the speech.
    const text =
      '在全市一季度重点项目集中开工仪式上的讲话\nVIP专免\n2023-12-25\n999+\n20KB\n4 页\n海报\n侵权投诉\n在全市一季度重点项目集中开工仪式上的讲话\n同志们：\n今天我们隆重举行全市一季度重点项目集中开工仪式。\n';
    const out = fixAll(text);
    expect(out).not.toContain('2023年12月25日');
    expect(out).not.toContain('2023-12-25');
    expect(out.startsWith('在全市一季度重点项目集中开工仪式上的讲话\n同志们：')).toBe(true);
  });

  it('converts a traditional draft keeping 著 where the word is 显著, 卓著, 著名, and 着 where it is 随着', () => {
    // yamab2b.com (blind6/53): OpenCC's Taiwan table made 顯著 显着 and 聲名卓著 声名卓着.
    const text =
      '醫院院慶活動上的領導講話稿\n今天，我們在這裡隆重集會，共同慶祝人民醫院建院百年。醫院曾長期作為地區中心醫院而存在，聲名卓著，業績輝煌！醫院在醫療、教學、科研等各個方面都取得了顯著成績。當前，隨著人民群眾對生活質量追求的日益提高，著名專家看著我們成長。\n';
    expect(findings(text, 'traditional-char')[0]?.message).toMatch(/全文用繁体字书写/);
    const out = fixAll(text);
    expect(out).toContain('声名卓著');
    expect(out).toContain('显著成绩');
    expect(out).toContain('随着人民群众');
    expect(out).toContain('著名专家看着我们');
  });
});

describeCorpusFile('blind6.json');
