/**
 * Hover on a 提法: every form it takes in this draft and how often, so a writer sees at a
 * glance whether “六稳” is written one way throughout.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NormalizedConfig } from '../engine/config';
import { SpeechDocument } from '../engine/document';
import { analyzeFormulations, type FormulationUse } from '../engine/formulations';
import type { Locale } from '../engine/types';
import { toRange } from './convert';
import { message } from './messages';

/** Lines listed per form before the list is cut short. */
const MAX_LINES_SHOWN = 12;

export function formulationHover(doc: TextDocument, offset: number, config: NormalizedConfig): Hover | null {
  const uses = analyzeFormulations(new SpeechDocument(doc.getText()), config);
  for (const use of uses) {
    const at = use.occurrences.find((o) => o.start <= offset && offset < o.end);
    if (!at) continue;
    return {
      contents: { kind: MarkupKind.Markdown, value: formulationMarkdown(use, config.locale) },
      range: toRange(doc, at.start, at.end),
    };
  }
  return null;
}

export function formulationMarkdown(use: FormulationUse, locale: Locale): string {
  const total = use.occurrences.length;
  const out = [
    `**${escapeMarkdown(message('hoverTitle', locale, { term: use.term }))}**`,
    '',
    message('hoverSummary', locale, { total, forms: use.forms.length }) +
      (use.forms.length > 1 ? ` ${message('hoverPreferred', locale, { canonical: code(use.canonical) })}` : ` ${message('hoverConsistent', locale)}`),
    '',
    message('hoverHeader', locale),
    '|---|---:|---|',
  ];
  for (const form of use.forms) {
    const lines = [
      ...new Set(use.occurrences.filter((o) => o.form === form.form && o.quote === form.quote).map((o) => o.line + 1)),
    ];
    const shown = lines.slice(0, MAX_LINES_SHOWN).join(', ') + (lines.length > MAX_LINES_SHOWN ? ', …' : '');
    const mark = form.form === use.canonical ? ' ✓' : '';
    out.push(`| ${code(form.form)}${mark} | ${form.count} | ${shown} |`);
  }
  return out.join('\n');
}

/** A form in backticks, so quotes and Markdown characters show as written. */
function code(s: string): string {
  const clean = s.replace(/[\r\n|]/g, ' ');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}
