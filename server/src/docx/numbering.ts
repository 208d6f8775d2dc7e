/**
 * Word's automatic numbering (ECMA-376 Part 1 §17.9): the label Word displays before a
 * numbered paragraph (`一、`, `（一）`, `1.`, `1.1`), computed from word/numbering.xml and
 * word/styles.xml as the paragraphs come in document order.
 *
 * - A paragraph is numbered by its own `w:pPr/w:numPr` (`w:numId`, `w:ilvl`; numId 0 means
 *   none) or through its paragraph style (`w:pStyle` → the style's `w:numPr`, following
 *   `w:basedOn`); a style that names no level takes the level whose `w:pStyle` links it.
 * - A list instance (`w:num`) points to an abstract definition (`w:abstractNumId`, through a
 *   numbering style's `w:numStyleLink` if need be). Instances of one definition continue one
 *   count, as Word shows them; an instance with `w:lvlOverride` counts on its own, from its
 *   `w:startOverride` or its overriding `w:lvl`.
 * - A level starts at `w:start`; it restarts when a level above it is used (`w:lvlRestart`
 *   names the lowest level that restarts it, 0 never), as Word does it (MS-OI29500 §2.1.285).
 * - The label is `w:lvlText` with each `%1`…`%9` the count of that level in that level's
 *   `w:numFmt` (decimal when this level has `w:isLgl`), then `w:suff`: a tab (the default),
 *   a space or nothing. A bullet level has no label: its symbol is a glyph, not words.
 */
import type { Document, Element } from '@xmldom/xmldom';
import { DocxError } from './errors';
import { formatNumber } from './numfmt';
import { childElements, firstW, isW, parseXml, REL_NS, wAttr } from './xml';

interface Level {
  start: number;
  fmt: string;
  text: string;
  /** 1-based level whose use (or that of any level above it) restarts this one; 0 never. */
  restart?: number;
  legal: boolean;
  suffix: string;
  pStyle?: string;
}

interface Instance {
  abstractId: string;
  /** Counts of its own when it overrides a level. */
  own: boolean;
  levels: Map<number, Partial<Level>>;
}

