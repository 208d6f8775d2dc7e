/**
 * What the language server and the VS Code client agree on beyond LSP itself: command ids,
 * custom request and notification names, what a pull diagnostics `resultId` says, and what
 * `Diagnostic.data` carries. Imported by both sides; no `vscode`, no language server, no
 * engine (the LSP shapes below are the few fields used, structurally the same).
 */

import serverFlags from './server-flags.json';

/** `Diagnostic.source` of every finding. */
export const DIAGNOSTIC_SOURCE = 'speechcheck';

// --- commands ----------------------------------------------------------------------------

/**
 * The commands the extension registers: all but `selectRange` are contributed in
 * package.json (palette, menus, keybindings).
 */
export const CLIENT_COMMANDS = {
  showReport: 'speechcheck.showReport',
  nextSlot: 'speechcheck.nextSlot',
  previousSlot: 'speechcheck.previousSlot',
  fillSlot: 'speechcheck.fillSlot',
  guidedFill: 'speechcheck.guidedFill',
  insertDateLine: 'speechcheck.insertDateLine',
  fixAll: 'speechcheck.fixAll',
  exportReport: 'speechcheck.exportReport',
  checkDocx: 'speechcheck.checkDocx',
  fixDocx: 'speechcheck.fixDocx',
  refreshDraftView: 'speechcheck.refreshDraftView',
  restartServer: 'speechcheck.restartServer',
  selectRange: 'speechcheck.selectRange',
} as const;

/**
 * `initializationOptions.clientCommands.fillSlot`: the client's "fill this slot" command. Its
 * argument: `{ uri, slot, line, character }` (the slot's text and where it starts).
 */
export const CLIENT_FILL_SLOT_COMMAND = CLIENT_COMMANDS.fillSlot;

/**
 * `initializationOptions.clientCommands.select`: the client's "select this range" command,
 * run after a quick fix that inserts text to be typed over (the date line slot). Its
 * argument: `{ uri, start: Position, end: Position }` in the text after the edit.
 */
export const CLIENT_SELECT_COMMAND = CLIENT_COMMANDS.selectRange;

/** The server's own commands (`workspace/executeCommand`), named by its code actions. */
export const SERVER_COMMANDS = {
  /** Arguments `[word, uri?]`: adds the word to `ignoreWords` of the rc file that applies. */
  ignoreWord: 'speechcheck.ignoreWord',
  /** Arguments `[file uri, rule id]`: turns the rule off for that file in the rc file. */
  disableRuleForFile: 'speechcheck.disableRuleForFile',
} as const;

/** The code action kind of "fix all safe fixes" (editors run it on save with `source.fixAll`). */
export const FIX_ALL_KIND = 'source.fixAll.speechcheck';

// --- requests and notifications ----------------------------------------------------------

/** `{ uri }` → the document's consistency report (or null when it is not checked). */
export const REPORT_REQUEST = 'speechcheck/report';

/**
 * A pull result's id: the document version, the configuration key, and whether the
 * word-based rules ran too (`complete`). The client's status bar reads the last part to
 * say "loading the dictionary" instead of an all-clear before the whole check has run.
 */
export function diagnosticResultId(version: number, configKey: string, complete: boolean): string {
  return `${version}|${configKey}|${complete ? 'complete' : 'partial'}`;
}

/**
 * The pull result's id for a document the server does not check (an English note, a file of
 * another language): the client must not read its empty list as a clean draft.
 */
export function uncheckedResultId(version: number | undefined, configKey: string | undefined): string {
  return `off|${version}|${configKey}`;
}

export function isUncheckedResult(resultId: string | undefined): boolean {
  return resultId?.startsWith('off|') === true;
}

export function isCompleteResult(resultId: string | undefined): boolean | undefined {
  if (!resultId) return undefined;
  if (resultId.endsWith('|complete')) return true;
  if (resultId.endsWith('|partial')) return false;
  return undefined;
}

/**
 * Server → client, once the segmenter has been chosen (or neither could load): which one runs,
 * for the status bar tooltip, and the reason jieba-js is not the one. `name: null` means no
 * segmenter loaded and the word-based rules are off: the client warns the user once.
 */
export const SEGMENTER_NOTIFICATION = 'speechcheck/segmenter';

export interface SegmenterNotice {
  name: 'nodejieba' | 'jieba-wasm' | 'jieba-js' | null;
  loadMs?: number;
  /** Why jieba-js (the default) is not running (its error, or SPEECHCHECK_SEGMENTER). */
  fallbackReason?: string;
  /** When no segmenter loaded: each one's error. */
  error?: string;
}

/**
 * How the client launches the server (and how the soak test and the bench launch it, so they
 * cannot drift: the flags live in server-flags.json): a heap ceiling and two malloc arenas
 * bound the server's memory; see `npm run bench` ("capped heap"). The young generation is
 * 16 MB a semi-space: a check of a 1 MB draft allocates ~67 MB, and the larger the semi-space,
 * the fewer of a check's short-lived objects live long enough to be promoted. At 2 MB (chosen
 * while nodejieba kept ~58 MB per process) such a check spent 26-28 % of its time in the GC,
 * at 8 MB 19-21 %; from 8 to 16 MB the collections per check halve (20 checks: 184 to 94,
 * mark-compacts 30 to 20) for ~17 MB more resident memory (at 32 MB, 49 and 12 for ~70 MB).
 * The young generation starts at that size (--min-semi-space-size): V8 otherwise grows it while
 * the server runs, which the soak test saw as resident memory gained after its first 300 edits
 * (+14 MB in one run against +6-8 MB in others); at its full size from the start, the memory a
 * long session holds is what it held early on.
 */
