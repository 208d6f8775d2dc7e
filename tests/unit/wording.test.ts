/**
 * wording: typo, char-repeat, traditional-char — tables of valid, invalid and fixed text,
 * the vocabulary data checked entry by entry, a clean draft, and the odw.train precision.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { findings, flagged, fixed } from '../helpers';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { findTypos } from '../../server/src/engine/rules/typo';
import { findListedTypos, measured, TYPO_ENTRIES } from '../../server/src/engine/analysis/typo-detect';
import { findDoubledChars } from '../../server/src/engine/rules/char-repeat';
import { SIMPLIFIED_TOO } from '../../server/src/engine/analysis/traditional';
import { SpeechDocument } from '../../server/src/engine/analysis/document';
import charRepeatData from '../../server/src/engine/data/char-repeat.json';
import type { RuleId } from '../../server/src/engine/model/types';

const WORDING: RuleId[] = ['typo', 'char-repeat', 'traditional-char'];

describe('typo: misspellings are flagged with the correction', () => {
  const invalid: Array<[string, string[], string]> = [
    // [text, flagged, text after safe fixes]
    ['要再接再励，推动工作再上新台阶。', ['再接再励'], '要再接再厉，推动工作再上新台阶。'],
    ['一股作气完成全年任务。', ['一股作气'], '一鼓作气完成全年任务。'],
    ['不能按部就搬。', ['按部就搬'], '不能按部就班。'],
    ['群众迫不急待。', ['迫不急待'], '群众迫不及待。'],
    ['按照省委布署要求抓好落实。', ['布署'], '按照省委部署要求抓好落实。'],
    ['打造避署养生基地。', ['避署'], '打造避暑养生基地。'],
    ['正是项目大千快上的时候。', ['大千快上'], '正是项目大干快上的时候。'],
    // Guesses: flagged, offered, but not applied by fix-all.
    ['城镇居民人均可支配收人稳步增长。', ['收人'], '城镇居民人均可支配收人稳步增长。'],
    ['我们要深人开展调查研究。', ['深人'], '我们要深人开展调查研究。'],
    ['切实保障衣村居民的利益。', ['衣村'], '切实保障衣村居民的利益。'],
    ['经济稳中向好，杜会大局稳定。', ['杜会'], '经济稳中向好，杜会大局稳定。'],
    ['主要指标实现了IO%以上的增长。', ['IO%'], '主要指标实现了IO%以上的增长。'],
    ['第一产业增加值(低o.5)。', ['o.5'], '第一产业增加值(低o.5)。'],
    // A bare digit and O before a Chinese unit: a scan's 0 (blind10/47, 48).
    ['回顾世界UFO研究的5O年，联合国通过议案2o周年。', ['5O', '2o'], '回顾世界UFO研究的5O年，联合国通过议案2o周年。'],
    // A curated form that can also be right (真得, 'really must'): offered, never applied unasked.
    ['这次真得让人感动。', ['真得'], '这次真得让人感动。'],
    ['我们真得好好反思一下。', ['真得'], '我们真得好好反思一下。'],
    // 既使 is also 既 + 使 before 又 (既使群众激动，又让群众感动): offered, never applied unasked.
    ['既使困难再大也要完成任务。', ['既使'], '既使困难再大也要完成任务。'],
    ['既使群众看电视激动，又让群众看到行动而感动。', ['既使'], '既使群众看电视激动，又让群众看到行动而感动。'],
  ];
  it.each(invalid)('%s', (text, expected, output) => {
    expect(flagged(text, 'typo')).toEqual(expected);
    expect(fixed(text, 'typo')).toBe(output);
  });

  it('offers the right word, safe only for listed misspellings', () => {
    const [listed] = findings('按照省委布署要求。', 'typo');
    expect(listed!.fixes[0]!.edits[0]!.newText).toBe('部署');
    expect(listed!.fixes[0]!.safe).toBe(true);
    expect(listed!.message).toBe('错别字“布署”：应为“部署”');
    const [guess] = findings('经济稳中向好，杜会大局稳定。', 'typo');
    expect(guess!.fixes[0]!.edits[0]!.newText).toBe('社会');
    expect(guess!.fixes[0]!.safe).toBe(false);
    const [digits] = findings('实现了IO%以上的增长。', 'typo');
    expect(digits!.fixes[0]!.edits[0]!.newText).toBe('10%');
  });

  it('long listed misspellings are found without the segmenter', () => {
    const doc = new SpeechDocument('要再接再励，按照布署要求。');
    expect(findTypos(doc, undefined).map((t) => t.wrong)).toEqual(['再接再励']);
  });
});

describe('typo: real words and names stay quiet', () => {
  const valid = [
    '促进人与自然和谐共生。',
    '资深人士认为，国家重点项目进展顺利。',
    '发布署名文章，正加快推进。',
    '张伟同志、欧阳明同志参加会议，鄂尔多斯市代表发言。',
    '市长赵俊民在会上讲话，杜甫草堂游客增多。',
    'GDP增长6.2%，PM2.5浓度下降，CPI上涨0.5%，O2O平台和B2B业务发展迅速。',
    'H2O和CO2的排放下降，A5O型号和G2O峰会如期举行。',
    '引进IT企业，IOS与Android应用上线，Windows 10系统升级。',
    '大力推进“放管服”改革，落实“六稳”“六保”任务。',
    '坚持实事求是，巩固拓展脱贫攻坚成果同乡村振兴有效衔接。',
    '形成更多“含金量”“含新量”“含绿量”的重大项目。',
  ];
  it.each(valid)('%s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });

  it('ignoreWords silences a word', () => {
    expect(flagged('保障衣村居民利益。', 'typo', { ignoreWords: ['衣村'] })).toEqual([]);
  });
});

describe('typo: vocabulary data', () => {
  const seg = loadSegmenterSync();
  it('every entry names its source; curated entries carry examples', () => {
    for (const e of TYPO_ENTRIES) {
      expect(['curated', 'ecspell-common', 'pycorrector-custom'], e.wrong).toContain(e.source);
      if (e.source === 'curated') expect(e.examples?.length, e.wrong).toBeGreaterThan(0);
    }
  });
  it('every wrong form is flagged with its right form, and the right form is quiet', () => {
    let quiet = 0;
    for (const e of TYPO_ENTRIES) {
      const found = findListedTypos(e.wrong, seg);
      // pycorrector's short pairs are measured in their clause: alone, some gain too little.
      if (found.length === 0 && measured(e)) quiet++;
      else expect(found.map((t) => [t.wrong, t.right]), e.wrong).toEqual([[e.wrong, e.right]]);
      expect(findListedTypos(e.right, seg), e.right).toEqual([]);
    }
    // Most of them still read as slips alone (572 of 677 when measured first).
    expect(quiet).toBeLessThan(150);
  });
  it('curated examples are flagged', () => {
    for (const e of TYPO_ENTRIES.filter((x) => x.examples)) {
      for (const ex of e.examples!) expect(flagged(ex, 'typo'), ex).toContain(e.wrong);
    }
  });
});

describe('char-repeat', () => {
  const invalid: Array<[string, string, string]> = [
    ['我们的的工作取得成效。', '的的', '我们的工作取得成效。'],
    ['会议开了了三个小时。', '了了', '会议开了三个小时。'],
    ['这是是我们的责任。', '是是', '这是我们的责任。'],
    ['在在全市范围内开展。', '在在', '在全市范围内开展。'],
  ];
  it.each(invalid)('%s', (text, pair, output) => {
    expect(flagged(text, 'char-repeat')).toEqual([pair]);
    expect(fixed(text, 'char-repeat')).toBe(output);
  });
  const valid = [
    '谢谢大家，常常想起，人人参与，天天向上。',
    '大家看看，研究研究再说，好好学习，个个都是能手，条条大路。',
    '为了了解情况，达到目的的手段，问题存在在哪里。',
    '的的确确、实实在在、是是非非，坚持实事求是是根本。',
  ];
  it.each(valid)('%s', (text) => expect(flagged(text, 'char-repeat')).toEqual([]));

  it('data examples and counterexamples', () => {
    const seg = loadSegmenterSync();
    for (const e of charRepeatData.examples) expect(findDoubledChars(e, seg).length, e).toBe(1);
    for (const c of charRepeatData.counterexamples) expect(findDoubledChars(c, seg), c).toEqual([]);
  });
});

describe('traditional-char', () => {
  it('flags traditional characters in a simplified draft, runs as one finding', () => {
    const text = '要以口碑贏得市场，做好總體設計。';
    expect(flagged(text, 'traditional-char')).toEqual(['贏', '總體設計']);
    expect(fixed(text, 'traditional-char')).toBe('要以口碑赢得市场，做好总体设计。');
    const [f] = findings(text, 'traditional-char');
    expect(f!.message).toBe('繁体字“贏”：简体文稿中应写作“赢”');
  });

  it('leaves characters that are also simplified alone', () => {
    for (const text of ['乾坤朗朗，沈阳市发展显著，著名作家，杯盘狼藉，瞭望塔。', '於先生和沈女士。']) {
      expect(flagged(text, 'traditional-char')).toEqual([]);
    }
    expect(SIMPLIFIED_TOO.size).toBeGreaterThan(5);
  });

  it('a wholly traditional draft gets one document finding that converts everything', () => {
    const text = '在招商引資、項目建設暨脫貧攻堅會上的講話\n同志們：\n剛才，大家通報了全市項目建設、招商引資情況，請大家認真抓好貫徹落實。\n';
    const fs = findings(text, 'traditional-char');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.data?.count).toBeGreaterThan(20);
    const out = fixed(text, 'traditional-char');
    expect(out).toBe('在招商引资、项目建设暨脱贫攻坚会上的讲话\n同志们：\n刚才，大家通报了全市项目建设、招商引资情况，请大家认真抓好贯彻落实。\n');
    // Minimal edits: only changed characters.
    for (const e of fs[0]!.fixes[0]!.edits) expect(e.end - e.start).toBe(1);
  });

  it('never turns 么 into 幺, in a traditional draft either', () => {
    const text = '在招商引資、項目建設暨脫貧攻堅會上的講話\n同志們：\n剛才，大家通報了全市項目建設、招商引資情況，這不是很好麼？那麼要么這樣，要么那樣。\n';
    expect(fixed(text, 'traditional-char')).toBe('在招商引资、项目建设暨脱贫攻坚会上的讲话\n同志们：\n刚才，大家通报了全市项目建设、招商引资情况，这不是很好么？那么要么这样，要么那样。\n');
    expect(flagged('这不是再正常不过的事情了么？', 'traditional-char')).toEqual([]);
  });
});

const CLEAN = `在全市经济工作会议上的讲话
（2024年3月15日）
同志们：
今天召开全市经济工作会议，主要任务是总结去年工作，安排部署今年任务。下面，我讲三点意见。
一、肯定成绩，坚定信心
去年，全市地区生产总值增长6.2%，PM2.5平均浓度下降到32微克每立方米，CPI涨幅控制在2.5%以内。
张伟同志、欧阳明同志分别通报了有关情况，鄂尔多斯市的经验值得学习。
二、正视问题，保持清醒
我们要深入开展调查研究，认真研究研究新情况，大家要常常想一想，人人都是参与者。
要推进IT产业和AI应用，加快5G基站建设，做好GDP核算。
三、真抓实干，狠抓落实
要再接再厉，一鼓作气，按部就班地把各项工作做好，谢谢大家。
`;

describe('a clean draft has no wording findings, and fix-all is idempotent', () => {
  it('clean draft', () => {
    for (const rule of WORDING) expect(flagged(CLEAN, rule), rule).toEqual([]);
  });
  it('idempotent fix-all', () => {
    const messy = '要再接再励。我们的的工作，以口碑贏得市场，按照布署要求。\n';
    for (const rule of WORDING) {
      const once = fixed(messy, rule);
      expect(fixed(once, rule), rule).toBe(once);
      expect(findings(once, rule).filter((f) => f.fixes[0]?.safe), rule).toEqual([]);
    }
  });
});

const ODW = new URL('../../../shared/data/ecspell/odw.train', `file://${__dirname}/`).pathname;
describe.skipIf(!existsSync(ODW))('typo on ECSpell odw.train', () => {
  it('sentence-level precision ≥ 0.9', () => {
    const seg = loadSegmenterSync();
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const line of readFileSync(ODW, 'utf8').split(/\r?\n/)) {
      const [n, wrong, correct] = line.split('\t');
      if (wrong === undefined || correct === undefined) continue;
      const hit = findTypos(new SpeechDocument(wrong), seg, false).length > 0;
      if (hit && Number(n) > 0) tp++;
      else if (hit) fp++;
      else if (Number(n) > 0) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`odw.train typo: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThan(0.1);
  });
});

describe('typo: quiet on correct official prose (issue 10)', () => {
  it.each([
    ['a coinage the draft quotes', '要回答好“发展之问”，发展之问关系全局。'],
    ['a quoted method, repeated bare', '用好“三问三解”工作法，三问三解要常态化。'],
    ['a number word that fits', '在建区二十周年之际，我们回顾走过的路。'],
    ['an issuing organ code', '你省《关于设立示范区的请示》（冀政呈〔2019〕6号）收悉。'],
    ['a negation before a verb', '违规审批未到年限更新公务用车的，依规处理。'],
  ])('%s', (_name, text) => expect(flagged(text, 'typo')).toEqual([]));

  it.each([
    ['深人开展党史学习教育。', '深人'],
    ['在重太决策执行过程中，要跟踪决策的实施情况。', '重太'],
    ['保障农民收人持续增长。', '收人'],
  ])('still flags %s', (text, wrong) => expect(flagged(text, 'typo')).toEqual([wrong]));
});

describe('typo: OCR look-alikes need a clear gain', () => {
  it('引人误解 is a phrase, not 引入', () => {
    expect(flagged('禁止虚假或者引人误解的宣传。', 'typo')).toEqual([]);
  });
});
