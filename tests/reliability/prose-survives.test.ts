/**
 * Real prose that mentions downloads, VIP, 会员, login, sharing, time, author or source is
 * the draft's, not site residue: fix-all (engine) and `--fix` (command line) leave it as it
 * is. Lines from public pages keep their words; half-width punctuation between Chinese
 * characters, which the stored pages normalised, is written full-width as in a draft.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixAllSync } from '../../server/src/engine/fix/fix';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { ensureBuilt, runCli, scratchDir } from '../cli/cli-helpers';
import { TODAY } from '../helpers';

const NEWS = 'https://c.m.163.com/news/a/KKHTV6NJ0552M20P.html';
const MEETING_APP = 'https://xiexiebang.com/fanwen/qita/3029cf1751321274.html';
const CONFERENCE = 'http://nacp2022.psysoc.org.cn/a96.html';
const COUNTY = 'https://m.777doc.com/doc-6065981.html';
const ARTICLE = 'https://sx5000n.com/lishiwenxue/6080.html';
const GOV = 'https://sgj.luan.gov.cn/public/6608471/10044134.html';
const RMLT = 'https://www.rmlt.com.cn/2025/1016/741106.shtml';
const SUPPLY = 'https://www.doczj.com/doc/ab18785803.html';
/** Lines written for this table where no stored page had the word in prose. */
const WRITTEN = 'written for this table';

export const PROSE: Array<[source: string, line: string]> = [
  [NEWS, '有的县乡层级跟风开发专属应用，功能单一到仅能查询一项信息，却要求群众单独下载注册；'],
  [NEWS, '国务院办公厅印发的《政务移动互联网应用程序规范化管理办法》落地实施，明确划出红线：不得强制推广下载政务应用程序，不得将安装使用率作为考核指标，县以下单位原则上不得自行开发政务应用。'],
  [NEWS, '打开手机应用商店，不少人的列表里曾躺着一串名字相似却功能零散的政务App——办社保要下一个，查违章得装另一个，甚至社区登记都要单独注册新账号。'],
  [MEETING_APP, '您可直接在应用市场搜索“腾讯会议”进行下载，也可扫描下方二维码下载安装；'],
  [MEETING_APP, '点击“注册/登录”按钮，进入账号密码登录页面'],
  [MEETING_APP, '微信登录（登录页点击“微信”），首次使用需绑定手机号，并获取微信头像和微信昵称；'],
  [MEETING_APP, '三、共享屏幕 可根据现场要求，选择共享某一程序画面或者整个电脑桌面'],
  [CONFERENCE, '2022年6月上旬，网上投稿系统开放，发出会议第一轮征文通知。'],
  [CONFERENCE, '2022年9月1日至9月25日：接受注册回执和会议费。'],
  [CONFERENCE, '2022年9月26日至10月8日：第三轮会议通知（含论文交流安排、交通与住宿信息）。'],
  [COUNTY, '参加今天会议的有：各乡镇乡镇长、城区办主任；县绿委会各成员单位负责人。'],
  [COUNTY, '这次会议时间不长，但非常重要，请大家将手机关闭或调为震动，维护好会议秩序。'],
  [ARTICLE, '注：本文发表于《中国典籍与文化》2022年第2期，此为作者Word版，引用请以该刊为准。感谢李开升老师授权发布！'],
  [GOV, '现将《六安市加快推进“互联网+政务服务”工作暨智慧政务建设总体实施方案》印发给你们，请认真贯彻执行。'],
  [RMLT, '【关键词】数字政府 “一网通办” 群众 政务服务便利化'],
  [SUPPLY, '供电企业要建立健全的客户沟通渠道，通过电话、网络、信函等多种形式与客户进行及时沟通。'],
  ['issue 8 (speechcheck)', '群众只需在手机上点击下载“皖事通”App，即可办理'],
  ['issue 8 (speechcheck)', '时间：2024年3月15日上午9时'],
  [WRITTEN, '地点：市政府第一会议室'],
  [WRITTEN, '作者：市委政策研究室'],
  [WRITTEN, '来源：市统计局，2024年3月15日发布'],
  [WRITTEN, '来源于群众、服务于群众，这是我们的根本。'],
  [WRITTEN, '要优化VIP客户服务，把会员单位的意见建议收集上来。'],
  [WRITTEN, '市商会现有会员企业326家，今年新发展会员41家。'],
  [WRITTEN, '请各单位于3月20日前登录省政务服务网填报数据。'],
  [WRITTEN, '下面，请各县区分享经验做法，每个单位发言不超过5分钟。'],
  [WRITTEN, '立即下载安装“皖事通”App，可以实现社保、医保、公积金业务掌上办理。'],
  [WRITTEN, '本次培训课件已上传至市政府网站，各单位可下载学习。'],
  [WRITTEN, '时间紧、任务重，大家要抓紧。'],
  [WRITTEN, '会议时间：2024年3月15日（星期五）上午9:00'],
  [WRITTEN, '目录编制工作由市档案馆负责，第3页所列事项须于月底前完成。'],
  [WRITTEN, '以上就是我讲话的全部内容，谢谢大家。'],
  [WRITTEN, '下面，我为大家介绍今年的工作安排。'],
  [WRITTEN, '希望这次培训对大家的工作有所帮助。'],
  [WRITTEN, '更多请关注市政府网站发布的通知。'],
  [WRITTEN, '要建好数字文库，丰富馆藏资源。'],
  [WRITTEN, '扫一扫二维码即可报名参加活动，请大家踊跃参与。'],
  [WRITTEN, '本站工作人员要热情服务群众，做到“一次告知”。'],
];

/** Every line, blank-separated, under a title and a date line as in a real draft. */
const DRAFT = `在全市数字政府建设工作会议上的讲话\n（2024年3月15日）\n\n${PROSE.map(([, l]) => l).join('\n\n')}\n`;

describe('real prose survives fix-all and --fix', () => {
  it('holds at least 30 lines', () => expect(PROSE.length).toBeGreaterThanOrEqual(30));

  it.each(PROSE)('engine fix-all keeps %s: %s', (_source, line) => {
    const seg = loadSegmenterSync();
    expect(fixAllSync(`${line}\n`, { today: TODAY }, {}, seg).text).toBe(`${line}\n`);
  });

  describe('the command line', () => {
    beforeAll(() => ensureBuilt());
    it('--fix leaves the draft byte for byte', () => {
      const dir = scratchDir('prose');
      const file = path.join(dir, 'draft.txt');
      fs.writeFileSync(file, DRAFT);
      const run = runCli(['--fix', 'draft.txt'], { cwd: dir });
      expect(run.code, run.stderr).not.toBe(2);
      expect(fs.readFileSync(file, 'utf8')).toBe(DRAFT);
    });
  });
});