export const SERVER_EXEC_ARGV: readonly string[] = serverFlags.execArgv;
export const SERVER_ENV: Readonly<Record<string, string>> = serverFlags.env;

// --- Diagnostic.data ---------------------------------------------------------------------

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}

/**
 * One edit as `Diagnostic.data` carries it, as short as JSON allows (a fix of the whole draft,
 * such as "all punctuation to full width", can hold thousands):
 * - `[newText]` replaces the diagnostic's own range;
 * - `[line, character, endCharacter, newText]` replaces a range on one line;
 * - `[line, character, endLine, endCharacter, newText]` replaces any other range.
 */
export type DataEdit = [string] | [number, number, number, string] | [number, number, number, number, string];

export interface DataFix {
  title: string;
  /** A safe fix changes nothing beyond its own mark; fix-all applies only these. Absent: not safe. */
  safe?: true;
  edits: DataEdit[];
  /**
   * The edits are left out (`edits` is empty): a document-wide fix of more than
   * `MAX_DATA_FIX_EDITS` edits (every half-width mark of a draft), which would make each
   * publish hundreds of kilobytes. The server that published it computes them from the
   * document open there at `version`, as it does for the fix-alls.
   */
  lazy?: true;
}

/** Fixes with more edits than this travel without them (`DataFix.lazy`). */
export const MAX_DATA_FIX_EDITS = 100;

/**
 * What a diagnostic carries so that its code actions need nothing else: no server state, no
 * second check, not even the document (a client may send it back after the text changed, or
 * to a server that never saw the document).
 */
export interface DiagnosticData {
  /** The document version the fixes' ranges belong to (present with fixes). */
  version?: number;
  /** The rule's fixes, the preferred first. */
  fixes?: DataFix[];
  /** The rule's own facts (a slot's text and kind, a formulation's key, …). */
  details?: Record<string, unknown>;
  /** The word "ignore this word" adds to `ignoreWords` (only on findings that are words). */
  word?: string;
}

/** A fix with its edits as LSP text edits. */
export interface DecodedFix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
  /** Edits left out: the publishing server computes them (`DataFix.lazy`). */
  lazy?: boolean;
}

/** The data of a diagnostic whose range is `range`, fixes given with full LSP edits. */
export function encodeDiagnosticData(range: Range, data: { version: number; fixes: readonly DecodedFix[]; details?: Record<string, unknown>; word?: string }): DiagnosticData {
  const fixes = data.fixes.map(
    (f): DataFix => ({
      title: f.title,
      ...(f.safe ? { safe: true as const } : {}),
      edits: f.lazy ? [] : f.edits.map((e) => encodeEdit(range, e)),
      ...(f.lazy ? { lazy: true as const } : {}),
    }),
  );
  return {
    ...(fixes.length > 0 ? { version: data.version, fixes } : {}),
    ...(data.details ? { details: data.details } : {}),
    ...(data.word !== undefined ? { word: data.word } : {}),
  };
}

function encodeEdit(range: Range, e: TextEdit): DataEdit {
  const { start, end } = e.range;
  if (samePosition(start, range.start) && samePosition(end, range.end)) return [e.newText];
  if (start.line === end.line) return [start.line, start.character, end.character, e.newText];
  return [start.line, start.character, end.line, end.character, e.newText];
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** The edit an encoded edit stands for, on a diagnostic whose range is `range`. */
export function decodeEdit(range: Range, e: DataEdit): TextEdit {
  switch (e.length) {
    case 1:
      // Field by field: an editor's own Position may keep them behind getters.
      return { range: { start: position(range.start), end: position(range.end) }, newText: e[0] };
    case 4:
      return { range: { start: { line: e[0], character: e[1] }, end: { line: e[0], character: e[2] } }, newText: e[3] };
    default:
      return { range: { start: { line: e[0], character: e[1] }, end: { line: e[2], character: e[3] } }, newText: e[4] };
  }
}

function position(p: Position): Position {
  return { line: p.line, character: p.character };
}

/** A diagnostic's fixes with LSP edits (none when its data is not ours or not well formed). */
export function fixesOfData(range: Range, data: unknown): DecodedFix[] {
  return (readDiagnosticData(data)?.fixes ?? []).map((f) => ({
    title: f.title,
    safe: f.safe === true,
    edits: f.edits.map((e) => decodeEdit(range, e)),
    ...(f.lazy ? { lazy: true } : {}),
  }));
}

/**
 * `Diagnostic.data` as sent back by a client, checked field by field: anything malformed is
 * left out (a malformed fix entirely), never trusted.
 */
export function readDiagnosticData(data: unknown): DiagnosticData | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const fixes = Array.isArray(d.fixes) ? d.fixes.filter(isDataFix) : [];
  const version = d.version;
  const details = d.details;
  return {
    ...(fixes.length > 0 && Number.isInteger(version) ? { version: version as number, fixes } : {}),
    ...(typeof details === 'object' && details !== null && !Array.isArray(details) ? { details: details as Record<string, unknown> } : {}),
    ...(typeof d.word === 'string' ? { word: d.word } : {}),
  };
}

function isDataFix(f: unknown): f is DataFix {
  const fix = f as Partial<DataFix> | null;
  return (
    typeof fix === 'object' &&
    fix !== null &&
    typeof fix.title === 'string' &&
    (fix.safe === undefined || fix.safe === true) &&
    (fix.lazy === undefined || fix.lazy === true) &&
    Array.isArray(fix.edits) &&
    fix.edits.every(isDataEdit)
  );
}

function isDataEdit(e: unknown): e is DataEdit {
  if (!Array.isArray(e) || ![1, 4, 5].includes(e.length) || typeof e[e.length - 1] !== 'string') return false;
  return e.slice(0, -1).every((n) => Number.isInteger(n) && (n as number) >= 0);
}
