/**
 * Current official wording (2022–2026) read by the formulation rules: what official texts
 * write stays quiet, a misquote is still found, and a fix keeps the draft's own marks.
 * The sentences are from the pages cited beside them.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const FORMULATION = ['formulation-wording', 'formulation-members', 'formulation-current'] as const;
const quiet = (text: string) => FORMULATION.flatMap((r) => flagged(text, r));

describe('the verb before “两个确立”的决定性意义 is the writer’s', () => {
  it('leaves the verbs official titles use alone', () => {
    for (const t of [
      '深刻理解“两个确立”的决定性意义', // 学习时报 2021-11-23 (china.com.cn), 人民日报 2021-12-03
      '深刻认识“两个确立”的决定性意义', // 网易转载 2022-01-06
      '认真领会、深刻把握“两个确立”的决定性意义', // qseez.com 2022-02-14
      '深刻领会“两个确立”的决定性意义 坚决做到“两个维护”', // sucai198.com 党课 (2023)
      '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    ])
      expect(quiet(t), t).toEqual([]);
  });
  it('still finds the fixed words misquoted', () => {
    expect(flagged('要深刻领悟“两个确立”的决定意义。', 'formulation-wording')).toEqual(['两个确立”的决定意义']);
  });
});

describe('a fix keeps the marks the draft writes', () => {
  it('does not write a second opening mark before a wording that starts with one', () => {
    const f = findings('我们要实现“两个一百年”奋斗目的，努力奋斗。', 'formulation-wording')[0]!;
    expect(f.fixes[0]!.edits[0]!.newText).toBe('两个一百年”奋斗目标');
    expect(fixed('我们要实现“两个一百年”奋斗目的，努力奋斗。', 'formulation-wording')).toBe('我们要实现“两个一百年”奋斗目标，努力奋斗。');
  });
  it('keeps the draft’s own quotation marks inside the span', () => {
    const f = findings('要深刻领悟"两个确立"的决定意义。', 'formulation-wording')[0]!;
    expect(f.fixes[0]!.edits[0]!.newText).toBe('两个确立"的决定性意义');
  });
});

describe('a list whose last two members are joined by 和', () => {
  it('reads the joined member (中央八项规定: 形式主义、官僚主义、享乐主义和奢靡之风)', () => {
    for (const t of [
      '纠治“四风”，即形式主义、官僚主义、享乐主义和奢靡之风。',
      '统筹推进“五位一体”总体布局，即经济建设、政治建设、文化建设、社会建设和生态文明建设。',
      '“四个意识”，即政治意识、大局意识、核心意识以及看齐意识。',
      '“四风”具体是指“形式主义”、“官僚主义”、“享乐主义”和“奢靡之风”。',
    ])
      expect(flagged(t, 'formulation-members'), t).toEqual([]);
  });
  it('still finds a wrong or missing member there', () => {
    expect(findings('纠治“四风”，即形式主义、官僚主义、享乐主义和奢侈之风。', 'formulation-members')[0]?.message).toContain('奢靡之风');
    expect(findings('纠治“四风”，即形式主义、官僚主义和奢靡之风。', 'formulation-members')[0]?.message).toContain('享乐主义');
    expect(findings('纠治“四风”，即形式主义、官僚主义、奢靡之风和享乐主义。', 'formulation-members')[0]?.message).toContain('顺序');
    // 39.103.169.235/p/0a9f588c337d (a blog): the first two swapped, the last two quoted and joined.
    expect(findings('“四风”具体是指“官僚主义”、“形式主义”、“享乐主义”和“奢靡之风”,是习近平总书记在会议上指出的。', 'formulation-members')[0]?.message).toContain('顺序');
  });
});

describe('formulations of 2022–2026 in the canon', () => {
  it('knows them as official texts write them', () => {
    for (const t of [
      '党的二十届三中全会是在以中国式现代化全面推进强国建设、民族复兴伟业的关键时期召开的一次十分重要的会议。', // 新华社 2024-09-02
      '明年要坚持稳中求进、以进促稳、先立后破。', // 中央经济工作会议 2023
      '必须把坚持高质量发展作为新时代的硬道理。', // 同上，“五个必须”
      '健全因地制宜发展新质生产力体制机制。', // 二十届三中全会《决定》
      '坚持把马克思主义基本原理同中国具体实际相结合、同中华优秀传统文化相结合。', // 建党100周年讲话
      '全党同志务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。', // 二十大报告
      '以中国式现代化全面推进中华民族伟大复兴。',
    ])
      expect(quiet(t), t).toEqual([]);
  });
  it('finds a character or two changed in them', () => {
    expect(flagged('以中国式现代化全面推进强国建设、民族复兴大业。', 'formulation-wording')).toHaveLength(1);
    expect(flagged('要坚持稳中求进、以进促稳、先破后立。', 'formulation-wording')).toHaveLength(1);
    expect(flagged('要因地制宜发展新型生产力。', 'formulation-wording')).toEqual(['因地制宜发展新型生产力']);
    expect(flagged('务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、勇于斗争。', 'formulation-wording')).toHaveLength(1);
    expect(flagged('把马克思主义基本原理同中国具体实践相结合、同中华优秀传统文化相结合。', 'formulation-wording')).toHaveLength(1);
  });
  it('leaves sentences that only share words alone', () => {
    for (const t of ['要因地制宜发展新兴产业。', '因地制宜发展现代生产力。', '坚持稳中求进、以进促稳，守正创新、先立后破。'])
      expect(flagged(t, 'formulation-wording'), t).toEqual([]);
  });
});

describe('an old member list told as history', () => {
  const dated = (body: string) => `党课讲稿\n（2023年6月28日）\n${body}`;
  it('is quiet where the sentence names its year or the past (中国关键词 2015: 首次明确提出了“四个全面”战略布局)', () => {
    for (const t of [
      '2014年 12月,习近平在江苏省调研时,首次明确提出了“四个全面”战略布局,即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。',
      '2015年，“四个全面”，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党，写入了文件。',
    ])
      expect(flagged(dated(t), 'formulation-members'), t).toEqual([]);
  });
  it('is still found used as current', () => {
    expect(flagged(dated('协调推进“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。'), 'formulation-members')).toHaveLength(1);
    expect(flagged(dated('2023年要协调推进“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。'), 'formulation-members')).toHaveLength(1);
  });
});

describe('newer official wordings and free verbs', () => {
  it('the 2025 wording 坚决打好反腐败斗争攻坚战、持久战、总体战 is not a near miss of the 2022 打赢…攻坚战持久战', () => {
    for (const t of ['习近平对坚决打好反腐败斗争攻坚战、持久战、总体战提出明确要求。', '坚决打好反腐败斗争攻坚战持久战总体战。', '坚决打赢反腐败斗争攻坚战、持久战。'])
      expect(quiet(t), t).toEqual([]);
    expect(flagged('坚决打好反腐败斗争攻坚战、持久战、整体战。', 'formulation-wording')).toHaveLength(1);
    expect(flagged('坚决打赢反腐败斗争攻坚战持久站。', 'formulation-wording')).toHaveLength(1);
  });
  it('the 2024 Third Plenum decision’s 加强人民当家作主制度建设 is not a near miss of the 2022 制度保障', () => {
    const t = '就健全全过程人民民主制度体系,决定提出相关改革任务:加强人民当家作主制度建设、健全协商民主机制、健全基层民主制度、完善大统战工作格局。';
    expect(quiet(t)).toEqual([]);
    expect(flagged('我们要加强人民当家做主制度保障。', 'formulation-wording')).toHaveLength(1);
  });
  it('the verb before 总体国家安全观 is the writer’s; the words of the concept are still checked', () => {
    for (const t of ['坚定不移践行总体国家安全观。', '坚定不移落实总体国家安全观。', '牢固树立和践行总体国家安全观。', '坚定不移贯彻总体国家安全观。'])
      expect(quiet(t), t).toEqual([]);
    expect(flagged('坚定不移贯彻整体国家安全观。', 'formulation-wording')).toEqual(['贯彻整体国家安全观']);
  });
});
