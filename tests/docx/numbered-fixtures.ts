/**
 * Word files with automatic numbering, built part by part: the body, word/numbering.xml and
 * word/styles.xml written by hand (the shapes Word and WPS save), zipped with the
 * relationships and content types a .docx needs. `lvl` and `p` write the common elements.
 */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface LevelSpec {
  fmt: string;
  text: string;
  start?: number;
  restart?: number;
  suff?: 'tab' | 'space' | 'nothing';
  isLgl?: boolean;
  pStyle?: string;
}

/** A `w:lvl` of an abstract definition. */
export function lvl(ilvl: number, l: LevelSpec): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/>` +
    (l.restart !== undefined ? `<w:lvlRestart w:val="${l.restart}"/>` : '') +
    (l.pStyle ? `<w:pStyle w:val="${l.pStyle}"/>` : '') +
    (l.isLgl ? '<w:isLgl/>' : '') +
    (l.suff ? `<w:suff w:val="${l.suff}"/>` : '') +
    `<w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>`
  );
}

export function abstractNum(id: number, levels: string[]): string {
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels.join('')}</w:abstractNum>`;
}

/** A `w:num`; `overrides` maps a level to its start override. */
export function num(id: number, abstractId: number, overrides: Record<number, number> = {}): string {
  const o = Object.entries(overrides)
    .map(([l, s]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${s}"/></w:lvlOverride>`)
    .join('');
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${o}</w:num>`;
}

/** A paragraph of runs of at most three characters (so fixes cross run boundaries). */
export function p(text: string, opts: { numId?: number; ilvl?: number; style?: string } = {}): string {
  const numPr =
    opts.numId !== undefined ? `<w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ''}<w:numId w:val="${opts.numId}"/></w:numPr>` : '';
  const pPr = opts.style || numPr ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${numPr}</w:pPr>` : '';
  const chars = Array.from(text);
  let runs = '';
  for (let i = 0; i < chars.length; i += 3) {
    runs += `<w:r><w:rPr><w:rFonts w:ascii="仿宋" w:eastAsia="仿宋"/>${(i / 3) % 2 ? '<w:b/>' : ''}</w:rPr><w:t xml:space="preserve">${chars.slice(i, i + 3).join('')}</w:t></w:r>`;
  }
  return `<w:p>${pPr}${runs}</w:p>`;
}

/** A paragraph style, numbered through its own `w:numPr` when `numId` is given. */
export function style(id: string, opts: { numId?: number; ilvl?: number; basedOn?: string } = {}): string {
  const numPr =
    opts.numId !== undefined ? `<w:pPr><w:numPr>${opts.ilvl !== undefined ? `<w:ilvl w:val="${opts.ilvl}"/>` : ''}<w:numId w:val="${opts.numId}"/></w:numPr></w:pPr>` : '';
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${opts.basedOn ? `<w:basedOn w:val="${opts.basedOn}"/>` : ''}${numPr}</w:style>`;
}

export interface NumberedDocx {
  /** Body paragraphs (`p(...)`). */
  body: string[];
  /** `abstractNum(...)` then `num(...)` elements; no numbering part when absent. */
  numbering?: string[];
  styles?: string[];
}

export function numberedDocx(d: NumberedDocx): Uint8Array {
  const rels = [
    d.numbering ? `<Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>` : '',
    d.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="/word/styles.xml"/>` : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${d.body.join('')}<w:sectPr/></w:body></w:document>`),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
  };
  if (d.numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${d.numbering.join('')}</w:numbering>`);
  if (d.styles) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${d.styles.join('')}</w:styles>`);
  return zipSync(files);
}
