/**
 * Site lines recognised by their shape rather than by one expression: breadcrumbs, a page's
 * timestamp line with its name or counters, a source with a read counter, a paywall's word
 * counts. Each test is linear in the line (residue.ts only asks about lines of at most 120
 * characters).
 */

/** `责任编辑：`, a site's label that also holds a draft's `编辑：`. */
export const SITE_EDITOR_LABEL_RE = /(?:责任|責任)(?:编辑|編輯)\s*[:：]/g;

/**
 * A breadcrumb: two or more `>` (`›`, `»`, `>>`) between short names, with or without a
 * label (`东方文库 > 致辞稿 > 在…上的讲话`, `实用范文 >发言稿 >`). Prose never chains them.
 */
const CRUMB_SPLIT_RE = /\s*(?:>>|>|›|»|＞|→)\s*|\s+》\s+/;
const CRUMB_PART_RE = /^[^，。；！？,;!?]{1,40}$/;
const LEADING_CRUMB_RE = /^\s*(?:>>|>|›|»|＞)/;
const CRUMB_SITE_RE = /首页|位置|文库|范文|文档|文秘|公文|资料|文章|写作|大全|频道|栏目|正文|网|站|稿|讲话|致辞|发言|报告|书城|书屋|上一?页|下一?页/;
function isBreadcrumb(text: string): boolean {
  // `<P>…<BR>…</P>` is markup, not a path.
  if (text.includes('<')) return false;
  let parts = text.split(CRUMB_SPLIT_RE);
  // The path may go on from a line above it (`首页` / `> 政务公开 > 信息公开目录 > 报告`): three named steps after its `>`.
  if (parts[0] === '' && parts.length >= 4 && LEADING_CRUMB_RE.test(text)) parts = parts.slice(1);
  if (parts.length < 3 || parts[0] === '') return false;
  // The last step may be empty (`致辞稿 >`); every other is a short name with a Chinese character or a letter.
  const named = parts[parts.length - 1] === '' ? parts.slice(0, -1) : parts;
  // A path through a site names a site or a section of documents (`增速 > 全省 > 全国` is a comparison).
  return CRUMB_SITE_RE.test(text) && named.every((p) => CRUMB_PART_RE.test(p) && /\p{L}/u.test(p));
}

/**
 * A site's menu bar between bars or wide gaps (`首页 | 评论 | 诗歌 | 散文 | …`, `设为首页 | 免责声明 |
 * 关于勤云 | 加入收藏`): four or more short names, one of them a link only a site has, and nothing
 * of a sentence.
 */
const MENU_SPLIT_RE = /\s*[|｜]\s*|[ \t\u3000]{2,}/;
/** A link only a site's menu has: its home, its bookmark, its about page, its search. */
const MENU_HOME_RE = /^(?:网站首页|網站首頁|首页|首頁|主页|返回首页|设为首页|設為首頁|加入收藏|收藏本站|关于我们|關於我們|联系我们|聯繫我們|网站地图|網站地圖|高级检索|高級檢索|帮助中心)$/;
const MENU_ITEM_RE = /^[^，。；！？,;!?：:]{1,16}$/;
/** A space between two Han characters: a site spaces out its short menu names (`首 页 | 新 闻`). */
const LETTER_GAP_RE = /(?<=\p{Script=Han}) (?=\p{Script=Han})/gu;
/** The menu's own label before its first name (`频 道: 首 页 | …`). */
const MENU_LABEL_RE = /^[^:：|｜]{1,6}[:：]\s*/;
function isMenuBar(text: string): boolean {
  const parts = text
    .replace(LETTER_GAP_RE, '')
    .replace(MENU_LABEL_RE, '')
    .split(MENU_SPLIT_RE)
    .filter((p) => p !== '');
  return parts.length >= 4 && parts.some((p) => MENU_HOME_RE.test(p)) && parts.every((p) => MENU_ITEM_RE.test(p));
}

