/**
 * Template slots (占位符) in a draft: `XX亿元`, `20xx年`, `某某`, `○○`, `【待补】`, a whole
 * sentence `XXX。`. Shared by the `placeholder` rule, the date rules (a date slot is
 * reported once, by `placeholder`) and the consistency report.
 * Owner: placeholder rule.
 */
import { LINE_CACHE_SIZE, type BoundedCache } from '../util/bounded-cache';
import type { SpeechDocument } from './document';
import { byLine } from './by-line';
import { isWebResidueLine } from './residue';
import type { Segmenter, Token } from './segment';
import placeholderData from '../data/placeholder.json';
import { LETTER, before as textBefore, joinTouchingMarks, markCandidates, type Candidate } from './slot-marks';
import { ADDRESSEE_HINT, ATTENDEES_HINT, blankCandidates, CLASS_YEAR_HINT, EMPTY_HINT, LEADER_NAME_HINT } from './slot-blanks';
import { HAN } from '../util/han';
import { ClauseBounds, LONE_SURROGATE_RE, tokenCovering } from './slot-clauses';
import { WORD_SLOT_HINT, wordCandidates } from './slot-words';
import { countsAfter, NUMBER_AFTER, runsIntoWord, type WordAt } from './slot-counting';
import { FRAME_HINT, frameCandidates } from './slot-frames';
import { LETTER_MASK_HINT, letterMaskCandidates } from './slot-letter-masks';
import { namedMark, percentMaskCandidates } from './slot-odd-marks';
import { citedPhrase } from './slot-text';
import { GAP_HINT, gapCandidates, gateHolds, type Gate, type GatedCandidate } from './slot-gaps';
import { simplifiedLine } from './traditional';

/** 数字 / 年份 / 日期 / 人名 / 地名 / 单位 / 整句 / 空白 (a deleted figure's frame) / 其他 */
export type SlotKind = 'number' | 'year' | 'date' | 'name' | 'place' | 'unit' | 'sentence' | 'blank' | 'other';

export interface Slot {
  start: number;
  end: number;
  line: number;
  /** The slot as written, e.g. `XX`, `20xx年`, `某某`. */
  text: string;
  kind: SlotKind;
  /**
   * For year slots: the range of the year figure alone (`201X` in `201X 年`), which is
   * what a fill replaces, so a PDF space before 年 is left alone.
   */
  yearStart?: number;
  yearEnd?: number;
  /** For date slots: whether the slot names a day (`x月xx日`), so a whole date can fill it. */
  hasDay?: boolean;
  /** For date slots: whether the slot includes a year (`20XX年X月X日`). */
  hasYear?: boolean;
}

export interface WordException {
  pattern: string;
  note?: string;
  examples: string[];
  counterexamples: string[];
}

export const SLOT_WORD_EXCEPTIONS: readonly WordException[] = placeholderData.words;
const EXCEPTION_RES = SLOT_WORD_EXCEPTIONS.map((w) => new RegExp(w.pattern, 'g'));

const LETTER_RE = new RegExp(`[${LETTER}]`);

// Context words, tried in order (longest first where one is a prefix of another).
const NAME_AFTER =
  /^(?:副|代(?=[县市省区镇乡]长|主任|书记|秘书长|[縣省區鎮鄉]長))?(?:同志|书记|副书记|总书记|县长|副县长|市长|副市长|省长|副省长|区长|镇长|乡长|村长|局长|处长|科长|厅长|部长|主任|主席|委员|秘书长|院长|校长|董事长|总经理|经理|先生|女士|老师|教授|代表|同学|同誌|書記|縣長|省長|區長|鎮長|鄉長|局長|處長|廳長|部長|主席|董事長|經理|讲话|致辞|发言|汇报|主持)/;
