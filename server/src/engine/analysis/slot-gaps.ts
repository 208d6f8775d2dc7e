/**
 * Template gaps with nothing left behind, and slots whose standing depends on the lines around:
 * - a form's fields left empty: `会议时间：` / `主持人：` one under another, `授 课 人：` with nothing after
 *   (kept only where the next line is a field too: a label whose value sits on the next line is filled);
 *   `时间：    地点：` on one line;
 * - a capital standing for a place: `支持A镇发展`, `A村按照…B村整理…` (kept only where the draft uses such
 *   letters twice or more: a paper that calls its site `A镇` once, deliberately, stays quiet);
 * - a list announced and left empty at the line's end: `他们是——` before `同时，以上各位领导…`;
 * - words a filter or an editor took out, their frame left: `形成了以为中心的格局` (the centre between 以
 *   and 为), `县委、县人大、的关怀` (a list's last item), `我叫，年月出生` (a name, a date of birth).
 * Each finder is one linear regex pass over a line; findSlots asks gateHolds for the gated ones.
 */
import { HAN } from '../util/han';
import type { SpeechDocument } from './document';
import type { Candidate } from './slot-marks';

/** What must hold in the document for a candidate to stand (see the file's note). */
export type Gate = 'field' | 'letterPlace' | 'listEnd';
export type GatedCandidate = Candidate & { gate?: Gate };

/** Labels of the fields a form copied into a draft asks for (a meeting record, a lesson plan, an application). */
const LABELS = [
  '会议时间', '会议地点', '会议名称', '会议主题', '时间', '日期', '地点', '主持人', '记录人', '参加人员', '参加人', '参会人员',
  '出席人员', '出席人', '缺席人员', '缺席人', '列席人员', '授课人', '主讲人', '讲课人', '备课人', '主备人', '备课时间',
  '授课时间', '授课地点', '授课对象', '上课时间', '课题', '课时', '姓名', '性别', '年龄', '职务', '职称', '民族', '籍贯',
  '学历', '联系电话', '电话', '联系人', '负责人', '申报单位', '填报单位', '填表人', '审核人', '议题', '主题', '班级', '年级',
];
/** A label, its characters maybe spaced out to fill a column (`授 课 人`, `课    题`). */
const LABEL = `(?:${LABELS.map((l) => [...l].join('[ \\u3000]{0,4}')).join('|')})`;
const ENUM = String.raw`(?:[0-9一二三四五六七八九十]{1,2}[、.．]|[（(][0-9一二三四五六七八九十]{1,2}[）)])`;
/** A line that opens with a field: `主持人：`, `2、会议地点：…`, `会议地点;` (a semicolon typed for the colon). */
const FIELD_START_RE = new RegExp(String.raw`^[ \u3000]*(?:${ENUM}[ \u3000]*)?${LABEL}[ \u3000]*[：:；;]`);
/** A field and nothing else on its line: its value is missing (if the next line is a field too). */
const FIELD_EMPTY_RE = new RegExp(String.raw`^[ \u3000]*(?:${ENUM}[ \u3000]*)?${LABEL}[ \u3000]*[：:；;]([ \u3000]*)$`);
/** `时间：    地点：`: a field's value missing between it and the next field on the line. */
const FIELD_GAP_RE = new RegExp(String.raw`(?<=${LABEL}[ \u3000]{0,2}[：:])[ \u3000]{0,40}(?=${LABEL}[ \u3000]{0,2}[：:])`, 'g');

/** `A镇`, `B村`: a capital (not X, the slot finders' own) standing alone before a place word (`A区` names a zone; `A市场` is a market). */
const LETTER_PLACE_RE = new RegExp(String.raw`(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ_.\-])[A-WYZ](?=(?:镇|县|村|乡|街道|社区|省|市(?![场值盈价面])))`, 'g');

/** Words that announce a list of people, then a dash run or a colon and the line's end: the names were never filled in. */
const LIST_END_RE = /(?<=(?:他们是|她们是|他们分别是|分别是|嘉宾有|领导有|评委有))(?:[：:]?——+-*|[：:])(?=[ \u3000]*$)/g;
/** What opens a line after an announced list that is no name: the host goes on speaking. */
const HOST_GOES_ON_RE = /^[ \u3000]*(?:同时|以上|让我们|欢迎|下面|接下来|现在|大家|感谢|首先|在此|有请|谢谢|请大家|请允许)/;

/**
 * `形成了以为中心的格局`, `坚持以为指导，`: what a frame `以…为…` centres on, taken out (not `可以为中心城区`, `我以为`,
 * `难以为继`: the word before 以 makes 以为 a verb, or 为 reaches on into a longer word).
 */