/** A page's own timestamp (`2024-10-28 08:41:08`, `2022-12-23`) at the head of a line. */
const DATE_LEAD_RE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?=\s)/;
/**
 * What a site prints after its timestamp: its name (`华博范文网`, `个人技术集锦`), who
 * published (`来源:…`), counters (`690`, `1.2W`) and its widgets (`版权声明 我要投稿`).
 * A weekday or a place after a date is a date line, not one of these.
 */
const STAMP_TOKEN_RE =
  /^(?:\d+(?:\.\d+)?[wW万kK]?(?:次|人)?(?:阅读|浏览|点击)?|[\p{Script=Han}A-Za-z0-9]{1,10}(?:网|站|库|文库|集锦|素材|范文)|(?:来源|來源|作者|编辑|分类|栏目|标签|出处)[:：]\S{0,16}|版权声明|版權聲明|我要投稿|投稿|举报|收藏|分享|评论|阅读|浏览|点击|发布|上传|更新|\d+(?:\.\d+)?元|免费试读|试读|免费下载|VIP|vip)$/u;
/** A label a site prints before a name, with or without its colon (`作者 国际中心`). */
const STAMP_LABEL_RE = /^(?:(?:稿件|信息|文章|新闻)?(?:来源|來源)|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|通讯员|通訊員)[:：]?$/;
const STAMP_NAME_RE = /^[\p{Script=Han}A-Za-z0-9·]{1,10}$/u;
/** Between a timestamp's items: spaces, or a bar or a slash (`2023-03-13 13:51 | 稿件来源:…`). */
const STAMP_SPLIT_RE = /\s*[|｜/／]\s*|\s+/;
function isStampLine(text: string): boolean {
  const m = DATE_LEAD_RE.exec(text);
  if (!m) return false;
  const tokens = text.slice(m[0].length).trim().split(STAMP_SPLIT_RE).filter((t) => t !== '');
  if (tokens.length < 1 || tokens.length > 4) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (STAMP_TOKEN_RE.test(t) || STAMP_LABEL_RE.test(t)) continue;
    // A name, right after its label (`作者 国际中心`, `稿件来源: 香港新闻网`).
    if (i > 0 && STAMP_LABEL_RE.test(tokens[i - 1]!) && STAMP_NAME_RE.test(t)) continue;
    if (/^(?:稿件|信息|文章|新闻)(?:来源|來源)[:：]\S{1,16}$/.test(t)) continue;
    return false;
  }
  return true;
}
/** A machine timestamp inside a line: a date in figures with its clock time (`2021-07-27 17:49:30`). */
const CLOCK_STAMP_RE = /(?:^|\s|[:：])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(:\d{2})?(?=\s|$)/;
const STAMP_ITEM_RE = /^[^，。；！？,;!?、“”"]{1,24}$/;
/** A label a page prints before its timestamp or a name (`编辑日期:`, `作者:新闻中心`). */
const STAMP_ITEM_LABEL_RE = /^[^\s:：]{1,6}[:：]/;
/** A notice of a meeting is a draft's own line (`会议时间 2024-03-09 14:30 三楼会议室`). */
const NOTICE_WORD_RE = /地点|地址|会场|会议|议程|主持|时间|报到|集合|出发|截止|开始|结束/;
/**
 * A page's byline around its timestamp: a site's name or a column before it (`公文搜
 * 2021-07-27 17:49:30 政府报告`, `民生 2025-01-23 23:51 重庆`), or labelled items (`编辑日期:
 * 2018/2/11 16:01:20 作者:新闻中心`). A draft's timeline starts with its time (`2023-05-01 10:30
 * 接到报警`): without a name before the stamp, a label or the seconds of a machine, the line stays.
 */
function isBylineStamp(text: string): boolean {
  if (text.length > 80 || NOTICE_WORD_RE.test(text)) return false;
  const m = CLOCK_STAMP_RE.exec(text);
  if (!m) return false;
  const stampStart = m.index + (/^[\s:：]/.test(m[0]) ? 1 : 0);
  const before = text.slice(0, stampStart).trim();
  const after = text.slice(m.index + m[0].length).trim();
  const items = [before, ...after.split(STAMP_SPLIT_RE)].filter((t) => t !== '');
  // A bare timestamp is residue only beside other residue (a weak line).
  if (items.length === 0 || items.length > 5 || !items.every((t) => STAMP_ITEM_RE.test(t))) return false;
  return before !== '' || m[1] !== undefined || items.some((t) => STAMP_ITEM_LABEL_RE.test(t));
}
/** `一枝笔写作事务所 2011-09-12 字数3106字 点击: 次`: a date in figures beside a site's counter label. */
const ISO_DATE_RE = /(?:^|\s)\d{4}-\d{1,2}-\d{1,2}(?=\s|$)/;
const SITE_COUNTER_LABEL_RE = /(?:点击|點擊|浏览|瀏覽|阅读|閱讀|人气|人氣|下载|下載)\s*[:：]\s*\d*\s*次?(?:\s|$)/;
/** `来源:才华库 1.12W`: who published, then a read counter. */
const SOURCE_COUNTER_RE = /^(?:来源|來源|出处|作者)\s*[:：]\s*\S{1,16}\s+\d+(?:\.\d+)?\s*[wW万kK]?\s*(?:次|人)?(?:阅读|浏览)?$/;
/** `仅展示672字,全文共2743字`, `(全文共1662字,当前显示422字)`: a paywall's word counts. */
const WORD_COUNT_RE = /\d{2,6}\s*字/g;
const PAYWALL_COUNT_WORD_RE = /全文|显示|展示|预览|省略|隐藏|阅读/;
const INNER_SENTENCE_END_RE = /[。！？!?](?!$)/;
/** A count of the whole text at the head of a line and a short clause after it: a draft does not count its own words. */
const CUT_COUNT_NOTICE_RE = /^(?:全文|本文|全篇)(?:共|约)\s*\d{2,6}\s*个?字[,，、]\s*[^，。；！？,;!?]{1,20}$/;
/** A site's contents widget: its heading as a list item (`- 目錄`); a draft's contents heading stands alone. */
const BULLETED_TOC_HEAD_RE = /^[-•·]\s*(?:目\s*录|目錄|本文目录|本文目錄|文章目录|文章目錄)\s*[:：]?$/;

/**
 * A site speaking to its reader about getting the rest of the page: the conditions
 * (`登录`, `VIP`, `会员`, `下载后`) of a text it holds back (`此处隐藏5120个字。VIP会员可见`,
 * `全文约10497字,请下载后阅读、编辑。`, `(阅读全部图文内容,您需要先登录!)`). The wording
 * varies from site to site; what a draft never has is the three together: a condition of
 * access, the text as an object of it, and a word count of the page or the reader as 您.
 */
const ACCESS_RE = /登录|登陆|注册|下载后|VIP|vip|会员|付费|购买后|开通|解锁/;
const READER_ACCESS_RE = /登录|登陆|注册|VIP|vip|会员/;
const HELD_TEXT_RE = /全文|全部(?:图文)?内容|完整(?:版|内容)|剩余|余下|隐藏|省略|本文|此文|该文|文档|图文/;
const PAGE_WORD_COUNT_RE = /\d{2,6}\s*个?字/;
const MEMBERS_ONLY_RE = /(?:VIP|vip|会员)\s*(?:可见|专享|专免|才能(?:查看|阅读|下载))/;
/** Where the prompt's own words start: a line that opens with a sentence of the draft is not one. */
const PROMPT_WORD_RE = /登录|登陆|注册|下载|VIP|vip|会员|全文|全部|完整|剩余|余下|隐藏|省略|本文|此文|该文|文档|图文|您|\d{2,6}\s*个?字/;
const PROMPT_LEAD = 6;
export function isAccessPrompt(text: string): boolean {
  if (text.length > 50 || !ACCESS_RE.test(text)) return false;
  const lead = PROMPT_WORD_RE.exec(text);
  if (!lead || lead.index > PROMPT_LEAD) return false;
  if (MEMBERS_ONLY_RE.test(text)) return true;
  if (!HELD_TEXT_RE.test(text)) return false;
  if (PAGE_WORD_COUNT_RE.test(text)) return true;
  return text.includes('您') && READER_ACCESS_RE.test(text);
}

/** `留言与评论(共有 条评论) |`, `网友评论共 0`: a page's comment counter, its count filled in or left blank. */
const COMMENT_COUNTER_RE = /^(?:网友|用户)?(?:留言|评论|評論)(?:与|和|及)?(?:留言|评论|評論)?\s*[(（]?\s*共有?\s*\d*\s*条?(?:留言|评论|評論)?\s*[)）]?[\s|｜]*$/;

/**
 * A site header's weather and clock (`2024年3月1日 星期五 晴 12℃~20℃`, `北京时间 10:32:15`,
 * `今天是：2024年3月1日 农历正月廿一`): a date, a weekday, the weather, a temperature or a
 * clock time, and nothing of a sentence.
 */
const WEATHER_RE = /(?:^|[\s|｜])(?:晴|阴|多云|晴转多云|多云转晴|阴转多云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|雾|霾|扬沙)(?:转(?:晴|阴|多云|小雨|中雨|大雨|阵雨|雷阵雨|小雪))?(?=[\s|｜]|$|-?\d)/;
const TEMPERATURE_RE = /-?\d{1,2}\s*(?:℃|°C|度)(?:\s*[~～\-—至/]\s*-?\d{1,2}\s*(?:℃|°C|度))?/;
const CLOCK_LABEL_RE = /^(?:北京时间|当前时间|现在时间|今天是|今日|现在是)[:：]?\s*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?:星期[一二三四五六日天]|周[一二三四五六日天])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:农历\S{2,8})?$/;
const CLOCK_FIELD_RE = /\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|星期[一二三四五六日天]/;
const SENTENCE_MARK_RE = /[，。；！？,;!?]/;
export function isWeatherOrClockLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 50 || SENTENCE_MARK_RE.test(t)) return false;
  if (CLOCK_LABEL_RE.test(t) && CLOCK_FIELD_RE.test(t)) return true;
  return WEATHER_RE.test(t) && TEMPERATURE_RE.test(t);
}

