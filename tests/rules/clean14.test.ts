/**
 * Clean audit 14: finished, published texts (government work reports, 开幕词, 新年贺词, 团拜会 news,
 * 毕业/开学典礼 speeches, some in traditional script or 1950s–1990s print; pages in /work/tmp/clean14,
 * excerpts in tests/corpus/clean14.json). False alarms found there: English lines of a bilingual
 * report joined as PDF cuts, 本份 (this copy) "corrected" to 本分, a salutation without its colon, a
 * speaker line and a news headline read as a speech title without its date.
 */
import { describe, expect, it } from 'vitest';
import { describeCorpusFile, flagged } from '../helpers';

describeCorpusFile('clean14.json');

describe('typo: 份 counting the copy after it', () => {
  it.each(['我在本份《施政报告》提出一系列措施。', '请各位代表认真审阅本份报告。'])('%s', (text) => {
    expect(flagged(text, 'typo')).toEqual([]);
  });
  it('still corrects 本份 as one\'s duty', () => {
    expect(flagged('各级干部要恪尽职守、安守本份。', 'typo')).toEqual(['本份']);
  });
});

describe('date-missing: addressees named before the general ones', () => {
  it('reads `王书记、各位领导、同志们：` as the salutation under the title', () => {
    expect(flagged('在全县经济工作会议上的讲话\n王书记、各位领导、同志们：\n今天，我们召开全县经济工作会议。\n', 'date-missing')).toHaveLength(1);
  });
  it('finds no title in a speaker line and a colon-less list of addressees', () => {
    expect(flagged('学生代表 李明同学\n张校长 王书记 各位老师 各位同学\n大家好！今天我们在这里毕业了。\n', 'date-missing')).toEqual([]);
  });
});

describe('date-missing: a headline that names on whose behalf a report was given', () => {
  it('is news, no title to date', () => {
    expect(flagged('李鹏代表国务院作政府工作报告\n新华社北京3月1日电 第八届全国人民代表大会第五次会议今天上午开幕。\n', 'date-missing')).toEqual([]);
  });
  it('still asks for the date of a speech whose title names deputies and a congress', () => {
    expect(flagged('在优秀人大代表履职尽责做表率座谈会上的讲话\n同志们：\n今天我们召开座谈会。\n', 'date-missing')).toHaveLength(1);
    expect(flagged('在市第十五届人民代表大会第一次会议上的政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n', 'date-missing')).toHaveLength(1);
  });
});