const PLACE_AFTER =
  /^(?:[·•]?籍|人民(?![币幣])|省|市|县|縣|区|區|州|镇|鎮|乡|鄉|村|盟|旗|街道|社区|社區|新区|新區|高新区|高新區|经开区|經開區|开发区|開發區|片区|片區|大地|地区|地區|国际|國際|机场|機場|铁路|鐵路|大桥|大橋|环路|環路|段|河|湖|山|港|路|街)/;
const UNIT_AFTER =
  /^(?:(?:股份)?有限(?:责任)?公司|公司|集团|集團|部门|部門|单位|單位|局|委员会|委員會|委|办公室|辦公室|办|辦|中心|银行|銀行|医院|醫院|学校|學校|大学|大學|小学|小學|中学|中學|幼儿园|幼兒園|企业|企業|协会|協會|厅|廳|所|站|队|隊|院|园区|園區)/;
// `为` of `作为`, `成为`, `因为`: a verb or a conjunction before a name (`作为**公司`, `成为x面向东南亚…`), not `得分为`.
const NUMBER_BEFORE =
  /(?:第|前|后|後|近|约|約|超|超过|超過|达|達|到|(?<![作成因认認称稱视視以])[为為]|增长|增長|下降|提高|提升|降低|低|高|占|佔|排|(?<!中)共|计|計|达到|達到|完成|实现|實現|投资|投資|新增|累计|累計|仅|僅|只有|每)$/;
/** Words a name follows: `请XX`, `书记XXX`, `领导有：XX`. */
const NAME_BEFORE =
  /(?:请|有请|欢迎|书记|副书记|县长|市长|省长|区长|镇长|乡长|主任|部长|局长|处长|厅长|院长|校长|主席|常委|委员|秘书长|處長|書記|縣長|局長|部長|领导有|评委有|嘉宾有|他们是|分别是)[：:]?$/;
/** A field label before its value: `联系人：×××`, `电话：××××××××`. */
const NAME_LABEL = /(?:联系人|聯繫人|姓名|负责人|負責人|经办人|經辦人|组长|組長|组员|組員|成员|成員|主持人|召集人|联络员|聯絡員|讲话人|講話人|发言人|發言人|致辞人|致辭人|报告人|報告人)[ \u3000]*[：:]$/;
const NUMBER_LABEL = /(?:电话|電話|传真|傳真|手机|手機|邮编|郵編|电话号码|电 话)[ \u3000]*[：:]$/;
/** Words a place follows: `驻XX部队`. */
const PLACE_BEFORE = /(?:驻|駐|在|来自|赴)$/;
/** What a person says, asks or does in person, right after the slot (`XX多次讲过`: 多次 is how often, not a count of the slot's) or after `在…上/中`. */
const SPEAKS_AFTER = /^(?:(?:多次|反复|一再|曾经?|也|还|明确|深刻)?(?:强调|指出|寄语|批示|讲过|说过)|亲临|莅临|曾经?说|在[^，。；：]{1,12}?[上中](?:的讲话中)?[，,]?(?:强调|指出|寄语|要求|讲|说|提出))/;
const CLAUSE_BEFORE = /(?:^|[，,：:；;。！？!?])$/;
const CLAUSE_AFTER = /^(?:$|[，,。；;！!？?])/;

/** Where the word exceptions of data/placeholder.json match in a line, found once per line. */
function exceptionSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const re of EXCEPTION_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return spans;
}

/** Whether a candidate is a real word rather than a slot: inside a match of a word exception. */
function isWord(spans: Array<[number, number]>, start: number, end: number): boolean {
  return spans.some(([s, e]) => s <= start && e >= end);
}

