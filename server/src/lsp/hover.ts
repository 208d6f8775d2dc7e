/**
 * Hover on a 提法: every form it takes in this draft and how often, so a writer sees at a
 * glance whether “六稳” is written one way throughout.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { NormalizedConfig } from '../engine/model/config';
import type { FormulationUse } from '../engine/analysis/formulations';
import { canonFor, entriesByName, type CanonEntry } from '../engine/analysis/canon';
import type { Locale } from '../engine/model/types';
import { toRange } from './convert';
import { message } from './messages';

/** Lines listed per form before the list is cut short. */
const MAX_LINES_SHOWN = 12;

/** `uses`: the formulations of the check whose findings the editor shows (its result's analyses). */
export function formulationHover(doc: TextDocument, offset: number, config: NormalizedConfig, uses: readonly FormulationUse[]): Hover | null {
  const text = doc.getText();
  const index = canonFor(config);
  for (const use of uses) {
    const at = use.occurrences.find((o) => o.start <= offset && offset < o.end);
    if (!at) continue;
    const entry = entriesByName(index).get(use.term) ?? index.entries.find((e) => e.wording === use.term);
    const canon = entry ? `\n\n---\n\n${canonMarkdown(entry, config.locale)}` : '';
    return {
      contents: { kind: MarkupKind.Markdown, value: formulationMarkdown(use, config.locale) + canon },
      range: toRange(doc, at.start, at.end),
    };
  }
  // A canonical wording (or a name) the slogan analysis does not track: its canon entry.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const hit = index.uses(line).find((u) => lineStart + u.start <= offset && offset < lineStart + u.end);
  if (hit) {
    return {
      contents: { kind: MarkupKind.Markdown, value: canonMarkdown(hit.entry, config.locale) },
      range: toRange(doc, lineStart + hit.start, lineStart + hit.end),
    };
  }
  return null;
}

/** The canon's entry: canonical wording, short forms, members in order, years and source. */
export function canonMarkdown(e: CanonEntry, locale: Locale): string {
  const out = [`**${message('canonTitle', locale)}**${e.origin === 'config' ? ` ${message('canonUser', locale)}` : ''}`, ''];
  out.push(`- ${message('canonWording', locale, { wording: code(e.wording) })}`);
  if (e.names?.length) out.push(`- ${message('canonNames', locale, { names: e.names.map(code).join('、') })}`);
  if (e.members?.length) out.push(`- ${message('canonMembers', locale, { members: e.members.join('、') })}`);
  if (e.membersBefore) out.push(`- ${message('canonMembersBefore', locale, { until: e.membersBefore.until, members: e.membersBefore.members.join('、') })}`);
  if (e.since !== undefined) {
    const years = e.until !== undefined ? `${e.since}—${e.until}` : message('canonSince', locale, { since: e.since });
    out.push(`- ${message('canonYears', locale, { years })}`);
  }
  if (e.source) {
    out.push(`- ${e.source.url ? message('canonSource', locale, { title: escapeMarkdown(e.source.title), url: e.source.url }) : message('canonSourcePlain', locale, { title: escapeMarkdown(e.source.title) })}`);
  }
  if (e.note) out.push(`- ${escapeMarkdown(e.note)}`);
  return out.join('\n');
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
