/**
 * `speechcheck report FILE`: the consistency report of one draft as Markdown, JSON or a
 * self-contained HTML page. Exit 0 when rendered, 2 when the file or its configuration
 * could not be read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../engine/engine';
import { report } from '../engine/report/report';
import { renderReportHtml, renderReportMarkdown } from '../engine/report/render';
import type { SpeechCheckConfig } from '../engine/model/config';
import { ConfigResolver, SegmenterLoader } from './context';
import { expandInputs, readInput } from './inputs';
import { isWordPath, readWordFile } from '../docx/input';
import type { CliIO } from './io';
import { msg } from './messages';

export interface ReportRunOptions {
  format: 'markdown' | 'json' | 'html';
  configPath?: string;
  layer: SpeechCheckConfig;
  today: Date;
  debug?: boolean;
}

export async function reportFile(arg: string, options: ReportRunOptions, io: CliIO): Promise<number> {
  const { inputs, problems } = expandInputs([arg], io.cwd);
  for (const p of problems) io.stderr(`speechcheck: ${p.message}\n`);
  if (problems.length > 0) return 2;
  const folder = arg !== '-' && fs.statSync(path.resolve(io.cwd, arg), { throwIfNoEntry: false })?.isDirectory();
  if (inputs.length !== 1 || folder) {
    const [what, whatEn] = folder
      ? ['是一个目录', 'is a folder']
      : [`匹配了 ${inputs.length} 个文件`, `matched ${inputs.length} files`];
    io.stderr(`speechcheck: 用法错误 / usage error: ${msg('reportOne', { arg, what, whatEn })}\n`);
    return 2;
  }
  const input = inputs[0]!;
  // A Word file is reported on its body text (paragraphs as lines).
  const word = input.absolute && isWordPath(input.absolute) ? readWordFile(input.absolute, input.file) : undefined;
  const read = word
    ? word.ok
      ? { ok: true as const, decoded: { text: word.docx.text } }
      : { ok: false as const, message: word.message }
    : await readInput(input, () => io.readStdin());
  if (!read.ok) {
    io.stderr(`speechcheck: ${read.message}\n`);
    return 2;
  }
  const resolver = new ConfigResolver(
    { ...(options.configPath ? { configPath: options.configPath } : {}), layer: options.layer, today: options.today },
    io.cwd,
  );
  const conf = resolver.forInput(input);
  if (!conf.ok) {
    io.stderr(`speechcheck: ${msg('badConfig', { reason: conf.message, file: input.file })}\n`);
    return 2;
  }
  const segmenter = new SegmenterLoader((s) => io.stderr(s), options.debug).for(conf.config);
  const data = report(new Engine().checkSync(read.decoded.text, conf.config, segmenter ?? 'off'));
  const locale = conf.config.locale;
  if (options.format === 'json') io.stdout(`${JSON.stringify({ file: input.file, ...(word ? { source: 'docx' } : {}), ...data }, null, 2)}\n`);
  else if (options.format === 'html') io.stdout(renderReportHtml(data, { locale, file: input.file }));
  else io.stdout(renderReportMarkdown(data, { locale, file: input.file }));
  return 0;
}
