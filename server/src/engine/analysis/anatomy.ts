/**
 * The anatomy of a copied draft: which line is the title and which the date line, under
 * whatever a document site, a PDF or a template left above and around them.
 *
 * Two passes over the first content lines (web residue skipped):
 * 1. A date line (`（2024年3月15日）`, `——2024年3月15日在…会议上`, `2024-07-07`, a byline with
 *    its date, a date slot) with title-like lines right above it: the topmost of those
 *    lines is the title (a main title above its subtitle and byline).
 * 2. Otherwise the title by its shape, before the text begins (a salutation or a
 *    paragraph): the first line ending like a speech title (`在…上的讲话`), else the line
 *    right before a salutation, else the first title-like line; a title glued to its text
 *    by PDF copy (`…上的讲话同志们：今天…`) is cut at its end. The date line is then looked
 *    for in the few lines under it.
 * Site chrome (category names, `返回`, `第一篇:`, table rows, metadata, 小编 intros, dates
 * with a clock time) is never the title. Everything is line-local and linear.
 */
import { datesInText } from './dates';
import { countHan, HAN } from '../util/han';
import { BYLINE_RE, SENTENCE_END_RE, matchDateLine, type DateLineMatch } from './date-line';
import { unspacedLetters } from './residue-shapes';
import { gluedTitleEnd, SPEECH_WORD } from './title-shapes';

export { matchDateLine, SPEECH_WORD, type DateLineMatch };

// A document site's file name keeps its extension (`…会议上讲话.docx`).
// A journal's copy keeps the date in brackets after the title (`在2008年春节团拜会上的讲话(2008年2月5日)`).
const SPEECH_END_RE = new RegExp(`${SPEECH_WORD}[ \\u3000]*(?:[（(](?:[^）)]{1,8}|(?:19|20)\\d{2}年[^（）()]{2,16})[）)])?(?:\\.(?:docx?|pdf|wps))?[ \\u3000]*$`);
const HAS_SPEECH_RE = new RegExp(SPEECH_WORD);
/**
 * A news report's headline names a speech someone made (`全國政協舉行新年茶話會 習近平發表重要講話`, `孙守刚出席并讲话`); a
 * speech's own title never says `发表`, nor who attended or chaired and spoke, on whose behalf or invitation it was given.
 */
export const HEADLINE_RE = new RegExp(
  `(?:发表|發表)[^，,。！？；;]{0,8}?${SPEECH_WORD}|(?:出席|主持)[^，,。！？；;]{0,6}?并[^，,。！？；;]{0,4}?${SPEECH_WORD}|` +
    // Who gave it for whom: `李鹏代表国务院作政府工作报告`, `习近平代表十九届中央委员会向大会作报告`.
    // Not the 作 of 工作 (`…人民代表大会…政府工作报告`), nor a congress (代表大会).
    `[${HAN}]代表(?!大会|大會)[^，,。！？；;]{1,14}?(?<!工)作[^，,。！？；;]{0,10}?(?:报告|報告|讲话|講話)|` +
    // Who was asked to speak to whom: `离退休党总支请专家给党员作辅导报告`, `学院邀请李教授为师生作专题讲座`.
    `(?:邀请|邀請|请|請)[^，,。！？；;]{1,16}?(?:为|為|给|給|向)[^，,。！？；;]{1,16}?(?<!工)(?:作|做)[^，,。！？；;]{0,14}?(?:报告|報告|讲话|講話|讲座|講座|党课|黨課)`,
);
/**
 * A title with its theme after a colon: `在2025届高三毕业典礼上的讲话:以青春之名 赴星河之约`,
 * `交流发言:…`; not a research report's (`SaaS行业深度报告:盘点…`).
 */
export const THEMED_TITLE_RE = new RegExp(`^[ \\u3000]*[^，,。；;！？!?：:]{4,40}${SPEECH_WORD.replace('|报告', '').replace('|報告', '')}[ \\u3000]*[：:][ \\u3000]*[^ \\u3000：:]`);
export const SALUTATION_RE =
  /^[ \u3000]*(?:同志们|同志們|各位|尊敬的|亲爱的|親愛的|女士们|女士們|朋友们|朋友們|老师们|老師們|同学们|同學們|乡亲们|鄉親們|大家好)/;

