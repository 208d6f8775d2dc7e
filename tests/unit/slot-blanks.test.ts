/**
 * Blank slots (kind 空白): a figure or name deleted from its frame, decided by the sentence's
 * grammar. Each case pairs a frame with the look-alike the same surface rule would catch.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed } from '../helpers';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots } from '../../server/src/engine/analysis/slots';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

/** The blank and date-frame slots of a text as `[two characters before it + '|' + the slot, kind]`. */
function blanks(text: string, withSegmenter = true): Array<[string, string]> {
  const slots = findSlots(new SpeechDocument(text), withSegmenter ? loadSegmenterSync() : undefined);
  return slots.filter((s) => s.kind === 'blank' || /^[ \u3000]+$/.test(s.text) || /年.*月.*日/.test(s.text)).map((s) => [text.slice(Math.max(0, s.start - 2), s.start) + '|' + s.text, s.kind]);
}

describe('blank slots: the frame of a deleted figure', () => {
  it.each([
    ['完成固定资产投资 亿元，同比增长 %。', [['投资| ', 'blank'], ['增长| ', 'blank']]],
    ['两项分别为 万元、 万元。', [['别为| ', 'blank'], ['元、| ', 'blank']]],
    ['会议定于 年 月 日召开。', [['于 |年 月 日', 'blank']]],
    ['落款：20 年 月 日', [['款：|20 年 月 日', 'blank']]],
    ['计划工期 个月，全长 米。', [['工期| ', 'blank'], ['全长| ', 'blank']]],
  ])('%s', (text, expected) => {
    expect(blanks(text)).toEqual(expected);
  });

  it('a date line that is itself a slot is a date slot', () => {
    expect(blanks('在全县工作会议上的讲话\n（ 年 月 日）\n同志们：')).toEqual([['（ |年 月 日', 'date']]);
    expect(blanks('在全县工作会议上的讲话\n（2024年 月 日）\n同志们：')).toEqual([['\n（|2024年 月 日', 'date']]);
  });

  it('a name deleted after a verb or preposition', () => {
    expect(blanks('我谨代表 ，向大会的召开表示热烈祝贺！')).toEqual([['代表| ', 'blank']]);
    expect(blanks('要为 经济发展注入新的活力，按照 总体部署抓好落实。')).toEqual([['要为| ', 'blank'], ['按照| ', 'blank']]);
    // Without the segmenter only the unambiguous frames are judged.
    expect(blanks('要为 经济发展注入新的活力。', false)).toEqual([]);
    expect(blanks('全年投资 亿元。', false)).toEqual([['投资| ', 'blank']]);
  });

  it('a measure word after a whole word keeps its slot, though both sides also make a word', () => {
    // 有名 and 企业家 are words; 共有 and 企业 stand whole before the gap.
    expect(blanks('全县共有 名干部参加培训。')).toEqual([['共有| ', 'blank']]);
    expect(blanks('新增规上企业 家，增长较快。')).toEqual([['企业| ', 'blank']]);
  });
});

describe('blank slots: look-alikes stay quiet', () => {
  it.each([
    '全年实现生产总值约 1.2 亿元，同比增长 7.9%。',
    '第一产业完成增加值18.33亿元，同比增长2.2 %。',
    '2021 年全县预计实现地区生产总值 340 亿元，年均增长 8.3%。',
    '新上亿元项目57个，亿元以上项目全部开工。',
    '每 个人都要尽职尽责，月度考核、本年度考核同步开展。',
    '三 亿元的投资已经到位。',
    '据 美 国 消 息, 中 国 总 理 于 美 国 时 间 10 日 上 午 在 哈 佛 大 学 发 表 演 讲。',
    '（2024年3月15日）',
    '2024年3月，全县召开会议。',
    '出生年月日、籍贯等信息要填写完整。',
    // PDF spaces inside a word: 国家, 历次, 把握 (ggwy.jlju.edu.cn copy of a 2019 speech).
    '向全国各族人民，向世界各国的友好国 家和国际友人表示感谢。',
    '这是历 次会议形成的共识。',
    '要准确把　握形势。',
  ])('%s', (text) => {
    expect(blanks(text)).toEqual([]);
    expect(findings(text, 'placeholder').filter((f) => f.data?.kind === 'blank')).toEqual([]);
  });
});

