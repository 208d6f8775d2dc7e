/**
 * Wrong safe fixes found by blind7's audit of 55 copied pages: what fix-all, with every rule,
 * must not do to a draft.
 */
import { describe, expect, it } from 'vitest';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { TODAY } from '../helpers';

const fixAll = (text: string) => fixAllSync(text, { today: TODAY }, {}, loadSegmenterSync()).text;

describe('fix-all with every rule', () => {
  it('does not quote a term inside a date (5.12国际护士节 stays whole)', () => {
    // zaojiaoceo.com (blind7/06): the body quotes “12国际护士节”, its 5. lost to the page.
    const text = '医院5.12国际护士节致辞\n今天举行“12国际护士节”庆祝活动，迎接“12国际护士节”。\n';
    const out = fixAll(text);
    expect(out).toContain('医院5.12国际护士节致辞');
    expect(out).not.toContain('5.“12');
  });

  it("leaves a bare machine date under a site's title to the writer, not making it the speech's date", () => {
    // sanwen.net (blind7/37): the site's upload date, then its 小编 intro.
    const text = '政府领导春节致辞范文\n\n2017-03-01\n\n春节是中国人最喜欢的节日了。下面是小编给大家整理的政府领导春节致辞范文,仅供参考。\n\n同志们、朋友们:\n\n今天,我们欢聚一堂,辞旧迎新。\n';
    expect(fixAll(text)).not.toContain('2017年3月1日');
  });
});