/** Latin text around a Latin candidate (`Chapter X`, `Model X`) makes it a word. */
function hasLatinNeighbour(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 3), start).replace(/[ \u00a0]+$/, '');
  const after = line.slice(end, end + 3).replace(/^[ \u00a0]+/, '');
  // `xx.com`, `a@x`, `/x/`: part of an address or a path.
  const joined = /^[.@/:_-][A-Za-z]/.test(after) || /[A-Za-z][.@/:_-]$/.test(before);
  // `X、Y两个方向`, `X,Y坐标`: named axes or variables, listed with another letter.
  const listed = /^[,，、和与及][ ]?[A-WYZa-wyz](?![A-Za-z])/.test(after) || /(?<![A-Za-z])[A-WYZa-wyz][ ]?[,，、和与及]$/.test(before);
  if (listed) return true;
  return joined || LETTER_RE.test(before.slice(-1)) || LETTER_RE.test(after.slice(0, 1));
}

function classify(line: string, start: number, end: number, text: string, wordAt?: WordAt): SlotKind {
  const rest = line.slice(end, end + 24);
  const after = rest.replace(/^[ \u3000\u00a0]+/, '');
  const counted = countsAfter(after, end + rest.length - after.length, wordAt);
  // Bounded windows keep classifying linear on long lines; `^` in CLAUSE_BEFORE still means the line's start.
  const window = textBefore(line, start).replace(/[ \u3000\u00a0]+$/, '');
  const before = window === '' && start > 24 ? '\u0000' : window;
  if (NAME_AFTER.test(after) || (NAME_BEFORE.test(before) && !counted && !PLACE_AFTER.test(after)) || NAME_LABEL.test(before)) return 'name';
  if (NUMBER_LABEL.test(before)) return 'number';
  // The subject of a clause who speaks: `XX强调，`, `XX在新年贺词中寄语我们`.
  if (CLAUSE_BEFORE.test(before) && SPEAKS_AFTER.test(after)) return 'name';
  if (/^[.．。…]+$/.test(text) && PLACE_AFTER.test(after)) return 'place';
  // `深入到XX街市场`: a place word after the slot outweighs a verb before it that often takes a figure (`到`, `达`), not an ordinal (`第X段`).
  const ordinal = /(?:第|前|后|後)$/.test(before);
  const placeNamed = PLACE_AFTER.test(after) && !ordinal;
  // `实现XX高质量发展`, `看到X家乡的变化`, `关系到X和政府`: a verb that often takes a figure, but the
  // slot runs on into a word that counts nothing (a noun, a conjunction), so it names a thing, not a figure.
  const runsOnUncounted = !counted && !ordinal && runsIntoWord(after, end + rest.length - after.length, wordAt);
  if (/[.．]/.test(text) || counted || (NUMBER_BEFORE.test(before) && !placeNamed && !runsOnUncounted)) return 'number';
  if (PLACE_AFTER.test(after) || (PLACE_BEFORE.test(before) && !/^[年月日号]/.test(after))) return 'place';
  if (UNIT_AFTER.test(after)) return 'unit';
  if (/^[xXＸｘ×ⅹⅩ*＊]{3,}$/.test(text) && CLAUSE_BEFORE.test(before) && CLAUSE_AFTER.test(after)) return 'sentence';
  if (/^\d+[xXＸｘ×ⅹⅩ]+$/.test(text) || /^[xXＸｘ×ⅹⅩ]+(?:-[xXＸｘ×ⅹⅩ]+)+$/.test(text)) return 'number';
  return 'other';
}

/** The tokens of the clause around `at`, tagged once per clause (offsets in the line). */
function clauseTokensAt(segmenter: Segmenter, bounds: ClauseBounds, cache: Map<number, Token[]>, at: number): Token[] {
  const { line } = bounds;
  const [s, e] = bounds.around(at, at);
  let tokens = cache.get(s);
  if (!tokens) {
    tokens = segmenter.tag(line.slice(s, e)).map((t) => ({ ...t, start: t.start + s, end: t.end + s }));
    cache.set(s, tokens);
  }
  return tokens;
}

const OTHER_LATIN_RE = /[A-WYZa-wyz]/;

/**
 * The token covering a candidate when it is a longer Latin word (`Xbox`, `SpaceX`): only
 * possible where the clause holds a Latin letter besides x, so other clauses are not tagged.
 */
