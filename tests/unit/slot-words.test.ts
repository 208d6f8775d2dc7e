/**
 * Slots left in words or by deletion, not in marks (slot-words.ts and the frames slot-blanks.ts
 * adds): template words (`多少`, `某同志`, `某年某月`), names deleted where the sentence must
 * name someone, a rate deleted after 增长, bracketed choices and empty quotations. Each shape
 * is paired with the correct sentence the same surface would catch.
 */
import { describe, expect, it } from 'vitest';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import { findSlots } from '../../server/src/engine/analysis/slots';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';

/** The slots of a text as `two characters before + '|' + the slot text + '|' + kind`. */
function slots(text: string): string[] {
  return findSlots(new SpeechDocument(text), loadSegmenterSync()).map((s) => `${text.slice(Math.max(0, s.start - 2), s.start)}|${s.text}|${s.kind}`);
}

describe('template words standing for a figure, a person or a date', () => {
  it.each([
    ['全年完成投资多少亿元，增长多少%。', ['投资|多少|number', '增长|多少|number']],
    ['请某同志讲话。', ['请|某|name']],
    ['会议于某年某月某日召开。', ['议于|某年某月某日|date']],
    // A year left open after words that name a past year (wmjy.cn, zuowendang.com templates).
    ['回顾过去的某年，我们攻坚克难。会上总结了某年招商工作。', ['去的|某年|year', '结了|某年|year']],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it.each([
    '有多少人参加了这次会议？',
    '今年投资能达到多少亿元，关键看项目落实。',
    '多少年来，我们一直在努力。',
    '某种程度上，某些问题依然存在，某些单位还有差距。',
    '李某同志在工作中存在问题，王某书记已被立案审查。',
    '记得在某年某月，我第一次走上讲台。',
    '回顾过去的某年某月，总结了某年级的教学，回顾了某年轻干部的成长，过去的某年代。',
  ])('stays quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('names deleted where the sentence must name someone', () => {
  it.each([
    // https://xiezuofangchengshi.com/doc/48573.html
    ['单位从20年至今，在的坚强领导下，在系统各兄弟单位的支持下。', ['，在||blank']],
    // https://fanwenwang.cn/zuowen/78tvu4l.html
    ['要认真学习、深刻领会的重要指示精神。', ['领会||blank']],
    // https://m.wenke99.com/p-9782134.html
    ['我们召开这次欢送会。他们是：老师、老师。让我们掌声有请。', ['是：||blank', '师、||blank']],
    ['接下来，向大家介绍今天到场的嘉宾，他们是：以及各处室领导。', ['是：||blank']],
    ['刚才， 代表市委作了重要讲话。', ['才，| |blank']],
    ['我代表-----各位教师表示节日的祝贺！', ['代表|-----|other']],
    ['接下来要颁发的是“教学能手奖”，有请\n\n（二）教学能手奖', ['有请||blank']],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it.each([
    '存在的领导问题要认真整改，所在的单位要高度重视。',
    '这是贯彻落实的重要举措。',
    '刚才，代表们进行了认真讨论。',
    '参加今天会议的领导有：\n张三同志、李四同志。',
    '下面有请\n张三同志讲话。',
    '目标---全面建成小康社会。',
    '他们是：老师、家长和学生代表。',
  ])('stays quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('figures deleted from a report', () => {
  it.each([
    // https://m.wnwk.com/docdown/566392.html
    ['完成全社会固定资产投资亿元，增长；财政总收入到达万元，增长；', ['投资||blank', '增长||blank', '到达||blank', '增长||blank']],
    ['新批农村种养协会个，农业生产的组织化程度进一步提高。', ['协会||blank']],
    ['全镇民营业户新增户；实现营业收入亿元。', ['新增||blank', '收入||blank']],
    ['全镇共 人参加培训。', ['镇共| |blank']],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it.each([
    '收入增加，生活水平提高；全年实现营业收入12亿元，增长8%；',
    '农户、示范户，低保户，五保户都要建档。',
    '会议议程，可列出主要议程项，便于参会人员准备。',
    '统计 个人信息时要注意保密。',
    '全镇共有人口3万。',
  ])('stays quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});

describe('choices in brackets and empty quotations', () => {
  it.each([
    // http://96sk.com/post/15896.html
    ['为[地区/领域]发展注入新动能！', ['为|[地区/领域]|other']],
    // https://www.tiaonei.com/zhici/zhixie/2q6j06.html
    ['今年，是实现“”规划的重要一年。', ['实现|“”|blank']],
    // Chinese words in square brackets inside a sentence, and what to write spelled out (具体…, 简述…).
    ['决定授予[先进称号]的同志，在[重点领域或项目]中作出贡献。', ['授予|[先进称号]|other', '，在|[重点领域或项目]|other']],
    ['主要成绩：【简述成绩】\n我们取得了［具体成效］。', ['绩：|【简述成绩】|other', '得了|［具体成效］|other']],
  ])('%s', (text, expected) => {
    expect(slots(text)).toEqual(expected);
  });

  it.each([
    '县(市)区要抓好落实。',
    '他说：“我们要记住这一刻。”',
    '引用文献[1]和[2]。',
    // Site chrome, a label at a line's head with its value, a note in round brackets.
    '领导致辞全文[小编推荐]\n标题：个人述职报告 [打印本页]\n[破题]同志们，会议召开了。\n会议地点另行通知（具体安排见附件）。',
  ])('stays quiet: %s', (text) => {
    expect(slots(text)).toEqual([]);
  });
});