describe('blank slots with nothing left: the figure deleted with its space', () => {
  /** Empty slots as `[text before + '|' + text after]`. */
  const empty = (text: string) =>
    findings(text, 'placeholder').filter((f) => f.start === f.end).map((f) => `${text.slice(Math.max(0, f.start - 2), f.start)}|${text.slice(f.end, f.end + 2)}`);
  it('after a verb that states a figure, before % or an ordinal with no number', () => {
    expect(empty('地区生产总值完成亿元，同比增长%，排名全市第；')).toEqual(['完成|亿元', '增长|%，', '市第|；']);
    // 等第 is a grade, though jieba splits it (等/u 第): no ordinal after an auxiliary (a wmjy.cn speech).
    expect(empty('在去年的考核中，没有一个村是“优秀”等第，说明整体推进仍有欠缺。')).toEqual([]);
    expect(empty('主要指标提高个百分点。')).toEqual(['提高|个百']);
    // A quotation's verb at the head of a sentence: its speaker was deleted (sanweiyuan.com copy).
    expect(empty('近年来成效明显。强调，“营商环境只有更好，没有最好”。')).toEqual(['显。|强调']);
    expect(empty('会议强调，“要抓落实”。总书记指出：“发展是第一要务”。')).toEqual([]);
    // After what the figure measures, the verb further back or none (dawenge.com, 7rdy.cn templates).
    expect(empty('全年完成投资亿元，实现地区生产总值亿元，一般公共预算收入亿元、增长5%。')).toEqual(['投资|亿元', '总值|亿元', '收入|亿元']);
    expect(empty('人均可支配收入到达元，超出全市平均水平元；')).toEqual(['到达|元，', '水平|元；']);
    // A two-character name in a list of names is no 元 without its figure (a news page's roll of vice-chairs).
    expect(empty('副主席李海峰、陈元、卢展工、王元在主席台就座。')).toEqual([]);
    expect(empty('参赛单位有实验学校，个单位，名师生登台演出。')).toEqual(['校，|个单', '位，|名师']);
    expect(empty('参赛学校、所乡镇中心学校，近名师生，约名群众参加。')).toEqual(['校、|所乡', '，近|名师', '，约|名群']);
    // 其中, a measure word, an adverb; a noun, 万 and a measure word ending the clause (real
    // NPC and SPC report excerpts, their figures deleted).
    expect(empty('其中件已经通过，件提请审议。审结一审民事案件万件，同比上升。')).toEqual(['其中|件已', '案件|万件']);
    // A leader's name deleted before his title at the head of the formulation (maok.cn copy).
    expect(empty('始终坚持以主席新时代中国特色社会主义思想为指导，确立总书记新时代中国特色社会主义思想的指导地位。')).toEqual(['持以|主席', '确立|总书']);
    expect(empty('坚持以习近平新时代中国特色社会主义思想为指导，学习习近平总书记新时代中国特色社会主义思想，毛主席纪念堂，主席台。')).toEqual([]);
    // A line that opens with the measure word, after a line ending in punctuation, lost its numeral.
    expect(empty('参赛单位有实验学校，\n个单位参加演出。')).toEqual(['，\n|个单']);
    expect(findings("财政收入完成亿元。", "placeholder")[0]!.message).toBe("空白占位：“收入完成＿亿元。”处缺少数字或名称，请填入实际内容");
  });
  it.each([
    '开票销售首超十亿元，产值突破亿元大关，年销售收入超亿元，新上亿元项目。',
    '产值增59.7%，占比百分之三十，几%的差距，增长率（%）。',
    '门第、府第，进士及第，第一、第二。',
    '其中件数较多，其中所涉及的问题，其中14件已经通过，数以万件计，受理案件近万件，审结案件579.7万件，参加群众万余人，召开干部万人大会，动员群众上万人。',
    '违反规定的，责令改正，处工程合同价款2%的罚款。',
    '条条大路通罗马，个个都是好样的，件件有着落，家家户户，位于城东，名列前茅，个人，家庭，项目建设。',
    '单位：元，人民币兑美元，实现元宇宙产业突破，文化多元，一元、十元，总投资 3 亿余元，万余元。',
    '全市生产总值完成860亿元，增长16%。',
    '新建亿元项目20个，投资亿元以上项目8个，税收超亿元企业3家，人均收入过万元。',
    // A PDF line break after the numeral (gongwen.com.cn copy of a 党课讲稿): 两 counts 个.
    '党的二十大强调两\n个确立是重大成果，全县共有12\n家企业参加。',
    // A break after a word that counts without a numeral (每, 各, 这, 多), or before the line
    // that opens with the numeral an ordinal at the line's end takes (PDF copies of 党课 texts).
    '这对于每\n个党员都是一次教育，全镇各\n个村都已完成，涉及多\n个部门。',
    '讲稿采用的是第\n一人称写法，全县排名第\n3位。',
  ])('%s stays quiet', (text) => {
    expect(empty(text)).toEqual([]);
  });
});