function latinWordCovering(segmenter: Segmenter, bounds: ClauseBounds, cache: Map<number, Token[]>, start: number, end: number): Token | undefined {
  const { line } = bounds;
  const [s, e] = bounds.around(start, end);
  let tokens = cache.get(s);
  if (!tokens) {
    const clause = line.slice(s, e);
    tokens = OTHER_LATIN_RE.test(clause) ? segmenter.tag(clause).map((t) => ({ ...t, start: t.start + s, end: t.end + s })) : [];
    cache.set(s, tokens);
  }
  const tok = tokenCovering(tokens, start, end);
  return tok && tok.word.length > end - start && OTHER_LATIN_RE.test(tok.word) ? tok : undefined;
}

/**
 * `李某某`, `聂某某`: a surname (jieba tags it nr) and 某某 — a person in a case report whose name
 * is withheld on purpose, not a slot. A template's slot has no surname (`某某同志`, `请某某讲话`).
 */
function anonymizedName(segmenter: Segmenter, bounds: ClauseBounds, cache: Map<number, Token[]>, c: Candidate): boolean {
  const { line } = bounds;
  if (c.start === 0 || c.end - c.start !== 2 || line.slice(c.start, c.end) !== '某某') return false;
  const tok = tokenCovering(clauseTokensAt(segmenter, bounds, cache, c.start - 1), c.start - 1, c.start);
  return tok !== undefined && tok.end === c.start && tok.word.length === 1 && tok.tag === 'nr';
}

/** Whether the text right after a mark is a word a slot stands before (县, 同志, 亿元, 公司). */
export function followsSlot(after: string): boolean {
  return NAME_AFTER.test(after) || NUMBER_AFTER.test(after) || PLACE_AFTER.test(after) || UNIT_AFTER.test(after);
}

const TRIGGER_RE = new RegExp(String.raw`[xXＸｘ×ⅹⅩ*＊#＃☆★△▲◇◆○◯〇□■◎Ｏ某＿_【〔［[{｛（(<〈＜…年 \u3000\u00a0]|月日|\.{3}|。{3}|--|[？?]{2}|[%％]{2}|(?:强调|指出)[，,：:]|[于至在止]底|[，,：:；;、请由长记任理局厅办部心站所院司队和及与]同志(?!们)|${LEADER_NAME_HINT.source}|${ADDRESSEE_HINT.source}|${ATTENDEES_HINT.source}|${CLASS_YEAR_HINT.source}|${LETTER_MASK_HINT.source}`);
/** Whether the text right before a mark ends with a word a slot follows (请, 第, 约, 驻). */
export function precedesSlot(before: string): boolean {
  return NAME_BEFORE.test(before) || NUMBER_BEFORE.test(before) || PLACE_BEFORE.test(before);
}

/** `请` opening a clause (`现在请`, `下面有请`), not ending a word (`申请`, `邀请`). */
const ASKS_RE = new RegExp(String.raw`(?:^|[^${HAN}]|现在|下面|首先|接下来|然后|再|最后)(?:请|有请)$`);
/** A plural (`同志们`) or a verb (`讲话`) after a gap: no name. */
const NOT_A_NAME_AFTER_RE = new RegExp(String.raw`^(?:[${HAN}]{1,3}们|讲话|致辞|发言|汇报|主持)`);

/**
 * Whether the words around a gap call for a name: a word a name follows (`请`, `书记`), or a
 * title a name stands before (`同志`, `书记`); a plural (`同志们`) or a verb (`讲话`) alone does not.
 */
export function namesSlot(before: string, after: string): boolean {
  // `请` opening a clause (`现在请`, `下面有请`), not ending a word (`申请`, `邀请`).
  const asks = ASKS_RE.test(before) || (!/请$/.test(before) && NAME_BEFORE.test(before));
  if (asks) return !NUMBER_AFTER.test(after) && !PLACE_AFTER.test(after);
  return NAME_AFTER.test(after) && !NOT_A_NAME_AFTER_RE.test(after);
}

