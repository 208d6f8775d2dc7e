/**
 * What the command line names: files, directories (their drafts, recursively), globs and
 * `-` for standard input. Reading is bounded and every failure is a message naming the
 * file, never a crash.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
// `require`, so the bundle takes tinyglobby's CommonJS build: its ES build (and fdir's)
// reads import.meta.url, which a CommonJS bundle does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import tinyglobby = require('tinyglobby');
import { decode, DecodeError, type Decoded } from './encoding';
import { msg } from './messages';

/** Larger inputs are refused: no speech is this long, and the engine holds it all in memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Drafts inside a directory. */
const DRAFT_GLOBS = ['**/*.txt', '**/*.md', '**/*.speech.*', '**/*.docx'];
// Word's lock files (~$name.docx) and the files --fix writes beside a .docx are not drafts to check.
const IGNORE = ['**/node_modules/**', '**/.git/**', '**/~$*', '**/*.speechcheck.docx'];

export interface Input {
  /** As given (`-` for stdin), or the directory/glob argument joined with the match. */
  file: string;
  /** Absolute path, absent for stdin. */
  absolute?: string;
}

export interface InputProblem {
  file: string;
  message: string;
}

export function expandInputs(args: readonly string[], cwd: string): { inputs: Input[]; problems: InputProblem[] } {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, absolute?: string): void => {
    const key = absolute ?? file;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(absolute ? { file, absolute } : { file });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('<stdin>'); // standard input, named as tools name it
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found = tinyglobby.globSync(DRAFT_GLOBS, { cwd: absolute, ignore: IGNORE, dot: false, onlyFiles: true });
      for (const rel of found.sort(compareNames)) add(joinAsGiven(arg, rel), path.join(absolute, rel));
      continue;
    }
    if (stat) {
      add(arg, absolute);
      continue;
    }
    if (tinyglobby.isDynamicPattern(arg)) {
      const found = tinyglobby.globSync([arg.split(path.sep).join('/')], { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) problems.push({ file: arg, message: msg('noMatch', { file: arg }) });
      for (const rel of found.sort(compareNames)) add(rel, path.resolve(cwd, rel));
      continue;
    }
    problems.push({ file: arg, message: msg('notFound', { file: arg }) });
  }
  return { inputs, problems };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function joinAsGiven(dirArg: string, rel: string): string {
  const sep = dirArg.includes('\\') && !dirArg.includes('/') ? '\\' : '/';
  const base = dirArg.replace(/[\\/]+$/, '');
  if (base === '.') return rel.split('/').join(sep);
  return base === '' ? `${sep}${rel}` : `${base}${sep}${rel.split('/').join(sep)}`;
}

export type ReadResult = { ok: true; bytes: Buffer; decoded: Decoded } | { ok: false; message: string };

export async function readInput(input: Input, stdin: () => Promise<Buffer>): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    if (input.absolute) {
      const size = fs.statSync(input.absolute).size;
      if (size > MAX_INPUT_BYTES) return { ok: false, message: msg('tooLarge', { file: input.file, size: mb(size) }) };
      bytes = fs.readFileSync(input.absolute);
    } else {
      bytes = await stdin();
    }
  } catch (e) {
    if (e instanceof TooLargeError) return { ok: false, message: msg('tooLarge', { file: input.file, size: mb(e.size) }) };
    return { ok: false, message: msg('unreadable', { file: input.file, reason: (e as Error).message }) };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, message: msg('tooLarge', { file: input.file, size: mb(bytes.length) }) };
  try {
    return { ok: true, bytes, decoded: decode(bytes) };
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    const key = e.reason === 'binary' ? 'binary' : 'undecodable';
    return { ok: false, message: msg(key, { file: input.file, guess: e.guess ?? '?' }) };
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Standard input, read once, in full (stops keeping bytes past the size limit). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size <= MAX_INPUT_BYTES + 1) chunks.push(b);
  }
  if (size > MAX_INPUT_BYTES) throw new TooLargeError(size);
  return Buffer.concat(chunks);
}

export class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`input of ${size} bytes`);
  }
}
