/**
 * Enumerations announced by name and then listed (`增强“四个意识”，即政治意识、大局意识、…`),
 * compared with the canon's members. Shared by formulation-members and the report.
 * Owner: slogan rules.
 */
import type { CanonEntry, CanonIndex } from './canon';

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
}

const INTRO_RE = /^[”"」’』]?(?:[\u4e00-\u9fff]{0,6}?)(?:[，,]\s*)?(?:即|也就是|就是|包括|指的是|是指|分别是|具体是|具体包括|：|:|——|（|\()/;
const END_RE = /[。；！？\n）)]/;
const SEP_RE = /[、，,]/;
const MAX_LIST = 240;

export function findListedEnumerations(text: string, index: CanonIndex): ListedEnumeration[] {
  const out: ListedEnumeration[] = [];
  for (const entry of index.entries) {
    const members = entry.members;
    if (!members || members.some((m) => SEP_RE.test(m))) continue;
    for (const name of entry.names ?? []) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const after = at + name.length;
        const intro = INTRO_RE.exec(text.slice(after, after + 16));
        if (!intro) continue;
        const listStart = after + intro[0].length;
        const l = parseList(text, listStart, entry);
        if (l) out.push({ ...l, entry, name, nameStart: at });
      }
    }
  }
  return out.sort((a, b) => a.listStart - b.listStart);
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

function parseList(text: string, start: number, entry: CanonEntry): Omit<ListedEnumeration, 'entry' | 'name' | 'nameStart'> | undefined {
  const members = entry.members!;
  const maxLen = Math.max(...members.map((m) => m.length));
  let end = start;
  const limit = Math.min(text.length, start + MAX_LIST);
  while (end < limit && !END_RE.test(text[end]!)) end++;
  const raw: Array<{ text: string; start: number; end: number }> = [];
  let s = start;
  let sep = '';
  for (let i = start; i <= end; i++) {
    if (i === end || SEP_RE.test(text[i]!)) {
      if (i > s) raw.push({ text: text.slice(s, i), start: s, end: i });
      // A list written with 、 ends at the first comma: the sentence goes on.
      if (i < end && sep === '、' && text[i] !== '、') break;
      if (i < end && !sep) sep = text[i]!;
      s = i + 1;
      if (raw.length >= members.length + 3) break;
    }
  }
  if (raw.length < 2) return undefined;
  // `创新发展、协调发展、绿色发展…`: a word every item ends with that the members do not have.
  const suffix = sharedSuffix(raw.slice(0, members.length).map((r) => r.text));
  if (suffix && raw.length >= 3 && !members.some((m) => m.endsWith(suffix))) {
    for (const r of raw) if (r.text.endsWith(suffix) && r.text.length > suffix.length) {
      r.text = r.text.slice(0, -suffix.length);
      r.end -= suffix.length;
    }
  }
  // The list ends at the first item that is not like a member (the sentence goes on).
  const items: ListedEnumeration['items'] = [];
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
  const matched = items.filter((i) => i.member).length;
  if (matched < Math.max(2, Math.ceil(members.length / 2))) return undefined;
  // A list that stops at an unlike item: trailing unmatched items after the last member are not the list.
  const res: Omit<ListedEnumeration, 'entry' | 'name' | 'nameStart'> = {
    listStart: items[0]!.start,
    listEnd: items[items.length - 1]!.end,
    items,
    separator: sep || '、',
    plain,
  };
  const got = items.map((i) => i.member);
  if (got.length === members.length && got.every((m, k) => m === members[k])) return res;
  const before = entry.membersBefore;
  if (before && items.length === before.members.length && items.every((it, k) => normalizeItem(it.text, entry).startsWith(before.members[k]!))) {
    res.problem = 'old';
    return res;
  }
  const present = new Set(got.filter((m): m is string => !!m));
  const missing = members.filter((m) => !present.has(m));
  const unmatched = items.filter((i) => !i.member).map((i) => normalizeItem(i.text, entry));
  if (unmatched.length > 0 && unmatched.length <= missing.length) {
    res.problem = 'wrong';
    res.wrong = unmatched.map((item, k) => ({ item, member: missing[k]! }));
    if (missing.length > unmatched.length) res.missing = missing.slice(unmatched.length);
    // Order the pairs by position: each wrong item takes the member missing at its place.
    const placed = items.map((it, k) => (it.member ? undefined : members[k])).filter((m): m is string => !!m && missing.includes(m));
    if (placed.length === unmatched.length) res.wrong = unmatched.map((item, k) => ({ item, member: placed[k]! }));
  } else if (unmatched.length > 0) {
    res.problem = 'extra';
    res.extra = unmatched.slice(missing.length);
    if (missing.length > 0) {
      res.problem = 'wrong';
      res.wrong = unmatched.slice(0, missing.length).map((item, k) => ({ item, member: missing[k]! }));
    }
  } else if (missing.length > 0) {
    res.problem = 'missing';
    res.missing = missing;
  } else if (got.length > members.length) {
    res.problem = 'extra';
    res.extra = items.filter((_, k) => got.indexOf(got[k]) !== k).map((i) => i.text);
  } else {
    res.problem = 'order';
  }
  return res;
}
