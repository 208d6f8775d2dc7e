/**
 * The terminal format, after ESLint's "stylish": a block per file, one aligned row per
 * finding (line:column, severity, message, rule id), a summary line. Columns are padded by
 * display width, so rows of Chinese messages line up; colour only when asked to.
 */
import { pick, SEVERITY_NAMES } from '../engine/model/l10n';
import type { Locale, Severity } from '../engine/model/types';
import type { FileResult } from './results';

export interface StylishOptions {
  color: boolean;
  locale: Locale;
}

const ANSI = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;

type Style = keyof typeof ANSI;

/** Columns a string takes in a terminal: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x300 && c < 0x370) || c === 0x200b) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const w = new StylishWriter(options);
  return results.map((r) => w.file(r)).join('') + w.summary();
}

/**
 * The stylish format written as files are checked: a block per file with findings, then
 * the summary line. Only the counts are kept between files.
 */
export class StylishWriter {
  private readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private fixable = 0;
  private files = 0;

  constructor(private readonly options: StylishOptions) {}

  private paint(style: Style, s: string): string {
    return this.options.color ? `\u001b[${ANSI[style][0]}m${s}\u001b[${ANSI[style][1]}m` : s;
  }

  /** The block for one file ('' when it has no findings). */
  file(r: FileResult): string {
    const { options } = this;
    this.files++;
    if (r.diagnostics.length === 0) return '';
    const label = (s: Severity): string => pick(SEVERITY_NAMES[s], options.locale);
    const sevColor: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'dim' };
    this.fixable += r.fixable ?? 0;
    const rows = r.diagnostics.map((d) => {
      this.counts[d.severity]++;
      return {
        // A Word draft has paragraphs, not lines: 第 3 段:5 (¶3:5 in English).
        pos:
          r.source === 'docx'
            ? options.locale === 'en'
              ? `¶${d.range.start.line + 1}:${d.range.start.character + 1}`
              : `第 ${d.range.start.line + 1} 段:${d.range.start.character + 1}`
            : `${d.range.start.line + 1}:${d.range.start.character + 1}`,
        severity: d.severity,
        message: d.message.replace(/\s*[\r\n]+\s*/g, ' '),
        rule: d.rule,
      };
    });
    let posW = 0;
    let sevW = 0;
    let msgW = 0;
    for (const x of rows) {
      posW = Math.max(posW, displayWidth(x.pos));
      sevW = Math.max(sevW, displayWidth(label(x.severity)));
      msgW = Math.max(msgW, displayWidth(x.message));
    }
    const out: string[] = [this.paint('underline', r.file)];
    for (const x of rows) {
      const sev = this.paint(sevColor[x.severity], padEnd(label(x.severity), sevW));
      out.push(`  ${this.paint('dim', padStart(x.pos, posW))}  ${sev}  ${padEnd(x.message, msgW)}  ${this.paint('dim', x.rule)}`.trimEnd());
    }
    out.push('');
    return `${out.join('\n')}\n`;
  }

  /** The closing summary over every file written so far. */
  summary(): string {
    const { options, counts, fixable } = this;
    const paint = (style: Style, s: string): string => this.paint(style, s);
    const total = counts.error + counts.warning + counts.info + counts.hint;
    if (total === 0) {
      const n = this.files;
      return `${paint('green', options.locale === 'en' ? `✔ No problems (${n} file${n === 1 ? '' : 's'} checked)` : `✔ 没有发现问题（检查了 ${n} 个文件）`)}\n`;
    }
    const mark = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'cyan';
    const summary =
      options.locale === 'en'
        ? `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`
        : `✖ 共 ${total} 个问题（错误 ${counts.error}，警告 ${counts.warning}，信息 ${counts.info + counts.hint}）`;
    const out = [paint('bold', paint(mark, summary))];
    if (fixable > 0) {
      out.push(
        paint(
          mark,
          options.locale === 'en'
            ? `  ${fixable} of them can be fixed with the \`--fix\` option.`
            : `  其中 ${fixable} 个可以用 --fix 自动修复。`,
        ),
      );
    }
    return `${out.join('\n')}\n`;
  }
}
