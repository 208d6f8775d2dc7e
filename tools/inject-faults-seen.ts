/**
 * More fault generators for tools/inject-measure.ts, each in a shape copied from a public page
 * (the page is named beside the shape). They are drawn from what drafts and templates on document
 * sites actually hold, not from the engine's lists: slots left in figures, years, dates, names and
 * session numbers; site chrome copied in with the text; quotation marks of mixed kinds; dates in
 * other writings. The same rules as inject-faults.ts: one fault per variant, its place drawn at
 * random among all places that qualify, nothing looks at what the engine finds.
 */
import type { Generator, Rng, Variant } from './inject-faults';

const pick = <T>(rng: Rng, xs: readonly T[]): T | undefined => (xs.length ? xs[Math.floor(rng() * xs.length)] : undefined);
const all = (text: string, re: RegExp) => [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))];
function replace(text: string, at: number, len: number, ins: string, expect: string[], shape: string, span?: [number, number]): Variant {
  const [s, e] = span ?? (ins.length ? [at, at + ins.length] : [Math.max(0, at - 1), at + 1]);
  return { text: text.slice(0, at) + ins + text.slice(at + len), start: s, end: e, edit: [at, len, ins.length], expect, shape };
}

const UNIT = '亿万千百元%％个家件人项次名倍户所吨亩公里千瓦座';
/** How the figure is masked; `d` is the figure's own digits. */
const FIGURE_SLOTS: Array<[string, (d: string) => string]> = [
  // yunko.cn/doc/y3on325ftl: `达到xxxxxx亿元`, `年均增长xx%` (one x a digit)
  ['x-per-digit', (d) => d.replace(/\d/g, 'x')],
  // www.xiaomilidoc.com/p-115984.html: `达X亿元`, `年均增长x.x%`
  ['X', (d) => (d.includes('.') ? 'X.x' : 'X')],
  // /work/tmp/distinct/excerpt-0690 (a report template): `ⅩⅩⅩⅩ亿元`, `ⅹⅹ.ⅹ%` (the Roman numeral ten)
  ['roman-ten', (d) => d.replace(/\d/g, d.includes('.') ? 'ⅹ' : 'Ⅹ')],
  // www.laowenmi.com/ldjh/gzuy/28382.html: `比全省低*个百分点`, `还有*项未达进度指标`
  ['star', () => '*'],
  // 004km.cn/jianghua/jhg/0f17c16b4c51207a.html: `**生态大公园` (the same mark for figures in that family of templates)
  ['stars', () => '**'],
  // m.wenke99.com/p-4901444.html: `地区生产总值 亿元`; /work/tmp/distinct/excerpt-0760: `同比增长 %。`
  ['space', () => ' '],
  // m.shenghuoriji.com/fanwen/102/101322.htm: `地方财政收入亿元`, `比XX年增长倍`
  ['dropped', () => ''],
  // jianligu.com/redian/qitawenan/6q4vgg.html: `今天____届的全体师生`
  ['underscores', () => '____'],
  // wnwk.com/doc/2202155.html: `生产总值xxx.xx亿元，增长x.x%` (integer and decimal digits kept apart)
  ['x-keep-dot', (d) => d.replace(/\d+/g, (r) => 'x'.repeat(r.length))],
];

/** A figure before a unit masked as the templates mask it. */
export const slotFigureSeen: Generator = (text, rng) => {
  const m = pick(rng, all(text, new RegExp(`(?<![\\d.年月\\-/:])\\d+(?:\\.\\d+)?(?=[${UNIT}])`)));
  if (!m) return undefined;
  const [shape, mask] = pick(rng, FIGURE_SLOTS)!;
  const ins = mask(m[0]);
  return replace(text, m.index!, m[0].length, ins, ['placeholder'], shape);
};

/** A year before 年 masked: the first digits kept, as the pages keep them. */
const YEAR_SLOTS: Array<[string, (y: string) => string]> = [
  ['202x', (y) => y.slice(0, 3) + 'x'], // m.7rdy.cn/news/151529.html: `一、202x年工作回顾`
  ['20xx', (y) => y.slice(0, 2) + 'xx'], // www.xiaomilidoc.com/p-9366700.html: `总结 20xx年经济工作`
  ['20*', (y) => y.slice(0, 2) + '*'], // www.xiaomilidoc.com/p-8577042.html: `客观总结20*年的经济工作`
  ['XX', () => 'XX'], // m.shenghuoriji.com/fanwen/102/101322.htm: `XX年达到3100亿元`
  ['201X', (y) => y.slice(0, 3) + 'X'], // m.010zaixian.com/zuowen/jiyu/63794.htm: `201X年，是我们集团公司稳步发展的一年`
  ['20__', (y) => y.slice(0, 2) + '__'], // /work/tmp/distinct/excerpt-0696: `会议定于20__年＿＿月召开`
  ['xxxx', () => 'xxxx'], // m.wnwk.com/doc/2202155.html: `一、xxxx年工作回顾`
];
export const slotYearSeen: Generator = (text, rng) => {
  const m = pick(rng, all(text, /(?<![\d.])(?:19|20)\d\d(?=年)/));
  if (!m) return undefined;
  const [shape, mask] = pick(rng, YEAR_SLOTS)!;
  return replace(text, m.index!, 4, mask(m[0]), ['placeholder'], shape);
};