interface Style {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

const MAX_LEVEL = 8;
const MAX_STYLE_DEPTH = 16;

function val(el: Element | undefined, name = 'val'): string | undefined {
  if (!el) return undefined;
  const v = wAttr(el, name);
  return v === null || v === '' ? undefined : v;
}

function int(el: Element | undefined): number | undefined {
  const v = val(el);
  return v !== undefined && /^-?\d{1,9}$/.test(v) ? Number(v) : undefined;
}

function onOff(el: Element | undefined): boolean {
  if (!el) return false;
  const v = val(el);
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

function parseLevel(lvl: Element): Partial<Level> {
  const out: Partial<Level> = {};
  const start = int(firstW(lvl, 'start'));
  if (start !== undefined) out.start = start;
  const fmt = val(firstW(lvl, 'numFmt'));
  if (fmt !== undefined) out.fmt = fmt;
  const text = firstW(lvl, 'lvlText');
  if (text) out.text = wAttr(text, 'val') ?? '';
  const restart = int(firstW(lvl, 'lvlRestart'));
  if (restart !== undefined) out.restart = restart;
  if (firstW(lvl, 'isLgl')) out.legal = onOff(firstW(lvl, 'isLgl'));
  const suff = val(firstW(lvl, 'suff'));
  if (suff !== undefined) out.suffix = suff === 'space' ? ' ' : suff === 'nothing' ? '' : '\t';
  const pStyle = val(firstW(lvl, 'pStyle'));
  if (pStyle !== undefined) out.pStyle = pStyle;
  return out;
}

function complete(l: Partial<Level> | undefined): Level | undefined {
  if (!l) return undefined;
  return { start: l.start ?? 0, fmt: l.fmt ?? 'decimal', text: l.text ?? '', legal: l.legal ?? false, suffix: l.suffix ?? '\t', ...(l.restart !== undefined ? { restart: l.restart } : {}), ...(l.pStyle ? { pStyle: l.pStyle } : {}) };
}

function levelIndex(el: Element): number | undefined {
  const i = wAttr(el, 'ilvl');
  return i !== null && /^\d$/.test(i) && Number(i) <= MAX_LEVEL ? Number(i) : undefined;
}

/** The numbering of one document: call `label` for each paragraph in document order. */
export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Partial<Level>>>();
  private readonly numStyleLinks = new Map<string, string>();
  private readonly instances = new Map<string, Instance>();
  private readonly styles = new Map<string, Style>();
  private defaultStyle: string | undefined;
  /** Counts per list: one per abstract definition, or per instance that overrides levels. */
  private readonly counts = new Map<string, Array<number | undefined>>();

  constructor(numbering: Document, styles: Document | undefined) {
    const root = numbering.documentElement;
    for (const el of root ? childElements(root) : []) {
      if (isW(el, 'abstractNum')) {
        const id = wAttr(el, 'abstractNumId') ?? '';
        const levels = new Map<number, Partial<Level>>();
        for (const lvl of childElements(el)) {
          const i = isW(lvl, 'lvl') ? levelIndex(lvl) : undefined;
          if (i !== undefined) levels.set(i, parseLevel(lvl));
        }
        this.abstracts.set(id, levels);
        const link = val(firstW(el, 'numStyleLink'));
        if (link) this.numStyleLinks.set(id, link);
      } else if (isW(el, 'num')) {
        const id = wAttr(el, 'numId') ?? '';
        const levels = new Map<number, Partial<Level>>();
        for (const o of childElements(el)) {
          const i = isW(o, 'lvlOverride') ? levelIndex(o) : undefined;
          if (i === undefined) continue;
          const lvl = firstW(o, 'lvl');
          const override: Partial<Level> = lvl ? parseLevel(lvl) : {};
          const start = int(firstW(o, 'startOverride'));
          if (start !== undefined) override.start = start;
          levels.set(i, override);
        }
        this.instances.set(id, { abstractId: val(firstW(el, 'abstractNumId')) ?? '', own: levels.size > 0, levels });
      }
    }
    const sroot = styles?.documentElement;
    for (const el of sroot ? childElements(sroot) : []) {
      if (!isW(el, 'style')) continue;
      const id = wAttr(el, 'styleId') ?? '';
      const pPr = firstW(el, 'pPr');
      const numPr = pPr ? firstW(pPr, 'numPr') : undefined;
      const style: Style = {};
      const numId = numPr ? val(firstW(numPr, 'numId')) : undefined;
      if (numId !== undefined) style.numId = numId;
      const ilvl = numPr ? int(firstW(numPr, 'ilvl')) : undefined;
      if (ilvl !== undefined) style.ilvl = ilvl;
      const basedOn = val(firstW(el, 'basedOn'));
      if (basedOn !== undefined) style.basedOn = basedOn;
      this.styles.set(id, style);
      if (wAttr(el, 'type') === 'paragraph' && /^(1|true|on)$/i.test(wAttr(el, 'default') ?? '')) this.defaultStyle = id;
    }
  }

  /** The levels of an abstract definition, through a numbering style's link (`w:numStyleLink`). */
  private abstractLevels(abstractId: string): Map<number, Partial<Level>> | undefined {
    let id = abstractId;
    for (let hop = 0; hop < 4; hop++) {
      const link = this.numStyleLinks.get(id);
      if (link === undefined) return this.abstracts.get(id);
      const numId = this.styleNumbering(link).numId;
      const next = numId !== undefined ? this.instances.get(numId)?.abstractId : undefined;
      if (next === undefined || next === id) return this.abstracts.get(id);
      id = next;
    }
    return this.abstracts.get(id);
  }

  /** numId and ilvl a paragraph style gives, following `w:basedOn` (nearest wins). */
  private styleNumbering(styleId: string | undefined): Style {
    const out: Style = {};
    let id = styleId;
    for (let depth = 0; id !== undefined && depth < MAX_STYLE_DEPTH; depth++) {
      const s = this.styles.get(id);
      if (!s) break;
      if (out.numId === undefined && s.numId !== undefined) out.numId = s.numId;
      if (out.ilvl === undefined && s.ilvl !== undefined) out.ilvl = s.ilvl;
      id = s.basedOn;
    }
    return out;
  }

  /** The label Word shows before paragraph `p` (with its suffix), or undefined. Advances the counts. */
  label(p: Element): string | undefined {
    const pPr = firstW(p, 'pPr');
    const numPr = pPr ? firstW(pPr, 'numPr') : undefined;
    const styleId = (pPr ? val(firstW(pPr, 'pStyle')) : undefined) ?? this.defaultStyle;
    const own = { numId: numPr ? val(firstW(numPr, 'numId')) : undefined, ilvl: numPr ? int(firstW(numPr, 'ilvl')) : undefined };
    const styled = own.numId === undefined || own.ilvl === undefined ? this.styleNumbering(styleId) : {};
    const numId = own.numId ?? styled.numId;
    if (numId === undefined || numId === '0') return undefined;
    const instance = this.instances.get(numId);
    const abstract = instance ? this.abstractLevels(instance.abstractId) : undefined;
    if (!instance || !abstract) return undefined;
    const level = (i: number): Level | undefined => {
      const base = abstract.get(i);
      const over = instance.levels.get(i);
      return complete(over ? { ...base, ...over } : base);
    };
    let ilvl = own.ilvl ?? styled.ilvl;
    if (ilvl === undefined && styleId !== undefined) {
      for (const [i, l] of abstract) if (l.pStyle === styleId) ilvl = i;
    }
    ilvl ??= 0;
    if (ilvl < 0 || ilvl > MAX_LEVEL) return undefined;
    const lvl = level(ilvl);
    if (!lvl) return undefined;

    const key = instance.own ? `num:${numId}` : `abstract:${instance.abstractId}`;
    let counts = this.counts.get(key);
    if (!counts) this.counts.set(key, (counts = []));
    counts[ilvl] = counts[ilvl] === undefined ? lvl.start : counts[ilvl]! + 1;
    for (let k = ilvl + 1; k <= MAX_LEVEL; k++) {
      // Level k restarts when a level at or above its w:lvlRestart (1-based; default: the one above it) is used.
      const restart = level(k)?.restart ?? k;
      if (ilvl < restart) counts[k] = undefined;
    }
    if (lvl.fmt === 'bullet') return undefined;
    const text = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const l = level(i);
      if (!l) return '';
      return formatNumber(counts[i] ?? l.start, lvl.legal && l.fmt !== 'none' ? 'decimal' : l.fmt);
    });
    return text === '' ? undefined : text + lvl.suffix;
  }
}

