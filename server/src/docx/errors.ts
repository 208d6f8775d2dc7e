/**
 * Why a Word file could not be read or written: one bilingual message naming the file, as
 * the CLI's other input errors are. The CLI prints it and gives exit 2 for that file.
 */
export type DocxProblem =
  | 'legacy-doc'
  | 'encrypted'
  | 'corrupt'
  | 'not-docx'
  | 'empty-body'
  | 'too-large'
  | 'bomb'
  | 'unwritable';

const MESSAGES: Record<DocxProblem, string> = {
  'legacy-doc':
    '{file} 是旧版 Word 文档（.doc），无法直接检查：请用 Word 或 WPS 另存为 .docx / {file} is an old binary Word document (.doc): save it as .docx in Word or WPS',
  encrypted:
    '{file} 已加密或设有打开密码，无法读取：请在 Word 或 WPS 中取消密码后另存 / {file} is encrypted or password-protected: remove the password in Word or WPS and save again',
  corrupt: '{file} 不是完好的 .docx（压缩包已损坏：{reason}）/ {file} is not a valid .docx (damaged zip: {reason})',
  'not-docx': '{file} 不是 Word 文档（缺少 {reason}）/ {file} is not a Word document (missing {reason})',
  'empty-body': '{file} 的正文为空，没有可检查的文字 / {file} has an empty body: no text to check',
  'too-large': '{file} 过大，未检查（{size} MB，上限 {limit} MB）/ {file} is too large, not checked ({size} MB, limit {limit} MB)',
  bomb:
    '{file} 解压后过大（{part} 超过 {limit} MB），疑为压缩炸弹，未检查 / {file} expands too much ({part} over {limit} MB): possible zip bomb, not checked',
  unwritable: '无法写入 {file}：{reason} / cannot write {file}: {reason}',
};

export class DocxError extends Error {
  constructor(
    readonly problem: DocxProblem,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${problem}${params.reason ? `: ${params.reason}` : ''}`);
  }

  /** The message for the user, naming `file`. */
  messageFor(file: string): string {
    const params: Record<string, string | number> = { ...this.params, file };
    return MESSAGES[this.problem].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  }
}
