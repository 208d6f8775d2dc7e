/**
 * Residue shapes found on the pages gathered for branch rwm (sources in tests/corpus/rwm.json),
 * with the look-alikes of a real draft that must stay quiet, and what fix-all does with them.
 */
import { describe, expect, it } from 'vitest';
import { findings, fixed, flagged } from '../helpers';

const S = '同志们，今年全市经济运行稳中有进，各项工作取得新成效。';

describe('web-residue: shapes from the rwm pages', () => {
  it('anti-copy filler of common characters drawn at random (zw.jupeixun.cn), a suggestion', () => {
    const filler =
      '擦局又徒半太遵粒貌正乡销仅师族森式办谈介抗载养验色充院巩诱屋响梁莫克信充两实掉录育青乡洛买难章些守锁把体虑抓益拔向念美处微饭荣春伤笔责斜水加止航高角学作想付嘴脑穗津取神栽据增幅熟叛州能却蒸检丰轮甲力济泥委召玉弱避说湖导臂盾镜磷马繁楚末硬元无定林送念直呈调沟锋塘垫牧蚕倾通似企心次';
    const text = `${S}\n${filler}\n${S}`;
    expect(flagged(text, 'web-residue')).toEqual([filler]);
    expect(fixed(text, 'web-residue')).toBe(text);
  });

  it('prose without punctuation, a heading and names run together are no filler', () => {
    const quiet = [
      // A literary line with its punctuation lost (rwh): 的 one character in ten.
      '五彩缤纷的灯光在薄雾的映衬下让夜幕平添神秘的色彩幽静的林荫小道坎坎坷坷的石板路尽显岁月的沧桑',
      // A long heading: official words throughout.
      '深入学习贯彻习近平新时代中国特色社会主义思想全面推进乡村振兴战略加快农业农村现代化步伐',
      // A list of names a PDF ran together (rwk/23's list without its separators).
      '平柯昕野叶阿东王建平陈祥荣李志坚沈宛如蔡永波胡海良叶海燕单坚董贵波吕志良徐淼吴丽',
    ];
    for (const line of quiet) expect(flagged(`${S}\n${line}\n${S}`, 'web-residue'), line).toEqual([]);
  });

  it('a registration line (公网安备, ICP备) is deleted by fix-all', () => {
    const text = `${S}\n浙公网安备 33010602003212号\n`;
    expect(flagged(text, 'web-residue')).toEqual(['浙公网安备 33010602003212号']);
    expect(fixed(text, 'web-residue')).toBe(`${S}\n`);
    expect(flagged(`${S}\n请各单位按照要求完成网站ICP备案工作。`, 'web-residue')).toEqual([]);
  });

  it('a comment counter and a blog comment form', () => {
    const form = '评论0\n(0)\n发表回复\n您的电子邮箱地址不会被公开。 必填项已用 * 标注';
    expect(flagged(`${S}\n${form}`, 'web-residue')).toEqual(form.split('\n'));
    // (0) alone, far from other residue, is a bare figure in brackets.
    expect(flagged(`${S}\n(0)\n${S}`, 'web-residue')).toEqual([]);
    expect(flagged(`${S}\n《求是》杂志评论员\n${S}`, 'web-residue')).toEqual([]);
  });

  it('a font-size widget glued to a byline, and a toolbar with 发给好友', () => {
    expect(flagged(`刊发时间:2018-02-04 A3版 作者: 【字体:大 中 小】\n${S}`, 'web-residue')).toEqual([
      '刊发时间:2018-02-04 A3版 作者: 【字体:大 中 小】',
    ]);
    expect(flagged(`${S}\n打印 | 收藏 | 发给好友 【字号 大 中 小】 |`, 'web-residue')).toEqual(['打印 | 收藏 | 发给好友 【字号 大 中 小】 |']);
    expect(flagged(`${S}\n分享到微信 分享到微博 分享到QQ空间\n${S}`, 'web-residue')).toEqual(['分享到微信 分享到微博 分享到QQ空间']);
  });

  it('a site lead-in naming itself: 下面是…网提供的…，欢迎阅读 (even in traditional script with pinyin)', () => {
    const lead = '下面是出國留學(xué)網(wǎng)提供的開學(xué)典禮校長發(fā)言稿,歡迎閱讀。';
    expect(flagged(`開學典禮校長發言稿\n${lead}\n${S}`, 'web-residue')).toEqual([lead]);
    expect(flagged(`${S}\n下面是市统计局网站提供的数据，请大家参考。`, 'web-residue')).toEqual([]);
  });

  it('[查看原文] after a cut summary: only the widget goes', () => {
    const text = '总书记的这番重要论断，为我国农业农村现代化发展指明了方向...[查看原文]';
    expect(flagged(text, 'web-residue')).toEqual(['[查看原文]']);
    expect(fixed(text, 'web-residue')).toBe('总书记的这番重要论断，为我国农业农村现代化发展指明了方向...');
  });

  it('a download page: price, VIP prompt, slogans; a customer-service notice is only a suggestion', () => {
    for (const line of ['下载资源需要10金币', '加入VIP,免费下载', '精品文档就在这里', '-------------各类专业好文档,值得你下载,教育,管理,论文,制度,方案手册,应有尽有--------------'])
      expect(flagged(`${S}\n${line}\n${S}`, 'web-residue'), line).toEqual([line]);
    const notice = '部分文章缺省word文档下载，请联系客服';
    const f = findings(`${S}\n${notice}\n${S}`, 'web-residue');
    expect(f.map((x) => x.fixes.length > 0)).toEqual([true]);
    expect(fixed(`${S}\n${notice}\n${S}`, 'web-residue')).toBe(`${S}\n${notice}\n${S}`);
    expect(flagged(`${S}\n如对办理结果有疑问，请联系客服热线12345。`, 'web-residue')).toEqual([]);
  });

  it("a document site's download box: strong widgets, and weak ones (账号:, 温馨提示:) only beside them", () => {
    const box = ['欢迎来到冰点文库! | 帮助中心 分享价值,成长自我!', '全部分类', '账号登录下载', '微信扫一扫登录', '支付方式: 支付宝    微信支付', '账号:', '密码:', '忘记密码?', '友情提示', '关于我们 客户服务'];
    expect(flagged(`${box.join('\n')}\n${S}`, 'web-residue')).toEqual(box);
    // Alone in a meeting notice, the same words are the writer's.
    expect(flagged(`${S}\n温馨提示：\n会场内请将手机调至静音。`, 'web-residue')).toEqual([]);
    expect(flagged(`${S}\n温馨提示:\n${S}`, 'web-residue')).toEqual([]);
    expect(flagged(`欢迎来到美丽的江城！\n${S}`, 'web-residue')).toEqual([]);
  });

  it('a PDF page number glued to the head of a line inside a sentence; figures of the sentence stay', () => {
    const above = '请县林业局副局长、县森林防火指挥部副总指挥魏成章';
    const text = `${above}\n1同志宣读2011年森林防火目标责任状完成情况的通报：`;
    const f = findings(text, 'web-residue');
    expect(f.map((x) => text.slice(x.start, x.end))).toEqual(['1']);
    expect(fixed(text, 'web-residue')).toBe(text);
    const quiet = [
      // A figure with its measure word, the line above wrapped by the PDF.
      '今年以来，全县共完成农村公路建设任务，新建和改造的乡镇覆盖了\n12个乡镇，惠及群众十万余人。',
      '全县上下要以更加饱满的精神状态和更加务实的工作作风，迎接\n2024年各项工作的新挑战。',
      // A list whose numbers run on.
      '下面，我就做好今年的安全生产工作讲三点具体意见和要求\n1加强组织领导\n2完善工作机制',
      // A short heading above a numbered line.
      '二、主要措施\n1加强组织领导，压实工作责任。',
    ];
    for (const t of quiet) expect(flagged(t, 'web-residue'), t).toEqual([]);
  });

  it("a journal site's 【正】 before the text, and a compilation's 第一篇: before a 主持人用语", () => {
    const text = '【正】同志们:从今天开始,全市人民瞩目的南水北调城区段工程就要进入全面实施阶段。';
    expect(flagged(text, 'web-residue')).toEqual(['【正】']);
    expect(fixed(text, 'web-residue')).toBe(text.slice(3));
    expect(flagged(`第一篇:全县林业暨春季防火工作会议主持人用语\n${S}`, 'web-residue')).toEqual(['第一篇:']);
  });

  it("a site's menu of bulleted section names joins the breadcrumb below it; a draft's bullets stay", () => {
    const menu = ['• 美文', '• 散文', '• 读后感', '• 文学百科', '• 当前位置: 柠檬阅读网 > 文学百科 > 正文'];
    expect(flagged(`${menu.join('\n')}\n${S}`, 'web-residue')).toEqual(menu);
    expect(flagged(`${S}\n• 党建\n• 民生\n• 发展\n${S}`, 'web-residue')).toEqual([]);
  });
});