/** The folder of a part (`word/`) and its relationships part (`word/_rels/document.xml.rels`). */
export function relsPartOf(part: string): string {
  const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/') + 1) : '';
  return `${dir}_rels/${part.slice(dir.length)}.rels`;
}

/** `target` relative to the folder `dir`, `..` and `.` resolved (a leading `/` is from the root). */
export function resolveTarget(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The numbering and styles parts the main part's relationships name. */
export function numberingPartNames(mainPart: string, relsXml: string | undefined): { numbering?: string; styles?: string } {
  const out: { numbering?: string; styles?: string } = {};
  if (relsXml === undefined) return out;
  const dir = mainPart.includes('/') ? mainPart.slice(0, mainPart.lastIndexOf('/') + 1) : '';
  const list = parseXml(relsXml, relsPartOf(mainPart)).getElementsByTagNameNS(REL_NS, 'Relationship');
  for (let i = 0; i < list.length; i++) {
    const rel = list.item(i)!;
    if (rel.getAttribute('TargetMode') === 'External') continue;
    const kind = /\/(numbering|styles)$/.exec(rel.getAttribute('Type') ?? '')?.[1] as 'numbering' | 'styles' | undefined;
    if (kind && out[kind] === undefined) out[kind] = resolveTarget(dir, rel.getAttribute('Target') ?? '');
  }
  return out;
}

/**
 * The document's numbering from its parts (`part(name)` gives a part's text); none without a
 * numbering part, or with a damaged one (the body is still read, without numbers).
 */
export function loadNumbering(mainPart: string, part: (name: string) => string | undefined): Numbering | undefined {
  try {
    const names = numberingPartNames(mainPart, part(relsPartOf(mainPart)));
    const numberingXml = names.numbering !== undefined ? part(names.numbering) : undefined;
    if (numberingXml === undefined) return undefined;
    const stylesXml = names.styles !== undefined ? part(names.styles) : undefined;
    return new Numbering(parseXml(numberingXml, names.numbering!), stylesXml !== undefined ? parseXml(stylesXml, names.styles!) : undefined);
  } catch (e) {
    if (e instanceof DocxError) return undefined;
    throw e;
  }
}
