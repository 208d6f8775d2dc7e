/**
 * The report panel's page, built from the engine's real report: every table is there, every
 * row links to its line, the draft's text is escaped, and only our nonce'd script runs.
 */
import { describe, expect, it } from 'vitest';
import { isReportViewMessage, renderReportView } from '../../client/src/reportView';
import { report } from '../../server/src/engine/report/report';
import { loadSegmenterSync } from '../../server/src/engine/analysis/segment';
import { TODAY } from '../helpers';

const DRAFT = [
  '在全市<script>alert(1)</script>工作会议上的讲话',
  '（2024年3月15日）',
  '',
  '同志们：',
  '今年全市完成投资XX亿元，XX同志“六稳”工作。下面，我讲三点意见。',
  '一、关于“放管服”改革',
  '“放管服”和放管服要一起抓。2024年3月16日召开会议。',
  '二、关于某某镇<img src=x onerror=alert(2)>的工作',
  '三、关于XX亿元的安排',
  '',
].join('\n');

function view(locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const r = report(DRAFT, { today: TODAY }, loadSegmenterSync());
  return renderReportView(r, { locale, nonce: 'n0nce+/=', file: '讲话<稿>.txt' });
}

describe('report panel page', () => {
  it('escapes every piece of document text and the file name', () => {
    const html = view();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).toContain('二、关于某某镇&#60;img src=x onerror=alert(2)&#62;的工作');
    expect(html).toContain('&#60;script&#62;alert(1)');
    expect(html).toContain('讲话&#60;稿&#62;.txt');
    // Our own script is the only one, and it carries the nonce.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="n0nce+/=">');
  });

  it('sets a strict content security policy with the nonce and no remote sources', () => {
    const html = view();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe("default-src 'none'; style-src 'nonce-n0nce+/='; script-src 'nonce-n0nce+/=';");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  });

  it('links slot, date and outline rows to their lines (0-based data, 1-based text)', () => {
    const html = view();
    const start = DRAFT.indexOf('XX亿元');
    expect(html).toContain(`data-line="4" data-start="${start}" data-end="${start + 2}">第 5 行</a>`);
    const lastXX = DRAFT.lastIndexOf('XX亿元');
    expect(html).toContain(`data-line="8" data-start="${lastXX}" data-end="${lastXX + 2}"`);
    expect(html).toMatch(/data-line="1"[^>]*>第 2 行/); // the date line
    expect(html).toMatch(/一、关于“放管服”改革 <a class="line" href="#" data-line="5">/);
    expect(html).toMatch(/三、关于XX亿元的安排 <a class="line" href="#" data-line="8">/);
  });

  it('shows each section in the chosen language', () => {
    const zh = view('zh-CN');
    for (const h of ['概览', '未填写的占位符', '提法', '日期', '提纲', '问题明细']) expect(zh).toMatch(new RegExp(`<h2 id="\\w+">${h}`));
    const en = view('en');
    for (const h of ['Summary', 'Open slots', 'Formulations', 'Dates', 'Outline', 'Findings in detail']) expect(en).toMatch(new RegExp(`<h2 id="\\w+">${h}`));
    expect(en).toContain('>line 5</a>');
  });
});

describe('messages from the page', () => {
  it.each([
    [{ type: 'reveal', line: 3 }, true],
    [{ type: 'reveal', line: 3, start: 10, end: 12 }, true],
    [{ type: 'refresh' }, true],
    [{ type: 'export' }, true],
    [{ type: 'reveal', line: -1 }, false],
    [{ type: 'reveal', line: '3' }, false],
    [{ type: 'reveal', line: 1, start: 1.5 }, false],
    [{ type: 'run', command: 'workbench.action.terminal.new' }, false],
    [null, false],
    ['reveal', false],
  ])('%o is accepted: %s', (m, ok) => {
    expect(isReportViewMessage(m)).toBe(ok);
  });
});

describe('report panel state', () => {
  it('keeps the draft uri in the page state (the panel survives a reload), as a literal that cannot end the script', () => {
    const r = report('在会上的讲话\n（2024年3月15日）\n', { today: TODAY }, null);
    const html = renderReportView(r, { locale: 'zh-CN', nonce: 'n', file: 'a.txt', uri: 'file:///tmp/</script><b>.txt' });
    expect(html).toContain('vscode.setState({ uri: "file:///tmp/\\u003c/script>\\u003cb>.txt" });');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});
