/**
 * The extension's own words (commands, status bar, report panel), in Chinese with English
 * beside. Package contributions are localised by package.nls*.json; these are the strings
 * made at run time. No `vscode` import, so tests can read them.
 */
import { localize, type MessageParams } from '../../server/src/engine/model/i18n';
import { lineList as formatLines } from '../../server/src/engine/model/l10n';
import type { Locale } from '../../server/src/engine/model/types';

export type { Locale };

const MESSAGES = {
  noEditor: { zh: '请先打开一篇讲话稿。', en: 'Open a speech draft first.' },
  notChecked: {
    zh: '这篇文档没有被讲话稿校对检查（语言或设置不符）。',
    en: 'This document is not checked by the speech draft checker (language or settings).',
  },
  serverNotReady: { zh: '讲话稿校对服务尚未就绪，请稍候再试。', en: 'The speech draft checker is not ready yet; try again shortly.' },
  serverFailed: { zh: '讲话稿校对服务启动失败：{error}', en: 'The speech draft checker failed to start: {error}' },
  garbled: {
    zh: '{file} 中有 {count} 处乱码（�）：多半是 GBK/GB18030 编码的文稿被当作 UTF-8 打开了，检查结果不可信。请用正确的编码重新打开。',
    en: '{file} shows {count} unreadable characters (�): most likely a GBK/GB18030 draft opened as UTF-8, so its findings cannot be trusted. Reopen it with the right encoding.',
  },
  garbledReopen: { zh: '重新选择编码打开', en: 'Reopen with Encoding' },
  serverRestarted: { zh: '讲话稿校对服务已重启。', en: 'The speech draft checker was restarted.' },
  noSlots: { zh: '没有未填写的占位符。', en: 'No open placeholders.' },
  pickSlot: { zh: '选择要填写的占位符', en: 'Pick the placeholder to fill' },
  slotDetail: { zh: '{count} 处 · 第 {lines} 行', en: '{count} × · line {lines}' },
  fillPlaceholder: { zh: '实际内容，例如 {example}', en: 'the actual text, e.g. {example}' },
  fillEmpty: { zh: '请输入要填入的内容。', en: 'Enter the text to fill in.' },
  filled: { zh: '已填写 {count} 处“{slot}”。', en: 'Filled {count} × "{slot}".' },
  dateLineExists: { zh: '已有成文日期行（第 {line} 行）。', en: 'The draft already has a date line (line {line}).' },
  dateLineNoTitle: { zh: '文档是空的，无法插入日期行。', en: 'The document is empty; there is no title to put a date line under.' },
  docxPick: { zh: '选择要检查的 Word 讲话稿', en: 'Pick the Word draft to check' },
  docxUnreadable: { zh: '无法读取 Word 文件：{reason}', en: 'Cannot read the Word file: {reason}' },
  docxWritten: { zh: '已生成 {file}：{summary}', en: 'Wrote {file}: {summary}' },
  docxNothing: { zh: '{file} 没有可写入的修订或批注，未生成文件。', en: '{file}: nothing to write, no file written.' },
  docxFailed: { zh: '未能生成带修订的 Word 文件：{reason}', en: 'Could not write the reviewed Word file: {reason}' },
  docxOffer: {
    zh: '{file} 是 Word 文稿，要以讲话稿方式检查吗？',
    en: '{file} is a Word draft. Check it as a speech draft?',
  },
  docxCheck: { zh: '以讲话稿方式检查', en: 'Check as Speech Draft' },
  docxOpen: { zh: '打开', en: 'Open' },
  docxReveal: { zh: '在文件夹中显示', en: 'Reveal in Folder' },
  nothingToFix: { zh: '没有可以自动修复的问题。', en: 'Nothing to fix automatically.' },
  fixedAll: {
    zh: '已修复 {fixed} 处，另有 {left} 处需人工处理。',
    en: 'Fixed {fixed} problems; {left} need your attention.',
  },
  guidedTitle: { zh: '填写占位符（第 {k}/{n} 处）{kind}', en: 'Fill placeholder ({k} of {n}){kind}' },
  lineN: { zh: '第 {line} 行', en: 'line {line}' },
  fillIdenticalTitle: {
    zh: '另有 {count} 处相同的“{slot}”，是否也填为“{value}”？',
    en: '{count} more identical "{slot}": fill them with "{value}" too?',
  },
  fillIdenticalHint: {
    zh: '勾选要一并填写的位置，回车确认；按 Esc 只填写当前这一处',
    en: 'Tick the places to fill as well and press Enter; Esc fills only the current one',
  },
  guidedDone: { zh: '已填写 {filled} 处占位符，还剩 {left} 处。', en: 'Filled {filled} placeholders; {left} left.' },
  slotPosition: { zh: '占位符第 {k}/{n} 处', en: 'Placeholder {k} of {n}' },
  slotWrapped: {
    zh: '占位符第 {k}/{n} 处（已到文末，从头开始）',
    en: 'Placeholder {k} of {n} (wrapped to the start)',
  },
  slotWrappedBack: {
    zh: '占位符第 {k}/{n} 处（已到文首，从末尾开始）',
    en: 'Placeholder {k} of {n} (wrapped to the end)',
  },
  fillOneOnly: {
    zh: '把第 {line} 行的“{slot}”替换为（数字各处不同，只填这一处）：',
    en: 'Replace "{slot}" on line {line} with (figures differ, so only this one):',
  },
  fillThisOne: { zh: '把第 {line} 行的“{slot}”替换为：', en: 'Replace "{slot}" on line {line} with:' },
  fillThenOffer: {
    zh: '把第 {line} 行的“{slot}”替换为（另有 {count} 处相同的“{slot}”，随后逐处勾选是否一并填写）：',
    en: 'Replace "{slot}" on line {line} with (then tick which of the {count} identical ones to fill too):',
  },
  statusChecking: { zh: '正在检查…', en: 'Checking…' },
  statusLoadingDict: { zh: '正在加载分词词典…', en: 'Loading the word dictionary…' },
  exportTitle: { zh: '导出一致性报告', en: 'Export consistency report' },
  exported: { zh: '报告已保存：{file}', en: 'Report saved: {file}' },
  open: { zh: '打开', en: 'Open' },
  statusText: { zh: '占位符 {slots} · 问题 {findings}', en: '{slots} slots · {findings} findings' },
  statusClean: { zh: '讲话稿无问题', en: 'Draft clean' },
  segmenterTooltip: { zh: '分词：{name}（{ms} 毫秒载入）', en: 'Word segmentation: {name} (loaded in {ms} ms)' },
  segmenterFallback: { zh: '（未用 jieba-js：{reason}）', en: ' (jieba-js not used: {reason})' },
  statusNoSegmenter: { zh: '分词不可用', en: 'No word segmentation' },
  noSegmenter: {
    zh: '讲话稿校对：分词组件（jieba-js、nodejieba 和 jieba-wasm）都无法载入，需要分词的规则（错别字、提法等）已关闭。详情见输出面板。',
    en: 'Speech draft checker: no segmenter (jieba-js, nodejieba, jieba-wasm) could load; rules that need word segmentation (typos, formulations, …) are off. See the Output panel.',
  },
  statusTooltip: {
    zh: '讲话稿校对：{slots} 处占位符未填写，共 {findings} 个问题。点击查看一致性报告。',
    en: 'Speech draft: {slots} open placeholders, {findings} findings. Click for the consistency report.',
  },
  reportTitle: { zh: '一致性报告：{file}', en: 'Consistency report: {file}' },
} as const;

export type MessageId = keyof typeof MESSAGES;

export function message(locale: Locale, id: MessageId, params?: MessageParams): string {
  return localize(MESSAGES[id], locale, params);
}

/** `speechcheck.locale` is "auto", "zh-CN" or "en"; auto follows VS Code's display language. */
export function resolveLocale(setting: string | undefined, displayLanguage: string): Locale {
  const choice = !setting || setting === 'auto' ? displayLanguage : setting;
  return choice.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Lines as people count them (1-based), a few at most. */
export function lineList(lines: readonly number[], max = 8): string {
  // Two slots on one line name the line once (第 7 行, not 第 7、7 行).
  return formatLines([...new Set(lines)], { max, separator: '、', ellipsis: '…' });
}