/** A piece label a site numbers its copies with: `篇1`, `篇 2`, `篇十二`. */
const PIECE_LABEL_RE = /篇[ \t\u3000]*(?:\d|[一二三四五六七八九十])/g;
const PROSE_MARK_RE = /[，。；！？,;!?：:]/;
/**
 * A site's table of contents glued into one line: the same title again and again, each with
 * its piece label (`2024大学校长致辞 篇12024大学校长致辞 篇2…`). Three or more labels and
 * nothing of a sentence. Linear; also asked about lines too long for the other tests.
 */
export function isPieceList(text: string): boolean {
  if (PROSE_MARK_RE.test(text)) return false;
  return countAll(PIECE_LABEL_RE, text) >= 3;
}

const HAN_ONLY_RE = /^[\u4e00-\u9fff]{8,40}$/;
/**
 * A site's menu whose links ran together, each ending in the same word (`博客广场拍客广场评论广场收客广场`):
 * four or more links of one or two characters and that word, nothing else. Linear: one split.
 */
export function isSuffixMenu(text: string): boolean {
  if (!HAN_ONLY_RE.test(text)) return false;
  const parts = text.split(text.slice(-2));
  return parts.length >= 5 && parts.pop() === '' && parts.every((p) => p.length >= 1 && p.length <= 2);
}

