/**
 * Enumerations announced by name and then listed (`增强“四个意识”，即政治意识、大局意识、…`),
 * compared with the canon's members. Shared by formulation-members and the report.
 * Owner: slogan rules.
 */
import type { CanonEntry, CanonIndex } from './canon';
import { HAN } from '../util/han';
import { escapeRegExp } from './formulation-scan';

export interface ListedEnumeration {
  entry: CanonEntry;
  name: string;
  /** Offsets of the name and of the listed items. */
  nameStart: number;
  listStart: number;
  listEnd: number;
  items: Array<{ text: string; start: number; end: number; member?: string }>;
  separator: string;
  /** What is wrong, if anything. */
  problem?: 'wrong' | 'missing' | 'extra' | 'order' | 'old';
  wrong?: Array<{ item: string; member: string }>;
  missing?: string[];
  extra?: string[];
  /** The items are the members exactly (no prefixes or suffixes), so the list can be rewritten. */
  plain: boolean;
  /** The list is written before its name (`创新、协调、绿色、开放、共享的新发展理念`). */
  before?: boolean;
}

const INTRO_RE = new RegExp(String.raw`^[”"」’』]?(?:[${HAN}]{0,6}?)(?:[，,]\s*)?(?:即|也就是|就是|包括|指的是|是指|分别是|具体是指|具体是|具体包括|：|:|——|（|\()`);
const END_RE = /[。；！？\n）)]/;
const SEP_RE = /[、，,]/;
const MAX_LIST = 240;

/** A name a list may be announced by, with its entry and their places in the canon's order. */
interface NameOf {
  name: string;
  entry: CanonEntry;
  entryIndex: number;
  nameIndex: number;
}

/** The index's list names, and one search for where any of them starts: made once per index. */
const NAMES = new WeakMap<CanonIndex, { names: NameOf[]; starts: RegExp | undefined }>();

function namesOf(index: CanonIndex): { names: NameOf[]; starts: RegExp | undefined } {
  let v = NAMES.get(index);
  if (!v) {
    const names: NameOf[] = [];
    index.entries.forEach((entry, entryIndex) => {
      const members = entry.members;
      if (!members || members.some((m) => SEP_RE.test(m))) return;
      (entry.names ?? []).forEach((name, nameIndex) => {
        if (name) names.push({ name, entry, entryIndex, nameIndex });
      });
    });
    const alternatives = [...new Set(names.map((n) => escapeRegExp(n.name)))];
    // A plain alternation (a search resumed one character after each match finds starts
    // inside a match too): V8 scans for it five times faster than for the same in a lookahead.
    v = { names, starts: names.length ? new RegExp(alternatives.join('|'), 'g') : undefined };
    NAMES.set(index, v);
  }
  return v;
}

export function findListedEnumerations(text: string, index: CanonIndex): ListedEnumeration[] {
  // One pass over the text for every name at once (a long draft searched once per name
  // took a tenth of a check); each name's occurrences are still taken left to right
  // without overlapping, and the lists come out in the order one search per name gave.
  const { names, starts } = namesOf(index);
  if (!starts) return [];
  const found: Array<{ l: ListedEnumeration; n: NameOf; at: number }> = [];
  const free = new Array<number>(names.length).fill(0);
  starts.lastIndex = 0;
  for (let m = starts.exec(text); m; m = starts.exec(text)) {
    const at = m.index;
    starts.lastIndex = at + 1;
    for (let k = 0; k < names.length; k++) {
      const n = names[k]!;
      const { name, entry } = n;
      if (at < free[k]! || !text.startsWith(name, at)) continue;
      free[k] = at + name.length;
      const after = at + name.length;
      const intro = INTRO_RE.exec(text.slice(after, after + 16));
      const l = intro ? parseList(text, after + intro[0].length, entry) : listBefore(text, at, entry);
      if (l) found.push({ l: { ...l, entry, name, nameStart: at }, n, at });
    }
  }
  found.sort((a, b) => a.l.listStart - b.l.listStart || a.n.entryIndex - b.n.entryIndex || a.n.nameIndex - b.n.nameIndex || a.at - b.at);
  return found.map((f) => f.l);
}

