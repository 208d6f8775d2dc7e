/**
 * Runs the built command line (`node dist/cli.js`) as a user would, in a scratch folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** `npm test` builds first; a bare `vitest run` builds here when dist/cli.js is missing. */
export function ensureBuilt(): void {
  if (!fs.existsSync(CLI) || !fs.existsSync(path.join(ROOT, 'dist', 'dict')) || !fs.existsSync(path.join(ROOT, 'dist', 'data'))) {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Extra `node` arguments before the script (e.g. `-r preload.cjs`). */
  nodeArgs?: string[];
}

export function runCli(args: string[], options: RunOptions): CliRun {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), SPEECHCHECK_TODAY: '2024-03-15', NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: { ...env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function scratchDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `speechcheck-${name}-`));
}

/** Writes files (text as UTF-8, or raw bytes) under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/**
 * A draft with findings of finished rules only; the golden tests pin `--rule` to these so
 * that rules implemented later do not change the golden output.
 */
export const GOLDEN_RULES = 'placeholder,date-missing,date-invalid,date-weekday,date-format';

export const DRAFT = [
  '在全市稳增长工作推进会上的讲话',
  '（2024年3月15日）',
  '',
  '同志们：',
  '今年前两个月，全市地区生产总值增长XX%，完成投资XX亿元。',
  '会议定于2024-03-20召开，2024年3月15日（星期四）已作部署。',
  '请XX同志牵头抓好落实，确保6月31日前全部完成。',
  '',
].join('\n');

/** A carefully written draft: nothing to say about it. */
export const CLEAN_DRAFT = [
  '在全市安全生产工作会议上的讲话',
  '（2024年3月15日）',
  '',
  '同志们：',
  '今年以来，全市安全生产形势总体平稳。下面，我讲两点意见。',
  '一、提高认识，压实责任',
  '各级各部门要把安全生产摆在更加突出的位置，层层压实责任。',
  '二、突出重点，狠抓落实',
  '要聚焦重点行业领域，深入开展隐患排查整治，确保全市安全生产形势持续稳定。',
  '',
].join('\n');
