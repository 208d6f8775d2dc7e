/**
 * What the command line names: files, directories (their drafts, recursively), globs and
 * `-` for standard input. Reading is bounded and every failure is a message naming the
 * file, never a crash.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import { decode, DecodeError, type Decoded } from './encoding';
import { msg } from './messages';

let tinyglobbyLib: typeof Tinyglobby | undefined;
/**
 * tinyglobby, loaded at the first folder or glob (not for a file named as it is). `require`,
 * so the bundle takes its CommonJS build: its ES build (and fdir's) reads import.meta.url,
 * which a CommonJS bundle does not have.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const glob = (): typeof Tinyglobby => (tinyglobbyLib ??= require('tinyglobby') as typeof Tinyglobby);

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

export function expandInputs(
  args: readonly string[],
  cwd: string,
): { inputs: Input[]; problems: InputProblem[]; notices: string[] } {
  const inputs: Input[] = [];
  const problems: InputProblem[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, absolute?: string): void => {
    // Each real file once, however many links lead to it (a symlink loop lists it again and again).
    const key = absolute ? realOr(absolute) : file;
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
      const found = glob().globSync(DRAFT_GLOBS, { cwd: absolute, ignore: IGNORE, dot: false, onlyFiles: true });
      const root = realOr(absolute);
      const outside = new Set<string>();
      for (const rel of found.sort(compareNames)) {
        const real = realOr(path.join(absolute, rel));
        // A link out of the folder is not part of it: name it, do not check it.
        if (real !== root && !real.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
          outside.add(real);
          continue;
        }
        add(joinAsGiven(arg, rel), path.join(absolute, rel));
      }
      if (outside.size > 0) notices.push(msg('linksOutside', { dir: arg, count: outside.size }));
      continue;
    }
    if (stat) {
      add(arg, absolute);
      continue;
    }
    if (glob().isDynamicPattern(arg)) {
      const found = glob().globSync([arg.split(path.sep).join('/')], { cwd, ignore: IGNORE, onlyFiles: true, expandDirectories: false });
      if (found.length === 0) problems.push({ file: arg, message: msg('noMatch', { file: arg }) });
      for (const rel of found.sort(compareNames)) add(rel, path.resolve(cwd, rel));
      continue;
    }
    problems.push({ file: arg, message: msg('notFound', { file: arg }) });
  }
  return { inputs, problems, notices };
}

function realOr(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
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
      const stat = fs.statSync(input.absolute);
      // A device (/dev/zero), a FIFO or a socket never ends or blocks: only regular files.
      if (!stat.isFile()) return { ok: false, message: msg('notRegular', { file: input.file }) };
      if (stat.size > MAX_INPUT_BYTES) return { ok: false, message: msg('tooLarge', { file: input.file, size: mb(stat.size) }) };
      bytes = readBounded(input.absolute, stat.size);
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

/** A file's bytes, never more than the size limit (a file may grow after its stat). */
function readBounded(file: string, expected: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    // Not zero-filled: only the bytes read are ever returned.
    let buf = Buffer.allocUnsafe(Math.min(expected, MAX_INPUT_BYTES) + 1);
    let size = 0;
    for (let n; (n = fs.readSync(fd, buf, size, buf.length - size, null)) > 0; ) {
      size += n;
      if (size > MAX_INPUT_BYTES) throw new TooLargeError(size);
      if (size === buf.length) {
        const grown = Buffer.allocUnsafe(Math.min(buf.length * 2, MAX_INPUT_BYTES + 1));
        buf.copy(grown);
        buf = grown;
      }
    }
    return buf.subarray(0, size);
  } finally {
    fs.closeSync(fd);
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
    // Stop at the limit: `speechcheck - < /dev/zero` would otherwise read forever.
    if (size > MAX_INPUT_BYTES) throw new TooLargeError(size);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

export class TooLargeError extends Error {
  constructor(readonly size: number) {
    super(`input of ${size} bytes`);
  }
}