/** A full date left blank: the figures gone, the 年 月 日 kept with spaces. */
const DATE_SLOTS: Array<[string, (y: string) => string]> = [
  ['space', () => ' 年 月 日'], // /work/tmp/distinct/excerpt-0065: `（ 年 月 日）`, `会议定于 年 月 日召开。`
  ['wide', () => '    年  月  日'], // /work/tmp/distinct/excerpt-0066: `（    年  月  日）`
  ['year-kept', (y) => `${y}年 月 日`], // guakaob.com/shiyongwendang/519316.html: `2014年 月 日`
  ['underscores', () => '____年__月__日'], // /work/tmp/distinct/excerpt-0696: `20__年＿＿月`
];
export const slotDateSeen: Generator = (text, rng) => {
  const m = pick(rng, all(text, /((?:19|20)\d\d)年\d{1,2}月\d{1,2}日/));
  if (!m) return undefined;
  const [shape, mask] = pick(rng, DATE_SLOTS)!;
  return replace(text, m.index!, m[0].length, mask(m[1]!), ['placeholder'], shape);
};

/** A session number in `十四届`, `第二次` masked: `省委xx届x次全会`, `省政府第x次全会` (yunko.cn/doc/otr713mb2w), `x届政府` (yunko.cn/doc/y3on325ftl). */
export const slotSessionSeen: Generator = (text, rng) => {
  const m = pick(rng, all(text, /[一二三四五六七八九十]{1,3}(?=届|次(?:会议|全会|全体|代表大会|常委会))/));
  if (!m) return undefined;
  const ins = pick(rng, ['x', 'xx', 'X', 'XX', '×'])!;
  return replace(text, m.index!, m[0].length, ins, ['placeholder'], `session:${ins}`);
};

/**
 * A place's own name masked where it stands bare in the prose (`xx如期脱贫圆梦小康`, `创造了减贫治理的xx样本`:
 * yunko.cn/doc/y3on325ftl; `推动*市在高质量发展之路上`: yunko.cn/doc/fnlx5tcjgx; `X市情实际`: laobiganzi.top/166947.html;
 * `**生态大公园`: 004km.cn/jianghua/jhg/0f17c16b4c51207a.html; `☆☆县委`: /work/tmp/distinct/excerpt-0685; `__工业集中区`:
 * www.xiaomilidoc.com/p-9366700.html). The name is learned from the draft itself (`襄阳市` gives `襄阳`).
 */