const MARK_CONTEXT = { followsSlot, precedesSlot, namesSlot };

/** The candidates of one line that are slots, real words and Latin words filtered out. */
function lineSlots(line: string, segmenter: Segmenter | undefined): GatedCandidate[] {
  const clauseTokens = new Map<number, Token[]>();
  const surnameTokens = new Map<number, Token[]>();
  let lineTokens: Token[] | undefined;
  // Tested once per line: a lone surrogate changes how the line may be cut for jieba.
  const lone = LONE_SURROGATE_RE.test(line);
  // A line in traditional script is read in simplified characters, character for character, by the blank
  // finders and the segmenter (their words and jieba's dictionary are simplified: `完成投資 億元`, `32位新教師和名新同學`).
  const plain = /[^\u0000-\u2fff]/.test(line) ? simplifiedLine(line) : line;
  const tokens = () => (lineTokens ??= lone || !segmenter ? [] : segmenter.tag(plain));
  let exceptions: Array<[number, number]> | undefined;
  // The line's clauses, for the segmenter's tags around a candidate (their ends found on first use).
  const bounds = new ClauseBounds(line, segmenter?.separators, lone);
  const accepted: GatedCandidate[] = [];
  const candidates: GatedCandidate[] = [...frameCandidates(line), ...markCandidates(line, MARK_CONTEXT), ...gapCandidates(line), ...letterMaskCandidates(line), ...percentMaskCandidates(line), ...wordCandidates(line), ...blankCandidates(plain, { ...(segmenter ? { segmenter } : {}), tokens })];
  // Per position: TAKEN, a character already in an accepted slot (a later, lower-priority
  // candidate may not overlap it); EMPTY, an accepted empty slot there.
  const TAKEN = 1;
  const EMPTY = 2;
  const marks = new Uint8Array(line.length + 1);
  const overlaps = (c: Candidate) => {
    for (let i = c.start; i < c.end; i++) if (marks[i]! & TAKEN) return true;
    return false;
  };
  for (const c of candidates) {
    // An empty blank right where an accepted slot starts is that slot seen again (`是%%省`).
    if (overlaps(c) || (c.start === c.end && marks[c.start]! !== 0)) continue;
    if (c.end - c.start === 1 && namedMark(line, c.start)) continue;
    exceptions ??= exceptionSpans(line);
    if (isWord(exceptions, c.start, c.end)) continue;
    if (c.latin && !c.kind && hasLatinNeighbour(line, c.start, c.end)) continue;
    if (segmenter && line[c.start] === '某' && anonymizedName(segmenter, bounds, surnameTokens, c)) continue;
    if (c.latin && !c.kind && segmenter) {
      // jieba keeps a Latin word whole (`Xbox`, `SpaceX`); a slot is its own token.
      if (latinWordCovering(segmenter, bounds, clauseTokens, c.start, c.end)) continue;
      const run = line.slice(c.start, c.end);
      let known = false;
      for (let n = 1; n <= 3 && c.end + n <= line.length; n++) {
        if (segmenter.has(run + line.slice(c.end, c.end + n))) known = true;
      }
      if (known) continue;
    }
    accepted.push(c);
    if (c.start === c.end) marks[c.start]! |= EMPTY;
    else marks.fill(TAKEN, c.start, c.end);
  }
  accepted.sort((a, b) => a.start - b.start);
  return mergeQuoted(line, joinTouchingMarks(line, accepted));
}

const LIST_SEP_RE = /^[、，,和与及 \u3000]*$/;

/**
 * A whole 提法 left as slots (`“**、**、**”`, `“XX、XX”`) is one slot: the writer fills it
 * as one formulation.
 */