const CENTRE_LOST_RE = new RegExp(
  String.raw`(?<=(?<![我你他她们人家自认误满难原还都也曾总却只竟倒真所可得足予加借用据赖何能会错妄])以)(?=为(?:中心|主线|重点|抓手|载体|导向|统领|指导|引领|根本遵循|契机|突破口|切入点|龙头|牵引)(?:[的，,。；;、]|$))`,
  'g',
);
/** `在县委、县人大、的关怀下`: a list's mark right before 的 (after a word of two or more characters): its last item was taken out. */
const ITEM_BEFORE_DE_RE = new RegExp(String.raw`(?<=[${HAN}]{2}、)(?=的[${HAN}])`, 'g');
/** `我叫，年月出生`: the name after 我叫, and the year and month before 出生, taken out. */
const SELF_LOST_RE = /(?<=(?:我叫|我名叫|本人叫|我的名字叫))(?=[，,。；;、])|(?<=(?:^|[，,：:；;、（(]))(?=年月(?:出生|生人|入党|参加工作|毕业))/g;

/** Lines worth looking at (part of the slot analysis's line trigger, slots.ts). */
export const GAP_HINT = new RegExp(
  String.raw`[：:；;][ \u3000]*$|[：:][ \u3000]*(?:时间|地点|主持|记录|参加|出席|姓名|性别|年龄|职务|电话|联系|课题|授课|主讲|日期)|[A-WYZ](?:镇|县|村|乡|街道|社区|省|市)|以为|、的|我叫|名叫|本人叫|名字叫|年月`,
);

function each(line: string, re: RegExp, out: GatedCandidate[], f: (m: RegExpExecArray) => GatedCandidate | undefined): void {
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const c = f(m);
    if (c) out.push(c);
    if (m[0].length === 0) re.lastIndex++;
  }
}

export function gapCandidates(line: string): GatedCandidate[] {
  const out: GatedCandidate[] = [];
  const empty = FIELD_EMPTY_RE.exec(line);
  if (empty) {
    const at = line.length - empty[1]!.length;
    out.push({ start: at, end: at, kind: 'blank', latin: false, gate: 'field' });
  }
  if (line.includes('：') || line.includes(':')) each(line, FIELD_GAP_RE, out, (m) => ({ start: m.index, end: m.index + m[0].length, kind: 'blank', latin: false }));
  each(line, LETTER_PLACE_RE, out, (m) => ({ start: m.index, end: m.index + 1, kind: 'place', latin: false, gate: 'letterPlace' }));
  each(line, LIST_END_RE, out, (m) => {
    const dash = m[0].includes('—');
    // A dash run is the slot; after a colon, the empty place at the line's end.
    const at = m.index + m[0].length;
    return dash ? { start: m.index + (m[0][0] === '—' ? 0 : 1), end: at, kind: 'name', latin: false, gate: 'listEnd' } : { start: at, end: at, kind: 'blank', latin: false, gate: 'listEnd' };
  });
  each(line, CENTRE_LOST_RE, out, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(line, ITEM_BEFORE_DE_RE, out, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  each(line, SELF_LOST_RE, out, (m) => ({ start: m.index, end: m.index, kind: 'blank', latin: false }));
  return out;
}

/** The next line of the document that holds text, from line `index` on (exclusive). */
function nextText(doc: SpeechDocument, index: number): string {
  for (let i = index + 1; i < doc.lines.length; i++) if (doc.lines[i]!.text.trim() !== '') return doc.lines[i]!.text;
  return '';
}

/** Whether a draft uses capitals for places twice or more (found once per document). */
const LETTER_PLACES = new WeakMap<SpeechDocument, boolean>();
function usesLetterPlaces(doc: SpeechDocument): boolean {
  let found = LETTER_PLACES.get(doc);
  if (found === undefined) {
    let n = 0;
    for (const l of doc.lines) {
      if (n >= 2) break;
      LETTER_PLACE_RE.lastIndex = 0;
      while (n < 2 && LETTER_PLACE_RE.exec(l.text)) n++;
    }
    found = n >= 2;
    LETTER_PLACES.set(doc, found);
  }
  return found;
}

/** Whether a gated slot of line `index` stands in this document. */
export function gateHolds(doc: SpeechDocument, index: number, gate: Gate): boolean {
  if (gate === 'letterPlace') return usesLetterPlaces(doc);
  const next = nextText(doc, index);
  if (gate === 'field') return FIELD_START_RE.test(next);
  return next === '' || HOST_GOES_ON_RE.test(next);
}