/** How many content lines from the top may hold the title and its date line. */
const HEAD_LINES = 16;
/** How many title lines (title, subtitle, byline) may stand right above a date line. */
const RUN_ABOVE = 4;
/** How many content lines under a title may hold its date line. */
export const DATE_LINE_WINDOW = 4;
const MAX_TITLE = 60;

/** `时间:`, `作者：佚名`, `第一篇:`, `快捷搜索:`: page metadata (`推心置腹：…` is a title). */
const LABEL_RE = /^([^：:]{1,8})[：:]/;
const LABEL_WORD_RE =
  /时间|時間|日期|作者|来源|來源|编辑|編輯|责编|責編|点击|點擊|浏览|瀏覽|阅读|閱讀|字号|字號|标签|標籤|关键|關鍵|摘要|导语|導語|导读|導讀|标题|標題|分类|分類|栏目|欄目|搜索|下载|下載|格式|大小|页数|頁數|文号|文號|索引|发布|發布|发表|發表|更新|上传|上傳|^第.{1,3}[篇章页頁]$|^篇.{1,3}$|^[A-Za-z]{1,4}$/;
/**
 * A breadcrumb: `首页 > 范文 > 讲话稿`, `工作汇报网 >地图 >汇报资料 >`, and a site with its
 * column (`高考在线 >主持词`): no title has an arrow in it.
 */
const CRUMB_RE = /[>＞»›].*[>＞»›]|[>＞»›][ \u3000]*$|^[^>＞»›]{1,12}[>＞»›][^>＞»›]{1,12}$/;
/**
 * A site's words to its reader, never the draft's: `下面是小编为大家整理的…`, `以下是网友为您整理分享的…`,
 * `欢迎访问老文秘,一家专业的公文网站!`.
 */
const SITE_INTRO_RE = /小编|小編|(?:以下|下面)是[^，,。]{0,8}(?:为|為|给|給)(?:大家|您|你)[^，,。]{0,6}(?:整理|收集|精选|精編|精编|分享|带来|帶來|推荐|推薦)|欢迎访问|歡迎訪問|欢迎光临|歡迎光臨/;

/**
 * A page's label standing alone where a title could be: `文章导读`, `内容摘要`, `返回`, a label in
 * black brackets (`【 例 文 】`, `【全文链接】`), an item of a bulleted menu (`• 首頁`, `• 格式:doc`),
 * the link that switches the page's script (`转换到繁體中文`), a skip link (`跳至主要內容`).
 */
const LABEL_LINE_RE =
  /^(?:(?:文章|内容|全文)?(?:导读|導讀|摘要|简介|簡介|预览|預覽)|返回|返回列表|正文|正文复制|【[^【】]{1,10}】|(?:转换到|轉換到|切换到|切換到)?(?:繁體|繁体|简体|簡體)(?:中文|版)?|(?:跳至|跳到|跳转到|跳轉到)主要[内內]容)$|^[•●▪◦・]/;

/**
 * Addressees named before the general ones, set apart by spaces or marks, the colon perhaps left out:
 * `李董事長 蘇校長 各位師長 各位貴賓`, `王书记、各位领导、同志们：`.
 */
const NAMED_ADDRESSEES_RE = new RegExp(
  `^[ \u3000]*(?:[${HAN}]{2,8}[、，, \u3000]+){1,4}(?:各位|同志们|同志們|尊敬的|亲爱的|親愛的|女士们|女士們|朋友们|朋友們)[^。！？!?；;]{0,40}$`,
);

export function isSalutation(text: string): boolean {
  return (SALUTATION_RE.test(text) || NAMED_ADDRESSEES_RE.test(text)) && text.trim().length <= 80;
}

/** Metadata and timestamps: `2024-12-12 09:00:02 690`, `时间:2022-05-21`, `第一篇:`. */
function isStamp(t: string): boolean {
  if (/\d{1,2}:\d{2}/.test(t) && /\d{4}[-/.年]\d{1,2}/.test(t)) return true;
  const label = LABEL_RE.exec(t);
  return !!label && !HAS_SPEECH_RE.test(label[1]!) && LABEL_WORD_RE.test(label[1]!.trim());
}

/** Page chrome that document sites leave around a title and that no title looks like. */
function isChrome(t: string): boolean {
  return SITE_INTRO_RE.test(t) || /[|｜]/.test(t) || CRUMB_RE.test(t.trim()) || LABEL_LINE_RE.test(t.trim()) || isStamp(t);
}