/** The two characters every string ends with, if they all end alike. */
function sharedSuffix(list: string[]): string | undefined {
  if (list.length < 3) return undefined;
  const s = list[0]!.slice(-2);
  return s.length === 2 && list.every((x) => x.endsWith(s) && x.length > 2) ? s : undefined;
}

function normalizeItem(s: string, entry: CanonEntry): string {
  const t = s.trim().replace(/[“”"「」‘’]/g, '');
  for (const p of entry.memberPrefix ?? []) if (t.startsWith(p)) return t.slice(p.length);
  return t;
}

type ParsedList = Omit<ListedEnumeration, 'entry' | 'name' | 'nameStart'>;
type ListItem = ListedEnumeration['items'][number];

const OPENING_QUOTE_RE = /[“"「『‘]/;
/** Where a clause starts, read backwards: a list written before its name lies after the last of these. */
const CLAUSE_START_RE = /[。；！？\n，,：:（(]/;

/**
 * The list written before the name at `at`, with 的 or an opening quote between them
 * (`创新、协调、绿色、开放、共享的新发展理念`, `…生态文明建设“五位一体”总体布局`): the clause's
 * pieces up to there, the first trimmed to the member it ends with. Undefined unless the list
 * runs right up to the name.
 */
function listBefore(text: string, at: number, entry: CanonEntry): ParsedList | undefined {
  let end = at;
  if (end > 0 && OPENING_QUOTE_RE.test(text[end - 1]!)) end--;
  if (text[end - 1] === '的') end--;
  if (end === at) return undefined;
  const floor = Math.max(0, end - MAX_LIST);
  let start = end;
  while (start > floor && !CLAUSE_START_RE.test(text[start - 1]!)) start--;
  if (start === floor && floor > 0) return undefined;
  const l = parseList(text, start, entry, end, true);
  // The last member right before the name (`…全面依法治国并提为“四个全面”` tells of the name, it lists nothing).
  const last = l?.items[l.items.length - 1];
  if (!l || !last || l.listEnd !== end || !last.member || text.slice(last.start, end).replace(/[“”"「」『』‘’]/g, '') !== last.member) return undefined;
  return { ...l, before: true };
}

/**
 * The first piece of a list written before its name holds the clause's opening words
 * (`党的十八届五中全会提出创新`): the member it ends with, or the last characters where they are
 * a member with one character changed (`提出刨新`); unchanged otherwise.
 */
function trimHead(it: ListItem, members: readonly string[]): ListItem {
  const t = it.text;
  const m = members.find((x) => t.endsWith(x)) ?? members.find((x) => t.length > x.length && oneChanged(t.slice(-x.length), x));
  return m && t.length > m.length ? { text: t.slice(-m.length), start: it.end - m.length, end: it.end } : it;
}

function oneChanged(a: string, b: string): boolean {
  let diff = 0;
  for (let k = 0; k < a.length && diff < 2; k++) if (a[k] !== b[k]) diff++;
  return a.length === b.length && diff === 1 && a.length > 1;
}

/**
 * The list announced at `start` (up to `stop`), compared with the entry's members, or undefined
 * when there is none; `head`: its first piece holds the clause's opening words (listBefore).
 */
function parseList(text: string, start: number, entry: CanonEntry, stop = text.length, head = false): ParsedList | undefined {
  const members = entry.members!;
  const { raw, sep } = splitItems(text, start, members, stop);
  if (raw.length < 2) return undefined;
  if (head) {
    // The clause's words before the list (`完整、准确、全面贯彻创新、…`): the list starts at the
    // first piece that ends in a member, or in one with a character changed.
    while (raw.length > 2 && trimHead(raw[0]!, members) === raw[0] && !members.includes(raw[0]!.text)) raw.shift();
    raw[0] = trimHead(raw[0]!, members);
  }
  stripSharedSuffix(raw, members);
  const { items, plain } = memberItems(raw, entry);
  const matched = items.filter((i) => i.member).length;
  if (matched < Math.max(2, Math.ceil(members.length / 2))) return undefined;
  // A list that stops at an unlike item: trailing unmatched items after the last member are not the list.
  const res: ParsedList = {
    listStart: items[0]!.start,
    listEnd: items[items.length - 1]!.end,
    items,
    separator: sep || '、',
    plain,
  };
  return { ...res, ...listProblem(items, entry) };
}

/** The pieces between separators from `start` to the end of the sentence (a few more than the members), and the separator. */
function splitItems(text: string, start: number, members: readonly string[], stop: number): { raw: ListItem[]; sep: string } {
  const memberCount = members.length;
  let end = start;
  const limit = Math.min(stop, start + MAX_LIST);
  while (end < limit && !END_RE.test(text[end]!)) end++;
  const raw: ListItem[] = [];
  let s = start;
  let sep = '';
  for (let i = start; i <= end; i++) {
    if (i === end || SEP_RE.test(text[i]!)) {
      if (i > s) raw.push({ text: text.slice(s, i), start: s, end: i });
      // A list written with 、 ends at the first comma: the sentence goes on; unless the
      // comma stands before the one member still to come (`政治意识、大局意识、核心意识，看齐意识`).
      if (i < end && sep === '、' && text[i] !== '、' && !(raw.length === memberCount - 1 && lastMemberAt(text, i + 1, end, members, raw))) break;
      if (i < end && !sep) sep = text[i]!;
      s = i + 1;
      if (raw.length >= memberCount + 3) break;
    }
  }
  return { raw, sep };
}

/** Whether the piece from `from` to the next separator is a member of the list none of the items so far is. */
function lastMemberAt(text: string, from: number, end: number, members: readonly string[], items: readonly ListItem[]): boolean {
  let j = from;
  while (j < end && !SEP_RE.test(text[j]!)) j++;
  const piece = text.slice(from, j).trim().replace(/[“”"「」‘’]/g, '');
  return members.includes(piece) && !items.some((it) => it.text.trim().replace(/[“”"「」‘’]/g, '') === piece);
}

/** `创新发展、协调发展、绿色发展…`: drops a word every item ends with that the members do not have. */
function stripSharedSuffix(raw: ListItem[], members: readonly string[]): void {
  const suffix = sharedSuffix(raw.slice(0, members.length).map((r) => r.text));
  if (!suffix || raw.length < 3 || members.some((m) => m.endsWith(suffix))) return;
  for (const r of raw) if (r.text.endsWith(suffix) && r.text.length > suffix.length) {
    r.text = r.text.slice(0, -suffix.length);
    r.end -= suffix.length;
  }
}

/**
 * The items with the member each stands for, up to the first item that is not like a member
 * (the sentence goes on); `plain` when every item is its member exactly.
 */
function memberItems(raw: readonly ListItem[], entry: CanonEntry): { items: ListItem[]; plain: boolean } {
  const members = entry.members!;
  const maxLen = Math.max(...members.map((m) => m.length));
  const items: ListItem[] = [];
  let plain = true;
  for (let k = 0; k < raw.length; k++) {
    const it = raw[k]!;
    const norm = normalizeItem(it.text, entry);
    if (norm !== it.text) plain = false;
    let member = members.find((m) => m === norm);
    if (!member && k === 0) member = members.find((m) => norm.endsWith(m) && norm.length - m.length <= 12);
    let last = false;
    if (!member) {
      const m2 = members.find((m) => norm.startsWith(m) && norm.length > m.length);
      if (m2) {
        member = m2;
        last = true;
        // `享乐主义和奢靡之风`: the last two members joined by a word, as the documents write them.
        const joined = joinedLast(it, m2, members);
        if (joined) {
          items.push({ ...joined[0], member: m2 }, joined[1]);
          plain = false;
          break;
        }
      }
    }
    if (member && member !== norm) plain = false;
    if (!member && norm.length > maxLen + 2) {
      // `…、共享、安全的发展理念`: a last item with the list's closing words after it.
      const head = /^(.{1,8}?)(?:的|等)/.exec(norm);
      if (k > 0 && head && head[1]!.length <= maxLen + 2 && k >= members.length - 1) {
        items.push({ text: head[1]!, start: it.start, end: it.start + head[1]!.length });
        plain = false;
      }
      break;
    }
    items.push({ ...it, ...(member ? { member } : {}) });
    if (last) break;
  }
  return { items, plain };
}

const JOIN_WORD_RE = /^[”"」’』]?(?:以及|和|与|及|同)[“"「‘『]?/;

/**
 * An item that is two members joined by 和/与/及/以及 (`享乐主义和奢靡之风`, `“享乐主义”和“奢靡之风”`),
 * split in two; the second must be a member (words after it allowed, as for any last item).
 * Undefined otherwise.
 */
function joinedLast(it: ListItem, first: string, members: readonly string[]): [ListItem, ListItem & { member: string }] | undefined {
  const at = it.text.indexOf(first);
  if (at < 0 || at > 2) return undefined;
  const join = JOIN_WORD_RE.exec(it.text.slice(at + first.length));
  if (!join) return undefined;
  const restAt = at + first.length + join[0].length;
  const second = members.find((m) => m !== first && it.text.startsWith(m, restAt));
  if (!second) return undefined;
  // The second member's closing mark belongs to it, as a quoted item's does.
  const close = /^[”"」’』]/.test(it.text.slice(restAt + second.length)) ? 1 : 0;
  return [
    { text: it.text.slice(0, at + first.length), start: it.start, end: it.start + at + first.length },
    { text: second, start: it.start + restAt, end: it.start + restAt + second.length + close, member: second },
  ];
}

/** What is wrong with the listed items against the entry's members (nothing: an empty object). */
function listProblem(items: readonly ListItem[], entry: CanonEntry): Pick<ParsedList, 'problem' | 'wrong' | 'missing' | 'extra'> {
  const members = entry.members!;
  const got = items.map((i) => i.member);
  if (got.length === members.length && got.every((m, k) => m === members[k])) return {};
  const before = entry.membersBefore;
  if (before && items.length === before.members.length && items.every((it, k) => normalizeItem(it.text, entry).startsWith(before.members[k]!))) {
    return { problem: 'old' };
  }
  const present = new Set(got.filter((m): m is string => !!m));
  const missing = members.filter((m) => !present.has(m));
  const unmatched = items.filter((i) => !i.member).map((i) => normalizeItem(i.text, entry));
  if (unmatched.length > 0 && unmatched.length <= missing.length) {
    // Order the pairs by position: each wrong item takes the member missing at its place.
    const placed = items.map((it, k) => (it.member ? undefined : members[k])).filter((m): m is string => !!m && missing.includes(m));
    const wrong = unmatched.map((item, k) => ({ item, member: (placed.length === unmatched.length ? placed : missing)[k]! }));
    return { problem: 'wrong', wrong, ...(missing.length > unmatched.length ? { missing: missing.slice(unmatched.length) } : {}) };
  }
  if (unmatched.length > 0) {
    const extra = unmatched.slice(missing.length);
    if (missing.length === 0) return { problem: 'extra', extra };
    return { problem: 'wrong', extra, wrong: unmatched.slice(0, missing.length).map((item, k) => ({ item, member: missing[k]! })) };
  }
  if (missing.length > 0) return { problem: 'missing', missing };
  if (got.length > members.length) return { problem: 'extra', extra: items.filter((_, k) => got.indexOf(got[k]) !== k).map((i) => i.text) };
  return { problem: 'order' };
}