/** A site's menu glued after its home link: Han characters only, long enough to hold several links. */
const GLUED_HOME_MENU_RE = /^(?:网站首页|網站首頁|首页|首頁)[\u4e00-\u9fff]{14,100}$/;
/**
 * A menu whose links ran together after its home link, its sections sharing their last word
 * (`网站首页节日演讲稿爱国纪念日演讲稿工作学习演讲稿…`): some word of two or three characters three
 * times or more. Linear: one count of each pair and triple.
 */
function isGluedHomeMenu(text: string): boolean {
  if (!GLUED_HOME_MENU_RE.test(text)) return false;
  const counts = new Map<string, number>();
  for (let i = 4; i + 2 <= text.length; i++) {
    for (const n of [2, 3]) {
      const w = text.slice(i, i + n);
      if (w.length !== n) continue;
      const c = (counts.get(w) ?? 0) + 1;
      if (c >= 3 && n === 3) return true;
      if (c >= 4) return true;
      counts.set(w, c);
    }
  }
  return false;
}

/** The kind of site line `text` is by its shape (`nav`, `meta`, `paywall`), or undefined. */
export function siteLineKind(text: string): string | undefined {
  if (isStampLine(text) || SOURCE_COUNTER_RE.test(text) || isBylineStamp(text)) return 'meta';
  if (text.length <= 60 && ISO_DATE_RE.test(text) && SITE_COUNTER_LABEL_RE.test(text) && !INNER_SENTENCE_END_RE.test(text)) return 'meta';
  // Only the notice: a sentence of the draft before it (`…讲几点意见。(未完，…)`) keeps the line.
  if (text.length <= 60 && !INNER_SENTENCE_END_RE.test(text) && countAll(WORD_COUNT_RE, text) >= 2 && PAYWALL_COUNT_WORD_RE.test(text)) return 'paywall';
  // The page's word count opening a line, then a cut clause of its notice (`全文共3081字,仅供站内会`).
  if (CUT_COUNT_NOTICE_RE.test(text)) return 'paywall';
  if (BULLETED_TOC_HEAD_RE.test(text)) return 'toc';
  if (isBreadcrumb(text) || isMenuBar(text) || isGluedHomeMenu(text)) return 'nav';
  if (COMMENT_COUNTER_RE.test(text)) return 'share';
  if (isWeatherOrClockLine(text)) return 'meta';
  if (isPieceList(text)) return 'toc';
  return undefined;
}

