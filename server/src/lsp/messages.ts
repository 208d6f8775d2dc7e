/**
 * The server's own words (code action titles, hover, notices), in Chinese and English.
 * Findings' messages and fix titles come from the engine's rule message tables.
 */
import { localize, type LocalizedText, type MessageParams } from '../engine/model/i18n';
import { pick } from '../engine/model/l10n';
import type { Locale } from '../engine/model/types';
import { ruleById } from '../engine/rules';

const MESSAGES = {
  fixAllOfRule: { zh: '本文件全部修复：{rule}（{count} 处）', en: 'Fix all in this file: {rule} ({count})' },
  fixAllOfRuleSome: {
    zh: '本文件全部修复：{rule}（可自动修复的 {count} 处，共 {total} 处）',
    en: 'Fix all in this file: {rule} ({count} auto-fixable of {total})',
  },
  fixAllSafe: { zh: '修复所有可安全自动修复的问题', en: 'Fix all auto-fixable problems' },
  ignoreWord: { zh: '在工作区忽略{word}（写入 .speechcheckrc.json）', en: 'Ignore {word} in this workspace (writes .speechcheckrc.json)' },
  disableRuleForFile: { zh: '在本文件中关闭检查：{rule}', en: 'Turn off for this file: {rule}' },
  fillSlot: { zh: '填写此处…', en: 'Fill in this slot…' },
  rcWritten: { zh: '已写入 {file}：{what}', en: 'Wrote {file}: {what}' },
  rcIgnored: { zh: '忽略{word}', en: 'ignore {word}' },
  rcRuleOff: { zh: '本文件关闭“{rule}”', en: 'turn off {rule} for this file' },
  undo: { zh: '撤销', en: 'Undo' },
  undone: { zh: '已撤销对 {file} 的修改。', en: 'Undid the change to {file}.' },
  hoverTitle: { zh: '提法“{term}”', en: 'Formulation “{term}”' },
  hoverSummary: {
    zh: '本稿共出现 {total} 次，{forms} 种写法。',
    en: 'Occurs {total} times in this draft, written {forms} ways.',
  },
  hoverConsistent: { zh: '写法统一。', en: 'Written consistently.' },
  hoverPreferred: { zh: '建议统一为 {canonical}。', en: 'Consider writing {canonical} throughout.' },
  hoverHeader: { zh: '| 写法 | 次数 | 行 |', en: '| Form | Count | Lines |' },
  canonTitle: { zh: '规范提法', en: 'Canonical formulation' },
  canonWording: { zh: '规范表述：{wording}', en: 'Canonical wording: {wording}' },
  canonNames: { zh: '简称：{names}', en: 'Short forms: {names}' },
  canonMembers: { zh: '构成（按顺序）：{members}', en: 'Members (in order): {members}' },
  canonMembersBefore: { zh: '{until}年及以前为：{members}', en: 'Until {until}: {members}' },
  canonYears: { zh: '适用时间：{years}', en: 'Current: {years}' },
  canonSince: { zh: '{since}年起', en: 'from {since}' },
  canonSource: { zh: '出处：[{title}]({url})', en: 'Source: [{title}]({url})' },
  canonSourcePlain: { zh: '出处：{title}', en: 'Source: {title}' },
  canonUser: { zh: '（来自 .speechcheckrc.json 的 formulations）', en: '(from formulations in .speechcheckrc.json)' },
  invalidRc: { zh: '配置文件有误，已改用默认设置：{message}', en: 'Invalid configuration file, using defaults: {message}' },
  invalidSettings: { zh: 'speechcheck 设置有误，已忽略：{message}', en: 'Invalid speechcheck settings, ignored: {message}' },
  outsideWorkspace: {
    zh: '不写入 {file}：只能写入工作区文件夹或已打开文档所在的文件夹',
    en: 'Not writing {file}: only a workspace folder or the folder of an open document may be written',
  },
  noWorkspace: {
    zh: '没有可写入 .speechcheckrc.json 的工作区文件夹',
    en: 'No workspace folder to write .speechcheckrc.json into',
  },
} satisfies Record<string, LocalizedText>;

export type MessageId = keyof typeof MESSAGES;

/** A word for a title: in “…” unless it already carries quote marks (no “"六稳"”). */
export function quotedWord(word: string, locale: Locale): string {
  if (/[“”‘’"'「」『』〝〞]/.test(word)) return ` ${word} `;
  return locale === 'en' ? ` "${word}" ` : `“${word}”`;
}

export function message(id: MessageId, locale: Locale, params?: MessageParams): string {
  return localize(MESSAGES[id], locale, params);
}

/** A rule as titles name it: its description in the locale (its id if it is not known). */
export function ruleName(rule: string, locale: Locale): string {
  const meta = ruleById(rule);
  return meta ? pick(meta.description, locale) : rule;
}
