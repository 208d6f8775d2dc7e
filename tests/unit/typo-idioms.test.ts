/**
 * typo-idioms.ts: a four-character set phrase written with one look-alike or sound-alike
 * character. The slips below are from gathered pages (rwf/16 fanwenq.com, rwm/16
 * bangbangwk.com, rwy/a03 360online.cn, rwf/11 kqyc.cn) and ECSpell's odw.train; the quiet
 * lines are the near-misses the search met on gathered pages, right as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagged, findings } from '../helpers';
// @ts-expect-error a plain ES module of the build tools, without types
import { buildIdioms, jiebaDictText } from '../../tools/build-idioms.mjs';

describe('typo: set phrases with a slipped character', () => {
  it.each([
    ['论春夏秋冬，无论风霜雨血，他们始终如一地坚守岗位。', '风霜雨血', '风霜雨雪'],
    ['整理好相关资料，便于日后有章可寻有据可查。', '有章可寻', '有章可循'],
    ['思想的力量唤醒了数以万记的中华儿女。', '数以万记', '数以万计'],
    ['“前车之签、后车之师”，安全工作只有起点，没有终点。', '前车之签', '前车之鉴'],
    ['各地要应地制宜发展特色产业。', '应地制宜', '因地制宜'],
    ['对各项监督制度不拆不扣执行到位。', '不拆不扣', '不折不扣'],
    ['企业声名雀起，往事记忆尤新。', '声名雀起', '声名鹊起'],
  ])('%s', (text, wrong, right) => {
    const found = findings(text, 'typo');
    const f = found.find((x) => text.slice(x.start, x.end) === wrong);
    expect(f, `${wrong} in ${found.map((x) => text.slice(x.start, x.end)).join(',')}`).toBeDefined();
    expect(f!.fixes[0]!.edits[0]!.newText).toBe(right);
    // A guess: fix-all leaves it to the writer.
    expect(f!.fixes[0]!.safe).toBe(false);
  });

  it.each([
    // Words reaching into the window from outside (旨在, 激动, 活动) and phrases right as written.
    '举办演讲比赛，旨在进一步增强全市机关党员的责任意识。',
    '今天是个激动人心的日子。',
    '我们每年都要组织这样的活动，而且要规模更大。',
    '认识上抓好落实，奋力争先。',
    '理论武装就要跟进一步。',
    // A form jieba's dictionary lists beside the commoner one is no slip.
    '希望同学们努力学习，成为国家的栋梁之才。',
    '要坚持因地制宜、分类指导，不折不扣抓好落实，以前车之鉴为戒。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('data/idioms.txt', () => {
  it('is what tools/build-idioms.mjs makes of jieba\'s dictionary', () => {
    const file = path.resolve(__dirname, '..', '..', 'server', 'src', 'engine', 'data', 'idioms.txt');
    expect(readFileSync(file, 'utf8')).toBe(buildIdioms(jiebaDictText()));
  });
});