describe('cjk-space leaves a blank slot to placeholder', () => {
  const text = '今年，我们要为 经济发展注入新的活力，共完成投资 亿元。';
  it('reports the gap once, as a slot, and never deletes it', () => {
    expect(findings(text, 'placeholder').map((f) => [text.slice(f.start, f.end), f.data?.kind])).toEqual([[' ', 'blank'], [' ', 'blank']]);
    expect(findings(text, 'cjk-space')).toEqual([]);
    expect(fixed(text, 'cjk-space')).toBe(text);
  });
  it('still reports a stray space that stands for nothing', () => {
    expect(findings('今年，我们要加快经济 发展，努力实现目标。', 'cjk-space')).toHaveLength(1);
  });
});

describe('the message of a blank slot', () => {
  it('shows the gap in its words, in both languages', () => {
    const text = '全年完成投资 亿元。';
    expect(findings(text, 'placeholder')[0]!.message).toBe('空白占位：“完成投资＿亿元。”处缺少数字或名称，请填入实际内容');
    expect(findings(text, 'placeholder', { locale: 'en' })[0]!.message).toBe('Blank slot: a figure or name is missing at "完成投资＿亿元。"; fill it in');
    expect(findings(text, 'placeholder')[0]!.fixes).toEqual([]);
  });
});

describe('blank slots stay linear', () => {
  it('a line of bare percentages four times longer takes about four times as long, not sixteen', () => {
    const segmenter = loadSegmenterSync();
    const time = (reps: number) => {
      const doc = new SpeechDocument('同比增长%，'.repeat(reps));
      const t0 = performance.now();
      expect(findSlots(doc, segmenter)).toHaveLength(reps);
      return performance.now() - t0;
    };
    time(2000);
    const small = Math.max(time(5000), 5);
    expect(time(20000) / small).toBeLessThan(10);
  });
});

describe('a leader\'s name replaced by a letter in a fixed formulation', () => {
  const names = (text: string) => findings(text, 'placeholder').map((f) => text.slice(f.start - 1, f.end + 2));
  it('is a name slot', () => {
    expect(names('以A同志为主要代表的中国共产党人，确立B同志党中央的核心，确立 A新时代中国特色社会主义思想的指导地位。')).toEqual(['以A同志', '立B同志', ' A新时']);
  });
  it('but not a letter in a real use', () => {
    expect(names('A股市场运行平稳，创建A级景区，B同志发言，请A同志介绍情况，AI新时代，ABC同志为核心。')).toEqual([]);
  });
});
