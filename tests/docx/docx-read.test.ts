/**
 * The reader on hand-written WordprocessingML: what is text in the final view and what is not.
 */
import { describe, expect, it } from 'vitest';
import { readBody } from '../../server/src/docx/read';
import { parseXml } from '../../server/src/docx/xml';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="urn:wps" xmlns:v="urn:v"';
const read = (body: string): string => readBody(parseXml(`<w:document ${NS}><w:body>${body}</w:body></w:document>`, 'test')).text;
const r = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

describe('readBody', () => {
  it('merges runs, hyperlinks and smart tags into one paragraph', () => {
    expect(read(`<w:p>${r('完成X')}<w:hyperlink r:id="x" xmlns:r="urn:r">${r('X亿')}</w:hyperlink><w:smartTag>${r('元')}</w:smartTag></w:p>`)).toBe('完成XX亿元');
  });

  it('reads a field as its displayed result, not its code', () => {
    expect(
      read(
        `<w:p>${r('第')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${r('页')}<w:fldSimple w:instr="DATE">${r('2024年3月15日')}</w:fldSimple></w:p>`,
      ),
    ).toBe('第3页2024年3月15日');
  });

  it('reads tracked changes as accepted: insertions kept, deletions dropped, a deleted paragraph mark joins', () => {
    expect(
      read(
        `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"/></w:rPr></w:pPr>${r('总结前')}<w:del w:id="2" w:author="a"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p><w:p><w:ins w:id="3" w:author="a">${r('一阶段')}</w:ins>${r('工作')}</w:p><w:p>${r('下段')}</w:p>`,
      ),
    ).toBe('总结前一阶段工作\n下段');
  });

  it('reads tables cell by cell, nested ones too, and content controls', () => {
    expect(
      read(
        `<w:tbl><w:tr><w:tc><w:p>${r('甲')}</w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p>${r('乙')}</w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:sdt><w:sdtContent><w:p>${r('丙')}</w:p></w:sdtContent></w:sdt>`,
      ),
    ).toBe('甲\n乙\n丙');
  });

  it('reads a text box once (its VML fallback repeats it) after the paragraph that holds it', () => {
    const box = `<w:txbxContent><w:p>${r('框内')}</w:p></w:txbxContent>`;
    expect(
      read(
        `<w:p>${r('正文')}<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>${r('续')}</w:p><w:p>${r('下段')}</w:p>`,
      ),
    ).toBe('正文续\n框内\n下段');
  });

  it('tabs, soft line breaks and page breaks', () => {
    expect(read(`<w:p><w:r><w:t>一</w:t><w:tab/><w:t>二</w:t><w:br/><w:t>三</w:t><w:br w:type="page"/><w:t>四</w:t></w:r></w:p>`)).toBe('一\t二 三四');
  });

  it('keeps footnote and comment references out of the text', () => {
    expect(
      read(`<w:p><w:commentRangeStart w:id="0"/>${r('数据')}<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`),
    ).toBe('数据');
  });
});
