/**
 * What the command line says on stderr: Chinese first, then English, naming the file.
 */
const MESSAGES = {
  notFound: '找不到文件或目录 {file} / no such file or directory: {file}',
  noMatch: '没有文件匹配 {file} / no files match the pattern {file}',
  unreadable: '无法读取 {file}：{reason} / cannot read {file}: {reason}',
  notRegular: '未检查 {file}：不是普通文件（设备、管道或套接字）/ not checked: {file} is not a regular file (a device, pipe or socket)',
  linksOutside:
    '跳过 {dir} 中 {count} 个经符号链接指向该文件夹以外的文件 / skipped {count} file(s) in {dir} reached through symbolic links that lead outside it',
  tooLarge: '文件过大，未检查 {file}（{size} MB，上限 20 MB）/ file too large, not checked: {file} ({size} MB, limit 20 MB)',
  binary: '无法解码 {file}：不是文本文件（含二进制内容）/ cannot decode {file}: not a text file (binary content)',
  undecodable:
    '无法解码 {file}：不是 UTF-8、UTF-16（带 BOM）、GB18030/GBK 或 Big5 文本（猜测：{guess}）/ cannot decode {file}: not UTF-8, UTF-16 with BOM, GB18030/GBK or Big5 text (guess: {guess})',
  unwritable: '无法写入 {file}：{reason} / cannot write {file}: {reason}',
  unencodable:
    '未写入 {file}：修复后的文字无法用原编码 {encoding} 保存 / not written {file}: the fixed text cannot be saved in its encoding {encoding}',
  badConfig: '{reason}（未检查 {file} / not checked: {file}）',
  configNotChecked: '未检查 {file}：配置文件 {rc} 有误 / not checked {file}: invalid configuration {rc}',
  usage: '用法错误：{reason} / usage error: {reason}',
  unknownRule: '未知的规则 {rule}（可用：{rules}）/ unknown rule {rule} (known: {rules})',
  stdinFix:
    '标准输入不能就地修复，请改用 --fix-dry-run / standard input cannot be fixed in place; use --fix-dry-run',
  seeHelp: '运行 speechcheck --help 查看用法 / run speechcheck --help for usage',
  noInputs: '没有要检查的文件 / no files to check',
  noSegmenter:
    '警告：分词模块无法加载，需要分词的规则已跳过，其余规则照常检查（{reason}）/ warning: no segmenter could be loaded; rules that need segmentation were skipped, the others ran ({reason})',
  fixed: '已修复 {file}：{count} 处 / fixed {file}: {count} edit(s)',
  ruleFailed:
    '内部错误：规则 {rule} 检查 {file} 时出错，已跳过，其余规则照常检查（{reason}）/ internal error: rule {rule} failed on {file} and was skipped; the other rules ran ({reason})',
  nothingToFix: '没有可自动修复的问题 / nothing to fix',
  progress: '已检查 {done}/{total} 个文件 / checked {done} of {total} files',
  reportOne: 'report 只接受一个文件，“{arg}”{what} / report takes exactly one file; "{arg}" {whatEn}',
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function msg(key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