/** How many times the global expression `re` matches in `text`. */
export function countAll(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Words of a page's toolbar; a line of two or more of them and nothing else is chrome. */
const TOOLBAR_WORDS = new Set(
  ('返回 下载 相关 举报 收藏 分享 打印 关闭 评论 点赞 纠错 投稿 海报 字体 字号 字号变大 字号变小 关灯 开灯 目录 书签 返回目录 阅读足迹 更多章节 复制全文 更新 人气 ' +
    '上一章 下一章 上一页 下一页 上页 下页 回目录 回首页 上一篇 下一篇 上一主题 下一主题 加入书架 加入书签 投票 推荐 复制链接 显示全部楼层 阅读模式 网摘 商城 ' +
    '首页 尾页 刷新 会员登录 新用户注册 用户注册 忘记密码 找回密码 加入收藏 收藏本站 设为首页 放大 缩小 退出 网页版 手机版 电脑版 触屏版 WAP首页 登录 注册 搜索 设置 简体 繁体 护眼 大 中 小 发给好友 推荐给好友 分享到微信 分享到微博 分享到QQ空间 分享到QQ 分享到朋友圈 快捷下载 游客一键下载 会员登录下载 账号登录下载 微信登录下载 下载资源 关于我们 联系我们 客户服务 帮助中心 网站地图 ' +
    '打印本页 打印文章 发送给好友 发送给我好友 用户名 密码 关闭窗口 返回顶部 返回列表 返回首页 侵权投诉 举报该文档 下载文档 立即下载 ' +
    '只看楼主 只看该作者 倒序阅读 正序阅读 发表于 回复主题 发表主题 使用道具 ' +
    '返回 下載 相關 舉報 收藏 分享 列印 關閉 評論 字體 目錄 書籤 上一頁 下一頁 登錄 註冊 搜尋 設置 簡體 繁體').split(' '),
);
const TOOLBAR_FIGURE_RE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d+(?:\.\d+)?[wW万kK]?|DOCX?|docx?|PDF|pdf|PPTX?|pptx?|WPS|wps)$/;
/** A counter with its label glued on (`下载1`, `浏览67`, `点赞0`, `评分-`): a document site's info bar. */
const LABELLED_COUNT_RE = /^(?:下载|浏览|收藏|点赞|评分|阅读|评论|分享|人气)[:：]?(?:\d{1,7}|-)$/;
/** A document site's counters beside its toolbar word (`2024-05-14 999+ 13.54KB 9 页 海报`). */
const TOOLBAR_COUNTER_RE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,6}\+|\d+(?:\.\d+)?(?:KB|MB|kb|mb|K|M)|\d{1,4}页|页|頁)$/;
const TOOLBAR_SPLIT_RE = /[\s\u3000|｜/·•]+/;
const TOOLBAR_BRACKETS_RE = /^[\[【(（]|[\]】)）]$/g;

