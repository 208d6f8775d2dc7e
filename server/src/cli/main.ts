/**
 * `speechcheck [options] <file|dir|glob|->...` and `speechcheck report FILE`: thin adapters
 * over the engine. Exit 0: nothing at warning or above; 1: findings; 2: bad usage or a file
 * that could not be read, decoded or configured (the other files are still checked).
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { RULE_IDS } from '../engine/check';
import { ConfigError, type SpeechCheckConfig } from '../engine/model/config';
import type { Locale } from '../engine/model/types';
import { version as packageVersion } from '../../../package.json';
import { checkFiles, type CheckRunOptions } from './run-check';
import { reportFile } from './run-report';
import { msg } from './messages';
import { segmenterLine } from './context';

import { FORMATS, type CliIO, type OutputFormat } from './io';

export type { CliIO, OutputFormat } from './io';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

class UsageError extends Error {}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** "Today" for date fixes: `SPEECHCHECK_TODAY=2024-03-15` makes output reproducible. */
export function todayFrom(env: NodeJS.ProcessEnv): Date {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(env.SPEECHCHECK_TODAY ?? '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date();
}

/** `--locale`: the spellings rc files and settings use (zh-CN, en) and the short ones (zh, en-US). */
function parseLocale(value: string): 'zh' | 'en' {
  const v = value.trim().toLowerCase();
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-hans' || v === 'zh_cn') return 'zh';
  if (v === 'en' || v === 'en-us' || v === 'en-gb' || v === 'en_us') return 'en';
  throw new InvalidArgumentError('可选 / allowed: zh-CN, zh, en, en-US');
}

/** The command-line layer on top of the rc files: --locale, --rule, --disable. */
function cliLayer(opts: { locale?: string; rule?: string[]; disable?: string[] }): SpeechCheckConfig {
  for (const id of [...(opts.rule ?? []), ...(opts.disable ?? [])]) {
    if (!RULE_IDS.includes(id)) throw new UsageError(msg('unknownRule', { rule: id, rules: RULE_IDS.join(', ') }));
  }
  const rules: Record<string, 'off'> = {};
  if (opts.rule?.length) for (const id of RULE_IDS) if (!opts.rule.includes(id)) rules[id] = 'off';
  for (const id of opts.disable ?? []) rules[id] = 'off';
  return {
    ...(opts.locale ? { locale: opts.locale === 'en' ? 'en' : 'zh-CN' } : {}),
    ...(Object.keys(rules).length ? { rules } : {}),
  };
}

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let exitCode = EXIT_OK;
  // `--version` also says which segmenter runs here (jieba-js, or the one SPEECHCHECK_SEGMENTER names).
  if (argv.length === 1 && (argv[0] === '-v' || argv[0] === '--version')) {
    io.stdout(`${packageVersion}\n${segmenterLine()}\n`);
    return EXIT_OK;
  }
  const program = checkProgram(io).action(async (inputs: string[], opts: Record<string, unknown>) => {
    exitCode = await checkFiles(inputs, checkRunOptions(inputs, opts, io), io);
  });
  addReportCommand(program, io, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end with code 0; every parsing error is bad usage.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      io.stderr(`speechcheck: 用法错误 / usage error: ${e.message}\n${msg('seeHelp')}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  return exitCode;
}


/** The main command: checking files, with its options and help. */
function checkProgram(io: CliIO): Command {
  return new Command('speechcheck')
    .description('检查中文讲话稿：占位符、提法、日期、结构、标点、用字、残留\nChecks Chinese speech drafts.')
    .version(packageVersion, '-v, --version')
    .argument('[inputs...]', '文件、目录、通配符，或 - 表示标准输入 / files, directories, globs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', '输出格式 / output format (default: stylish; no colour when not a terminal)').choices(FORMATS),
    )
    .option('--fix', '就地应用安全修复（保留编码、BOM 和换行符）/ apply safe fixes in place')
    .option('--fix-dry-run', '只显示修复会做的改动（diff），不写文件 / print the fixes as a diff, write nothing')
    .option('--in-place', 'Word 文件：--fix 直接改写原文件，而不是另存为 NAME.speechcheck.docx / .docx: --fix rewrites the file itself')
    .option('--no-comments', 'Word 文件：--fix 只写修订，不加批注 / .docx: --fix writes tracked changes only, no comments')
    .option('--comments-only', 'Word 文件：只把问题写成批注，不做修订 / .docx: write the findings as comments only, no tracked changes')
    .option('-r, --rule <ids>', '只运行这些规则（可重复或用逗号分隔）/ run only these rules', collect)
    .option('-d, --disable <ids>', '关闭这些规则 / turn these rules off', collect)
    .option('-c, --config <path>', '使用这个配置文件，而不是向上查找 .speechcheckrc.json / use this rc file')
    .addOption(new Option('--locale <locale>', '消息语言 / message language: zh-CN (zh) | en (en-US)').argParser(parseLocale))
    .option('-q, --quiet', '只报告错误 / report errors only')
    .option('--debug', '在标准错误输出上说明使用的分词模块 / say on stderr which segmenter runs')
    .option('--color', '强制彩色输出 / force colour')
    .option('--no-color', '不用彩色 / no colour')
    .addHelpText(
      'after',
      [
        '',
        '退出码 / exit codes: 0 无警告及以上问题 / nothing at warning or above; 1 有问题 / findings;',
        '  2 用法错误或文件无法读取、解码、配置无效 / bad usage, unreadable input or invalid configuration.',
        '输出格式默认为 stylish（终端上彩色）；需要机器读取时请用 --format json 或 sarif。',
        'The default format is stylish (coloured on a terminal only); use --format json or sarif for tools.',
        'SPEECHCHECK_TODAY=YYYY-MM-DD fixes "today" for date fixes (reproducible output).',
        '',
        '一致性报告 / consistency report: speechcheck report FILE --format markdown|json|html',
      ].join('\n'),
    )
    // Options after `report` belong to it (both have --format, with different choices).
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(`speechcheck: 用法错误 / usage error: ${s.replace(/^error: /, '')}`),
    });
}

/** What the check options ask for, after the checks commander cannot make. */
function checkRunOptions(inputs: string[], opts: Record<string, unknown>, io: CliIO): CheckRunOptions {
  if (inputs.length === 0) throw new UsageError(msg('noInputs'));
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix 与 --fix-dry-run 不能同时使用 / --fix and --fix-dry-run cannot be combined');
  if (opts.fix && inputs.includes('-')) throw new UsageError(msg('stdinFix'));
  if (opts.commentsOnly && opts.comments === false) {
    throw new UsageError('--comments-only 与 --no-comments 不能同时使用 / --comments-only and --no-comments cannot be combined');
  }
  const layer = cliLayer(opts as { locale?: string; rule?: string[]; disable?: string[] });
  const runOptions: CheckRunOptions = {
    format: (opts.format as OutputFormat | undefined) ?? 'stylish',
    fix: opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : 'none',
    quiet: Boolean(opts.quiet),
    color: typeof opts.color === 'boolean' ? opts.color : wantsColor(io),
    ...(opts.config ? { configPath: opts.config as string } : {}),
    ...(opts.locale ? { locale: (opts.locale === 'en' ? 'en' : 'zh-CN') as Locale } : {}),
    layer,
    today: todayFrom(io.env),
    debug: Boolean(opts.debug),
    docx: {
      changes: !opts.commentsOnly,
      comments: opts.comments !== false,
      inPlace: Boolean(opts.inPlace),
      commentsOnly: Boolean(opts.commentsOnly),
    },
  };
  return runOptions;
}

/** `speechcheck report FILE`: the consistency report of one draft. */
function addReportCommand(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('report')
    .description('一致性报告：占位符、提法、日期、提纲、预告的数目、问题统计 / the consistency report of one draft')
    .argument('<file>', '文件，或 - 表示标准输入 / a file, or - for stdin')
    .addOption(new Option('-f, --format <format>', '输出格式 / output format').choices(['markdown', 'json', 'html']).default('markdown'))
    .option('-c, --config <path>', '使用这个配置文件 / use this rc file')
    .addOption(new Option('--locale <locale>', '报告语言 / report language: zh-CN (zh) | en (en-US)').argParser(parseLocale))
    .option('--debug', '在标准错误输出上说明使用的分词模块 / say on stderr which segmenter runs')
    .action(async (file: string, opts: { format: 'markdown' | 'json' | 'html'; config?: string; locale?: string; debug?: boolean }) => {
      setExit(await reportFile(file, {
        format: opts.format,
        debug: Boolean(opts.debug),
        ...(opts.config ? { configPath: opts.config } : {}),
        layer: cliLayer(opts),
        today: todayFrom(io.env),
      }, io));
    });
}

/** Colour on a terminal, unless NO_COLOR; FORCE_COLOR asks for it anywhere. */
function wantsColor(io: CliIO): boolean {
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false') return true;
  return io.isTTY && !io.env.NO_COLOR;
}

export { ConfigError };