function mergeQuoted(line: string, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const first = cs[i]!;
    let j = i;
    while (j + 1 < cs.length && !cs[j + 1]!.kind && LIST_SEP_RE.test(line.slice(cs[j]!.end, cs[j + 1]!.start)) && /、/.test(line.slice(cs[j]!.end, cs[j + 1]!.start))) j++;
    const last = cs[j]!;
    const quoted = /[“「‘"]/.test(line[first.start - 1] ?? '') && /[”」’"]/.test(line[last.end] ?? '');
    if (j > i && quoted && !first.kind) {
      out.push({ start: first.start, end: last.end, kind: 'other', latin: false });
      i = j;
    } else out.push(first);
  }
  return out;
}

/** Slots listed with `、` share a kind: `水平X、X个百分点`, `XX、XX、XX同志`, `XXX（职务）、XXX（职务）`. */
const LIST_MARK_RE = /^(?:[（(][^（）()]{1,8}[）)])?、$/;
function shareListKinds(line: string, slots: Slot[], lineStart: number): void {
  for (let i = slots.length - 2; i >= 0; i--) {
    const a = slots[i]!;
    const b = slots[i + 1]!;
    if (a.kind === 'other' && b.kind !== 'other' && b.kind !== 'blank' && LIST_MARK_RE.test(line.slice(a.end - lineStart, b.start - lineStart))) a.kind = b.kind;
  }
  for (let i = 1; i < slots.length; i++) {
    const a = slots[i - 1]!;
    const b = slots[i]!;
    if (b.kind === 'other' && a.kind !== 'other' && a.kind !== 'blank' && LIST_MARK_RE.test(line.slice(a.end - lineStart, b.start - lineStart))) b.kind = a.kind;
  }
}

/** A slot of one line, offsets relative to the line; its text is cut from the line when used. */
type LineSlot = Omit<Slot, 'line' | 'text'> & { gate?: Gate };

/** Lines' slots by the line's text, kept across checks by the engine (one cache per segmenter). */
export type SlotLineCache = BoundedCache<readonly LineSlot[]>;
export const SLOT_LINE_CACHE = LINE_CACHE_SIZE;
const NO_SLOTS: readonly LineSlot[] = Object.freeze([]) as readonly LineSlot[];

const hinted = (text: string) => TRIGGER_RE.test(text) || EMPTY_HINT.test(text) || WORD_SLOT_HINT.test(text) || FRAME_HINT.test(text) || GAP_HINT.test(text);
/** Whether a line may hold a slot, read as written or, in traditional script, in simplified characters (`世界個國際城市`). */
function slotHinted(text: string): boolean {
  if (hinted(text)) return true;
  const plain = simplifiedLine(text);
  return plain !== text && hinted(plain);
}

/** The slots of one line (one slotHinted let through), at offsets inside it: a function of the line's text and the segmenter alone. */
function slotsOfLine(line: string, segmenter: Segmenter | undefined): readonly LineSlot[] {
  if (isWebResidueLine(line)) return NO_SLOTS;
  const mine: Array<Slot & { gate?: Gate }> = [];
  const lone = LONE_SURROGATE_RE.test(line);
  const clauseTokens = new Map<number, Token[]>();
  const bounds = new ClauseBounds(line, segmenter?.separators, lone);
  const wordAt: WordAt | undefined = segmenter ? (at) => tokenCovering(clauseTokensAt(segmenter, bounds, clauseTokens, at), at, at + 1) : undefined;
  const quoted = line.includes('”');
  for (const c of lineSlots(line, segmenter)) {
    if (quoted && citedPhrase(line, c.start, c.end)) continue;
    const text = line.slice(c.start, c.end);
    mine.push({
      start: c.start,
      end: c.end,
      line: 0,
      text,
      kind: c.kind ?? classify(line, c.start, c.end, text, wordAt),
      ...(c.yearStart !== undefined ? { yearStart: c.yearStart, yearEnd: c.yearEnd! } : {}),
      ...(c.hasDay !== undefined ? { hasDay: c.hasDay, hasYear: c.hasYear ?? false } : {}),
      ...((c as GatedCandidate).gate ? { gate: (c as GatedCandidate).gate! } : {}),
    });
  }
  shareListKinds(line, mine, 0);
  // Numbers and kinds only: nothing that holds on to the text.
  return mine.length === 0 ? NO_SLOTS : mine.map(({ line: _line, text: _text, ...rest }) => rest);
}