/**
 * Widget words that only a site prints, so that one alone on its line is chrome (`我要投稿`,
 * `QQ登录`, `微信扫一扫 ×`), where a single 收藏 or 分享 may be a heading's word.
 */
const WIDGET_WORDS = new Set(
  ('我要投稿 投稿须知 我要加入会员 加入会员 开通会员 我用手机阅读 手机阅读 QQ群 QQ登录 微信登录 微信扫一扫 扫一扫 微信扫码分享 扫码分享 ' +
    '下载文档原格式 点此举报 复制全文 下载文档 立即下载 举报该文档 打印本页 关闭窗口 返回顶部 返回列表 返回首页 阅读提示 免费文档 ' +
    '我要投稿 投稿須知 加入會員 開通會員 手機閱讀 微信掃一掃 掃一掃 下載文檔 立即下載 關閉窗口 返回頂部').split(' '),
);
/** A closing mark of a widget (`微信扫一扫 ×`). */
const CLOSE_MARK_RE = /^[×✕✖xX]$/;

/**
 * A line of toolbar words and nothing else but a date or a counter (`复制全文 下载文档 更新
 * 2023-01-02 | 人气 187`): two or more of them, or one of the widget words; three or more may
 * carry one short other part, the site's name (`共产党员网来稿 打印 纠错 投稿须知 投稿`).
 */
export function isToolbarLine(text: string): boolean {
  if (isGluedToolbar(text)) return true;
  const tokens = text
    .split(TOOLBAR_SPLIT_RE)
    .map((t) => t.replace(TOOLBAR_BRACKETS_RE, '').replace(/[:：]$/, ''))
    .filter((t) => t !== '' && !CLOSE_MARK_RE.test(t));
  const known = (t: string) => TOOLBAR_WORDS.has(t) || WIDGET_WORDS.has(t) || LABELLED_COUNT_RE.test(t) || Number.isFinite(gluedWords(t, TOOLBAR_WORDS));
  const words = tokens.filter(known).length;
  const others = tokens.filter((t) => !known(t) && !TOOLBAR_FIGURE_RE.test(t) && !TOOLBAR_COUNTER_RE.test(t));
  // Three or more of a document site's counters (a date, 999+, a size, pages) and a toolbar word.
  if (words >= 1 && tokens.filter((t) => TOOLBAR_COUNTER_RE.test(t) || LABELLED_COUNT_RE.test(t)).length >= 3 && tokens.every((t) => known(t) || TOOLBAR_FIGURE_RE.test(t) || TOOLBAR_COUNTER_RE.test(t))) return true;
  if (others.length === 0) return words >= 2 || (words === 1 && tokens.some((t) => WIDGET_WORDS.has(t)));
  // A site's row of four or more buttons may carry a column name and an empty label (`范文百科 分享 时间: 加入收藏 我要投稿 点赞`).
  const short = (t: string) => t.length <= 10 && !/[，。；！？,;!?]/.test(t);
  return (words >= 3 && others.length === 1 && short(others[0]!)) || (words >= 4 && others.length === 2 && others.every((t) => t.length <= 6 && short(t)));
}