export const slotPlaceSeen: Generator = (text, rng) => {
  const names = new Set(all(text, /(?<=[在对于是了的、，。；：\s“（]|^)([\u4e00-\u9fff]{2})(?=[市县区省](?:委|人民|政府|人大|政协|经济|发展|各|全))/m).map((m) => m[1]!));
  // Where the name stands as a word: after a mark, or after a word that takes a place (`服务襄阳`, `的襄阳样本`).
  const places = [...names].flatMap((n) => all(text, new RegExp(`(?<=[^\\u4e00-\\u9fff]|^|[的在对于是为把将让使和与及同向了服务全])${n}(?![市县区省])`, 'm')));
  const m = pick(rng, places);
  if (!m) return undefined;
  const ins = pick(rng, ['xx', 'XX', '*', '**', 'X', '☆☆', '__'])!;
  return replace(text, m.index!, m[0].length, ins, ['placeholder'], `place:${ins}`);
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/**
 * A person's name masked: after a title and a space (`区长 张伟民` → `区长 XXX`), or a surname before a title
 * (`韩书记` → `x书记`). Shapes: `要认真学习领会x书记的讲话精神` (yunko.cn/doc/otr713mb2w), `*同志宣读了表彰名单`
 * (laobiganzi.top/338315.html), `中国工程院院长~同志` (m.nftape.cn/ZhuChiCi/291210.html), `以xx同志为总书记`
 * (fwdq.com/gongzuobaogao/52544.html), `主任△△△作动员报告` (/work/tmp/distinct/excerpt-0687).
 */
export const slotPersonSeen: Generator = (text, rng) => {
  const titled = all(text, /(?<=(?:书记|市长|县长|区长|省长|主席|院长|检察长|委员长|总经理|董事长)[ \u3000])[\u4e00-\u9fff]{2,3}(?=\s*$)/m);
  const surname = all(text, new RegExp(`(?<=[，。；：、\\s“]|^)[${SURNAMES}](?=(?:书记|市长|县长|区长|省长|主席|院长|总|董事长)[^\\u4e00-\\u9fff]|同志)`, 'm'));
  const m = pick(rng, [...titled, ...surname]);
  if (!m) return undefined;
  const ins = m[0].length > 1 ? pick(rng, ['XXX', '×××', '△△△', '***', 'xx'])! : pick(rng, ['x', 'X', '*', '~', 'xx'])!;
  return replace(text, m.index!, m[0].length, ins, ['placeholder'], `person:${ins}`);
};

const n = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const two = (x: number) => String(x).padStart(2, '0');
const stamp = (r: Rng) => `20${n(r, 15, 25)}-${two(n(r, 1, 12))}-${two(n(r, 1, 28))}`;
const clock = (r: Rng) => `${two(n(r, 0, 23))}:${two(n(r, 0, 59))}:${two(n(r, 0, 59))}`;
/** Lines of site chrome as copied from the pages named; numbers, dates and names vary. */
const RESIDUE_SEEN: Array<[string, (r: Rng) => string]> = [
  ['qr', () => '手机浏览器扫描二维码访问'], // www.kenshuwenxue.com/books/14200772/219245869.html
  ['quick-search', (r) => `快捷搜索：${pick(r, ['论文 合同 演讲 心得', '总结 计划 讲话 报告', '范文 致辞 心得'])}`], // www.yimiaomei.com/bg/gz/434.html
  ['share-count', (r) => `admin 分享 时间： 加入收藏 共计${n(r, 2000, 800000)}个字，预计阅读时长${n(r, 5, 2600)}分钟。`], // sucai198.com/gongzuozongjie/2024/08/92179.html
  ['meta-bar', (r) => `来源： | 作者：佚名 | 发布时间： ${stamp(r)} | ${n(r, 10, 9000)} 次浏览 | 分享到：`], // www.ahzhl.cn/xwxq?article_id=182
  ['hidden', (r) => `此处隐藏${n(r, 800, 9000)}个字。VIP会员可见`], // www.laowenmi.com/ldjh/gzuy/28382.html
  ['prev-next', (r) => `上一篇：在${pick(r, ['节后收心会', '全市经济工作会议', '年度总结大会'])}上的讲话 下一篇：在${pick(r, ['全县干部大会', '春节后收心大会'])}上的讲话`], // laowenmi 28382
  ['comments', () => '留言与评论（共有 条评论） |'], // laowenmi 28382
  ['font-size', () => '字号：默认 超大 | 打印 |'], // iscstaffing.com/xinwen/2020-08/14/content_5534805.htm
  ['editor', (r) => `责任编辑：【${pick(r, ['王凯', '李敏', '张婷', '刘洋'])}】`], // www.jiuxingjy.com/cj/shipin/cns-d/2025/03-03/news1014625.shtml
  ['tts', () => '语音播报'], // www.wz.gov.cn/zwgk_266/.../t20220728_10959825.html
  ['archived', (r) => `归档时间：${stamp(r)}`], // www.linxiang.gov.cn/24733/24759/62974/content_1841160.html
  ['edited', (r) => `编稿时间： ${stamp(r)} ${clock(r).slice(0, 5)} 来源： ${pick(r, ['新湖南客户端.动态', '市政府办公室', '新华网'])}`], // linxiang 1841160
  ['clicks', (r) => `点击：${n(r, 0, 900)}时间：${stamp(r)} ${clock(r)}`], // www.xmdkfw.com/news/20200129/84670.html
  ['download-note', () => '1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。'], // 360docs.net/doc/0526936703.html
  ['page-of', (r) => `${pick(r, ['2024年省市级政府工作报告汇编65篇', '领导讲话稿汇编'])}（第${n(r, 2, 90)}/${n(r, 91, 120)}页）`], // guanshanwenku.com/gongzuozongjie/2024/08/92348_71.html
  ['orig-title', (r) => `原标题：${pick(r, ['全国人大常委会工作报告附了9个附件', '奋力谱写高质量发展新篇章'])}`], // news.chengdu.cn/2019/0309/2037188.shtml
  ['editor-note', () => '编者按：本文主要从全面盘点、科学定位、统筹兼顾几个方面进行阐述。'], // www.xiaomilidoc.com/p-8577042.html
  ['see-detail', () => '具体材料请详见：'], // xiaomilidoc 8577042
  ['paper-preview', () => '论文部分内容阅读'], // soolun.net/periodical/da8fab0219ed583a0788f9d5a09ee50b.html
  ['ai-note', () => '这篇内容既符合您的需求，又保持了一定的独特性，希望能满足您的期待。'], // ent.zjrxz.com/jxfw/202506/358494.html
  ['edit-note', () => '（成绩问题部分各地不同，不再详细阐述）'], // laowenmi 28382
  ['photo', (r) => `（${pick(r, ['马玉龙', '王晔', '焦非'])}摄）`], // sznews.zjol.com.cn/sznews/system/2016/01/08/020089108.shtml
  ['copy-body', () => '正文复制'], // dawenge.com/document/detail.html?id=615829
  ['series', (r) => `“日新月异”系列№${n(r, 10000, 12000)}`], // dawenge 615829
  ['published', (r) => `发布时间：${stamp(r)} ${clock(r)}`], // m.shenghuoriji.com/fanwen/102/101322.htm
  ['breadcrumb', (r) => `位置：首页 > 范文 > ${pick(r, ['工作报告', '讲话稿'])}`], // shenghuoriji 101322
  ['article-title', () => '文章标题：县长在县经济工作会议上的讲话'], // www.xiaomilidoc.com/p-9366700.html
  ['first-piece', () => '第一篇：以项目建设为载体，增创市域经济发展新优势大全'], // xiexiebang.com/a6/2019051516/d577a083066ede01.html
  ['copyright', (r) => `Copyright ©1999-20${n(r, 20, 26)} chinanews.com. All Rights Reserved`], // www.chinanews.com/df/2011/09-22/3346749.shtml
  ['dated-source', (r) => `日期：${stamp(r).replace(/-/g, '.')} 来源：${pick(r, ['香江集团', '公司办公室'])}`], // hkfinance.com.cn/news_dynamicinfo.php?id=636
];
/** A line of the chrome above, put between two lines of the draft (or after its last line, where footers stand). */
export const residueSeen: Generator = (text, rng) => {
  const starts = [0, ...all(text, /\n(?=.)/).map((m) => m.index! + 1), text.length];
  const at = pick(rng, starts)!;
  const [shape, make] = pick(rng, RESIDUE_SEEN)!;
  const line = make(rng);
  const ins = at === text.length ? (text.endsWith('\n') ? '' : '\n') + line + '\n' : line + '\n';
  const s = at + ins.indexOf(line);
  // A template's note that a part was left out is an unfilled slot as much as residue.
  return replace(text, at, 0, ins, shape === 'edit-note' ? ['web-residue', 'placeholder'] : ['web-residue'], shape, [s, s + line.length]);
};

/** A quoted term whose marks are mixed as on the pages named (the draft's other quotes left as they are). */
const QUOTE_SEEN: Array<[string, (t: string) => string]> = [
  ['curly-open-straight-close', (t) => `“${t}"`], // yunko.cn/doc/otr713mb2w: `牢固树立“六个导向"`
  ['straight-open-curly-close', (t) => `"${t}”`], // /work/tmp/seeds/002: `"互联网十医疗健康”`
  ['close-close', (t) => `”${t}”`], // yunko.cn/doc/otr713mb2w: `正确处理”六个关系”`
  ['straight-pair', (t) => `"${t}"`], // www.laowenmi.com/ldjh/gzuy/28382.html: `“交卷会”` … `"弹簧门""旋转门"` in one draft
];
export const requoteSeen: Generator = (text, rng) => {
  const quoted = all(text, /“([^“”"\n]{2,10})”/);
  const [shape, mark] = pick(rng, QUOTE_SEEN)!;
  // ASCII marks around a whole pair were seen beside “…” in the same draft: only where another one stays.
  const m = pick(rng, shape === 'straight-pair' && quoted.length < 2 ? [] : quoted);
  if (!m) return undefined;
  return replace(text, m.index!, m[0].length, mark(m[1]!), ['quote-pair', 'punct-halfwidth', 'slogan-variant'], shape);
};

const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const cnSmall = (x: number) => (x < 10 ? CN_DIGIT[x]! : x < 20 ? '十' + (x % 10 ? CN_DIGIT[x % 10] : '') : CN_DIGIT[Math.floor(x / 10)] + '十' + (x % 10 ? CN_DIGIT[x % 10] : ''));
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/**
 * A full date written another way and made impossible: in Chinese numerals (`二○○五年十月二十五日`, with ○ or 〇:
 * /work/tmp/distinct excerpts; `二〇二三年` in signed speeches), or with dots (`日期:2023.01.21`:
 * hkfinance.com.cn/news_dynamicinfo.php?id=636). The day becomes one the month does not have.
 */
export const dateOtherWriting: Generator = (text, rng) => {
  const m = pick(rng, all(text, /((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日/));
  if (!m) return undefined;
  const y = +m[1]!;
  const [mo, d] = pick(rng, [[2, 30], [2, isLeap(y) ? 30 : 29], [4, 31], [6, 31], [9, 31], [11, 31]] as const)!;
  const shape = pick(rng, ['cn-〇', 'cn-○', 'dots'])!;
  const ins = shape === 'dots' ? `${y}.${String(mo).padStart(2, '0')}.${d}` : [...m[1]!].map((c) => CN_DIGIT[+c]).join('').replace(/〇/g, shape.slice(3)) + `年${cnSmall(mo)}月${cnSmall(d)}日`;
  return replace(text, m.index!, m[0].length, ins, ['date-invalid'], shape);
};

const WD = ['日', '一', '二', '三', '四', '五', '六'];
/** A wrong weekday in half-width brackets after a full date: `2020年8月14日(星期五)` (iscstaffing.com/xinwen/2020-08/14/content_5534805.htm), `2013年4月23日(星期二)` (nakedoat.com). */
export const weekdaySeen: Generator = (text, rng) => {
  const m = pick(rng, all(text, /((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日(?![（(，,\s]*(?:星期|周))/).filter((x) => +x[2]! >= 1 && +x[2]! <= 12 && +x[3]! >= 1 && +x[3]! <= 28));
  if (!m) return undefined;
  const right = new Date(+m[1]!, +m[2]! - 1, +m[3]!).getDay();
  const ins = `(星期${WD[(right + 1 + Math.floor(rng() * 6)) % 7]})`;
  const at = m.index! + m[0].length;
  return replace(text, at, 0, ins, ['date-weekday'], 'ascii-brackets', [m.index!, at + ins.length]);
};

/**
 * A wrong weekday after a month and day whose year the draft gives just before (`2013年6月6日到6月8日`, a
 * date written with its year in the lines above): `3月11日(星期日)下午3时` in a report of 2012
 * (destroybadbreath.com/xwzx/PoliticsNews/201203/t20120311_2379997.htm). The weekday is wrong in every year
 * written with a month in the 15 lines before and in the years either side, so it is wrong whichever the reader takes.
 */
export const monthDayWeekday: Generator = (text, rng) => {
  const places = all(text, /(?<![\d年.])(\d{1,2})月(\d{1,2})日(?![（(，,\s]*(?:星期|周))/).flatMap((x) => {
    if (+x[1]! < 1 || +x[1]! > 12 || +x[2]! < 1 || +x[2]! > 28) return [];
    const lines = text.slice(0, x.index!).split('\n');
    const years = new Set(all(lines.slice(-16).join('\n'), /(?:19|20)\d\d(?=年\d{1,2}月)/).map((y) => +y[0]));
    return years.size ? [{ x, years }] : [];
  });
  const p = pick(rng, places);
  if (!p) return undefined;
  const { x: m, years } = p;
  const right = new Set([...years].flatMap((y) => [y - 1, y, y + 1]).map((yy) => new Date(yy, +m[1]! - 1, +m[2]!).getDay()));
  const wrong = pick(rng, [0, 1, 2, 3, 4, 5, 6].filter((d) => !right.has(d)));
  if (wrong === undefined) return undefined;
  const ins = pick(rng, [`(星期${WD[wrong]})`, `（星期${WD[wrong]}）`])!;
  const at = m.index! + m[0].length;
  return replace(text, at, 0, ins, ['date-weekday'], ins[0] === '(' ? 'ascii-brackets' : 'brackets', [m.index!, at + ins.length]);
};

export const SEEN_GENERATORS: Record<string, Generator> = {
  'seen-figure': slotFigureSeen, 'seen-year': slotYearSeen, 'seen-date-slot': slotDateSeen, 'seen-session': slotSessionSeen,
  'seen-place': slotPlaceSeen, 'seen-person': slotPersonSeen, 'seen-residue': residueSeen, 'seen-quote': requoteSeen,
  'seen-date-writing': dateOtherWriting, 'seen-weekday': weekdaySeen, 'seen-md-weekday': monthDayWeekday,
};