/**
 * A line that could be a title: short, no sentence in it, not a salutation, date or chrome.
 * `lax` for the line right above a date line, which may hold any characters.
 */
export function isTitleLike(text: string, lax = false): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > MAX_TITLE) return false;
  if ((SENTENCE_END_RE.test(t) && !exclaimedTitle(t)) || /[，,、：:]$/.test(t)) return false;
  // A long line with clauses is a sentence, unless it is a title with its subtitle after a dash.
  if (t.length > 30 && /[，,]/.test(t) && !/——|--/.test(t) && !THEMED_TITLE_RE.test(t)) return false;
  if (isSalutation(t) || NUMBERED_RE.test(t) || SITE_INTRO_RE.test(t) || isByline(t) && SPACED_NAME_RE.test(t)) return false;
  // A note wholly in brackets (`（此件公开发布）`, `（根据录音整理）`) goes with a title, never is one.
  if (NOTE_RE.test(t)) return false;
  if (lax) return !isStamp(t) && !matchDateLine(t);
  if (isChrome(t)) return false;
  if (matchDateLine(t)) return false;
  // A date alone (`2023年12月`, the issue month of a magazine) or a date that opens a line.
  const d = datesInText(t)[0];
  if (d && d.start === 0 && (d.end === t.length || d.day !== undefined)) return false;
  // Mostly Chinese: `thought1688`, `js33333…` are not titles.
  const han = countHan(t);
  return han >= 2 && han * 2 >= t.replace(/\s/g, '').length;
}

const NOTE_RE = /^[（(][^（）()]{1,20}[）)]$/;

/** Where the text proper begins: a salutation or a paragraph. */
function isBody(text: string): boolean {
  const t = text.trim();
  return isSalutation(t) || t.length > MAX_TITLE || (SENTENCE_END_RE.test(t) && !exclaimedTitle(t));
}

/**
 * A main title that calls or asks (`最好的你们,可好?!`, `奋斗吧!青年`), then its subtitle after a dash naming the
 * speech (`——在2022年毕业典礼上的讲话`): a title, its marks notwithstanding.
 */
