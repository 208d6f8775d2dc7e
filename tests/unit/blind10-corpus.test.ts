/**
 * blind10's audit of 51 copied pages: the excerpts in tests/corpus/blind10.json, and what
 * fix-all does with the site's banner and piece marker glued before the draft's own words.
 */
import { describe, expect, it } from 'vitest';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { describeCorpusFile, TODAY } from '../helpers';

const fixAll = (text: string) => fixAllSync(text, { today: TODAY }, {}, loadSegmenterSync()).text;

describe('fix-all with every rule', () => {
  it("deletes a site's 下载网址…加微 banner sentence glued before the title, keeping the title", () => {
    // laojin123.com (blind10/06, blind6/46).
    const out = fixAll('老金范文,海量公文素材资料,下载网址:www.laojin123.com,润笔请加微:liaoda199。 在全镇安全生产工作会议上的讲话\n同志们：\n今天召开会议。\n');
    expect(out.startsWith('在全镇安全生产工作会议上的讲话\n')).toBe(true);
  });

  it("deletes the piece marker 【篇一】 before the salutation, keeping the salutation", () => {
    // 92hp.com (blind10/09).
    const out = fixAll('【篇一】 同志们：\n今天召开会议。\n');
    expect(out.startsWith('同志们：\n')).toBe(true);
  });
});

describeCorpusFile('blind10.json');