const ASKS_AT_END = /有请[！!。：:]?$/;
const HAN_START = new RegExp(String.raw`^[ \u3000]*[${HAN}]`);

/** The next line of the document that holds text (a PDF or a web copy leaves blank lines between). */
function nextTextLine(doc: SpeechDocument, index: number): string {
  for (let i = index + 1; i < doc.lines.length; i++) if (doc.lines[i]!.text.trim() !== '') return doc.lines[i]!.text;
  return '';
}

/** The nearest line before `index` that holds text. */
function prevTextLine(doc: SpeechDocument, index: number): string {
  for (let i = index - 1; i >= 0; i--) if (doc.lines[i]!.text.trim() !== '') return doc.lines[i]!.text;
  return '';
}

/**
 * A line ending in a numeral, or in a word that counts without one (`每`, `各`, `这`, `多`):
 * the next line's leading measure word is counted by it (`对于每` / `个党员`).
 */
const COUNTS_END_RE = /[0-9０-９〇○零一二两三四五六七八九十百千万亿几数多半各每该本此这那哪某首逐整]$/;
/** A line opening with a numeral: an empty slot ending the line before (`采用的是第` / `一人称`) is a PDF break. */
const NUMERAL_START_RE = /^[ \u3000]*[0-9０-９〇○零一二两三四五六七八九十百千几]/;

/**
 * Every slot of the document, line by line. With a cache an edit re-finds only the slots of
 * the lines it changed: a line's slots depend on its text and the segmenter, nothing else.
 * Only whether an empty slot at a line's head or end stands (after a line ending in a numeral,
 * or before one opening with a numeral, it is a PDF break) looks at the lines around, and that
 * is decided here, on every check.
 */
export function findSlots(doc: SpeechDocument, segmenter?: Segmenter, cache?: SlotLineCache): Slot[] {
  const slots: Slot[] = [];
  for (const l of doc.lines) {
    // The cache first: the trigger tests read the whole line, a lookup does not (a line
    // without a trigger is kept with no slots).
    const own = byLine(doc, l, cache, () => (slotHinted(l.text) ? slotsOfLine(l.text, segmenter) : NO_SLOTS));
    for (const s of own) {
      if (s.gate && !gateHolds(doc, l.index, s.gate)) continue;
      // `两` / `个部分`, `每` / `个党员`: a PDF line break right after the numeral, not a clause that lost it.
      if (s.end === 0 && l.index > 0 && COUNTS_END_RE.test(prevTextLine(doc, l.index).trimEnd())) continue;
      // `采用的是第` / `一人称写法`: the numeral opens the next line.
      if (s.start === s.end && l.text.slice(s.end).trim() === '' && NUMERAL_START_RE.test(nextTextLine(doc, l.index))) continue;
      // `下面有请` / `张三同志讲话`: the name follows on the next line, not deleted.
      if (s.start === s.end && ASKS_AT_END.test(l.text.slice(0, s.end)) && HAN_START.test(nextTextLine(doc, l.index))) continue;
      const slot: Slot = { start: l.start + s.start, end: l.start + s.end, line: l.index, text: l.text.slice(s.start, s.end), kind: s.kind };
      if (s.yearStart !== undefined) {
        slot.yearStart = l.start + s.yearStart;
        slot.yearEnd = l.start + s.yearEnd!;
      }
      if (s.hasDay !== undefined) {
        slot.hasDay = s.hasDay;
        slot.hasYear = s.hasYear ?? false;
      }
      slots.push(slot);
    }
  }
  return slots;
}
