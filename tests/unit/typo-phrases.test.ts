/**
 * typo-phrases.ts: a four-character set phrase written with one look-alike or sound-alike
 * character. The slips below are from gathered pages (rwf/16 fanwenq.com, rwm/16
 * bangbangwk.com, rwy/a03 360online.cn, rwf/11 kqyc.cn) and ECSpell's odw.train; the quiet
 * lines are the near-misses the search met on gathered pages, right as written.
 */
import { describe, expect, it } from 'vitest';
import { flagged, findings } from '../helpers';
import { buildSetPhrases, officialPhrases } from '../../server/src/engine/analysis/set-phrases-build';

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
    const at = text.indexOf(wrong);
    // The phrase's slip, or a word-level guess inside it (有章可寻: 可寻→可循) where one was made.
    const f = found.find((x) => x.start >= at && x.end <= at + wrong.length);
    expect(f, `${wrong} in ${found.map((x) => text.slice(x.start, x.end)).join(',')}`).toBeDefined();
    const edit = f!.fixes[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.newText + text.slice(edit.end)).toContain(right);
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
    // A word of jieba's dictionary under another tag (故步自封 `ns`, beside the idiom 固步自封):
    // the standard form, written as meant (typo8/40, kmyl.gov.cn).
    '打破因循守旧、故步自封禁锢，努力营造比奉献、比成绩的良好氛围。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('typo: set phrases with two neighbours swapped', () => {
  it.each([
    // typo10/01 (qbzx.icampus.cn), a student's speech; blind7/31.
    ['不会忘了的是，各班行进间起此彼伏的“一二三四”，暗中较劲气势高低。', '起此彼伏', '此起彼伏'],
    ['虽有不足之处，但也形成了比学超赶的工作氛围。', '比学超赶', '比学赶超'],
  ])('%s', (text, wrong, right) => {
    const f = findings(text, 'typo').find((x) => text.slice(x.start, x.end) === wrong);
    expect(f, wrong).toBeDefined();
    const edit = f!.fixes[0]!.edits[0]!;
    expect(edit.newText).toBe(right);
    expect(f!.fixes[0]!.safe).toBe(false);
  });

  it.each([
    // Two words each, a wording beside the phrase (相互促进, 全面展开, 学科建设, 奋发有为, 开放市场).
    '两岸要互相促进、共同发展。',
    '要全面开展各项法律服务工作。',
    '加强精细化管理和科学建设。',
    '广大青年要发奋有为、建功立业。',
    '总的来看，今年的工作是好的。',
    '放开市场准入，激发市场活力。',
    // A word from outside reaches in (不能不放弃: 能不放弃 beside 不能放弃).
    '有时不能不放弃盼望已久的休息日。',
    // A phrase right as written.
    '掌声此起彼伏，经久不息。',
  ])('quiet: %s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
});

describe('set-phrases.txt (set-phrases-build.ts)', () => {
  const dict = ['数以万计 105 l', '栋梁之材 60 i', '栋梁之才 6 i', '金榜提名 3 i', '一心一意 900 i', '人民 5000 n', '有章可循 17 i', '固步自封 25 l', '故步自封 8 ns', '故步不前 3 ns', '数以万人 40 m'].join('\n');
  const text = buildSetPhrases(dict, ['营商环境', '数以万计', '全面从严治党']);
  const [head, rest] = [text.slice(0, text.indexOf('\n')), text.slice(text.indexOf('\n') + 1)];
  const [all, back] = rest.split('%\n') as [string, string];

  it('lists the phrases in code-unit order with their mark and rating, then the targets by their last two characters', () => {
    expect(head).toMatch(/^# /);
    // 故步自封 and 数以万人 (other tags, one character from a target) are words, not targets;
    // 故步不前 is below the floor, and two characters from any target.
    expect(all.split('\n').filter(Boolean)).toEqual(['一心一意+00900', '固步自封+00025', '故步自封-00008', '数以万人-00040', '数以万计+00105', '有章可循+00017', '栋梁之才-00006', '栋梁之材+00060', '营商环境+00000']);
    // By 一意, 万计, 之材, 可循, 环境, 自封 (U+4E00, U+4E07, U+4E4B, U+53EF, U+73AF, U+81EA).
    expect(back.split('\n').filter(Boolean)).toEqual(['一心一意', '数以万计', '栋梁之材', '有章可循', '营商环境', '固步自封']);
    // Fixed widths: typo-phrases.ts finds the nth line by arithmetic.
    expect(all.length % 11).toBe(0);
    expect(back.length % 5).toBe(0);
  });

  it('takes the official phrases of four characters from the engine data', () => {
    const official = officialPhrases();
    for (const w of ['全面从严治党', '不忘初心', '五位一体']) expect(official.has(w), w).toBe(w.length === 4);
  });
});