const EXCLAIMED_TITLE_RE = /^[^。；;]{2,30}[！？!?]+[”"’']?(?:——|--)[^。！？!?；;]{4,40}$/;
function exclaimedTitle(t: string): boolean {
  return EXCLAIMED_TITLE_RE.test(t) && SPEECH_END_RE.test(t);
}

/** A byline (`荆门市委书记胡亚波`), not a title ending in a speech word (`…校长致辞`). */
function isByline(text: string): boolean {
  const t = text.trim();
  return (BYLINE_RE.test(t) || SPACED_NAME_RE.test(t) || UNIT_NAME_RE.test(t)) && !SPEECH_END_RE.test(t.replace(/[ \u3000]/g, ''));
}

/** The speaker's unit, then the name called 同志 or 同学: `進修學院運修系二A 陳榮哲同學`, `学生代表 李明同学`. */
const UNIT_NAME_RE = new RegExp(`^[^\\s，,。：:]{2,20}[ \u3000]+[${HAN}]{2,4}(?:同志|同学|同學)$`);

/** A name set out with spaces on the speaker line: `周 德 睿`, `陸 浩` (but `开 幕 词` is a title). */
const SPACED_NAME_RE = new RegExp(`^[${HAN}](?:[ \\u3000]+[${HAN}]){1,3}$`);

/** A numbered heading or item (`一、`, `（一）`, `1.`): part of the text, never its title. */
const NUMBERED_RE = /^[ \u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;

export interface AnatomyLine {
  index: number;
  text: string;
  /** Site residue was left out between the previous content line and this one. */
  afterResidue?: boolean;
}

export interface Anatomy {
  /** First and last line of the title, and its end inside the last line when the title is glued to text. */
  title?: { firstLine: number; lastLine: number; endInLine?: number };
  dateLine?: { line: number; match: DateLineMatch };
}

/** A title broken over two lines (PDF copy): `在全市统筹推进…和` / `经济社会发展工作会议上的讲话`. */
function joinsNext(a: string, b: string | undefined): boolean {
  if (b === undefined) return false;
  const ta = a.trim();
  // The second part read as written if set out letter by letter (`…职工代表大会` / `第 二 次 会 议 开 幕 词`), short only as it stands.
  const tb = asWritten(b);
  return (
    ta.length <= 30 &&
    ta.length >= 4 &&
    !isChrome(ta) &&
    !SENTENCE_END_RE.test(ta) &&
    !/[：:]$/.test(ta) &&
    SPEECH_END_RE.test(tb) &&
    !SPEECH_END_RE.test(ta) &&
    !isChrome(tb) &&
    // The second part continues the first: short (`主持詞`) or the first stops mid-phrase.
    (b.trim().length <= 8 || /[和与及暨的在上、“《]$/.test(ta) || /^(?:上的|的|暨|工作|会议|會議|第[一二三四五六七八九十]{1,3}次)/.test(tb))
  );
}

/** A line as meant, its letter spacing removed (`第 二 次 会 议 开 幕 词`, a Word title set out to the page width). */
const asWritten = (text: string): string => unspacedLetters(text.trim()) ?? text.trim();

/** The topmost of the title-like lines (title, subtitle, byline) right above the date line at `k`, or -1. */
function blockTop(head: readonly AnatomyLine[], k: number): number {
  let top = -1;
  for (let j = k - 1; j >= 0 && k - j <= RUN_ABOVE; j--) {
    const t = head[j]!.text;
    // Site chrome between two lines ends the block: above it is the page's own headline.
    if (j + 1 < k && head[j + 1]!.afterResidue) break;
    if (!isTitleLike(t, j === k - 1) && !(isByline(t) && j === k - 1)) break;
    // A dateline above the title (`新华社杭州9月23日电`) ends the title block.
    if (!SPEECH_END_RE.test(t.trim()) && datesInText(t).some((d) => d.day !== undefined)) break;
    // A news headline over the speech's own title (`習近平在…儀式上發表重要講話` / `在…儀式上的講話`) is the page's.
    if (top >= 0 && HEADLINE_RE.test(t)) break;
    top = j;
  }
  return top;
}

/**
 * The title and date line of a draft, from its content lines (blank and residue lines
 * already left out), in order.
 */
export function findAnatomy(content: readonly AnatomyLine[]): Anatomy {
  const found = anatomyOf(content);
  return withYearAbove(content, (found.title && draftTitleBelow(content, found.title)) || found);
}

/**
 * A title whose year the copy broke onto a line of its own: `2021` / `年在实施乡村振兴战略领导小组会议上的讲话`.
 * The figure alone is no title (no Chinese in it); the title starts with it.
 */
function withYearAbove(content: readonly AnatomyLine[], a: Anatomy): Anatomy {
  if (!a.title) return a;
  const at = content.findIndex((l) => l.index === a.title!.firstLine);
  const above = content[at - 1];
  if (at <= 0 || !above || content[at]!.afterResidue || !/^[ \u3000]*(?:19|20)\d{2}[ \u3000]*$/.test(above.text)) return a;
  if (!/^[ \u3000]*(?:年|年度)[^ \u3000]/.test(content[at]!.text)) return a;
  return { ...a, title: { ...a.title, firstLine: above.index } };
}

/**
 * A document site's page opens with its own headline for the speech, then its stamps and
 * counters (`2024-03-19`, `999+`, `22 页`), then the draft with its own title right above the
 * salutation: that title is the draft's, and its date line would go under it. Only when the
 * headline found reads as a speech's title itself, site residue or something that is no title
 * stands between, and the text has not begun before the salutation.
 */
function draftTitleBelow(content: readonly AnatomyLine[], title: NonNullable<Anatomy['title']>): Anatomy | undefined {
  const head = content.slice(0, HEAD_LINES);
  const top = head.findIndex((l) => l.index === title.lastLine);
  if (top < 0 || title.endInLine !== undefined || !SPEECH_END_RE.test(head[top]!.text.trim())) return undefined;
  for (let k = top + 1; k < head.length; k++) {
    const t = head[k]!.text;
    if (!isSalutation(t)) {
      // A site's words to its reader (`以下是网友为您整理分享的…`) stand between its headline and the draft.
      if (isBody(t) && !SITE_INTRO_RE.test(t)) return undefined;
      continue;
    }
    // The speaker's line may stand between the title and the salutation (`交通局局长 xxx`).
    let end = k - 1;
    while (end > top + 1 && isByline(head[end]!.text)) end--;
    const start = end > 0 && joinsNext(head[end - 1]!.text, head[end]!.text) ? end - 1 : end;
    if (start <= top || !SPEECH_END_RE.test(asWritten(head[end]!.text))) return undefined;
    // Site residue left out right above it, or a stamp or counter between, or the headline
    // right above a title of its own (no subtitle: that opens with a dash).
    const lower = head[start]!.text;
    const stacked = start === top + 1 && isTitleLike(lower) && !LABEL_RE.test(lower.trim()) && !/^[ \u3000]*(?:——|--|—)/.test(lower);
    if (!head[start]!.afterResidue && !stacked && !head.slice(top + 1, start).some((l) => !isTitleLike(l.text))) return undefined;
    return { title: { firstLine: head[start]!.index, lastLine: head[end]!.index }, ...dateUnder(content, content.indexOf(head[end]!)) };
  }
  return undefined;
}

/**
 * A template's fields, each opening with its label in black brackets, one under the other:
 * `【範例一】` / `【致辭人】××市人口計生委` / `【致辭背景】××市…動員大會致辭`. A field holds what the
 * draft is about, never its title.
 */
const FIELD_RE = /^[ \u3000]*【[^【】]{1,10}】/;
function isField(head: readonly AnatomyLine[], k: number): boolean {
  return FIELD_RE.test(head[k]!.text) && [head[k - 1], head[k + 1]].some((l) => l !== undefined && FIELD_RE.test(l.text));
}

function anatomyOf(content: readonly AnatomyLine[]): Anatomy {
  const head = content.slice(0, HEAD_LINES);
  // 1. A date line with a title above it.
  for (let k = 0; k < head.length; k++) {
    const line = head[k]!;
    if (isSalutation(line.text)) break;
    const match = matchDateLine(line.text);
    if (!match) continue;
    let top = blockTop(head, k);
    if (top < 0) continue;
    // Right after a finished sentence, a name and a date are a signature (落款), not a title block — unless the
    // block opens with a speech's title (a news report's lead, then the speech it quotes: `…致辞` / byline / date).
    if (top > 0 && /[。！？!?]$/.test(head[top - 1]!.text.trim()) && !SPEECH_END_RE.test(head[top]!.text.trim())) continue;
    // Skip bylines at the top (a run of a byline only is no title).
    const runTop = top;
    while (top < k && isByline(head[top]!.text)) top++;
    // A page that opens with the speaker and the date (its title cut off): the date line without a title.
    if (top >= k && runTop === 0) return { dateLine: { line: line.index, match } };
    if (top >= k) continue;
    const lastLine = top + 1 < k && joinsNext(head[top]!.text, head[top + 1]!.text) ? head[top + 1]!.index : head[top]!.index;
    return { title: { firstLine: head[top]!.index, lastLine }, dateLine: { line: line.index, match } };
  }
  // 2. The title by its shape, before the text begins.
  const candidates: number[] = [];
  let bodyAt = head.length;
  for (let k = 0; k < head.length; k++) {
    const t = head[k]!.text;
    if (SITE_INTRO_RE.test(t)) continue;
    if (isBody(t) || matchDateLine(t)) {
      bodyAt = k;
      break;
    }
    if (isTitleLike(t) && !isByline(t) && !isField(head, k)) candidates.push(k);
  }
  // A site's slogan above the title (`德育素材网提供各类范文写作素材!`) reads as a sentence: the title is the speech
  // title under it with its salutation right below (site chrome between).
  if (candidates.length === 0 && bodyAt < head.length && !isSalutation(head[bodyAt]!.text)) {
    const k = titleUnderSlogan(head, bodyAt);
    if (k !== undefined) return { title: { firstLine: head[k]!.index, lastLine: head[k]!.index }, ...dateUnder(content, content.indexOf(head[k]!)) };
  }
  const pick = (k: number): Anatomy => {
    const lastK = joinsNext(head[k]!.text, head[k + 1]?.text) && k + 1 < bodyAt ? k + 1 : k;
    const firstK = titleTop(head, candidates, k, lastK);
    const title = { firstLine: head[firstK]!.index, lastLine: head[lastK]!.index };
    return { title, ...dateUnder(content, content.indexOf(head[lastK]!)) };
  };
  for (const k of candidates) {
    if (joinsNext(head[k]!.text, head[k + 1]?.text) && k + 1 < bodyAt) return pick(k);
    const t = head[k]!.text.trim();
    if (SPEECH_END_RE.test(t) && t.length > 4) return pick(k);
  }
  const last = candidates[candidates.length - 1];
  if (last !== undefined && last === bodyAt - 1 && bodyAt < head.length && isSalutation(head[bodyAt]!.text)) return pick(last);
  // Category names (`卫生管理`, `交流发言`) are shorter than the titles under them.
  if (candidates.length > 0) return pick(candidates.find((k) => head[k]!.text.trim().length >= 6) ?? candidates[0]!);
  // A title glued to its text: `勇立潮头——在…上的讲话今年是…`, `…工作报告各位代表：现在…`.
  // The first line of content, whether it reads as the text's first line or as neither title nor
  // text (`大学毕业典礼院长致辞1尊敬的xx各位老师、…同学们:` ends with the salutation's colon).
  const firstAt = head.findIndex((l) => !SITE_INTRO_RE.test(l.text) && !LABEL_LINE_RE.test(l.text.trim()));
  const first = firstAt >= 0 && firstAt <= bodyAt ? head[firstAt] : undefined;
  if (first) {
    const end = gluedTitleEnd(first.text);
    if (end !== undefined && !isSalutation(first.text) && !SENTENCE_END_RE.test(first.text.slice(0, end)) && !SITE_INTRO_RE.test(first.text.slice(0, end))) {
      return { title: { firstLine: first.index, lastLine: first.index, endInLine: end } };
    }
  }
  return {};
}

/** How far under a sentence above the title the title may stand. */
const SLOGAN_SPAN = 3;

/** A speech title (`…上的讲话`) a few lines under line `from`, its salutation next (chrome lines between). */
function titleUnderSlogan(head: readonly AnatomyLine[], from: number): number | undefined {
  for (let k = from + 1; k < head.length && k - from <= SLOGAN_SPAN; k++) {
    const t = head[k]!.text.trim();
    if (isSalutation(t)) return undefined;
    if (!isTitleLike(t) || isByline(t) || !SPEECH_END_RE.test(t) || t.length <= 4) continue;
    for (let j = k + 1; j < head.length && j - k <= 3; j++) {
      const u = head[j]!.text.trim();
      if (isSalutation(u)) return k;
      if (!isChrome(u)) break;
    }
  }
  return undefined;
}

/** A title line cut at the page width: as long as the next line (`…理论学习中心组专题` / `学习…两会上的`). */
function wrapsInto(a: string, b: string): boolean {
  const ta = a.trim();
  const tb = b.trim();
  return ta.length >= 10 && Math.abs(ta.length - tb.length) <= 1 && !SPEECH_END_RE.test(ta);
}

/**
 * The first line of a title found by its shape, from the line `k` that was picked: the main
 * title above its subtitle (`大学的使命与法律人的责任` / `——2021年…开学典礼院长致辞`), the first
 * lines of a title wrapped at the page width, and a title run over two lines under a label
 * (`党课讲稿:深刻领会…扎实推进主题教` / `走深走实、入脑入心`), never across site residue.
 */
function titleTop(head: readonly AnatomyLine[], candidates: readonly number[], k: number, lastK: number): number {
  let first = k;
  while (first > 0 && candidates.includes(first - 1) && !head[first]!.afterResidue) {
    const above = head[first - 1]!.text;
    const t = head[first]!.text.trim();
    const subtitle = /^(?:——|—|--)/.test(t) && first === k;
    const labelled = first === k && k === lastK && !HAS_SPEECH_RE.test(t) && HAS_SPEECH_RE.test(above) && above.trim().length >= 8;
    if (!subtitle && !labelled && !wrapsInto(above, head[first]!.text)) break;
    first--;
  }
  return first;
}

/** The date line in the few content lines under a title, before the text begins. */
function dateUnder(content: readonly AnatomyLine[], titleAt: number): Pick<Anatomy, 'dateLine'> {
  for (let k = titleAt + 1; k < content.length && k - titleAt <= DATE_LINE_WINDOW; k++) {
    const l = content[k]!;
    const match = matchDateLine(l.text);
    if (match) return { dateLine: { line: l.index, match } };
    if (isSalutation(l.text)) break;
  }
  return {};
}
