/**
 * Structure audit 11: speeches, 党课 and reports gathered from document sites (/work/tmp/struct11).
 * Each case failed before its change; excerpts of the real pages are in tests/corpus/struct11.json.
 */
import { describe, expect, it } from 'vitest';
import { applyFirstFix, describeCorpusFile, findings, fixed } from '../helpers';

describe('broken-line: a preview chunk cut at a fixed length before the next chunk’s label', () => {
  const chunks = [
    '《在人代会上的讲话.docx》由会员分享,可在线阅读,更多相关请在第壹文秘上搜索。',
    '1、同志们:市十五届人大六次会议明天就要开幕了。市委高度重视,对会议的有关事项进行了研究和安排。今天我们召开各代表团召集人会议,目的是通报会议的有关筹备工作情况。刚才,XX同志通报了会议筹备工作和会务安排情况,请各代表团认真抓好落实。下面,我代表市委,强',
    '2、调三点意见。一、统一思想认识,深刻领会开好会议的重要意义。过去的一年,全市上下解放思想,开拓创新,攻坚克难,砥砺奋进,取得了综合实力加快提升、人民生活加快改善的优异成绩,展现出了后发赶超的良好态势。',
    '',
  ].join('\n');
  it('joins the chunk to the next, leaving the label to web-residue', () => {
    const [b] = findings(chunks, 'broken-line');
    expect(b?.message).toContain('“市委,强”与“2、调三”');
    expect(b?.message).toContain('分段预览');
    // A suggestion: fix-all leaves it.
    expect(fixed(chunks, 'broken-line')).toBe(chunks);
    expect(applyFirstFix(chunks, b!)).toContain('下面,我代表市委,强2、调三点意见。');
    expect(findings(chunks, 'web-residue').map((f) => chunks.slice(f.start, f.end))).toContain('2、');
  });
  it('leaves a chunk that ends its sentence', () => {
    const whole = chunks.replace('下面,我代表市委,强\n2、调三点意见。', '下面,我代表市委讲三点意见。\n2、');
    expect(findings(whole, 'broken-line')).toEqual([]);
  });
});

describe('broken-line: a line stopped on a comma in a draft of one-line paragraphs', () => {
  const draft = [
    '尊敬的各位家长:',
    '大家好!首先,请允许我代表学校,对各位家长能在百忙之中抽出时间来参加这次家长会表示衷心的感谢。',
    '俗话说,好的开端是成功的一半。开学初始,我们请来了各位家长,目的就是为了加强联系,相互交流一下学生在校及在家的情况,',
    '以便老师能够及时调整工作、提高教育教学质量,家长能够更好教育自己的子女。',
    '',
  ].join('\n');
  it('joins it to the next line, as a suggestion', () => {
    const [b] = findings(draft, 'broken-line');
    expect(b?.message).toContain('“的情况,”与“以便老师”');
    expect(fixed(draft, 'broken-line')).toBe(draft);
    expect(applyFirstFix(draft, b!)).toContain('在家的情况,以便老师');
  });
  it('leaves verse, addressees, a script’s turns, an indented paragraph and an item’s label', () => {
    const verse = '教师——人人都仰慕的称呼,\n教师——光荣而神圣的职业。\n在智慧的旅途中,\n您真切地感受到教书育人的无比欣慰,\n漫漫长夜有您伏案的身影,\n青丝添华发,讲台荡笑声,\n面对清平,您无怨无悔。\n';
    expect(findings(verse, 'broken-line')).toEqual([]);
    expect(findings('尊敬的各位来宾、各位新生家长、各位新同学,\n大家好!今天我们在这里隆重举行开学典礼,欢迎各位的到来。\n', 'broken-line')).toEqual([]);
    expect(findings('甲:手挽手,心连心,让团结友爱和文明的行为在你我身边流淌,\n乙:让我们共同努力,做最好的自己。\n', 'broken-line')).toEqual([]);
    expect(findings(draft.replace('\n以便', '\n    以便'), 'broken-line')).toEqual([]);
    expect(findings('【幼儿园六一儿童节园长致辞范文】一、\n在六一儿童节这个充满欢笑与希望的日子里,幼儿园全体师生齐聚一堂。\n', 'broken-line')).toEqual([]);
  });
});

describe('date-missing: a page labelled an outline under its title', () => {
  it('asks no date line of a study outline', () => {
    const outline = '领导干部讲党课\n\n领导干部讲党课的意义\n\n大纲\n\n一、领导干部讲党课是党的优良传统\n\n二、领导干部讲党课是新时期的必然要求\n';
    expect(findings(outline, 'date-missing')).toEqual([]);
  });
  it('still asks it of a speech with its outline after the salutation', () => {
    const speech = '在全市工作会议上的讲话\n同志们:\n提纲\n一、统一思想\n二、狠抓落实\n今天我们召开会议,部署今年的工作。\n';
    expect(findings(speech, 'date-missing')).toHaveLength(1);
  });
});

describe('enum-count: points numbered with their counter after a comma (`我讲四个问题，第一个问题是…`)', () => {
  it('counts them', () => {
    const more = '同志们:\n下面,我讲三个问题,第一个问题是总要求是什么;第二个问题是包括哪些内容;第三个问题是有哪些具体要求;第四个问题是主要包含哪些内容。\n';
    expect(findings(more, 'enum-count').map((f) => f.message)).toEqual([expect.stringContaining('其后却有四个')]);
  });
  it('reads 第二问题 (its 个 left out) as the second point', () => {
    const text = '同志们:\n下面,我讲四个问题,第一个问题是总要求是什么;第二问题是包括哪些内容;第三个问题是有哪些具体要求;第四个问题是主要包含哪些内容。\n';
    expect(findings(text, 'enum-count')).toEqual([]);
    expect(findings(text, 'outline-sequence')).toEqual([]);
  });
});

describeCorpusFile('struct11.json');
