/**
 * What the language server and the VS Code client agree on beyond LSP itself: custom
 * request names, the client commands the server may name in code actions, and what a pull
 * diagnostics `resultId` says. Imported by both sides; no `vscode`, no engine.
 */

/** `{ uri }` → the document's consistency report (or null when it is not checked). */
export const REPORT_REQUEST = 'speechcheck/report';

/** `initializationOptions.clientCommands.fillSlot`: the client's "fill this slot" command. */
export const CLIENT_FILL_SLOT_COMMAND = 'speechcheck.fillSlot';

/**
 * `initializationOptions.clientCommands.select`: the client's "select this range" command,
 * run after a quick fix that inserts text to be typed over (the date line slot). Its
 * argument: `{ uri, start: Position, end: Position }` in the text after the edit.
 */
export const CLIENT_SELECT_COMMAND = 'speechcheck.selectRange';

/**
 * A pull result's id: the document version, the configuration key, and whether the
 * word-based rules ran too (`complete`). The client's status bar reads the last part to
 * say "loading the dictionary" instead of an all-clear before the whole check has run.
 */
export function diagnosticResultId(version: number, configKey: string, complete: boolean): string {
  return `${version}|${configKey}|${complete ? 'complete' : 'partial'}`;
}

export function isCompleteResult(resultId: string | undefined): boolean | undefined {
  if (!resultId) return undefined;
  if (resultId.endsWith('|complete')) return true;
  if (resultId.endsWith('|partial')) return false;
  return undefined;
}

/**
 * Server → client, once the segmenter has been chosen (or neither could load): which one runs,
 * for the status bar tooltip, and the reason nodejieba is not the one. `name: null` means no
 * segmenter loaded and the word-based rules are off: the client warns the user once.
 */
export const SEGMENTER_NOTIFICATION = 'speechcheck/segmenter';

export interface SegmenterNotice {
  name: 'nodejieba' | 'jieba-wasm' | null;
  loadMs?: number;
  /** Why nodejieba is not running (its error, or SPEECHCHECK_SEGMENTER). */
  fallbackReason?: string;
  /** When no segmenter loaded: both errors. */
  error?: string;
}

/**
 * How the client launches the server (and how the soak test launches it, so the two cannot
 * drift): a small young generation, a heap ceiling and two malloc arenas keep the server's
 * peak memory (engine + nodejieba) near 150 MB; see `npm run bench` ("capped heap").
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=2', '--max-old-space-size=256'];
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