/** Menu links a site prints side by side; a copy may lose the spaces between them. */
const GLUED_MENU_WORDS = new Set(
  '首页 网站首页 设为首页 加入收藏 收藏本站 关于我们 联系我们 网站地图 帮助中心 会员登录 登录 注册 免责声明 返回顶部 返回首页 手机版 电脑版 投稿 我要投稿 意见反馈 版权声明'.split(' '),
);
const GLUED_RE = /^[\u4e00-\u9fff]{6,30}$/;
/**
 * A menu whose links ran together (`首页设为首页加入收藏关于我们`): the line splits wholly into
 * three or more menu links. Linear: each position tries words of two to four characters.
 */
function isGluedToolbar(text: string): boolean {
  const n = gluedWords(text, GLUED_MENU_WORDS);
  return n >= 3 && Number.isFinite(n);
}

/**
 * The fewest words of `vocabulary` (two to four characters each) that `text` splits into wholly, or Infinity
 * (`打印网摘纠错分享推荐`: a toolbar whose buttons ran together). Linear: each position tries three lengths.
 */
function gluedWords(text: string, vocabulary: ReadonlySet<string>): number {
  if (!GLUED_RE.test(text)) return Infinity;
  // fewest[i]: the fewest words that make up text[0, i), or Infinity.
  const fewest: number[] = [0];
  for (let i = 1; i <= text.length; i++) {
    fewest[i] = Infinity;
    for (let n = 2; n <= 4 && n <= i; n++) if (vocabulary.has(text.slice(i - n, i))) fewest[i] = Math.min(fewest[i]!, fewest[i - n]! + 1);
  }
  return fewest[text.length]!;
}

/** A line of single characters set apart by spaces (`评 论`, `分 享 至 手 机`, `关 键  词:`). */
const LETTER_SPACED_RE = /^(?:\p{Script=Han}[ \t\u3000]+)+\p{Script=Han}[:：]?$/u;

/** A letter-spaced line as the site meant it, its spaces removed; undefined for any other line. */
export function unspacedLetters(text: string): string | undefined {
  return LETTER_SPACED_RE.test(text) ? text.replace(/[ \t\u3000]+/g, '') : undefined;
}

/**
 * A sentence of the text glued after a line's labels (`2008-02-05 21:06 来源: 泉州市人民政府公众信息网昨日上午,泉州酒店……举行2008年新春团拜会。`):
 * a full stop, or clauses set off by two commas; a site's labels hold neither. The line is residue, but deleting it
 * deletes that sentence: fix-all leaves it.
 */
const GLUED_PROSE_RE = /[。！？]|[\u4e00-\u9fff][，,][^，,]*[\u4e00-\u9fff][，,]/;
export function gluesProse(text: string): boolean {
  return GLUED_PROSE_RE.test(text);
}

/** A contents entry's heading (no sentence in it) and, on the next line, its page number alone. */
const PAGED_HEADING_RE = /^[^。；！？!?]{2,60}$/;
const PAGE_NUMBER_RE = /^\d{1,3}$/;

/**
 * Where the entries of a table of contents under `目录` end, from `from` (texts as `text(j)`, `count` in all): an
 * entry with its page number on its line (`entry(text)`), or a heading with its page number alone on the next line
 * (`敢闯敢创敢干…` / `3` / `在…闭幕式上的讲话` / `12`), the pages rising.
 */
export function contentsEnd(count: number, from: number, text: (j: number) => string, entry: (t: string) => boolean): number {
  let end = from;
  let page = 0;
  while (end < count) {
    const t = text(end);
    if (entry(t)) {
      end++;
      continue;
    }
    const next = end + 1 < count ? text(end + 1) : '';
    if (!PAGED_HEADING_RE.test(t) || PAGE_NUMBER_RE.test(t) || !PAGE_NUMBER_RE.test(next) || Number(next) < page) break;
    page = Number(next);
    end += 2;
  }
  return end;
}
